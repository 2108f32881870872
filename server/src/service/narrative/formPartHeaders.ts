import type { Span } from '../spans';
import { spanOf } from '../spans';
import { meaningOfTitle } from './headerMeaning';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';

/**
 * A form's numbered part title alone on its line ("SECTION I - DIAGNOSIS", "SECTION IV - DIAGNOSTIC TESTING", "Part 2:
 * Medical history"), as a VA Disability Benefits Questionnaire and other claim forms divide themselves (round 24): the
 * number only orders the parts, so the part is the header its title names, by the table's spellings or else by what its
 * words mean (ANNOTATION.md rules 1 and 3; round 18: a header qualified by a dash takes the label after it). Only lines of at
 * most 80 characters that open with "section" or "part" are read: linear in the line.
 */
export function formPartHeaderOnLine(text: string, start: number, end: number, headers: SectionHeaderLookup): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  if (end - start > MAX_PART_LINE) return undefined;
  const first = text.charCodeAt(start) | 0x20;
  if (first !== 0x73 && first !== 0x70) return undefined;
  const part = FORM_PART.exec(text.slice(start, end));
  // The part's word, its number and their separator ("SECTION I - "), then the title after them.
  const numbering = part?.[1];
  const title = part?.[2];
  if (numbering === undefined || title === undefined) return undefined;
  const entry = headers.forTitle(title) ?? meaningOfTitle(title, headers);
  const offset = start + numbering.length;
  return entry === undefined ? undefined : { entry, title, headerSpan: spanOf(offset, offset + title.length) };
}

/** The longest part title line read. */
const MAX_PART_LINE = 80;

/** "SECTION I - ", "Section 3:", "PART II. ": the part's word and number with their separator, then the title alone on the line. */
const FORM_PART = /^((?:SECTION|Section|PART|Part)[ \t]+(?:[IVX]{1,5}|\d{1,2}|[A-H])\.?[ \t]*[-:–][ \t]*)([A-Za-z][A-Za-z /&()'-]*?)[ \t]*:?[ \t]*\r?$/;
