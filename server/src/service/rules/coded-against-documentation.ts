import { isNeoplasm } from '../codes/roles';
import type { DiagnosisMention, Encounter } from '../model';
import type { DocumentedMention } from '../narrative/model';
import type { EncounterNarrative } from '../notes/encounterNarrative';
import type { Finding, Rule, RuleMemo } from './rule';
import { NarrativeIndex } from './narrativeIndex';
import { describeAssertion, historyCodeFor, isExplicitlyEradicated, isInpatient, supports } from './narrativeMatch';
import { replaceFix, shown } from './ruleHelpers';

/**
 * A listed active neoplasm code (C00–D49) that the narrative contradicts: the text documents the same
 * site only as eradicated history (Z85 instead, I.C.2.d), negates it (I.A.19), or calls it uncertain
 * in an outpatient encounter, where uncertain diagnoses are not coded (IV.H; an inpatient admission
 * codes them as established, II.H/III.C). Information by default; a warning only when the evidence is
 * unambiguous: a negation, or a history whose words say the cancer is gone ("NED", "disease-free").
 * When any mention about the code supports it, the rule stays quiet.
 */
export const codedAgainstDocumentation: Rule = {
  id: 'coded-against-documentation',
  defaultSeverity: 'information',
  summary: 'A listed active neoplasm code is contradicted by the narrative (documented as eradicated history, negated, or uncertain in an outpatient encounter).',
  grounding: 'ICD-10-CM Guidelines I.C.2.d, I.A.19, IV.H (outpatient uncertain diagnoses); II.H and III.C (inpatient)',
  reactsTo: { narrative: true },
  check({ encounter, diagnoses, narrative, year, memo }): readonly Finding[] {
    if (narrative === undefined) return [];
    const findings: Finding[] = [];
    const index = new NarrativeIndex(memo, diagnoses.codes(), narrative.reading.mentions);
    // A code's first mention answers for its repeats: the words about it are the same.
    const asked = new Set<string>();
    for (let position = 0; position < diagnoses.count; position++) {
      const listed = diagnoses.mention(position);
      if (!isNeoplasm(listed.code) || asked.has(listed.code)) continue;
      asked.add(listed.code);
      const finding = contradiction(listed, encounter, narrative, index.mentionsAbout(listed.code), memo, year.year);
      if (finding !== undefined) findings.push(finding);
    }
    return findings;
  },
};

function contradiction(
  listed: DiagnosisMention, encounter: Encounter, narrative: EncounterNarrative, related: readonly DocumentedMention[], memo: RuleMemo, year: number,
): Finding | undefined {
  const inpatient = isInpatient(encounter);
  if (related.length === 0 || related.some((mention) => supports(listed.code, mention, inpatient))) return undefined;
  const history = related.find((mention) => mention.assertion === 'history');
  if (history !== undefined) return eradicatedHistory(listed, history, memo, year);
  const negated = related.find((mention) => mention.assertion === 'negated');
  if (negated !== undefined) return negatedCode(listed, negated, narrative);
  const uncertain = related.find((mention) => mention.assertion === 'uncertain');
  if (uncertain !== undefined) return uncertainOutpatient(listed, uncertain);
  return undefined;
}

function words(mention: DocumentedMention): string {
  return `"${mention.text}" (${describeAssertion(mention)})`;
}

function eradicatedHistory(listed: DiagnosisMention, history: DocumentedMention, memo: RuleMemo, year: number): Finding {
  const { codeSets } = memo;
  const replacement = historyCodeFor(memo, year, history, listed.code);
  const valid = replacement !== undefined && codeSets.status(replacement, year) === 'billable' ? replacement : undefined;
  const instead = valid === undefined ? 'a Z85 personal-history code' : shown(valid);
  return {
    span: listed.span,
    ...(isExplicitlyEradicated(history) ? { severity: 'warning' as const } : {}),
    message: `${shown(listed)} reports an active malignancy, but the note documents the same site only as history, ${words(history)}; a primary excised or eradicated and no longer treated is coded ${instead} (ICD-10-CM Guidelines I.C.2.d).`,
    ...(valid === undefined ? {} : { fixes: [replaceFix(listed, valid, `Replace with ${shown(valid)} ${codeSets.title(valid) ?? ''}`.trimEnd(), true)] }),
  };
}

function negatedCode(listed: DiagnosisMention, negated: DocumentedMention, narrative: EncounterNarrative): Finding {
  return {
    span: listed.span,
    severity: 'warning',
    message: `${shown(listed)} is listed, but the note negates it, ${words(negated)} (${negated.source}); remove the code unless other documentation supports it (ICD-10-CM Guidelines I.A.19).`,
    fixes: [{ title: `Remove ${shown(listed)}`, edits: [{ span: narrative.removalSpan(listed), newText: '' }] }],
  };
}

function uncertainOutpatient(listed: DiagnosisMention, uncertain: DocumentedMention): Finding {
  return {
    span: listed.span,
    message: `${shown(listed)} codes an established diagnosis, but the note documents it only as uncertain, ${words(uncertain)}; outside an inpatient admission code the signs or symptoms instead (ICD-10-CM Guidelines IV.H; inpatient II.H, III.C code it as established).`,
  };
}
