import type { CodeRangeRef } from '../codes/codeSet';
import type { Encounter } from '../model';
import { earliestLaterNamed, EncounterCodes } from './encounterCodes';
import type { PairMemo } from './pairMemo';
import type { NamingNoteKind } from './reaction';
import { carrierBit } from './ruleTables';
import type { CodeFacts, RuleTables } from './ruleTables';

/** What a compiled reaction sees of a claim or an encounter: its codes in reporting order and their facts. */
export interface CodeView {
  /** Only the first `count` entries of `codes` and `facts` are valid. */
  readonly codes: readonly string[];
  readonly facts: readonly CodeFacts[];
  readonly count: number;
  /** The union of the facts' flags. */
  readonly union: number;
  /** The highest id among the facts (-1 with no codes): a carrier's memo covering it answers every pair. */
  readonly highestId: number;
  readonly tables: RuleTables;
  /** The built encounter; absent when a claim is screened before it is built. */
  readonly encounter?: Encounter;
  /** How many classes the tables had when the facts were looked up. */
  readonly classes: number;
}

/**
 * Up to this many codes the screen compares pairs, each answer two array reads once remembered; past
 * it (a note listing thousands of codes) it looks each carrier's references up in the sorted codes.
 */
const PAIRWISE_LIMIT = 24;

/**
 * Whether a note of `kind` at one code of the view names another, different code (with `laterOnly`,
 * one listed after it); the answers are remembered per pair in the tables, so a batch pays for each
 * distinct pair once.
 */
export function anyNoteNamesAnother(view: CodeView, kind: NamingNoteKind, laterOnly: boolean): boolean {
  const flag = carrierBit(kind);
  const { codes, facts, count, tables, highestId } = view;
  if (count > PAIRWISE_LIMIT) return anyNoteNamesAnotherIndexed(view, kind, flag, laterOnly);
  const excludes1 = kind === 'excludes1';
  for (let i = 0; i < count; i++) {
    const carrierFacts = facts[i] as CodeFacts;
    if ((carrierFacts.flags & flag) === 0) continue;
    const memo = excludes1 ? carrierFacts.excludes1Naming : carrierFacts.codeFirstNaming;
    const from = laterOnly ? i + 1 : 0;
    // Once the carrier has been asked about every code up to the view's highest id, the few ids its
    // notes name answer the claim; almost always there are none, and the carrier costs one comparison.
    if (memo.covers(highestId) || tables.coverNaming(codes[i] as string, carrierFacts, kind, highestId)) {
      if (memo.namedIds.length > 0 && namesOneOf(memo, facts, from, count, carrierFacts)) return true;
      continue;
    }
    for (let j = from; j < count; j++) {
      const otherFacts = facts[j] as CodeFacts;
      // The same code has the same facts; a note never names its own carrier.
      if (otherFacts === carrierFacts) continue;
      // The remembered answer is two array reads; only a pair not seen before reads the notes.
      if (memo.namesNothing(otherFacts.id)) continue;
      if (memo.get(otherFacts.id) !== undefined || tables.noteNamingBetween(codes[i] as string, carrierFacts, kind, codes[j] as string, otherFacts) !== undefined) return true;
    }
  }
  return false;
}

/** Whether the carrier's memo, which covers them all, names a code among `facts[from]` to `facts[count - 1]` other than the carrier. */
function namesOneOf(memo: PairMemo, facts: readonly CodeFacts[], from: number, count: number, carrierFacts: CodeFacts): boolean {
  for (let j = from; j < count; j++) {
    const otherFacts = facts[j] as CodeFacts;
    if (otherFacts !== carrierFacts && memo.names(otherFacts.id)) return true;
  }
  return false;
}

/** {@link anyNoteNamesAnother} for many codes: n log n through the encounter's sorted codes. */
function anyNoteNamesAnotherIndexed(view: CodeView, kind: NamingNoteKind, flag: number, laterOnly: boolean): boolean {
  const { codes, count, tables } = view;
  const index = EncounterCodes.of(codes, count);
  const refsOf = (rank: number): readonly CodeRangeRef[] | undefined => {
    const code = index.distinct[rank] as string;
    if ((tables.factsOf(code).flags & flag) === 0) return undefined;
    return tables.notesOfKind(code, kind).flatMap((note) => note.refs);
  };
  if (laterOnly) return earliestLaterNamed(index, refsOf).some((named) => named >= 0);
  for (let rank = 0; rank < index.size; rank++) {
    for (const ref of refsOf(rank) ?? []) {
      const [from, to] = index.covered(ref);
      // A note never names its own carrier, so any covered code other than the carrier is a hit.
      if (to - from > 1 || (to - from === 1 && index.rankAt(from) !== rank)) return true;
    }
  }
  return false;
}
