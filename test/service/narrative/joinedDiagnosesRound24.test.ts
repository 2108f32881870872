import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 24 (issue 12, tuner C): two diagnoses joined by "and", each written with its own site, are two mentions at their two
 * sites (`diagnosisJoiners.ts`). Codes checked against the FY2027 code titles (/work/shared/codesets/icd10cm-2027) and the Table
 * of Neoplasms (FY2025).
 */

// A site written right after one diagnosis and joined by "and" to the next diagnosis is the first's, as a comma already keeps it
// (ANNOTATION.md, "Every occurrence is its own mention"; Guideline I.C.2.d for the history codes): d203 "4. Hx sBCC L upper back
// and nodular BCC L nasal ala - no recurrence on exam." Two treated basal cell carcinomas are two Z85.828 entries (Tabular Z85.828
// Personal history of other malignant neoplasm of skin); present ones keep their two skin codes (Tabular C44.519 Basal cell
// carcinoma of skin of other part of trunk, C44.622 Squamous cell carcinoma of skin of right upper limb, including shoulder).
const twoDiagnosesTwoSites: readonly ReadingCase[] = [
  ['two treated skin cancers joined by "and" are two history entries (d203)',
    'A/P:\n4. Hx sBCC L upper back and nodular BCC L nasal ala - no recurrence on exam.',
    [['sBCC L upper back', 'Z85828', 'history'], ['BCC L nasal ala', 'Z85828', 'history']]],
  ['a basal and a squamous cell carcinoma joined by "and" keep their own sites',
    'A/P:\n1. BCC L upper back and SCC R hand - excision scheduled.',
    [['BCC L upper back', 'C44519', 'present'], ['SCC R hand', 'C44622', 'present']]],
  // "of the back" ends in "and": the back is the melanoma's place (Tabular Z85.820 Personal history of malignant melanoma of skin).
  ['a site after "of" that ends in "and" is the diagnosis before it',
    'PMH: melanoma of the back and SCC of the R hand, both excised 2019, NED.',
    [['melanoma of the back', 'Z85820', 'history'], ['SCC of the R hand', 'Z85828', 'history']]],
];

// Guards: sites of one diagnosis word joined by "and" stay that word's list (table: liver / Malignant Secondary C78.7, bone /
// Malignant Secondary C79.51; node regions joined in one phrase, lymph gland, intra-abdominal C77.2).
const oneDiagnosisManySites: readonly ReadingCase[] = [
  // An organ-naming abbreviation's sites before a metastasis word are the spread (Index: Carcinoma, non-small cell, lung C34.9-).
  ['sites after an abbreviation that a metastasis word follows stay the spread',
    'NSCLC brain and bone mets.',
    [['NSCLC', 'null', 'present'], ['brain', 'C7931', 'present'], ['bone mets', 'C7951', 'present']]],
  ['sites before one metastasis word are both its sites',
    'CT C/A/P: new liver and bone mets.',
    [['liver', 'C787', 'present'], ['bone mets', 'C7951', 'present']]],
  ['sites after one metastasis word are both its sites',
    'PET: metastases to liver and bone.',
    [['metastases to liver', 'C787', 'present'], ['bone', 'C7951', 'present']]],
  ['node regions before one metastasis word stay one entry',
    'Path: celiac and perigastric nodal metastases.',
    [['celiac and perigastric nodal metastases', 'C772', 'present']]],
];

describe('narrative reader: two diagnoses joined by "and" (round 24)', () => {
  checkReadings(twoDiagnosesTwoSites);
  checkReadings(oneDiagnosisManySites);
});
