import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 17 (issue 12), second pass over outside records and post-acute care: what faxed and scanned pathology reports write
 * that the reader misread. Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027
 * code titles (icd10cm-codes-2027) and the Table of Neoplasms.
 */

// Outside pathology reports split a specimen label at a semicolon between the organs the specimen holds and the procedure
// that took it ("A. UTERUS, CERVIX, BILATERAL FALLOPIAN TUBES AND OVARIES; TLH-BSO:", d704). The findings listed below the
// label are of the organs before the semicolon, as with a comma: Index: Adenocarcinoma, endometrioid — see Neoplasm, malignant,
// by site; table: uterus / endometrium / Malignant Primary C54.1 (Tabular C54.1 Malignant neoplasm of endometrium); table:
// intestine, large, colon, sigmoid / Malignant Primary C18.7 (Tabular C18.7 Malignant neoplasm of sigmoid colon). Words after the
// semicolon that are not a procedure's keep the label where it was.
const semicolonLabelOrgans: readonly ReadingCase[] = [
  ['an endometrioid carcinoma under a semicolon hysterectomy label is the endometrium\'s',
    'FINAL DIAGNOSIS:\nA. UTERUS, CERVIX, BILATERAL FALLOPIAN TUBES AND OVARIES; TLH-BSO:\n   - ENDOMETRIOID ADENOCARCINOMA, FIGO GRADE 2, SEE SYNOPTIC.',
    [['ADENOCARCINOMA', 'C541', 'present']]],
  ['a carcinoma under a semicolon resection label is the labelled colon part\'s', 'A. Colon, sigmoid; resection:\n   - Adenocarcinoma, moderately differentiated.',
    [['Adenocarcinoma', 'C187', 'present']]],
  ['words after the semicolon that name no procedure leave the label without an organ', 'A. Colon, sigmoid; frozen section pending:\n   - Adenocarcinoma.', []],
];

// ANNOTATION.md: a patient's or a relative's question about the patient's own known disease is uncertain, also when put as a
// question and not as a worry ("Daughter … called last week asking whether the cancer has 'spread to his brain'", d707's
// long-term-care note; "asking if the fever means 'the leukemia is back'", d637; d655). Table: brain NEC / Malignant Secondary
// C79.31 (Tabular C79.31 Secondary malignant neoplasm of brain); Index: Leukemia, in relapse C95.92 (Tabular C95.92 Leukemia,
// unspecified, in relapse); Index: Lymphoma C85.90 (Tabular C85.90 Non-Hodgkin lymphoma, unspecified, unspecified site). A
// question about a step to take stays as before.
const questionsPut: readonly ReadingCase[] = [
  ['a relative asking whether the cancer has spread makes the spread uncertain', 'Daughter called last week asking whether the cancer has spread to his brain.',
    [['spread to his brain', 'C7931', 'uncertain']]],
  ['a parent asking if the leukemia is back makes its relapse uncertain', 'Mom calling, asking if the fever means the leukemia is back.', [['leukemia', 'C9592', 'uncertain']]],
  ['a patient wondering whether the lymphoma has come back is uncertain', 'He is wondering whether the lymphoma has come back.', [['lymphoma', 'C8590', 'uncertain']]],
  ['a question about screening stays hypothetical', 'Daughter asks whether she should be screened for breast cancer.', [['breast cancer', 'null', 'hypothetical']]],
];

describe('narrative reader: round 17 second pass, outside records', () => {
  describe('a question the patient or a relative puts about the disease', () => checkReadings(questionsPut));
  describe('the organs of a specimen label whose procedure a semicolon sets off', () => checkReadings(semicolonLabelOrgans));
});
