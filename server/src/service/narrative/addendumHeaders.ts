import type { Span } from '../spans';
import { isAsciiDigit, isIndentOrMarkdown } from './charCodes';
import { spanOf } from '../spans';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';

/**
 * An addendum's header line as procedure notes and reports write it (ANNOTATION.md's header table). An addendum named
 * by its date, time, author or service is `Addendum`, whatever follows the date ("ADDENDUM 12/06/2026 (final path
 * reviewed):", "ADDENDUM 12/01/2026 (cytology reviewed, HL/MF):", "ADDENDUM (12/07/26) final path:"), while one whose header
 * names the pathology part it adds, after a dash or before the word, is that part ("=== ADDENDUM - PATHOLOGY (11/26/2026)
 * ===", "ADDENDUM - CYTOLOGY (12/04/2026)", "CYTOLOGY ADDENDUM 12/02/2026 (Dr. Amadi)": `Pathology`). The general header
 * reading turns these lines away when the annotation holds a full stop, a comma or a colon of its own, or when the part's
 * name is itself annotated; here the line is read once, within its first `MAX_LENGTH` characters: linear.
 */
export function addendumHeaderOnLine(
  text: string, start: number, end: number, headers: SectionHeaderLookup,
): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  let first = start;
  while (first < end && isDecoration(text.charCodeAt(first))) first++;
  const last = Math.min(end, first + MAX_LENGTH);
  // Most lines hold no "addendum": a scan of their characters turns them away before any string is cut from the text.
  if (!holdsAddendum(text, first, last)) return undefined;
  const window = text.slice(first, last);
  const title = titleOf(window, end - first <= MAX_LENGTH);
  if (title === undefined) return undefined;
  const entry = leadingAddendum(title, headers) ?? namedAddendum(title, headers);
  return entry === undefined ? undefined : { entry, title, headerSpan: spanOf(first, first + title.length) };
}

/** How far into its line an addendum's header may run. */
const MAX_LENGTH = 80;
const ADDENDUM_WORD = 'addendum';
/** A date or a time opening an annotation ("12/06/2026", "12/04", "14:30"), or its parenthesis. */
const ANNOTATION_START = /^(?:\(|\d{1,2}[/:]\d)/;
const SPACED_DASH = /^[-\u2013\u2014]\s+/;
/** A date or a parenthesis closing a part's name ("CYTOLOGY (12/04/2026)", "final pathology 11/28"). */
const TRAILING_ANNOTATION = /\s*(?:\([^)]*\)|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)$/;
/** "Cytology addendum", "Hematology addendum": the word before "addendum" names the part or the service (one or two words). */
const NAMED_ADDENDUM = /^([a-z]+(?: [a-z]+)?) addendum\s+(.*)$/i;
/** One word, the author or service, before "addendum" and nothing after it: the header's whole title. */
const BARE_NAMED_ADDENDUM = /^([a-z]+) addendum$/i;
/** Words before "addendum" that point to one rather than head it ("See addendum 12/04"). */
const POINTING_WORDS: ReadonlySet<string> = new Set(['see', 'per', 'refer to', 'in', 'an', 'the']);

/**
 * The header's words: up to its colon (a time's colon, between digits, is no end), or the whole line less its closing
 * decoration when the line has no colon and is short enough to be nothing but a header.
 */
function titleOf(window: string, wholeLine: boolean): string | undefined {
  for (let index = 0; index < window.length; index++) {
    if (window.charCodeAt(index) !== 0x3a /* : */) continue;
    if (isAsciiDigit(window.charCodeAt(index - 1)) && isAsciiDigit(window.charCodeAt(index + 1))) continue;
    return window.slice(0, index).trimEnd();
  }
  if (!wholeLine) return undefined;
  let last = window.length;
  while (last > 0 && (isDecoration(window.charCodeAt(last - 1)) || window.charCodeAt(last - 1) === 0x0d)) last--;
  return window.slice(0, last);
}

/**
 * "ADDENDUM <date or parenthesis> …" is the addendum; "ADDENDUM - <part> (<date>)" the part it names, when that or "<part>
 * addendum" is a header ("ADDENDUM - CYTOLOGY" is a cytology addendum, though a bare "Cytology:" stays text).
 */
function leadingAddendum(title: string, headers: SectionHeaderLookup): SectionHeaderEntry | undefined {
  if (!/^addendum\b/i.test(title)) return undefined;
  const rest = title.slice('addendum'.length).trimStart();
  const addendum = headers.forTitle('addendum');
  if (ANNOTATION_START.test(rest)) return addendum;
  const dash = SPACED_DASH.exec(rest);
  if (dash === null) return undefined;
  const part = rest.slice(dash[0].length).replace(TRAILING_ANNOTATION, '');
  return part.length > 0 && part !== rest.slice(dash[0].length) ? headers.forTitle(part) ?? headers.forTitle(`${part} addendum`) ?? addendum : undefined;
}

/** "CYTOLOGY ADDENDUM 12/02/2026 (Dr. Amadi)": a named addendum with its annotation is the named one's section, else the addendum. */
function namedAddendum(title: string, headers: SectionHeaderLookup): SectionHeaderEntry | undefined {
  const bare = BARE_NAMED_ADDENDUM.exec(title)?.[1];
  if (bare !== undefined && !POINTING_WORDS.has(bare.toLowerCase())) return bareNamedAddendum(bare, headers);
  const named = NAMED_ADDENDUM.exec(title);
  const lead = named?.[1];
  if (named === null || lead === undefined || POINTING_WORDS.has(lead.toLowerCase()) || !ANNOTATION_START.test(named[2] ?? '')) return undefined;
  const own = headers.forTitle(`${lead} addendum`) ?? headers.forTitle(lead);
  return own?.kind === 'pathology' || own?.name === 'Addendum' ? own : headers.forTitle('addendum');
}

/**
 * "Endoscopist addendum:", "Hematology addendum:", "Path addendum:": an addendum named by its author or service with no
 * annotation (ANNOTATION.md's table: "Hematology addendum", "Endoscopist addendum" are Addendum), or the pathology part it
 * adds when that is a header.
 */
function bareNamedAddendum(lead: string, headers: SectionHeaderLookup): SectionHeaderEntry | undefined {
  const own = headers.forTitle(`${lead} addendum`) ?? headers.forTitle(lead);
  return own?.kind === 'pathology' || own?.name === 'Addendum' ? own : headers.forTitle('addendum');
}

/**
 * Where the next "addendum" (in any case) at or after `from` begins, or -1: the section finder asks again only once a line
 * passes the one found, so the note is scanned once for the word and the lines without it skip the addendum reading.
 */
export function nextAddendumAt(text: string, from: number): number {
  // The expression engine finds a literal word many times faster than a loop over character codes does; a copy of the
  // expression per call keeps its `lastIndex` this call's own.
  const search = new RegExp(ADDENDUM_SEARCH);
  search.lastIndex = from;
  return search.exec(text)?.index ?? -1;
}

/**
 * The word "addendum" in any case. Without the `u` flag a case-insensitive expression folds no other character onto an ASCII
 * letter, so it finds exactly what `spellsAddendumAt` reads.
 */
const ADDENDUM_SEARCH = /addendum/gi;

/** Whether `text[from, to)` holds the word "addendum" in any case (ASCII only, as the former case-insensitive expression matched). */
function holdsAddendum(text: string, from: number, to: number): boolean {
  for (let at = from; at + ADDENDUM_WORD.length <= to; at++) {
    if ((text.charCodeAt(at) | 0x20) === 0x61 /* a */ && spellsAddendumAt(text, at)) return true;
  }
  return false;
}

/** Whether "addendum" is spelled, in any case, at `at`. */
function spellsAddendumAt(text: string, at: number): boolean {
  for (let index = 1; index < ADDENDUM_WORD.length; index++) {
    if ((text.charCodeAt(at + index) | 0x20) !== ADDENDUM_WORD.charCodeAt(index)) return false;
  }
  return true;
}

/** Spaces, tabs and the marks that decorate a header line ("=== ADDENDUM ===", "**Addendum**", "# ADDENDUM"). */
function isDecoration(code: number): boolean {
  return isIndentOrMarkdown(code) || code === 0x3d /* = */;
}
