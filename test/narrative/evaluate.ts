import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createNarrativeContext } from '../../server/src/service/narrative/context';
import type { NarrativeContext } from '../../server/src/service/narrative/context';
import type { DocumentedMention } from '../../server/src/service/narrative/model';
import { readNarrative } from '../../server/src/service/narrative/reader';
import { spanOf } from '../../server/src/service/spans';
import { testCodeSets } from '../helpers/codeSets';
import { officialNeoplasmTable } from '../helpers/neoplasmTable';

/**
 * The narrative reader measured against the annotated corpus in `corpus/` (`dev/` and `held-out/`).
 * Matching: a predicted mention matches a gold mention when their spans overlap and their codes are
 * equal (dotless); when the gold code is null, the prediction's code must be null too and its column
 * equal. Each gold and each prediction is matched at most once. Precision = matched predictions /
 * predictions; recall = matched gold / gold; assertion accuracy = matched pairs with the same
 * assertion / matched pairs; section agreement = matched pairs whose reader section name (null when the
 * reader puts the mention in no section) equals the gold's `section` / matched pairs.
 */
export interface GoldMention {
  readonly text: string;
  readonly occurrence: number;
  readonly part?: string;
  readonly code: string | null;
  readonly column: string | null;
  readonly assertion: string;
  /** The reader's canonical name of the section the mention is in (`corpus/ANNOTATION.md`), or null before any header. */
  readonly section?: string | null;
}

/** The counts of one note, summed by {@link evaluate}. */
export interface NoteTally {
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly sameAssertion: number;
  readonly sameSection: number;
  readonly errors: readonly string[];
  /** The matched pairs whose section names differ, apart from `errors` so that the error listing stays as it was. */
  readonly sectionErrors: readonly string[];
}

/** A set's or a batch's summed tallies and the ratios made from them. */
export interface Scores extends NoteTally {
  readonly notes: number;
  readonly precision: number;
  readonly recall: number;
  readonly assertionAccuracy: number;
  readonly sectionAgreement: number;
}

export const corpusDir = path.join(__dirname, 'corpus');

/** The offset of the n-th whole-word occurrence of `needle` (1-based). */
export function locate(text: string, needle: string, occurrence: number): number {
  let from = 0;
  let seen = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return -1;
    const before = text.charAt(at - 1);
    const after = text.charAt(at + needle.length);
    const wordStart = !/\w/.test(needle.charAt(0)) || !/\w/.test(before);
    const wordEnd = !/\w/.test(needle.charAt(needle.length - 1)) || !/\w/.test(after);
    if (wordStart && wordEnd && ++seen === occurrence) return at;
    from = at + 1;
  }
}

function goldSpan(text: string, gold: GoldMention, file: string): { offset: number; length: number } {
  const at = locate(text, gold.text, gold.occurrence);
  if (at < 0) throw new Error(`${file}: gold text ${JSON.stringify(gold.text)} #${gold.occurrence} not found`);
  if (gold.part === undefined) return spanOf(at, at + gold.text.length);
  const inner = gold.text.indexOf(gold.part);
  if (inner < 0) throw new Error(`${file}: part ${JSON.stringify(gold.part)} not in ${JSON.stringify(gold.text)}`);
  return spanOf(at + inner, at + inner + gold.part.length);
}

const overlaps = (a: { offset: number; length: number }, b: { offset: number; length: number }): boolean =>
  a.offset < b.offset + b.length && b.offset < a.offset + a.length;

function sameCode(gold: GoldMention, predicted: DocumentedMention): boolean {
  const goldCode = gold.code === null ? null : gold.code.replace('.', '');
  if (goldCode === null) return predicted.code === null && predicted.column === gold.column;
  return predicted.code === goldCode;
}

/** The number in a note's file name (`d115-…` → 115), so that `d100` sorts after `d95`; -1 for none. */
function noteNumber(name: string): number {
  const digits = /^[a-z]*(\d+)/i.exec(name)?.[1];
  return digits === undefined ? -1 : Number(digits);
}

/**
 * Scores one corpus folder (`dev` or `held-out`); `from` and `to` keep only the notes whose number is
 * within them (`d95`, `d114`), to score a batch of new notes on its own before any change is made for them.
 */
export function evaluate(set: 'dev' | 'held-out', context: NarrativeContext = defaultContext(), from = '', to = ''): Scores {
  const dir = path.join(corpusDir, set);
  const last = to === '' ? Number.POSITIVE_INFINITY : noteNumber(to);
  const notes = readdirSync(dir).filter((name) => name.endsWith('.note') && noteNumber(name) >= noteNumber(from) && noteNumber(name) <= last).sort();
  const tallies = notes.map((name) => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const golds = (JSON.parse(readFileSync(path.join(dir, name.replace(/\.note$/, '.json')), 'utf8')) as { mentions: GoldMention[] }).mentions;
    const reading = readNarrative(text, spanOf(0, text.length), context);
    return scoreNote(`${set}/${name}`, text, golds, reading.mentions);
  });
  return sumTallies(notes.length, tallies);
}

/** The scores of the notes' tallies taken together. */
export function sumTallies(notes: number, tallies: readonly NoteTally[]): Scores {
  const sum = (count: (tally: NoteTally) => number): number => tallies.reduce((total, tally) => total + count(tally), 0);
  const gold = sum((tally) => tally.gold);
  const predicted = sum((tally) => tally.predicted);
  const matched = sum((tally) => tally.matched);
  const sameAssertion = sum((tally) => tally.sameAssertion);
  const sameSection = sum((tally) => tally.sameSection);
  return {
    notes, gold, predicted, matched, sameAssertion, sameSection,
    precision: predicted === 0 ? 0 : matched / predicted,
    recall: gold === 0 ? 0 : matched / gold,
    assertionAccuracy: matched === 0 ? 0 : sameAssertion / matched,
    sectionAgreement: matched === 0 ? 0 : sameSection / matched,
    errors: tallies.flatMap((tally) => tally.errors),
    sectionErrors: tallies.flatMap((tally) => tally.sectionErrors),
  };
}

/**
 * Matches the reader's mentions of one note (`label`, as `dev/d01-….note`) against its gold and counts the pairs, the
 * pairs with the same assertion and the pairs with the same section name.
 */
export function scoreNote(label: string, text: string, golds: readonly GoldMention[], mentions: readonly DocumentedMention[]): NoteTally {
  const spans = golds.map((entry) => goldSpan(text, entry, label));
  const goldMatched = new Set<number>();
  let matched = 0;
  let sameAssertion = 0;
  let sameSection = 0;
  const errors: string[] = [];
  const sectionErrors: string[] = [];
  for (const mention of mentions) {
    const match = golds.findIndex((entry, goldIndex) => !goldMatched.has(goldIndex) && overlaps(spans[goldIndex] as { offset: number; length: number }, mention.span) && sameCode(entry, mention));
    const entry = golds[match];
    if (entry === undefined) {
      errors.push(`${label}: extra ${JSON.stringify(mention.text)} ${mention.code ?? 'null'} ${mention.assertion}`);
      continue;
    }
    matched++;
    goldMatched.add(match);
    if (entry.assertion === mention.assertion) sameAssertion++;
    else errors.push(`${label}: assertion ${JSON.stringify(mention.text)} ${mention.assertion} (gold ${entry.assertion})`);
    const readSection = mention.section?.name ?? null;
    if (readSection === (entry.section ?? null)) sameSection++;
    else sectionErrors.push(`${label}: section ${JSON.stringify(mention.text)} ${readSection ?? 'null'} (gold ${entry.section ?? 'null'})`);
  }
  golds.forEach((entry, index) => {
    if (!goldMatched.has(index)) errors.push(`${label}: missed ${JSON.stringify(entry.text)} ${entry.code ?? 'null'} ${entry.assertion}`);
  });
  return { gold: golds.length, predicted: mentions.length, matched, sameAssertion, sameSection, errors, sectionErrors };
}

let context: NarrativeContext | undefined;

/** The reader's context over the official FY2025 table and the bundled code sets (FY2027 newest). */
export function defaultContext(): NarrativeContext {
  context ??= createNarrativeContext(officialNeoplasmTable(), testCodeSets());
  return context;
}
