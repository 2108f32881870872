import { checkReadings } from './readingCases';

/**
 * The assertion causes found in the blind batches d283–d322 (sixth round: radiology and pathology reports, and notes
 * by non-oncologists where cancer is one problem of many), each in wordings of its own, not the notes' sentences.
 * Expected codes cite the Table of Neoplasms row or Index entry of the words as written; the assertions follow
 * NARRATIVE.md's model (NegEx/ConText triggers and scopes) and the guidelines: history is a malignancy excised or
 * eradicated with no further treatment directed to it and no evidence of disease (I.C.2.d, Z85 / Z86.0-).
 */

describe('narrative assertion round 6: a recurrence denied is no active cue', () => {
  checkReadings([
    // Z85.3 Personal history of malignant neoplasm of breast: treated, and "no local recurrence" says it is gone (I.C.2.d).
    ['"no local recurrence" after a treatment', 'Breast cancer 2012, treated with lumpectomy and RT, no local recurrence.', [['Breast cancer', 'Z853', 'history']]],
    // Z85.51 Personal history of malignant neoplasm of bladder: a Past Medical History item whose surveillance found no recurrence.
    ['"w/o recurrence" in a past-history list', 'PMH: bladder cancer, TURBT 2019 + BCG through 2021, cystoscopy q6mo w/o recurrence; HTN.', [['bladder cancer', 'Z8551', 'history']]],
    // A recurrence affirmed keeps the cancer current: table: breast / Malignant Primary C50.9- (no side or sex: null).
    ['a recurrence affirmed stays current', 'Breast cancer 2012, treated with lumpectomy, now with local recurrence.', [['Breast cancer', 'null', 'present']]],
  ]);
});
