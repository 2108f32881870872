import type { Span } from '../spans';
import { spanOf } from '../spans';
import { isBulletMark, isLineSpace } from './charCodes';
import { RELATIVES } from './familyStatement';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';

/**
 * A relative's label opening a listed line of a past-history block ("Other hx:\n  - Papillary thyroid ca …\n  - Mother:
 * multiple myeloma. Sister: breast ca at 61."): the line is the family's history, not the patient's, so it opens Family
 * History (ANNOTATION.md, rule 3: a label the reader does not know is the section it means; d349). The header span is empty,
 * so the relative's word stays a token and still makes the diagnosis the family's.
 */

type FoundHeader = { entry: SectionHeaderEntry; title: string; headerSpan: Span };

/** The most characters of a relative's label read ("Maternal grandmother", "Paternal aunt"). */
const MAX_LABEL_LENGTH = 24;

/** The Family History opened by the listed relative's label on `[start, end)` under a past-history block (`current`); undefined when none. */
export function relativeLineHeader(
  text: string, start: number, end: number, headers: SectionHeaderLookup, current?: { entry: SectionHeaderEntry },
): FoundHeader | undefined {
  if (current?.entry.kind !== 'past-medical-history') return undefined;
  let at = start;
  while (at < end && isLineSpace(text.charCodeAt(at))) at++;
  if (!isBulletMark(text.charCodeAt(at))) return undefined;
  at++;
  while (at < end && isLineSpace(text.charCodeAt(at))) at++;
  const window = text.slice(at, Math.min(end, at + MAX_LABEL_LENGTH + 1));
  const colon = window.indexOf(':');
  if (colon <= 0 || !isRelativeLabel(window.slice(0, colon))) return undefined;
  const entry = headers.get('family history');
  return entry === undefined ? undefined : { entry, title: window.slice(0, colon).trim(), headerSpan: spanOf(at, at) };
}

/** Whether every word of the label names a relative ("Mother", "Maternal aunt", "MGM"). */
function isRelativeLabel(label: string): boolean {
  const words = label.trim().toLowerCase().split(/\s+/);
  return words.length > 0 && words.length <= 3 && words.every((word) => RELATIVES.has(word));
}
