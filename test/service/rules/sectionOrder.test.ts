import { checkDiagnostics } from '../../helpers/checkDiagnostics';
import { scriptedReader } from '../../helpers/scriptedReader';

/**
 * The order rules on notes with sections: codes written in Past Medical History, Family History,
 * Social History or Review of Systems are never first-listed, and the first code of the Assessment,
 * Impression, Diagnoses or Problem List part is. The sections come from the reader (scripted here).
 */

const reader = scriptedReader([]);

describe('first-listed in notes with sections', () => {
  it('history-first-listed: a Z85 code in Past Medical History is not first-listed', () => {
    checkDiagnostics('PMH: Z85.3\nAssessment: Z08', { reader });
  });

  it('history-first-listed: a Z85 code first in the Assessment still is', () => {
    checkDiagnostics(`
      PMH: E11.9
      Assessment: Z85.3, Z90.11
                  ^^^^^ warning history-first-listed
    `, { reader });
  });

  it('history-first-listed: the Assessment comes first even when written last', () => {
    checkDiagnostics(`
      HPI: seen for Z85.3 follow-up
                    ^^^^^ warning history-first-listed
      Plan: labs
    `, { reader });
    checkDiagnostics('HPI: seen for Z85.3 follow-up\nAssessment: Z08, Z85.3', { reader });
  });

  it('history-first-listed: a note whose only code stands in a background section has no first-listed code', () => {
    checkDiagnostics('Family History: Z80.3\nPMH: Z85.3', { reader });
  });

  it('palliative-first-listed: Z51.5 in the Problem List after the cancer is fine, in the assessment first it is not', () => {
    checkDiagnostics('PMH: Z51.5\nProblem List: C25.9, Z51.5', { reader });
    checkDiagnostics(`
      HPI: C25.9 progressing
      Assessment: Z51.5, C25.9
                  ^^^^^ information palliative-first-listed
    `, { reader });
  });

  it('secondary-listed-first: the Assessment order decides, not the HPI', () => {
    checkDiagnostics('HPI: liver lesions C78.7 on CT\nAssessment: C18.9, C78.7', { reader });
    checkDiagnostics(`
      HPI: colon primary C18.9
      Assessment: C78.7, C18.9
                  ^^^^^ information secondary-listed-first
    `, { reader });
  });

  it('treatment-encounter-order: Z51.11 first in the Assessment is first-listed whatever the HPI says', () => {
    checkDiagnostics('HPI: C50.911 on cycle 3\nAssessment: Z51.11, C50.911', { reader });
  });

  it('code-first-order: a code in Past Medical History is never "before" one in the Assessment', () => {
    // D63.0 "Anemia in neoplastic disease" carries "code first neoplasm"; C18.9 is a neoplasm.
    checkDiagnostics('Assessment: C18.9, D63.0\nROS: D63.0 noted', { reader });
    checkDiagnostics(`
      Assessment: D63.0, C18.9
                  ^^^^^ warning code-first-order
    `, { reader });
    checkDiagnostics('PMH: D63.0\nAssessment: C18.9', { reader });
  });

  it('keeps text order for a note without sections', () => {
    checkDiagnostics(`
      Seen for Z85.3 and Z90.11.
               ^^^^^ warning history-first-listed
    `, { reader });
  });
});
