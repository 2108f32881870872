import { isHistory } from '../codes/roles';
import type { Finding, Rule } from './rule';
import { shown } from './ruleHelpers';
import { CodeClasses } from './codeClasses';

/**
 * A Z85 history code describes the patient, not the reason for the encounter: follow-up after
 * completed treatment lists Z08 first (Z85 carries "code first Z08", I.C.2.p). The Medicare Code
 * Editor rejects Z85 as an inpatient principal diagnosis, so an 837I inpatient claim gets an error.
 */
export const historyFirstListed: Rule = {
  id: 'history-first-listed',
  defaultSeverity: 'warning',
  summary: 'A Z85 personal-history code is first-listed (an error on an 837I inpatient claim).',
  grounding: 'ICD-10-CM Guidelines I.C.2.p; "code first Z08" note at Z85; Medicare Code Editor unacceptable principal diagnosis',
  reactsTo: { codes: [{ first: CodeClasses.history }] },
  check({ encounter, diagnoses, memo }): readonly Finding[] {
    if (diagnoses.listedCount === 0 || !isHistory(diagnoses.code(0))) return [];
    const code = diagnoses.code(0);
    const span = diagnoses.span(0);
    // One string per history code and setting, however many claims list it first.
    if (encounter.inpatient) {
      return [{
        span,
        severity: 'error',
        message: memo.rememberByCodeOf('history-first-listed message', 1, code, undefined, inpatientMessage),
      }];
    }
    return [{
      span,
      message: memo.rememberByCodeOf('history-first-listed message', 0, code, undefined, firstListedMessage),
    }];
  },
};

/** The message when the history code is an inpatient claim's principal diagnosis. */
function inpatientMessage(code: string): string {
  return `${shown(code)} (personal history of malignant neoplasm) is the principal diagnosis of an inpatient claim, which the Medicare Code Editor rejects; make the condition treated during the stay principal and report ${shown(code)} as an additional code (ICD-10-CM Guidelines I.C.2.p).`;
}

/** The message when the history code is listed first on any other claim or note. */
function firstListedMessage(code: string): string {
  return `${shown(code)} (personal history of malignant neoplasm) is first-listed; list the reason for the encounter first, such as Z08 for follow-up after completed treatment ("code first Z08" note at Z85, ICD-10-CM Guidelines I.C.2.p).`;
}
