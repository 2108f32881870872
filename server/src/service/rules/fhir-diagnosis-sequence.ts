import type { FhirDiagnosisEntry } from '../fhir/fhirModel';
import { FHIR_ONLY, fhirDetailOf } from '../fhir/ruleSupport';
import type { Finding, Rule } from './rule';

/**
 * Every `Claim.diagnosis` / `ExplanationOfBenefit.diagnosis` entry needs a `sequence`, a positive
 * integer unique on the claim: items point at diagnoses by it (`item.diagnosisSequence`), and it is how
 * the order of the diagnoses, the principal's place among them, is known.
 */
export const fhirDiagnosisSequence: Rule = {
  id: 'fhir-diagnosis-sequence',
  defaultSeverity: 'warning',
  summary: 'A diagnosis of a FHIR Claim or ExplanationOfBenefit has no sequence, or one that is not a positive integer or is used twice.',
  grounding: 'FHIR R4 Claim.diagnosis.sequence and ExplanationOfBenefit.diagnosis.sequence (1..1, positiveInt; "diagnosis instance identifier")',
  reactsTo: { languages: FHIR_ONLY },
  check(context): readonly Finding[] {
    const detail = fhirDetailOf(context);
    if (detail === undefined || detail.entries.length === 0) return [];
    const used = new Set<string>();
    let next = 1 + detail.entries.reduce((high, entry) => Math.max(high, positive(entry) ?? 0), 0);
    const findings: Finding[] = [];
    for (const entry of detail.entries) {
      const finding = entryFinding(entry, used, next);
      if (finding === undefined) continue;
      findings.push(finding);
      next++;
    }
    return findings;
  },
};

/** The entry's sequence when it is a positive integer number. */
function positive(entry: FhirDiagnosisEntry): number | undefined {
  const text = entry.sequence?.text;
  return text !== undefined && /^[1-9]\d{0,8}$/.test(text) ? Number(text) : undefined;
}

function entryFinding(entry: FhirDiagnosisEntry, used: Set<string>, next: number): Finding | undefined {
  const sequence = entry.sequence;
  if (sequence === undefined) {
    return {
      span: { offset: entry.span.offset, length: 1 },
      message: `This diagnosis has no sequence; give it a positive integer unique on the claim, such as ${next} (FHIR R4 diagnosis.sequence, 1..1).`,
      fixes: [{ title: `Add "sequence": ${next}`, isPreferred: true, edits: [{ span: { offset: entry.span.offset + 1, length: 0 }, newText: `"sequence": ${next}, ` }] }],
    };
  }
  const value = positive(entry);
  const fixes = [{ title: `Use sequence ${next}`, isPreferred: true, edits: [{ span: sequence.span, newText: String(next) }] }];
  if (value === undefined) {
    return { span: sequence.span, message: `The sequence ${sequence.text.slice(0, 12)} is not a positive integer number; use ${next} (FHIR R4 diagnosis.sequence, positiveInt).`, fixes };
  }
  const key = String(value);
  if (!used.has(key)) {
    used.add(key);
    return undefined;
  }
  return { span: sequence.span, message: `Sequence ${key} is used by another diagnosis of this claim, so items cannot point at either; use ${next} (FHIR R4 diagnosis.sequence).`, fixes };
}
