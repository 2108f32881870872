import { isSpaceOrTab } from './charCodes';
import { opensListItem } from './listItemLines';
import type { SectionHeaderEntry } from './sectionHeaders';
import { normaliseHeader } from './sectionHeaders';

/**
 * "- Frozen (Dr. Vukovic): 'Non-small cell carcinoma …'" or "Frozen: …" opening its own line or list item is the
 * intraoperative consultation, `Pathology`; an indented "Frozen:" that continues a findings item ("- IOUS: 1.4 cm lesion seg
 * 6 … Wedge excision.\n  Frozen: metastatic adenocarcinoma") is a field of that item and keeps the findings' section
 * (ANNOTATION.md, round 17: "A ROSE or frozen-section result label that opens its own line is `Pathology`"; d785, d171).
 * So a bare "Frozen" header is turned away on an indented line right under a list item's line. Only a "Frozen" line reads
 * the line before it, once: linear.
 */
export function isContinuedFrozenField(text: string, lineStart: number, header: { entry: SectionHeaderEntry; title: string }): boolean {
  const code = text.charCodeAt(lineStart);
  if (!isSpaceOrTab(code) || lineStart < 2 || header.entry.kind !== 'pathology' || normaliseHeader(header.title) !== 'frozen') return false;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return opensListItem(text, previousStart, lineStart - 1);
}
