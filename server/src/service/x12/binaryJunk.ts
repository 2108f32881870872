import type { StructuralProblem } from '../model';
import { spanOf } from '../spans';
import { printable } from './isaHeader';
import type { X12Interchange } from './x12Model';

/** Binary junk in an 837: control characters a file transfer or a bad export left among the segments. */

/**
 * Control characters that are not line breaks or tabs, and U+FFFD from a failed decode: a character
 * class's body. The command line's file cutter looks for the same characters in undecoded bytes
 * (cli/parallel/utf8Bytes.ts), since it stops cutting a file where the checker may report junk.
 */
const JUNK_CLASS = String.raw`\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd`;
/** One run of junk characters. */
const JUNK = new RegExp(`[${JUNK_CLASS}]+`, 'y');
/**
 * A run of anything else. Skipping clean text with this sticky pattern runs about 1.6 times as fast as
 * searching for the junk class (25 ms instead of 41 ms on 37 MB here), and a clean file is one match.
 */
const CLEAN = new RegExp(`[^${JUNK_CLASS}]*`, 'y');
const MAX_JUNK_REPORTS = 20;

/**
 * Reports runs of control characters that are not one of the interchanges' own delimiters, at most
 * {@link MAX_JUNK_REPORTS} in a file: `reportsBefore` were made in earlier pieces of the same file.
 * Returns how many reports the file has now.
 */
export function findBinaryJunk(text: string, interchanges: readonly X12Interchange[], problems: StructuralProblem[], reportsBefore = 0): number {
  const delimiters = new Set<string>();
  for (const { delimiters: d } of interchanges) {
    delimiters.add(d.element).add(d.component).add(d.segment);
    if (d.repetition !== undefined) delimiters.add(d.repetition);
  }
  let reports = reportsBefore;
  let position = 0;
  while (reports < MAX_JUNK_REPORTS) {
    CLEAN.lastIndex = position;
    CLEAN.test(text);
    if (CLEAN.lastIndex >= text.length) break;
    JUNK.lastIndex = CLEAN.lastIndex;
    if (!JUNK.test(text)) break;
    let start = CLEAN.lastIndex;
    let end = JUNK.lastIndex;
    position = end;
    while (start < end && delimiters.has(text.charAt(start))) start++;
    while (end > start && delimiters.has(text.charAt(end - 1))) end--;
    if (end === start) continue;
    reports++;
    problems.push({
      id: 'x12-binary-junk',
      span: spanOf(start, end),
      severity: 'error',
      message: `The file contains binary data here (${printable(text.charAt(start))}${end - start > 1 ? ' and more' : ''}), which is not valid in an X12 interchange.`,
    });
  }
  return reports;
}
