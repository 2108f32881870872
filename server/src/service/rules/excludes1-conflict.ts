import type { DiagnosisMention } from '../model';
import { anyNoteNamesAnother, Fact, factsOfMentions, noteNamingFrom } from './codeFacts';
import type { CodeFacts } from './codeFacts';
import type { Finding, Rule } from './rule';
import { shown } from './ruleHelpers';

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
  relevantFacts: Fact.excludes1,
  mayFire: (input) => anyNoteNamesAnother(input, 'excludes1'),
  check({ encounter, codeSets, mentionFacts }): readonly Finding[] {
    const mentions = encounter.diagnoses;
    const facts = mentionFacts ?? factsOfMentions(codeSets, mentions);
    const findings: Finding[] = [];
    // Only the first mention of each distinct code takes part: the first pair found for two codes in
    // the (earlier, later) order below is always made of their first mentions, so the findings are
    // the same as comparing every pair of mentions, at the cost of distinct codes rather than
    // mentions (a note listing one code thousands of times stays linear).
    const firsts = firstMentionIndexes(mentions);
    for (let a = 0; a < firsts.length; a++) {
      const i = firsts[a] as number;
      const earlier = mentions[i] as DiagnosisMention;
      const earlierFacts = facts[i] as CodeFacts;
      for (let b = a + 1; b < firsts.length; b++) {
        const j = firsts[b] as number;
        const later = mentions[j] as DiagnosisMention;
        // Most pairs carry no Excludes1 note at all; the flags answer that without a pair look-up.
        const laterNote = noteNamingFrom(codeSets, later.code, facts[j] as CodeFacts, 'excludes1', earlier.code, earlierFacts);
        const earlierNote = laterNote !== undefined ? undefined : noteNamingFrom(codeSets, earlier.code, earlierFacts, 'excludes1', later.code, facts[j]);
        const note = laterNote ?? earlierNote;
        if (note === undefined) continue;
        const carrier = laterNote ? later : earlier;
        const other = laterNote ? earlier : later;
        findings.push({
          span: carrier.span,
          message: `${shown(carrier)} and ${shown(other)} should not be reported together: the Excludes1 note at ${note.owner} excludes "${note.text}"; keep the code the record supports and remove the other (ICD-10-CM Tabular List Excludes1, Guidelines I.A.12.a).`,
        });
      }
    }
    return findings;
  },
};

/**
 * The index of the first mention of each distinct code, in document order. A claim holds at most a few
 * dozen mentions, so comparing with the earlier ones costs less than building a set per claim.
 */
function firstMentionIndexes(mentions: readonly DiagnosisMention[]): number[] {
  // A note may list thousands of codes; past a claim's size a set keeps this linear.
  if (mentions.length > 32) return firstMentionIndexesBySet(mentions);
  const firsts: number[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const code = (mentions[index] as DiagnosisMention).code;
    let seen = false;
    for (let earlier = 0; earlier < firsts.length && !seen; earlier++) seen = (mentions[firsts[earlier] as number] as DiagnosisMention).code === code;
    if (!seen) firsts.push(index);
  }
  return firsts;
}

function firstMentionIndexesBySet(mentions: readonly DiagnosisMention[]): number[] {
  const seen = new Set<string>();
  const firsts: number[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const code = (mentions[index] as DiagnosisMention).code;
    if (seen.has(code)) continue;
    seen.add(code);
    firsts.push(index);
  }
  return firsts;
}
