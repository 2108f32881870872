import type { DiagnosisMention } from '../model';
import type { Finding, Rule } from './rule';
import { noteOfKindNaming, shown } from './ruleHelpers';

/**
 * An Excludes1 note means "not coded here": the two conditions are never reported together. The
 * notes come from the code set (own, parent, category and block notes), never from a hand-written
 * table. Excludes2 notes allow both codes, so they are not read. Each pair is reported once, on the
 * code that carries the note (the later one when both do).
 */
export const excludes1Conflict: Rule = {
  id: 'excludes1-conflict',
  defaultSeverity: 'warning',
  summary: "Two codes are reported together although one code's Excludes1 note names the other.",
  grounding: 'ICD-10-CM Tabular List Excludes1 notes (Guidelines I.A.12.a)',
  check({ encounter, codeSets }): readonly Finding[] {
    const mentions = encounter.diagnoses;
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (let i = 0; i < mentions.length; i++) {
      for (let j = i + 1; j < mentions.length; j++) {
        const earlier = mentions[i] as DiagnosisMention;
        const later = mentions[j] as DiagnosisMention;
        if (earlier.code === later.code) continue;
        const pair = [earlier.code, later.code].sort().join('+');
        if (reported.has(pair)) continue;
        const laterNote = noteOfKindNaming(codeSets, 'excludes1', later.code, earlier.code);
        const earlierNote = laterNote ? undefined : noteOfKindNaming(codeSets, 'excludes1', earlier.code, later.code);
        const carrier = laterNote ? later : earlier;
        const other = laterNote ? earlier : later;
        const note = laterNote ?? earlierNote;
        if (note === undefined) continue;
        reported.add(pair);
        findings.push({
          span: carrier.span,
          message: `${shown(carrier)} and ${shown(other)} should not be reported together: the Excludes1 note at ${note.owner} excludes "${note.text}"; keep the code the record supports and remove the other (ICD-10-CM Tabular List Excludes1, Guidelines I.A.12.a).`,
        });
      }
    }
    return findings;
  },
};
