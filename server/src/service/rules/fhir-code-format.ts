import { normalizeCode, toDotted } from '../codes/codeText';
import { FHIR_ONLY, icd10cmCodingsOf } from '../fhir/ruleSupport';
import { hasIcd10cmShape } from '../fhir/systems';
import type { Finding, Rule } from './rule';

/**
 * FHIR writes ICD-10-CM codes as published: upper case, with the dot after the third character
 * (`C78.7`). A dotless (`C787`, the X12 form) or lower-case code does not match the code system's
 * codes, so a terminology server or validator reports it as unknown.
 */
export const fhirCodeFormat: Rule = {
  id: 'fhir-code-format',
  defaultSeverity: 'warning',
  summary: 'An ICD-10-CM code in FHIR is written without its dot, in lower case or with spaces, instead of the dotted form (C78.7).',
  grounding: 'FHIR R4 Terminologies, ICD-10-CM (http://hl7.org/fhir/sid/icd-10-cm): codes are written as in the published tabular list, with the dot',
  reactsTo: { languages: FHIR_ONLY },
  check(context): readonly Finding[] {
    const findings: Finding[] = [];
    for (const coding of icd10cmCodingsOf(context)) {
      const written = coding.code.value;
      if (!hasIcd10cmShape(written.trim())) continue;
      const dotted = toDotted(normalizeCode(written.trim()));
      if (written === dotted) continue;
      const what = written.trim() !== written ? 'has spaces around it' : written.includes('.') ? 'is in lower case' : 'has no dot';
      findings.push({
        span: coding.code.span,
        message: `"${written.slice(0, 12)}" ${what}; FHIR writes ICD-10-CM codes dotted and in upper case: ${dotted}.`,
        fixes: [{ title: `Write ${dotted}`, isPreferred: true, edits: [{ span: coding.code.span, newText: dotted }] }],
      });
    }
    return findings;
  },
};
