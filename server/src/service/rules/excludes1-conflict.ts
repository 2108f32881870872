import type { TabularNote } from '../codes/codeSet';
import { EncounterCodes } from './encounterCodes';
import type { Finding, Rule, RuleMemo } from './rule';
import { shown } from './ruleHelpers';

/**
 * An Excludes1 note means "not coded here": the two conditions are never reported together. The
 * notes come from the code set (own, parent, category and block notes), never from a hand-written
 * table. Excludes2 notes allow both codes, so they are not read. Each pair of distinct codes is
 * reported once, on the first mention of the code that carries the note (the later one when both do).
 *
 * Each carrier's references are looked up in the encounter's sorted codes, so the work grows with the
 * codes and the pairs found, not with every pair of codes; a note that names very many codes of one
 * encounter is reported for the first {@link MAX_PAIRS_PER_CARRIER} of them, and one encounter reports
 * at most {@link MAX_PAIRS_PER_ENCOUNTER} conflicts, those of its earliest carriers.
 */
export const excludes1Conflict: Rule = {
  id: 'excludes1-conflict',
  defaultSeverity: 'warning',
  summary: "Two codes are reported together although one code's Excludes1 note names the other.",
  grounding: 'ICD-10-CM Tabular List Excludes1 notes (Guidelines I.A.12.a)',
  reactsTo: { codes: [{ noteNames: 'excludes1' }] },
  check({ diagnoses, memo }): readonly Finding[] {
    const codes = EncounterCodes.of(diagnoses.codes());
    const pairs: Pair[] = [];
    for (let rank = 0; rank < codes.size && pairs.length < MAX_PAIRS_PER_ENCOUNTER; rank++) collectPairs(memo, codes, rank, pairs);
    pairs.length = Math.min(pairs.length, MAX_PAIRS_PER_ENCOUNTER);
    // Reported in the order of the earlier code, then the later one, as a reader goes down the list.
    pairs.sort((a, b) => Math.min(a.carrier, a.other) - Math.min(b.carrier, b.other) || Math.max(a.carrier, a.other) - Math.max(b.carrier, b.other));
    return pairs.map(({ carrier, other, note }) => {
      return {
        span: diagnoses.span(codes.firstIndex[carrier] as number),
        message: `${shown(codes.distinct[carrier] as string)} and ${shown(codes.distinct[other] as string)} should not be reported together: the Excludes1 note at ${note.owner} excludes "${note.text}"; keep the code the record supports and remove the other (ICD-10-CM Tabular List Excludes1, Guidelines I.A.12.a).`,
      };
    });
  },
};

/** The most codes of one encounter that one carrier's Excludes1 notes are reported against. */
export const MAX_PAIRS_PER_CARRIER = 50;

/**
 * The most conflicts reported on one encounter, far more than a claim or a note can mean; only a
 * pasted code list of thousands reaches it, and the document's problem limit would hide the rest anyway.
 */
export const MAX_PAIRS_PER_ENCOUNTER = 1000;

/** A conflict between two distinct codes, by rank: the finding sits on `carrier`. */
interface Pair {
  readonly carrier: number;
  readonly other: number;
  readonly note: TabularNote;
}

/**
 * The pairs whose finding sits on the code of `rank`: each other code its Excludes1 notes name, unless
 * that other code comes later and names this one too (the pair then belongs to the later code).
 */
function collectPairs(memo: RuleMemo, codes: EncounterCodes, rank: number, into: Pair[]): void {
  const carrier = codes.distinct[rank] as string;
  const handled = new Set<number>();
  // Notes are read in order, so the first note covering a code is the one its finding quotes.
  for (const note of memo.notesOfKind(carrier, 'excludes1')) {
    for (const ref of note.refs) {
      const [from, to] = codes.covered(ref);
      for (let position = from; position < to; position++) {
        if (handled.size >= MAX_PAIRS_PER_CARRIER) return;
        const other = codes.rankAt(position);
        if (other === rank || handled.has(other)) continue;
        handled.add(other);
        const otherCode = codes.distinct[other] as string;
        if (other > rank && memo.noteNaming(otherCode, 'excludes1', carrier) !== undefined) continue;
        into.push({ carrier: rank, other, note });
      }
    }
  }
}
