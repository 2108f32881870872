/**
 * Helpers for the two ways a code is written: dotted (`C78.01`, notes and hovers) and dotless
 * (`C7801`, X12 and the index). Everything inside the service keys on the dotless upper-case form.
 */

/** Removes the dot and upper-cases a code as written (`c78.01` → `C7801`). */
export function normalizeCode(text: string): string {
  return text.replace('.', '').toUpperCase();
}

/** Writes a dotless code with its dot after the third character (`C7801` → `C78.01`, `C61` → `C61`). */
export function toDotted(code: string): string {
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

/** Writes a code the way the target context wants it. */
export function formatCode(code: string, dotted: boolean): string {
  return dotted ? toDotted(code) : code;
}
