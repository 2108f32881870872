import { checkDiagnostics, checkFix } from '../../helpers/checkDiagnostics';
import { scriptedReader } from '../../helpers/scriptedReader';
import type { ScriptedMention } from '../../helpers/scriptedReader';

/** coded-against-documentation on scripted readings; codes checked against the FY2027 code file. */

// Table of Neoplasms: liver → Malignant Secondary C78.7; breast → Malignant Primary C50.9-; lung, upper lobe → C34.1-.
const NEGATED_LIVER: ScriptedMention = { phrase: 'hepatic metastases', code: 'C78.7', column: 'secondary', assertion: 'negated', trigger: 'no evidence of' };
const COLON_CA: ScriptedMention = { phrase: 'colon cancer', code: 'C18.9' };
const only = { rules: { 'coded-against-documentation': 'information' as const, 'coded-not-documented': 'off' as const, 'documented-not-coded': 'off' as const, 'secondary-without-primary': 'off' as const } };

describe('coded-against-documentation', () => {
  it('warns when the note negates a listed secondary site, and offers to remove it', () => {
    const reader = scriptedReader([COLON_CA, NEGATED_LIVER]);
    const source = `
      Restaging of colon cancer: no evidence of hepatic metastases.
      Dx: C18.9, C78.7
                 ^^^^^ warning coded-against-documentation: negated by 'no evidence of'
    `;
    checkDiagnostics(source, { ...only, reader });
    checkFix(source, 'coded-against-documentation', 'Remove C78.7', `
      Restaging of colon cancer: no evidence of hepatic metastases.
      Dx: C18.9
    `, { ...only, reader });
  });

  it('removes a code written alone in parentheses with them', () => {
    checkFix(
      'Colon cancer (C18.9). No evidence of hepatic metastases (C78.7).',
      'coded-against-documentation', 'Remove C78.7',
      'Colon cancer (C18.9). No evidence of hepatic metastases.',
      { ...only, reader: scriptedReader([{ ...COLON_CA, phrase: 'Colon cancer' }, NEGATED_LIVER]) },
    );
  });

  it('stays quiet when another mention documents the condition as present', () => {
    const reader = scriptedReader([NEGATED_LIVER, { phrase: 'liver lesions', code: 'C78.7', column: 'secondary' }]);
    checkDiagnostics('No evidence of hepatic metastases on prior CT; new liver lesions today.\nDx: C18.9, C78.7', { ...only, reader });
  });

  it('offers the Z85 code when the note documents the site as eradicated history, a warning when explicit', () => {
    // Z85.3 "Personal history of malignant neoplasm of breast" covers C50.- (I.C.2.d).
    const reader = scriptedReader([{ phrase: 'breast cancer', code: 'Z85.3', column: null, assertion: 'history', trigger: 'NED' }]);
    const source = `
      Breast cancer s/p mastectomy 2015, NED: breast cancer not treated since.
      Dx: C50.911
          ^^^^^^^ warning coded-against-documentation: Z85.3 (ICD-10-CM Guidelines I.C.2.d)
    `;
    checkDiagnostics(source, { ...only, reader });
    checkFix(source, 'coded-against-documentation', 'Replace with Z85.3', `
      Breast cancer s/p mastectomy 2015, NED: breast cancer not treated since.
      Dx: Z85.3
    `, { ...only, reader });
  });

  it('only informs when the history is not explicitly eradicated ("history of")', () => {
    const reader = scriptedReader([{ phrase: 'breast cancer', code: 'C50.919', assertion: 'history', trigger: 'history of' }]);
    checkDiagnostics(`
      Follow-up for history of breast cancer.
      Dx: C50.911
          ^^^^^^^ information coded-against-documentation: Z85.3
    `, { ...only, reader });
  });

  it('informs on an uncertain diagnosis coded as established outside an inpatient admission (IV.H)', () => {
    const reader = scriptedReader([{ phrase: 'RUL mass', code: 'C34.11', assertion: 'uncertain', trigger: 'suspicious for' }]);
    checkDiagnostics(`
      Clinic visit. CT suspicious for RUL mass malignancy.
      Dx: C34.11
          ^^^^^^ information coded-against-documentation: IV.H
    `, { ...only, reader });
  });

  it('accepts an uncertain diagnosis coded as established on an inpatient admission (II.H, III.C)', () => {
    const reader = scriptedReader([{ phrase: 'RUL mass', code: 'C34.11', assertion: 'uncertain', trigger: 'suspicious for' }]);
    checkDiagnostics('Discharge Summary. CT suspicious for RUL mass malignancy.\nDx: C34.11', { ...only, reader });
  });

  it('never questions a Z85 code, which "no evidence of recurrence" supports', () => {
    const reader = scriptedReader([{ phrase: 'breast cancer', code: 'C50.919', assertion: 'negated', trigger: 'no evidence of' }]);
    checkDiagnostics('No evidence of recurrent breast cancer on mammogram.\nDx: Z08, Z85.3', { ...only, reader });
  });

  it('lets a user setting turn the warning into information', () => {
    checkDiagnostics(`
      Restaging of colon cancer: no evidence of hepatic metastases.
      Dx: C18.9, C78.7
                 ^^^^^ hint coded-against-documentation
    `, { rules: { ...only.rules, 'coded-against-documentation': 'hint' }, reader: scriptedReader([COLON_CA, NEGATED_LIVER]) });
  });
});
