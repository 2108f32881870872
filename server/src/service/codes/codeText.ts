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

/** The longest ICD-10-CM code has seven characters. */
export const MAX_CODE_LENGTH = 7;

/** How much of a token the nearest-code suggestions rank: a code's length and one more, for a code typed one too long. */
export const SUGGESTION_PROBE_LENGTH = MAX_CODE_LENGTH + 1;

/** How many characters of a code-shaped token a message or hover quotes. */
export const QUOTED_TOKEN_LENGTH = 24;

/**
 * A token as messages quote it: whole when it is code-sized, otherwise its start and an ellipsis, so a
 * megabyte-long "code" neither makes a megabyte-long message nor costs time per character later.
 */
export function clipToken(text: string): string {
  return clipSlice(text, 0, text.length);
}

/** {@link clipToken} of `text.slice(start, end)`, without copying more than it quotes. */
export function clipSlice(text: string, start: number, end: number): string {
  const length = end - start;
  return length <= QUOTED_TOKEN_LENGTH ? text.slice(start, end) : `${text.slice(start, start + QUOTED_TOKEN_LENGTH)}… (${length} characters)`;
}

/** The dotted form of a dotless code for messages and hovers, clipped like {@link clipToken} when it is far too long. */
export function toDottedClipped(code: string): string {
  return code.length <= QUOTED_TOKEN_LENGTH ? toDotted(code) : `${toDotted(code.slice(0, QUOTED_TOKEN_LENGTH))}… (${code.length} characters)`;
}
