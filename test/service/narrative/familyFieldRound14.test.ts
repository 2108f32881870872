import { type ReadingCase, checkReadings } from './readingCases';

/**
 * A family-history field written inline after the patient's own items ("PMH: HTN, breast ca, FH: mother - malignancy"):
 * the relative or the denial after "FH:" belongs to the family field, not to the patient's cancer listed before it in
 * the same line. Codes checked against the FY2027 code list (icd10cm-codes-2027): Z85.3 Personal history of malignant
 * neoplasm of breast (a cancer listed under Past Medical History, Guideline I.C.2.d, as the reader reads the same line
 * split by a full stop or a line break); Z80.9 Family history of malignant neoplasm, unspecified; Z80.41 … of ovary.
 * A relative named after the cancer in its own phrase ("breast cancer in mother", "Breast cancer: mother") still makes
 * it the family's (Z80.3).
 */
const CASES: readonly ReadingCase[] = [
  ['a relative after an inline "FH:" is not the patient\'s breast cancer\'s', 'PMH: HTN, breast ca, FH: mother - malignancy',
    [['breast ca', 'Z853', 'history'], ['malignancy', 'Z809', 'family']]],
  ['an inline "FH: none" does not deny the patient\'s breast cancer', 'PMH: HTN, breast ca, FH: none',
    [['breast ca', 'Z853', 'history']]],
  ['guard: an inline "Family hx:" (read before) keeps its reading', 'PMH: HTN, breast ca, Family hx: mother - malignancy',
    [['breast ca', 'Z853', 'history'], ['malignancy', 'Z809', 'family']]],
  ['guard: the same line split by a full stop reads the same', 'PMH: HTN, breast ca. FH: mother - malignancy',
    [['breast ca', 'Z853', 'history'], ['malignancy', 'Z809', 'family']]],
  ['guard: a relative in the cancer\'s own phrase keeps it the family\'s', 'breast cancer in mother',
    [['breast cancer', 'Z803', 'family']]],
  ['guard: a cancer labelling a list of relatives is theirs', 'Breast cancer: mother, maternal aunt',
    [['Breast cancer', 'Z803', 'family']]],
];

describe('narrative reader: an inline family-history field (round 14)', () => {
  checkReadings(CASES);
});
