import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Recall round 18 (issue 12): procedure reports and outside records, the two genres the reader read worst. Expected mentions
 * follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the
 * Table of Neoplasms (FY2025).
 */

// ANNOTATION.md, "What is a mention" and "'Tumor' of a proven cancer": "Tumor" alone is a neoplasm of unspecified behaviour
// (Index: Tumor — see Neoplasm, unspecified behavior), and a tumour not proven is D49.- by site. An operative note names its
// lesion once with its organ ("PREOPERATIVE DIAGNOSIS: Bladder tumor") and then by its gross description or its part of the
// organ ("3.5 cm broad-based papillary tumor L lateral wall", "Dome tumor resected"): each restates the organ's tumour (table:
// bladder / Unspecified Behavior D49.4 Neoplasm of unspecified behavior of bladder), also beside a past cancer of another organ
// (d687's prostate ca, Z85.46). A pathology that proves the cancer makes them the cancer (table: bladder / lateral wall /
// Malignant Primary C67.2; d156). A qualified "new primary tumor" is a new neoplasm, not the tumour restated (round 17; d541).
const unprovenTumours: readonly ReadingCase[] = [
  ['a described tumour restates the op note\'s unproven bladder tumour',
    'PREOPERATIVE DIAGNOSIS: Bladder tumor.\nFINDINGS: 3.5 cm broad-based papillary tumor L lateral wall. 1 cm papillary tumor at the dome.',
    [['Bladder tumor', 'D494', 'present'], ['tumor', 'D494', 'present'], ['tumor', 'D494', 'present']]],
  ['a part of the organ before "tumor" restates it beside a past cancer of another organ',
    'Indication: bladder tumor. Hx of prostate ca s/p EBRT 2015.\nThe L lateral wall tumor was resected. Dome tumor resected.',
    [['bladder tumor', 'D494', 'present'], ['prostate ca', 'Z8546', 'history'], ['tumor', 'D494', 'present'], ['tumor', 'D494', 'present']]],
  ['the restated tumour takes the cancer its pathology proves',
    'Cysto: bladder tumor, L lateral wall. Hx of prostate ca.\nTURBT: 3 cm papillary tumor resected.\nPath: L lateral wall bladder, TURBT: high grade urothelial carcinoma.',
    [['bladder tumor', 'C672', 'present'], ['prostate ca', 'Z8546', 'history'], ['tumor', 'C672', 'present'], ['urothelial carcinoma', 'C672', 'present']]],
  ['a tumour of another organ\'s spread is not placed', 'Bladder tumor. Liver mets. The papillary tumor was resected.',
    [['Bladder tumor', 'D494', 'present'], ['Liver mets', 'C787', 'present']]],
  ['"a new primary tumor" is no restatement', 'Hx of brain tumor. No findings to suggest a new primary tumor.',
    [['brain tumor', 'D496', 'history']]],
];

describe('narrative reader: procedure reports and outside records, round 18', () => {
  describe('an unproven tumour restated by its description', () => checkReadings(unprovenTumours));
});
