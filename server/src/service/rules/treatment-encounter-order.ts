import { isNeoplasm, roleOf } from '../codes/roles';
import type { Finding, Rule } from './rule';
import { shown, swapFix } from './ruleHelpers';
import { CodeClasses } from './codeClasses';

/**
 * An encounter solely for radiotherapy, chemotherapy or immunotherapy lists Z51.0 / Z51.11 / Z51.12
 * first and the malignancy after it; several of these Z codes may come in any order (I.C.2.e). Z51
 * also says "code also condition requiring care", so a treatment code needs a neoplasm code beside it.
 */
export const treatmentEncounterOrder: Rule = {
  id: 'treatment-encounter-order',
  defaultSeverity: 'information',
  summary: 'Z51.0, Z51.11 or Z51.12 is not first-listed, or is reported without a neoplasm code.',
  grounding: 'ICD-10-CM Guidelines I.C.2.e; "code also condition requiring care" note at Z51',
  reactsTo: {
    codes: [
      { some: CodeClasses.antineoplasticTreatment },
      { anyOf: [{ not: { first: CodeClasses.antineoplasticTreatment } }, { none: CodeClasses.neoplasm }] },
    ],
  },
  check({ diagnoses, memo, wantsFixes }): readonly Finding[] {
    const treatmentIndex = diagnoses.findIndex((code) => roleOf(code) === 'antineoplastic-treatment', diagnoses.listedCount);
    if (treatmentIndex < 0) return [];
    const span = diagnoses.span(treatmentIndex);
    const code = diagnoses.code(treatmentIndex);
    // One string per treatment code and message, however many claims carry it.
    if (roleOf(diagnoses.code(0)) !== 'antineoplastic-treatment') {
      return [{
        span,
        message: memo.rememberByCodeOf('treatment-encounter-order message', 0, code, undefined, notFirstMessage),
        fixes: wantsFixes ? [swapFix(diagnoses.mention(0), diagnoses.mention(treatmentIndex), `List ${shown(code)} first`)] : undefined,
      }];
    }
    if (!diagnoses.some(isNeoplasm)) {
      return [{
        span,
        message: memo.rememberByCodeOf('treatment-encounter-order message', 1, code, undefined, withoutNeoplasmMessage),
      }];
    }
    return [];
  },
};

/** The message when the treatment encounter code is not first-listed. */
function notFirstMessage(code: string): string {
  return `${shown(code)} is not first-listed; when the encounter is solely for radiotherapy, chemotherapy or immunotherapy, list ${shown(code)} first and the malignancy after it (ICD-10-CM Guidelines I.C.2.e).`;
}

/** The message when the treatment encounter code comes with no neoplasm code. */
function withoutNeoplasmMessage(code: string): string {
  return `${shown(code)} is reported without a neoplasm code; add the malignancy being treated after it (ICD-10-CM Guidelines I.C.2.e; "code also condition requiring care" note at Z51).`;
}
