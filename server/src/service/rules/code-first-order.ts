import type { DiagnosisMention } from '../model';
import { listedDiagnoses } from '../notes/reportingOrder';
import type { Finding, Rule } from './rule';
import { notesOfKind, shown, swapFix } from './ruleHelpers';
import { anyNoteNamesAnother, codeFactsOf, Fact, noteNamingFrom } from './codeFacts';

/**
 * A "code first" note asks for the named condition to be sequenced before the code that carries the
 * note (D63.0 after the neoplasm, C80.2 after the T86.- complication, Z85.- after Z08). The notes come
 * from the code set, own and inherited. A finding sits on the code listed too early and offers to swap
 * it with the first code its note names.
 */
export const codeFirstOrder: Rule = {
  id: 'code-first-order',
  defaultSeverity: 'warning',
  summary: 'A code whose "code first" note names another code on the encounter is listed before that code.',
  grounding: 'ICD-10-CM Tabular List "code first" notes (Guidelines I.A.13)',
  relevantFacts: Fact.codeFirst,
  // The rule fires only on a note naming a code listed after its carrier.
  mayFire: (input) => anyNoteNamesAnother(input, 'codeFirst', true),
  check({ encounter, codeSets }): readonly Finding[] {
    // Only listed codes have an order; a code in a background section is never "before" another.
    const mentions = listedDiagnoses(encounter);
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (let i = 0; i < mentions.length; i++) {
      const early = mentions[i] as DiagnosisMention;
      if (reported.has(early.code)) continue;
      const earlyFacts = codeFactsOf(codeSets, early.code);
      // Only codes that carry a "code first" note get this far; reading the notes again is memoised
      // and surfaces a code set that cannot read them as a rule failure.
      if ((earlyFacts.flags & Fact.codeFirst) === 0 || notesOfKind(codeSets, early.code, 'codeFirst').length === 0) continue;
      for (let j = i + 1; j < mentions.length; j++) {
        const named = mentions[j] as DiagnosisMention;
        const note = named.code === early.code ? undefined : noteNamingFrom(codeSets, early.code, earlyFacts, 'codeFirst', named.code);
        if (note === undefined) continue;
        reported.add(early.code);
        findings.push({
          span: early.span,
          message: `${shown(early)} is listed before ${shown(named)}, but the "code first" note at ${note.owner} asks for "${note.text}" first; list ${shown(named)} before ${shown(early)} (ICD-10-CM Tabular List "code first" note, Guidelines I.A.13).`,
          fixes: [swapFix(early, named, `List ${shown(named)} before ${shown(early)}`)],
        });
        break;
      }
    }
    return findings;
  },
};
