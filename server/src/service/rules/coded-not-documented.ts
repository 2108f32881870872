import type { DiagnosisMention } from '../model';
import type { Finding, Rule } from './rule';
import { NarrativeIndex } from './narrativeIndex';
import { describeAssertion, isNarrativeScope } from './narrativeMatch';
import { shown } from './ruleHelpers';

/**
 * A listed neoplasm or cancer-history code (C00–D49, Z85) that nothing in the encounter's narrative
 * is about. Code assignment rests on the provider's documentation (Guidelines I.A.19), so a code the
 * words never mention needs a look; a hint by default, because the reader does not understand every
 * way a clinician writes a diagnosis. Encounters without narrative (a bare code list) are left alone.
 * Words that are about the code but do not support it (negated, history, uncertain) are the business
 * of `coded-against-documentation`; words about a relative or a hypothetical case do not count.
 */
export const codedNotDocumented: Rule = {
  id: 'coded-not-documented',
  defaultSeverity: 'hint',
  summary: 'A listed C00–D49 or Z85 code is not supported by anything the encounter\'s narrative documents.',
  grounding: 'ICD-10-CM Guidelines I.A.19 (code assignment is based on the provider\'s documentation)',
  reactsTo: { narrative: true },
  check({ diagnoses, narrative, codeSets, memo }): readonly Finding[] {
    if (narrative === undefined || !narrative.hasNarrative) return [];
    const findings: Finding[] = [];
    const reported = new Set<string>();
    const index = new NarrativeIndex(memo, diagnoses.codes(), narrative.reading.mentions);
    for (let position = 0; position < diagnoses.count; position++) {
      const listed = diagnoses.mention(position);
      // An unknown code is `unknown-code`'s error already; whether words document it cannot be said.
      if (!isNarrativeScope(listed.code) || reported.has(listed.code) || codeSets.yearsWith(listed.code).length === 0) continue;
      // "1. Disseminated malignancy (C80.0)" is a diagnostic statement even where the reader does not understand it.
      if (narrative.hasStatementBefore(listed)) continue;
      const related = index.mentionsAbout(listed.code);
      if (related.some((mention) => mention.assertion !== 'family' && mention.assertion !== 'hypothetical')) continue;
      reported.add(listed.code);
      findings.push({ span: listed.span, message: messageFor(listed, related.map((mention) => `"${mention.text}" (${describeAssertion(mention)})`), codeSets.title(listed.code)) });
    }
    return findings;
  },
};

function messageFor(listed: DiagnosisMention, others: readonly string[], title: string | undefined): string {
  const named = `${shown(listed)}${title === undefined ? '' : ` (${title})`}`;
  const only = others.length === 0 ? 'nothing in the narrative documents it' : `the narrative mentions it only as ${others.join(' and ')}`;
  return `${named} is listed, but ${only}; document the condition or remove the code (ICD-10-CM Guidelines I.A.19).`;
}
