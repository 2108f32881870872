import { checkDiagnostics, checkFix } from '../../helpers/checkDiagnostics';
import { realReader } from '../../helpers/realReader';

/**
 * The three narrative rules on note text read by the real narrative reader (the rules' own tests use
 * scripted readings). Codes: C78.7 (Table of Neoplasms: liver → Malignant Secondary), C79.51 (bone →
 * Malignant Secondary), C34.11 (lung, upper lobe, right → Malignant Primary), Z85.3 (history of breast,
 * I.C.2.d), all checked against the FY2027 code file.
 */

const options = { reader: realReader() };

describe('narrative rules on text read by the narrative reader', () => {
  it('documented-not-coded: a metastasis written in words and not coded', () => {
    checkDiagnostics(`
      Clinic visit.
      Assessment: right upper lobe adenocarcinoma with hepatic metastases.
                                                       ^^^^^^^^^^^^^^^^^^ information documented-not-coded: C78.7
      Dx: C34.11
    `, options);
  });

  it('documented-not-coded: quiet once the code is listed; the fix writes it after the last code', () => {
    checkDiagnostics('Clinic visit.\nAssessment: right upper lobe adenocarcinoma with hepatic metastases.\nDx: C34.11, C78.7', options);
    checkFix(
      'Clinic visit.\nAssessment: right upper lobe adenocarcinoma with hepatic metastases.\nDx: C34.11',
      'documented-not-coded', 'Add C78.7',
      'Clinic visit.\nAssessment: right upper lobe adenocarcinoma with hepatic metastases.\nDx: C34.11, C78.7',
      options,
    );
  });

  it('coded-against-documentation: a negated metastasis that is coded, removed by the fix', () => {
    const source = `
      Clinic visit.
      Assessment: right upper lobe adenocarcinoma. No evidence of osseous metastases.
      Dx: C34.11, C79.51
                  ^^^^^^ warning coded-against-documentation: negated by 'no evidence of'
    `;
    checkDiagnostics(source, options);
    checkFix(source, 'coded-against-documentation', 'Remove C79.51', `
      Clinic visit.
      Assessment: right upper lobe adenocarcinoma. No evidence of osseous metastases.
      Dx: C34.11
    `, options);
  });

  it('coded-against-documentation: an active breast code where the text documents history, replaced by Z85.3', () => {
    const source = `
      Follow-up visit. History of breast cancer, s/p left mastectomy 2015.
      Dx: Z08, C50.912
               ^^^^^^^ information coded-against-documentation: Z85.3
    `;
    checkDiagnostics(source, options);
    checkFix(source, 'coded-against-documentation', 'Replace with Z85.3', `
      Follow-up visit. History of breast cancer, s/p left mastectomy 2015.
      Dx: Z08, Z85.3
    `, options);
  });

  it('coded-not-documented: a listed metastasis the narrative never mentions', () => {
    checkDiagnostics(`
      Clinic visit. Follow-up of prostate cancer on androgen deprivation therapy, PSA stable.
      Dx: C61, C79.51
               ^^^^^^ hint coded-not-documented
    `, options);
  });

  it('first-listed: the Assessment\'s first code, not a Past Medical History code', () => {
    checkDiagnostics('Past Medical History: Z85.3\nAssessment: Z08\nPlan: mammogram in one year.', { ...options, rules: { 'coded-not-documented': 'off' } });
  });
});
