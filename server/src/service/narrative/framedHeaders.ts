import type { Span } from '../spans';
import { spanOf } from '../spans';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';

/**
 * A header framed by rules of "=" on its own line ("==== CANCER TREATMENT SUMMARY ====", "=== PLAN ==="), as templates and
 * text exports set a section's title off: the words inside the frame are the header (ANNOTATION.md, rule 1: a short line that is
 * nothing but a header). Only lines opening with "=" are read, and only their first 80 characters: linear in the line.
 */
export function framedHeaderOnLine(text: string, start: number, end: number, headers: SectionHeaderLookup): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  if (text.charCodeAt(start) !== 0x3d || end - start > MAX_FRAMED_LINE) return undefined;
  const framed = FRAMED_TITLE.exec(text.slice(start, end));
  const frame = framed?.[1];
  const title = framed?.[2];
  if (frame === undefined || title === undefined) return undefined;
  const entry = headers.forTitle(title);
  const offset = start + frame.length;
  return entry === undefined ? undefined : { entry, title, headerSpan: spanOf(offset, offset + title.length) };
}

/** The longest framed line read. */
const MAX_FRAMED_LINE = 80;

/** A title between two runs of at least three "=", with spaces around it. */
const FRAMED_TITLE = /^(={3,}[ \t]*)([A-Za-z][^=\n]*?)[ \t]*={3,}[ \t]*\r?$/;
