/**
 * The line and character of `offset` in `text` by a plain count from the start, as editors count: an
 * LF, or a CR not followed by an LF, ends a line (the LF of a CR LF pair ends it instead).
 */
export function wholeFilePosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
