import { checkDiagnostics } from '../../helpers/checkDiagnostics';
import { scriptedReader } from '../../helpers/scriptedReader';
import type { ScriptedMention } from '../../helpers/scriptedReader';

/** coded-not-documented on scripted readings; codes checked against the FY2027 code file. */

// Table of Neoplasms: liver → Malignant Secondary C78.7; colon → Malignant Primary C18.9.
const LIVER_METS: ScriptedMention = { phrase: 'hepatic metastases', code: 'C78.7', column: 'secondary' };
const COLON_CA: ScriptedMention = { phrase: 'colon cancer', code: 'C18.9' };
const only = { rules: { 'coded-not-documented': 'hint' as const, 'documented-not-coded': 'off' as const, 'secondary-without-primary': 'off' as const } };

describe('coded-not-documented', () => {
  it('hints at a listed neoplasm code the narrative never mentions', () => {
    checkDiagnostics(`
      Patient seen for follow-up of colon cancer, tolerating chemotherapy well.
      Dx: C18.9, C78.7
                 ^^^^^ hint coded-not-documented: C78.7 (Secondary malignant neoplasm of liver
    `, { ...only, reader: scriptedReader([COLON_CA]) });
  });

  it('stays quiet when every listed neoplasm code is documented', () => {
    checkDiagnostics('Colon cancer follow-up: colon cancer with hepatic metastases on today\'s CT.\nDx: C18.9, C78.7', { ...only, reader: scriptedReader([COLON_CA, LIVER_METS]) });
  });

  it('leaves codes outside C00–D49 and Z85 alone', () => {
    checkDiagnostics('Patient seen today for a routine visit and feels well overall.\nDx: Z79.899, E11.9, D63.8', { ...only, reader: scriptedReader([]) });
  });

  it('leaves a code no release knows to unknown-code', () => {
    checkDiagnostics(`
      Patient seen for follow-up of colon cancer, tolerating chemotherapy well.
      Dx: C18.9, C78.09
                 ^^^^^^ error unknown-code
    `, { ...only, reader: scriptedReader([COLON_CA]) });
  });

  it('leaves a code written after a diagnostic statement of its own, which the reader may not understand', () => {
    checkDiagnostics('Patient seen for follow-up of colon cancer, tolerating chemotherapy well.\n1. Colon cancer (C18.9)\n2. Brain lesion, metastatic (C79.31)', { ...only, reader: scriptedReader([COLON_CA]) });
  });

  it('needs narrative: a bare code list is not held against anything', () => {
    checkDiagnostics('Dx: C18.9, C78.7\nPlan: FOLFOX', { ...only, reader: scriptedReader([]) });
  });

  it('counts a Z85 code as documented by a history of a site it covers', () => {
    // Z85.3 covers "conditions classifiable to C50.-".
    const reader = scriptedReader([{ phrase: 'breast cancer', code: 'C50.919', assertion: 'history', trigger: 'history of' }]);
    checkDiagnostics('Routine follow-up. History of breast cancer, no current treatment.\nDx: Z08, Z85.3', { ...only, reader });
  });

  it('does not count a family history as documenting the patient\'s own code', () => {
    const reader = scriptedReader([{ phrase: 'breast cancer', code: 'C50.919', assertion: 'family', trigger: 'mother with' }]);
    checkDiagnostics(`
      Screening visit today. Mother with breast cancer at age fifty.
      Dx: C50.911
          ^^^^^^^ hint coded-not-documented: only as "breast cancer" (family history by 'mother with')
    `, { ...only, reader });
  });

  it('leaves contradicted codes to coded-against-documentation', () => {
    const reader = scriptedReader([COLON_CA, { ...LIVER_METS, assertion: 'negated', trigger: 'no evidence of' }]);
    checkDiagnostics('Restaging CT of colon cancer shows no evidence of hepatic metastases today.\nDx: C18.9, C78.7', {
      reader, rules: { ...only.rules, 'coded-against-documentation': 'off' },
    });
  });

  it('accepts C80.1 when the narrative documents a secondary site', () => {
    checkDiagnostics('Biopsy-proven hepatic metastases, primary not found on workup.\nDx: C78.7, C80.1', { ...only, reader: scriptedReader([LIVER_METS]) });
  });
});
