import * as assert from 'node:assert/strict';
import { checkDiagnostics, checkFix, fixTitles } from '../../helpers/checkDiagnostics';
import { scriptedReader } from '../../helpers/scriptedReader';
import type { ScriptedMention } from '../../helpers/scriptedReader';

/**
 * documented-not-coded, on readings given by a scripted reader (the mentions the narrative reader
 * produces for these phrases). Codes are grounded in the FY2025 Table of Neoplasms rows named beside
 * them and checked against the FY2027 code file.
 */

// Table of Neoplasms: liver → Malignant Secondary C78.7; lung, upper lobe → Malignant Primary C34.1-.
const LIVER_METS: ScriptedMention = { phrase: 'hepatic metastases', code: 'C78.7', column: 'secondary', source: 'Table of Neoplasms: liver → Malignant Secondary' };
const RUL_ADENO: ScriptedMention = { phrase: 'RUL adenocarcinoma', code: 'C34.11', source: 'Table of Neoplasms: lung, upper lobe → Malignant Primary' };
const only = { rules: { 'documented-not-coded': 'information' as const, 'coded-not-documented': 'off' as const, 'secondary-without-primary': 'off' as const } };

describe('documented-not-coded', () => {
  it('informs when a documented metastasis has no code of its category', () => {
    checkDiagnostics(`
      Assessment: RUL adenocarcinoma with hepatic metastases.
                                          ^^^^^^^^^^^^^^^^^^ information documented-not-coded: C78.7 Secondary malignant neoplasm of liver
      Dx: C34.11
    `, { ...only, reader: scriptedReader([RUL_ADENO, LIVER_METS]) });
  });

  it('names the words read and the table row', () => {
    const [diagnostic] = checkDiagnostics(`
      RUL adenocarcinoma with hepatic metastases. Dx: C34.11
                              ^^^^^^^^^^^^^^^^^^ information documented-not-coded
    `, { ...only, reader: scriptedReader([RUL_ADENO, LIVER_METS]) });
    assert.match(diagnostic?.message ?? '', /"hepatic metastases" \(present\).*Table of Neoplasms: liver → Malignant Secondary/);
  });

  it('stays quiet when a code of the same category is listed, even a less specific one', () => {
    checkDiagnostics('RUL adenocarcinoma with hepatic metastases. Dx: C34.10, C78.7', { ...only, reader: scriptedReader([RUL_ADENO, LIVER_METS]) });
  });

  it('leaves a phrase alone when its writer wrote a code right after it', () => {
    checkDiagnostics('Assessment: RUL adenocarcinoma (C34.11), hepatic metastases (C78.01).', { ...only, reader: scriptedReader([RUL_ADENO, LIVER_METS]) });
  });

  it('tells secondary sites apart by subcategory: lung metastases do not code liver metastases', () => {
    checkDiagnostics(`
      RUL adenocarcinoma with hepatic metastases. Dx: C34.11, C78.01
                              ^^^^^^^^^^^^^^^^^^ information documented-not-coded: C78.7
    `, { ...only, reader: scriptedReader([RUL_ADENO, LIVER_METS]) });
  });

  it('stays quiet on negated, family and hypothetical mentions', () => {
    const reader = scriptedReader([
      { ...LIVER_METS, assertion: 'negated', trigger: 'no evidence of', phrase: 'hepatic metastases' },
      { phrase: 'breast cancer', code: 'C50.919', assertion: 'family', trigger: 'mother with' },
    ]);
    checkDiagnostics('No evidence of hepatic metastases. Mother with breast cancer. Dx: Z12.31', { ...only, reader });
  });

  it('asks for the Z85 code of a documented history (I.C.2.d)', () => {
    // Z85.3 "Personal history of malignant neoplasm of breast" covers C50 ("conditions classifiable to C50.-").
    const reader = scriptedReader([{ phrase: 'breast cancer', code: 'C50.919', assertion: 'history', trigger: 'history of' }]);
    checkDiagnostics(`
      Follow-up. History of breast cancer, s/p mastectomy. Dx: Z08
                            ^^^^^^^^^^^^^ information documented-not-coded: Z85.3
    `, { ...only, reader });
    checkDiagnostics('Follow-up. History of breast cancer. Dx: Z08, Z85.3', { ...only, reader });
  });

  it('codes an uncertain diagnosis only on an inpatient admission (II.H, III.C; IV.H)', () => {
    const reader = scriptedReader([{ ...LIVER_METS, assertion: 'uncertain', trigger: 'suspicious for' }]);
    checkDiagnostics('Clinic visit. CT suspicious for hepatic metastases. Dx: C18.9', { ...only, reader });
    checkDiagnostics(`
      Discharge Summary. CT suspicious for hepatic metastases. Dx: C18.9
                                           ^^^^^^^^^^^^^^^^^^ information documented-not-coded
    `, { ...only, reader });
  });

  it('reports a condition once, at its first mention', () => {
    checkDiagnostics(`
      HPI: hepatic metastases found on CT.
           ^^^^^^^^^^^^^^^^^^ information documented-not-coded
      Assessment: hepatic metastases. Dx: C18.9
    `, { ...only, reader: scriptedReader([LIVER_METS]) });
  });

  it('offers the candidates when the text lacks laterality', () => {
    // Table of Neoplasms: breast → Malignant Primary C50.9-; laterality picks C50.911/C50.912.
    const reader = scriptedReader([{ phrase: 'breast cancer', code: null, candidates: ['C50.911', 'C50.912', 'C50.919'], missing: 'laterality' }]);
    const source = `
      Assessment: breast cancer, on tamoxifen. Dx: Z79.810
                  ^^^^^^^^^^^^^ information documented-not-coded: laterality
    `;
    checkDiagnostics(source, { ...only, reader });
    assert.deepEqual(fixTitles(source, 'documented-not-coded', { ...only, reader }).map((title) => title.slice(0, 11)), ['Add C50.911', 'Add C50.912', 'Add C50.919']);
  });

  it('adds the code at the encounter\'s insertion point, in the note\'s style', () => {
    checkFix(
      'RUL adenocarcinoma with hepatic metastases. Dx: C34.11',
      'documented-not-coded', 'Add C78.7',
      'RUL adenocarcinoma with hepatic metastases. Dx: C34.11, C78.7',
      { ...only, reader: scriptedReader([RUL_ADENO, LIVER_METS]) },
    );
  });

  it('writes the code dotless in a note that writes its codes dotless', () => {
    checkFix(
      'RUL adenocarcinoma with hepatic metastases. Dx: C3411',
      'documented-not-coded', 'Add C78.7',
      'RUL adenocarcinoma with hepatic metastases. Dx: C3411, C787',
      { ...only, reader: scriptedReader([RUL_ADENO, LIVER_METS]) },
    );
  });

  it('adds the code after the last code of the assessment, not after a history code', () => {
    checkFix(
      'Assessment: RUL adenocarcinoma (C34.11) with hepatic metastases.\nPMH: Z87.891',
      'documented-not-coded', 'Add C78.7',
      'Assessment: RUL adenocarcinoma (C34.11, C78.7) with hepatic metastases.\nPMH: Z87.891',
      { ...only, reader: scriptedReader([RUL_ADENO, LIVER_METS]) },
    );
  });

  it('writes the code after the words when the note lists no code yet', () => {
    checkFix(
      'Assessment: hepatic metastases, primary unknown.',
      'documented-not-coded', 'Add C78.7',
      'Assessment: hepatic metastases (C78.7), primary unknown.',
      { ...only, reader: scriptedReader([LIVER_METS]) },
    );
  });

  it('stays quiet on a note parsed without a reader', () => {
    checkDiagnostics('RUL adenocarcinoma with hepatic metastases. Dx: C34.11', only);
  });
});
