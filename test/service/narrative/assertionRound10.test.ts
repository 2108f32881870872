import { checkReadings } from './readingCases';

/**
 * The assertion causes of round 10 (the blind dev batches d363–d402), each in wordings of its own, not the notes'
 * sentences. Expected codes are checked in the FY2027 code list (icd10cm-codes-2027); the assertions follow
 * ANNOTATION.md's conventions and the guidelines (I.C.2.d for history).
 */

describe('narrative assertion round 10: a history label abbreviated "FHx"/"PMHx" opens a line of its own', () => {
  checkReadings([
    // Z80.3 "Family history of malignant neoplasm of breast": the line's own label makes it the mother's cancer; the
    // denial on the line above ("not indicated") is about the testing and must not reach into the next entry.
    [
      'a denial on the line above does not reach an "FHx" line',
      'Problem list reviewed:\n  Hypothyroidism\n  Genetic testing - not indicated, see prior note\n  FHx breast cancer (mother)\n',
      [['breast cancer', 'Z803', 'family']],
    ],
    // Z85.038 "Personal history of other malignant neoplasm of large intestine": resected and NED is history (I.C.2.d);
    // the colonoscopy "not due" on the line above denies the study, not the cancer.
    [
      'a denial on the line above does not reach a "PMHx" line',
      'Assessment:\n  Colonoscopy not due this year\n  PMHx colon cancer 2015, s/p hemicolectomy, NED\n',
      [['colon cancer', 'Z85038', 'history']],
    ],
  ]);
});
