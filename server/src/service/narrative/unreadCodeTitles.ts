import type { NeoplasmColumn } from '../codes/neoplasm/model';
import { spanOf } from '../spans';
import type { NarrativeCodeLookup } from './context';
import type { Assertion, DocumentedMention, NoteSection } from './model';
import { sectionAt } from './sections';
import { dottedCodeBeforeTitle } from './writtenCodePattern';

/**
 * "Problem list updated: Z86.0101 Personal history of adenomatous and serrated colon polyps", "--- D49.0, Neoplasm of
 * unspecified behavior of digestive system": a neoplasm code written with its official title is a mention coded as that code
 * (ANNOTATION.md round 18, "A code line's title … is a mention coded as the code on its line"). The reader's vocabulary reads
 * most titles by their words; a title it does not read ("polyps" are no neoplasm by themselves, "neoplasm of unspecified
 * behavior" names no histology) is found here by the code before it, and only when the whole official title follows the code.
 */

/** A neoplasm code written with its dot (C00–D49, Z80, Z85, Z86.0), and the separator before its title. */
export const WRITTEN_NEOPLASM_CODE = dottedCodeBeforeTitle(String.raw`((?:C[0-9][0-9A-Z]|D[0-4][0-9A-Z]|Z8[05])\.[0-9A-Z]{1,4}|Z86\.0[0-9A-Z]{1,3})`, '-:,–', { flags: 'g' });

/** The mentions with one added for each neoplasm code's official title written after it that no mention covers, in text order. */
export function withUnreadCodeTitles(
  text: string, mentions: readonly DocumentedMention[], sections: readonly NoteSection[], codes: NarrativeCodeLookup,
): readonly DocumentedMention[] {
  const added: DocumentedMention[] = [];
  const covered = coveredSpans(mentions);
  const starts = sections.map((section) => section.span.offset);
  for (const match of text.matchAll(WRITTEN_NEOPLASM_CODE)) {
    const code = (match[1] ?? '').replace('.', '');
    const title = codes.isBillable(code) ? codes.title(code) : undefined;
    const at = (match.index ?? 0) + match[0].length;
    const end = title === undefined ? -1 : titleEnd(text, at, title);
    if (end < 0 || overlapsAny(covered, at, end)) continue;
    const mention: DocumentedMention = {
      span: spanOf(at, end), text: text.slice(at, end), code, candidates: [], column: titleColumn(code),
      assertion: titleAssertion(code), source: `code line title: Tabular ${match[1] ?? code} ${title ?? ''}`,
    };
    const section = sectionAt(sections, starts, at);
    added.push(section === undefined ? mention : { ...mention, section });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((first, second) => first.span.offset - second.span.offset);
}

/** Where the title ends when the text at `at` spells it, any run of white space for a space and in any case; -1 when it does not. */
function titleEnd(text: string, at: number, title: string): number {
  let position = at;
  for (let index = 0; index < title.length; index++) {
    const wanted = title[index] ?? '';
    if (wanted === ' ') {
      if (!/\s/.test(text[position] ?? '')) return -1;
      while (/\s/.test(text[position] ?? '')) position++;
      continue;
    }
    if ((text[position] ?? '').toLowerCase() !== wanted.toLowerCase()) return -1;
    position++;
  }
  return /[A-Za-z0-9]/.test(text[position] ?? '') ? -1 : position;
}

/**
 * The mentions' spans ordered by start, each with the furthest end of any span starting at or before it, so that one binary
 * search answers whether any span overlaps a title, however long a phrase that starts well before it.
 */
function coveredSpans(mentions: readonly DocumentedMention[]): readonly (readonly [number, number])[] {
  const ordered = mentions.map((mention) => [mention.span.offset, mention.span.offset + mention.span.length] as const).sort((first, second) => first[0] - second[0]);
  let furthestEnd = 0;
  return ordered.map(([start, end]) => {
    furthestEnd = Math.max(furthestEnd, end);
    return [start, furthestEnd] as const;
  });
}

/** Whether a span of `covered` (from `coveredSpans`) overlaps [start, end): some span starts before `end` and reaches past `start`. */
function overlapsAny(covered: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let low = 0;
  let high = covered.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((covered[middle]?.[0] ?? 0) < end) low = middle + 1;
    else high = middle;
  }
  return (covered[low - 1]?.[1] ?? 0) > start;
}

/** The assertion a code states by itself: a personal history (Z85, Z86.0) is history, a family history (Z80) family. */
function titleAssertion(code: string): Assertion {
  if (code.startsWith('Z80')) return 'family';
  return code.startsWith('Z8') ? 'history' : 'present';
}

/** Categories classified by morphology, whose column is null (melanoma, Merkel cell, carcinoid and neuroendocrine, lymphoid and haematopoietic, nevus, lipoma, haemangioma, fibroid). */
const MORPHOLOGY_CATEGORY = /^(C43|C4A|C7A|C7B|C8[1-9]|C9[0-6]|D03|D3A|D22|D17|D18|D25|Z86006)/;

/** The Table of Neoplasms column of the code's category. */
function titleColumn(code: string): NeoplasmColumn | null {
  if (MORPHOLOGY_CATEGORY.test(code)) return null;
  if (/^C7[789]/.test(code)) return 'secondary';
  if (/^(C|Z8[05])/.test(code)) return 'primary';
  if (/^(D0|Z8600)/.test(code)) return 'in-situ';
  if (/^(D[12]|D3[0-6]|Z8601)/.test(code)) return 'benign';
  return /^D49/.test(code) ? 'unspecified' : 'uncertain';
}
