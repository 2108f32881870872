import type { Span } from '../spans';
import { spanOf } from '../spans';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';

/**
 * "68F. PMH: HTN, …", "68F.\tPMH: …": a capitalised header abbreviation after a sentence end and a gap of spaces or tabs
 * inside the line, the gap `inlineFields.ts`'s `inlineTitleStart` reads. It is only ever given to `matchAll`, which copies it.
 */
const INLINE_ABBREVIATION = /[.;][ \t]+([A-Z][A-Za-z/&]{1,5})[ \t]*:/g;

/**
 * The inline header of the line `[start, end)`; `mayOpen`: whether the line holds a colon and no section is open yet. "68F. PMH:
 * …" opening a note is a header; inside a section's paragraph ("Clinical history: 63F … PMH: L breast cancer") it is a field of
 * that section (ANNOTATION.md, rule 1: a header opens a line), whose own line takes its default (`inlineFields.ts`).
 */
export function abbreviationInLine(
  text: string, start: number, end: number, mayOpen: boolean, headers: SectionHeaderLookup,
): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  // Most lines hold no colon, or stand inside a section, and then hold no inline header: they are neither cut out nor searched.
  if (!mayOpen) return undefined;
  const line = text.slice(start, end);
  // matchAll walks a copy of the expression, so the shared expression's lastIndex is never read or moved: no state between reads.
  for (const match of line.matchAll(INLINE_ABBREVIATION)) {
    const title = match[1] as string;
    const entry = title.length >= 2 && title === title.toUpperCase() ? headers.forTitle(title) : undefined;
    if (entry !== undefined) {
      const offset = start + match.index + match[0].indexOf(title);
      return { entry, title, headerSpan: spanOf(offset, offset + title.length) };
    }
  }
  return undefined;
}
