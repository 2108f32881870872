/**
 * What the importers report about lines they could not use. Importers never throw on bad input:
 * they keep every line they understand and describe the rest, so a damaged release folder still
 * yields a clear list of problems naming the line.
 */

/** One problem found while importing a release file. `line` is 1-based when known. */
export interface ImportProblem {
  readonly line?: number;
  readonly message: string;
}

/**
 * The shape every code identifier in a release file must have: dotless, 3 to 7 characters, a letter
 * first. The second character is usually a digit, but FY2026 added categories such as `QA0` (QA00.101).
 */
export const dotlessCodePattern = /^[A-Z][0-9A-Z][0-9A-Z]{1,5}$/;

/**
 * Splits a release file into lines without their CR/LF ends. Official files use CRLF or LF; the
 * last line may lack its terminator.
 */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Removes a UTF-8 byte order mark, which some editors add when a user re-saves a release file. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
