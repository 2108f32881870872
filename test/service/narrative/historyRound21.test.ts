import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * History round 21 (issue 12, tuner G): when a cancer is the patient's past and when it is now. Codes checked against the
 * FY2027 code titles (/work/shared/codesets).
 */

// A problem list's row written as the history code's own Tabular title is that history, whatever the list's status column
// says (Tabular Z85.850 Personal history of malignant neoplasm of thyroid; ANNOTATION.md round 18, a code line's title is coded
// as the code on its line; Guideline I.C.2.d): "Active" there says the history stays on the list, not that the cancer is back
// (d107 "Personal history of malignant neoplasm of thyroid   Z85.850   2004   Active"). A plain row with "Active" keeps its cancer
// current, and a treatment written after the title still keeps it current.
const titledHistoryRow: readonly ReadingCase[] = [
  ['an "Active" status does not undo a history title',
    'Problem                                              ICD-10-CM   Onset   Status\nPersonal history of malignant neoplasm of thyroid    Z85.850     2004    Active',
    [['malignant neoplasm of thyroid', 'Z85850', 'history']]],
  ['an "Active" status keeps a plain row current',
    'Problem                                              ICD-10-CM   Onset   Status\nMalignant neoplasm of thyroid gland                  C73         2024    Active',
    [['Malignant neoplasm of thyroid', 'C73', 'present']]],
];

describe('history, round 21', () => {
  describe('a history title on an active problem list row', () => checkReadings(titledHistoryRow));
});
