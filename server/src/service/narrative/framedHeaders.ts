import type { Span } from '../spans';
import { spanOf } from '../spans';
import { addendumHeaderOnLine } from './addendumHeaders';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';

/**
 * A header framed by rules of "=" or "-" on its own line ("==== CANCER TREATMENT SUMMARY ====", "=== PLAN ===", "--- Final
 * pathology (11/05/2026) ---"), as templates, text exports and notes that append a later result set a section's title off:
 * the words inside the frame are the header (ANNOTATION.md, rule 1: a short line that is nothing but a header). A frame of
 * dashes holds the same titles as one of "=": a report appended below a procedure note's plan ("--- PATHOLOGY (final,
 * 11/21/2026) ---", "--- path addendum 12/02/2026 (CW) ---") opens its own section, not the plan's. Only lines opening with
 * "=" or "-" are read, and only their first 80 characters: linear in the line.
 */
export function framedHeaderOnLine(text: string, start: number, end: number, headers: SectionHeaderLookup): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  const opening = text.charCodeAt(start);
  if ((opening !== 0x3d && opening !== 0x2d) || end - start > MAX_FRAMED_LINE) return undefined;
  const framed = (opening === 0x3d ? FRAMED_TITLE : DASH_FRAMED_TITLE).exec(text.slice(start, end));
  const frame = framed?.[1];
  const title = framed?.[2];
  if (frame === undefined || title === undefined) return undefined;
  const offset = start + frame.length;
  const entry = headers.forTitle(title) ?? (opening === 0x2d ? annotatedFramedTitle(text, offset, offset + title.length, headers) : undefined);
  return entry === undefined ? undefined : { entry, title, headerSpan: spanOf(offset, offset + title.length) };
}

/**
 * A dash-framed title with its date or parenthesis ("Final pathology (11/05/2026)", "PATHOLOGY (final, 11/21/2026)"): on a line
 * that is nothing but the header, the annotation says when or how final the report is and the words before it name it
 * (ANNOTATION.md, rule 2). An addendum's title is read as the addendum reader reads it ("path addendum 12/02/2026 (CW)").
 */
function annotatedFramedTitle(text: string, start: number, end: number, headers: SectionHeaderLookup): SectionHeaderEntry | undefined {
  const addendum = addendumHeaderOnLine(text, start, end, headers);
  if (addendum !== undefined) return addendum.entry;
  const words = TRAILING_ANNOTATION.exec(text.slice(start, end))?.[1];
  return words === undefined ? undefined : headers.forTitle(words);
}

/** The longest framed line read. */
const MAX_FRAMED_LINE = 80;

/** A title between two runs of at least three "=", with spaces around it. */
const FRAMED_TITLE = /^(={3,}[ \t]*)([A-Za-z][^=\n]*?)[ \t]*={3,}[ \t]*\r?$/;
/** A title between two runs of at least three "-", with spaces around it (its own words may hold a single hyphen). */
const DASH_FRAMED_TITLE = /^(-{3,}[ \t]+)([A-Za-z][^\n]*?)[ \t]+-{3,}[ \t]*\r?$/;
/** A title's words before its closing parenthesis or date ("Final pathology (11/05/2026)", "Cytology 12/02"). */
const TRAILING_ANNOTATION = /^([A-Za-z][A-Za-z ]*?)\s*(?:\([^()]*\)|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)$/;
