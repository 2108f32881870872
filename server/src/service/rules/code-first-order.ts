import type { CodeRangeRef } from '../codes/codeSet';
import type { Finding, Rule } from './rule';
import { shown, swapFix } from './ruleHelpers';
import { earliestLaterNamed, EncounterCodes } from './encounterCodes';

/**
 * A "code first" note asks for the named condition to be sequenced before the code that carries the
 * note (D63.0 after the neoplasm, C80.2 after the T86.- complication, Z85.- after Z08). The notes come
 * from the code set, own and inherited. Order is the order of first appearance: a note that repeats a
 * code further down ("the pancreatic cancer (C25.9) is stable") does not move it. A finding sits on the
 * first mention of the code listed too early and offers to swap it with the first code its note names
 * that appears after it.
 */
export const codeFirstOrder: Rule = {
  id: 'code-first-order',
  defaultSeverity: 'warning',
  summary: 'A code whose "code first" note names another code on the encounter is listed before that code.',
  grounding: 'ICD-10-CM Tabular List "code first" notes (Guidelines I.A.13)',
  // The rule fires only on a note naming a code listed after its carrier.
  reactsTo: { codes: [{ noteNames: 'codeFirst', later: true }] },
  check({ diagnoses, memo }): readonly Finding[] {
    // Only listed codes have an order; a code in a background section is never "before" another.
    const codes = EncounterCodes.of(diagnoses.codes(diagnoses.listedCount));
    const refsOf = (rank: number): readonly CodeRangeRef[] | undefined => {
      const code = codes.distinct[rank] as string;
      // Reading the notes is remembered, and surfaces a code set that cannot read them as a rule failure.
      const notes = memo.notesOfKind(code, 'codeFirst');
      return notes.length === 0 ? undefined : notes.flatMap((note) => note.refs);
    };
    const later = earliestLaterNamed(codes, refsOf);
    const findings: Finding[] = [];
    for (let rank = 0; rank < codes.size; rank++) {
      const namedRank = later[rank] as number;
      if (namedRank < 0) continue;
      const early = diagnoses.mention(codes.firstIndex[rank] as number);
      const named = diagnoses.mention(codes.firstIndex[namedRank] as number);
      const note = memo.noteNaming(early.code, 'codeFirst', named.code);
      if (note === undefined) continue;
      findings.push({
        span: early.span,
        message: `${shown(early)} is listed before ${shown(named)}, but the "code first" note at ${note.owner} asks for "${note.text}" first; list ${shown(named)} before ${shown(early)} (ICD-10-CM Tabular List "code first" note, Guidelines I.A.13).`,
        fixes: [swapFix(early, named, `List ${shown(named)} before ${shown(early)}`)],
      });
    }
    return findings;
  },
};
