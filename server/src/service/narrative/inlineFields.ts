import { lastAtOrBefore, lastAtOrBeforeBy } from '../sortedSearch';
import { isAsciiLetter, isAsciiUpper, isSpaceOrTab, trimmedEnd } from './charCodes';
import type { SectionKind } from './model';
import type { SectionHeaderLookup } from './sectionHeaders';
import type { Token } from './token';

/**
 * Header fields written inline, after a comma, a semicolon or a sentence end inside a line ("PMH: breast ca s/p
 * lumpectomy, FH: neg", "Dx: colon ca; A/P: r/o liver mets", "68F. PMH: …"): each opens a field of its own, and an
 * assertion cue speaks only within its field ("neg" denies the family history, not the breast cancer). The section
 * finder collects where each field's header begins (`inlineFieldsOfLine`, on a line that holds a colon); the
 * reader turns those offsets into token indices once per note (`FieldBoundaries`).
 */

/** A header field written inline: where its header begins, where its line ends, and the kind of section it names. */
export interface InlineField {
  readonly offset: number;
  /** The header as written ("FHx", "Family hx"). */
  readonly title: string;
  readonly lineEnd: number;
  readonly kind: SectionKind;
}

/** The kinds of the fields whose text takes their own default: past and family history lists. */
const HISTORY_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['past-medical-history', 'past-surgical-history', 'family-history']);

/**
 * History titles that are also plain words a note labels other things with: "Code status: full. Family: at bedside, aware of
 * metastatic pancreatic ca" names the family present, not a family history. Such a field still bounds the cues' scopes, but
 * its text keeps the default of the section it stands in.
 */
const PLAIN_WORD_TITLES: ReadonlySet<string> = new Set(['family']);

/**
 * The kinds of the fields that tell more of the item before them rather than open another part of the record: its
 * history, pathology, results, diagnosis, or procedure ("Colon ca 2015, Path: pT3N0, s/p colectomy, NED").
 */
const DETAIL_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['hpi', 'pathology', 'results', 'diagnoses', 'other']);

/** The longest header title (before its colon) looked for before a colon. */
const MAX_TITLE_LENGTH = 48;

/**
 * Pushes onto `fields` each known header written inline in the line `[start, end)` whose first colon is at
 * `firstColon`: the words between a comma, semicolon or full stop (followed by a space) and a colon, capitalised as a
 * header is, with no digit ("Ratio 2:1", "10:30" are none) and known to the header table ("ER:", "Margins:" are none).
 * A header opening the line is the section finder's. Each colon looks back at most `MAX_TITLE_LENGTH` characters: linear.
 */
export function inlineFieldsOfLine(text: string, start: number, end: number, firstColon: number, headers: SectionHeaderLookup, fields: InlineField[]): void {
  for (let colon = firstColon; colon >= 0 && colon < end; colon = text.indexOf(':', colon + 1)) {
    const titleStart = inlineTitleStart(text, start, colon);
    if (titleStart < 0) continue;
    const title = text.slice(titleStart, trimmedEnd(text, titleStart, colon));
    const entry = title.length >= 2 ? headers.forTitle(title) : undefined;
    if (entry !== undefined) fields.push({ offset: titleStart, title, lineEnd: end, kind: entry.kind });
  }
}

/**
 * Where the title before `colon` begins, after its delimiter and the gap of spaces and tabs after it ("68F.\tPMH:", as the
 * section finder's `abbreviationInLine` reads it); -1 when no delimiter sets it off or it cannot be a header. A tab inside
 * the title sets off a column, not a word of the header.
 */
function inlineTitleStart(text: string, lineStart: number, colon: number): number {
  const limit = Math.max(lineStart, colon - MAX_TITLE_LENGTH - 1);
  let tabSeen = false;
  for (let position = colon - 1; position >= limit; position--) {
    const code = text.charCodeAt(position);
    if (code === 0x2c /* , */ || code === 0x3b /* ; */ || code === 0x2e /* . */) {
      if (!isSpaceOrTab(text.charCodeAt(position + 1))) return -1;
      let first = position + 1;
      while (first < colon && isSpaceOrTab(text.charCodeAt(first))) first++;
      if (tabSeen && text.slice(first, colon).includes('\t')) return -1;
      return first < colon && isAsciiUpper(text.charCodeAt(first)) ? first : -1;
    }
    tabSeen ||= code === 0x09;
    if (!isTitleCharacter(code) && code !== 0x09) return -1;
  }
  return -1;
}

/** A letter, a space or the joiners header spellings use ("A/P", "A&P", "Fam hx", "Pre-op Dx"). */
function isTitleCharacter(code: number): boolean {
  return isAsciiLetter(code) || code === 0x20 || code === 0x2f || code === 0x26 || code === 0x2b || code === 0x2d;
}

/**
 * The token indices where the note's inline fields begin, ascending. Few notes write any, so the question "does a field
 * begin between these two tokens" is a binary search over a handful of entries, and nothing when there are none.
 */
export class FieldBoundaries {
  /**
   * `historyFields`: the fields that name a past or family history list, whose default their text takes (`kindAt`);
   * `firstTokens`: where every field begins; `topicTokens`: where the fields that open another part of the record begin.
   */
  private constructor(private readonly historyFields: readonly InlineField[], private readonly firstTokens: Int32Array, private readonly topicTokens: Int32Array) {}

  /** No inline field. */
  static none(): FieldBoundaries {
    return new FieldBoundaries([], new Int32Array(0), new Int32Array(0));
  }

  /** The boundaries of `fields` (in text order), each at the first token at or after its header. */
  static of(tokens: readonly Token[], fields: readonly InlineField[]): FieldBoundaries {
    const firstTokens = new Int32Array(fields.length);
    fields.forEach((field, index) => {
      firstTokens[index] = lastAtOrBeforeBy((position) => tokens[position]?.start ?? 0, tokens.length, field.offset - 1) + 1;
    });
    const topicTokens = firstTokens.filter((_, index) => !DETAIL_KINDS.has(fields[index]?.kind ?? 'other'));
    const historyFields = fields.filter((field) => HISTORY_KINDS.has(field.kind) && !PLAIN_WORD_TITLES.has(field.title.toLowerCase()));
    return new FieldBoundaries(historyFields, firstTokens, topicTokens);
  }

  /**
   * The kind of the past or family history field written inline that holds the text offset, up to its line's end
   * ("FH: colon ca (father). PMH: prostate ca": the prostate cancer is the past history's), or undefined outside every such
   * field: its default replaces the section's. Other fields keep the default they stand in: a "Path:" or "Dx:" written
   * inside a past history's item describes that past item ("PMH: breast ca 2010, Path: DCIS").
   */
  kindAt(offset: number): SectionKind | undefined {
    const field = this.historyFields[lastAtOrBeforeBy((index) => this.historyFields[index]?.offset ?? 0, this.historyFields.length, offset)];
    return field !== undefined && offset < field.lineEnd ? field.kind : undefined;
  }

  /**
   * Whether a field begins at a token after `from` and at or before `to`: a cue at `from` does not reach forward into
   * the field ("Hx of HTN, Dx: prostate ca", "Possible lymphoma, Path: DLBCL").
   */
  crosses(from: number, to: number): boolean {
    return beginsBetween(this.firstTokens, from, to);
  }

  /**
   * Whether a field that opens another part of the record ("FH:", "Meds:", "A/P:") begins after token `from` and at or
   * before `to`: a cue at `to` does not reach back over it. A detail of the same item ("breast ca 2010, Path: IDC ER+,
   * s/p lumpectomy + RT, NED since") lets the item's course reach back to it.
   */
  crossesTopic(from: number, to: number): boolean {
    return beginsBetween(this.topicTokens, from, to);
  }
}

/** Whether one of the ascending token indices `starts` lies in `(from, to]`. */
function beginsBetween(starts: Int32Array, from: number, to: number): boolean {
  const count = starts.length;
  if (count === 0) return false;
  const last = lastAtOrBefore(starts, count, to);
  return last >= 0 && (starts[last] ?? 0) > from;
}
