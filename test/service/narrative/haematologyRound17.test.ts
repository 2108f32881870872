import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 17 (issue 12), tuner A: what haematopathology reports, transplant and cellular-therapy notes write everywhere, read
 * from the blind batch d643-d662. Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the
 * FY2027 code titles (data/icd10cm/2027) and the Alphabetic Index.
 */

// ANNOTATION.md, "Codes by assertion", history (Guideline I.C.2.d: excised, no recurrence): a recurrence the next sentence only
// weighs ("Eval recurrent melanoma vs lymphoma") or foresees ("r/o recurrence") does not make the past cancer current again; a
// recurrence it states still does. Index: History, personal, melanoma Z85.820 (d646; also d251's cystadenoma).
const weighedRecurrence: readonly ReadingCase[] = [
  ['a recurrence weighed in a differential leaves the remote melanoma history',
    'CLINICAL HX: Remote hx melanoma of L posterior thigh, WLE 2011, no recurrence. Eval recurrent melanoma vs lymphoma.',
    [['melanoma of L posterior thigh', 'Z85820', 'history'], ['melanoma', 'C4372', 'uncertain'], ['lymphoma', 'C8590', 'uncertain']]],
  ['a recurrence stated in the next sentence makes it current',
    'Remote hx melanoma of L posterior thigh, WLE 2011. Now recurrent melanoma in the R groin node.',
    [['melanoma of L posterior thigh', 'C4372', 'present'], ['melanoma', 'C774', 'present']]],
];

describe('narrative reader: haematology round 17', () => {
  describe('a recurrence only weighed', () => checkReadings(weighedRecurrence));
});
