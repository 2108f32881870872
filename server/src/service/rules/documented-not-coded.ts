import type { CodeSets } from '../codes/codeSet';
import { formatCode } from '../codes/codeText';
import type { Encounter } from '../model';
import type { DocumentedMention } from '../narrative/model';
import type { Finding, QuickFix, Rule, RuleMemo } from './rule';
import { NarrativeIndex } from './narrativeIndex';
import { categoryKey, describeAssertion, historyCodeFor, isInpatient, mentionCodes } from './narrativeMatch';
import { insertFix, listAlternatives, shown } from './ruleHelpers';

/** How many candidate codes a finding offers as fixes when the text lacks the detail for one. */
const MAX_CANDIDATE_FIXES = 3;

/**
 * A neoplasm the clinician documented as present (or a cancer history) that no listed code of its
 * category reports. Documented conditions that affect the encounter are coded (Guidelines IV.J, III);
 * the rule informs, because only the coder knows whether the condition was addressed this time.
 */
export const documentedNotCoded: Rule = {
  id: 'documented-not-coded',
  defaultSeverity: 'information',
  summary: 'A neoplasm (or cancer history) documented in the narrative has no listed code of its category.',
  grounding: 'ICD-10-CM Guidelines IV.J and III (code documented conditions that affect the encounter); Table of Neoplasms; I.C.2.d for history',
  reactsTo: { narrative: true },
  check({ encounter, diagnoses, narrative, codeSets, year, memo }): readonly Finding[] {
    if (narrative === undefined) return [];
    const listedCodes = diagnoses.codes();
    const listedKeys = new Set(listedCodes.map(categoryKey));
    const inpatient = isInpatient(encounter);
    const reported = new Set<string>();
    const findings: Finding[] = [];
    const index = new NarrativeIndex(memo, listedCodes, narrative.reading.mentions);
    for (const mention of narrative.reading.mentions) {
      const expected = expectedCodes(memo, year.year, mention, inpatient);
      // A phrase with its own code written right after it was coded by its writer, whatever the reader makes of it.
      if (expected.length === 0 || historyCodedAsActive(index, mention) || narrative.codeWrittenAfter(mention) !== undefined) continue;
      const keys = [...new Set(expected.map(categoryKey))];
      const identity = keys.join(' ');
      if (keys.some((key) => listedKeys.has(key)) || reported.has(identity)) continue;
      reported.add(identity);
      findings.push({
        span: mention.span,
        message: messageFor(mention, expected, codeSets),
        fixes: fixesFor(encounter, mention, expected, codeSets),
      });
    }
    return findings;
  },
};

/**
 * The codes a mention asks for: present conditions (and uncertain ones on an inpatient admission,
 * II.H/III.C) their own code or candidates; a history its Z85 code (I.C.2.d). Negated, family and
 * hypothetical mentions ask for nothing here.
 */
function expectedCodes(memo: RuleMemo, year: number, mention: DocumentedMention, inpatient: boolean): readonly string[] {
  switch (mention.assertion) {
    case 'present': return mentionCodes(mention);
    case 'uncertain': return inpatient ? mentionCodes(mention) : [];
    case 'history': {
      const codes = mentionCodes(mention);
      const first = codes[0];
      const history = first === undefined ? undefined : historyCodeFor(memo, year, mention, first);
      return history === undefined ? [] : [history];
    }
    default: return [];
  }
}

/**
 * A history whose site is listed with an active code: `coded-against-documentation` offers to replace
 * that code by the Z85 code, so asking to add Z85 as well would report one problem twice.
 */
function historyCodedAsActive(index: NarrativeIndex, mention: DocumentedMention): boolean {
  return mention.assertion === 'history' && index.isListed(mention);
}

function messageFor(mention: DocumentedMention, expected: readonly string[], codeSets: CodeSets): string {
  const words = `"${mention.text}" (${describeAssertion(mention)})`;
  const single = expected.length === 1 ? expected[0] : undefined;
  const documented = single !== undefined
    ? `${shown(single)} ${codeSets.title(single) ?? ''}`.trimEnd()
    : `one of ${listAlternatives(expected)}${mention.missing === undefined ? '' : ` (the text does not give the ${mention.missing})`}`;
  const guideline = mention.assertion === 'history' ? 'ICD-10-CM Guidelines I.C.2.d' : 'ICD-10-CM Guidelines IV.J';
  return `The note documents ${words}, which codes to ${documented} (${mention.source}), but no listed code reports it; add it if the condition affects this encounter (${guideline}).`;
}

function fixesFor(encounter: Encounter, mention: DocumentedMention, expected: readonly string[], codeSets: CodeSets): QuickFix[] {
  return expected.slice(0, MAX_CANDIDATE_FIXES).map((code) => {
    const title = `Add ${shown(code)} ${codeSets.title(code) ?? ''}`.trimEnd();
    if (encounter.insertionPoint !== undefined) return insertFix(encounter.insertionPoint, code, title);
    // A note without any code yet: the code goes right after the words it documents.
    return { title, edits: [{ span: { offset: mention.span.offset + mention.span.length, length: 0 }, newText: ` (${formatCode(code, true)})` }] };
  });
}
