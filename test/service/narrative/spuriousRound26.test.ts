import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 26 (issue 12, tuner C): words that look like mentions and are none by ANNOTATION.md, "What is a mention" and the rounds
 * that settled it. Codes checked against the FY2027 code titles (/work/shared/codesets/icd10cm-2027).
 */

// A relative's own risk of a cancer is no mention (ANNOTATION.md, round 24 Q (a): d401 "Daughter asked about her own risk of
// pancreatic cancer", d439 "your brothers and sister … as they have a higher risk of colon cancer too", d955 "asks whether his
// children are at risk of pancreatic cancer", d956 "her daughter's risk for breast and ovarian cancer", d1016 "Pt's daughter asked
// if she is at risk of 'skin cancer'"). The patient's own risk stays hypothetical, even when a relative is the one spoken to
// (d1090 "discussed again with mom the small risk of therapy-related MDS or AML": Tabular D46.9 Myelodysplastic syndrome,
// unspecified; C92.00 Acute myeloblastic leukemia, not having achieved remission) or a thing is the subject (d887 "removing them
// lowers his risk of colon cancer": table: intestine, large, colon / Malignant Primary C18.9).
const relativesRisk: readonly ReadingCase[] = [
  ['a daughter\'s own risk is no mention', 'Plan: Daughter asked about her own risk of pancreatic cancer - no germline testing done.', []],
  ['the children\'s risk is no mention',
    'HPI: Worried he "gave" the cancer to his kids - asks whether his children are at risk of pancreatic cancer.', []],
  ['the siblings\' risk, as "they", is no mention',
    'Please make sure your brothers and sister are also screened, as they have a higher risk of colon cancer too.', []],
  ['a daughter\'s risk of two cancers is no mention of either', 'Worries also about her daughter\'s risk for breast and ovarian cancer given family hx.', []],
  ['a daughter at risk of a quoted cancer is no family history',
    'Pt\'s daughter asked if she is at risk of "skin cancer" from mom - counselled (not hereditary).', []],
  ['kids with a higher risk are no mention', 'Her kids have a higher risk of colon cancer, as they are first-degree relatives.', []],
  ['guard: the patient\'s risk discussed with a relative stays hypothetical',
    'Long-term: discussed again with mom the small risk of therapy-related MDS or AML from etoposide.',
    [['MDS', 'D469', 'hypothetical'], ['AML', 'C9200', 'hypothetical']]],
  ['guard: "them" naming the polyps leaves the patient\'s risk',
    'Pt reassured; reviewed that removing the adenomas lowers his risk of colon cancer.', [['colon cancer', 'C189', 'hypothetical']]],
];

describe('narrative reader: spurious mentions round 26', () => {
  describe('a relative\'s own risk of cancer is no mention', () => checkReadings(relativesRisk));
});
