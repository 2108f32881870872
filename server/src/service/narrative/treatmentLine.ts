import type { Span } from '../spans';
import { spanOf } from '../spans';
import { isIndentOrMarkdown } from './charCodes';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';

/**
 * A "Tx:" line under a "Dx:" line ("Dx: Well-differentiated NET of the terminal ileum …\nTx: s/p ileocecal resection …"): a
 * summary's line of treatment history, which ANNOTATION.md's header table reads as `History of Present Illness` ("Tx (a line of
 * treatment history among "Dx:" lines)"). Elsewhere ("Labs: …\nTx: levetiracetam 1 g IV") the label stays its section's text.
 * Only the label before the line's first colon is read: linear in the line.
 */
export function treatmentLineHeader(
  text: string, start: number, end: number, nextColon: number, previous: { entry: SectionHeaderEntry } | undefined, headers: SectionHeaderLookup,
): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  if (previous?.entry.name !== 'Diagnoses' || nextColon >= end) return undefined;
  let first = start;
  while (first < end && isIndentOrMarkdown(text.charCodeAt(first))) first++;
  if (nextColon - first > 4 || text.slice(first, nextColon).trim().toLowerCase() !== 'tx') return undefined;
  const entry = headers.get('history of present illness');
  return entry === undefined ? undefined : { entry, title: 'Tx', headerSpan: spanOf(first, first + 2) };
}
