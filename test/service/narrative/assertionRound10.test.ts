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

describe('narrative assertion round 10: a date written between a cue and its "for"', () => {
  checkReadings([
    // Index: Leiomyoma, uterus D25.9; removed with the uterus it is Z86.018 "Personal history of other benign neoplasm"
    // (ANNOTATION.md "Codes by assertion": a benign neoplasm excised is history). The year sits inside "TAH/BSO … for".
    ['a year between an operation and "for" dates the removal', 'PSH: TAH/BSO 1995 for fibroids.', [['fibroids', 'Z86018', 'history']]],
    ['"in <year>" between an operation and "for" dates the removal', 'She had a hysterectomy in 2010 for fibroids.', [['fibroids', 'Z86018', 'history']]],
    // table: colon / Malignant Primary C18.9; a surveillance study *for* a recurrence looks for it (ANNOTATION.md:
    // "Hypothetical: a risk, a screening or surveillance for"), with or without its date before "for".
    ['a surveillance study for a recurrence is hypothetical', 'Plan: surveillance colonoscopy for recurrent colon ca.', [['colon ca', 'C189', 'hypothetical']]],
    ['a dated surveillance study for a recurrence is hypothetical', 'Plan: surveillance colonoscopy (2027) for recurrent colon ca.', [['colon ca', 'C189', 'hypothetical']]],
    // table: kidney, right / Malignant Primary C64.1: an operation never ends a cancer (I.C.2.d), dated "for" or not.
    [
      'a dated nephrectomy for a carcinoma leaves it present',
      'Right nephrectomy 2019 for renal cell carcinoma, now with lung metastases.',
      [['renal cell carcinoma', 'C641', 'present'], ['lung metastases', 'null', 'present']],
    ],
  ]);
});

describe('narrative assertion round 10: "I had"/"she had" a neoplasm on a date', () => {
  checkReadings([
    // Z86.000 "Personal history of in-situ neoplasm of breast", Z85.038 (colon) and Z85.820 "Personal history of
    // malignant melanoma of skin": a neoplasm the patient "had" on a past date, with nothing given now, is history (I.C.2.d).
    ['a patient\'s own "I had the DCIS … in 2019" is history', 'I had the DCIS in my right breast in 2019 and did the radiation.', [['DCIS in my right breast', 'Z86000', 'history']]],
    ['"I had colon cancer back in 2012" is history', 'I had colon cancer back in 2012.', [['colon cancer', 'Z85038', 'history']]],
    ['"she had melanoma … in 2019" is history', 'She had melanoma on her back in 2019.', [['melanoma on her back', 'Z85820', 'history']]],
    // "had" reads only its own object: a study she had that showed a cancer dates the study, not the cancer
    // (table: breast, left / Malignant Primary C50.912), and a treatment given now keeps the cancer current.
    [
      '"she had a biopsy … that showed" leaves the carcinoma present',
      'She had a biopsy on 11/20/2026 that showed invasive ductal carcinoma of the left breast.',
      [['ductal carcinoma of the left breast', 'C50912', 'present']],
    ],
    ['"she had breast cancer in 2015 and is now on letrozole" is present', 'She had breast cancer in 2015 and is now on letrozole.', [['breast cancer', 'null', 'present']]],
  ]);
});

describe('narrative assertion round 10: a study listed among past-history bullets stays in the block', () => {
  checkReadings([
    // Z85.9 "Personal history of malignant neoplasm, unspecified", denied in the Past Medical History list (ANNOTATION.md:
    // a denied history keeps its code, negated); Z86.0101 "Personal history of adenomatous and serrated colon polyps".
    [
      'a bulleted past colonoscopy does not end the PMH list',
      'PMH:\n- Colonoscopy 5/2026: two tubular adenomas removed.\n- No other cancers.\n',
      [['tubular adenomas', 'Z860101', 'history'], ['cancers', 'Z859', 'negated']],
    ],
    [
      'a bulleted past mammogram among other bullets does not end the PMH list',
      'Past Medical History:\n- HTN\n- Mammogram 10/2026: BI-RADS 2.\n- No other cancers.\n',
      [['cancers', 'Z859', 'negated']],
    ],
  ]);
});
