import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Tuner C2, round 18 (issue 12): a synoptic node-count field. ANNOTATION.md, round 18: "A synoptic node-count field that names
 * metastases is a mention by its count … a count of 0 ('Micrometastases: 0', 'macrometastases 0') is the field denying that
 * spread, negated", coded as the specimen's regional nodes (d743's "Number of Lymph Nodes with Micrometastases: 0" under a left
 * axillary sentinel node). Table of Neoplasms: lymph, lymphatic channel NEC, gland, axilla, axillary → Malignant Secondary C77.3;
 * a stage's performance score after a comma ("ECOG: 0") counts no nodes and denies nothing (Index: Carcinoma → Neoplasm, by
 * site, malignant; lung → Malignant Primary C34.9-, no side: the reader leaves it unplaced).
 */
const zeroCounts: readonly ReadingCase[] = [
  ['a zero micrometastasis count denies the spread at the specimen\'s node region',
    'LYMPH NODE, LEFT AXILLARY SENTINEL #1, EXCISION:\n   - METASTATIC CARCINOMA IN ONE OF ONE LYMPH NODE (1/1).\n\nRegional Lymph Nodes:\n'
    + '  Number of Lymph Nodes with Macrometastases (>2 mm): 1\n  Number of Lymph Nodes with Micrometastases: 0',
    [['METASTATIC CARCINOMA IN ONE OF ONE LYMPH NODE', 'C773', 'present'], ['Lymph Nodes with Macrometastases', 'C773', 'present'], ['Lymph Nodes with Micrometastases', 'C773', 'negated']]],
  // The two ways a denied count keeps the specimen's region, each needed on its own: a synoptic field answered in words is known
  // by its "Number of … with" (encounterNodeRegion.ts), a count of 0 in a field written otherwise by its answer (reader.ts countsNone).
  ['a synoptic field answered "none" keeps the specimen\'s node region',
    'LYMPH NODE, LEFT AXILLARY SENTINEL #1, EXCISION:\n   - METASTATIC CARCINOMA IN ONE OF ONE LYMPH NODE (1/1).\n\nRegional Lymph Nodes:\n'
    + '  Number of Lymph Nodes with Macrometastases (>2 mm): 1\n  Number of Lymph Nodes with Micrometastases: none',
    [['METASTATIC CARCINOMA IN ONE OF ONE LYMPH NODE', 'C773', 'present'], ['Lymph Nodes with Macrometastases', 'C773', 'present'], ['Lymph Nodes with Micrometastases', 'C773', 'negated']]],
  ['a count of 0 in a field without "Regional" or "Number of" keeps the specimen\'s node region',
    'LYMPH NODE, LEFT AXILLARY SENTINEL #1, EXCISION:\n   - METASTATIC CARCINOMA IN ONE OF ONE LYMPH NODE (1/1).\n\nLymph nodes: macrometastases 1; micrometastases 0',
    [['METASTATIC CARCINOMA IN ONE OF ONE LYMPH NODE', 'C773', 'present'], ['Lymph nodes: macrometastases', 'C773', 'present'], ['micrometastases', 'C773', 'negated']]],
  ['a count of one stays present', 'Regional Lymph Nodes:\n  Number of Lymph Nodes with Micrometastases: 1', [['Lymph Nodes with Micrometastases', 'C779', 'present']]],
  ['a performance score of 0 after the cancer denies nothing', 'Stage IV lung cancer, ECOG: 0', [['lung cancer', 'null', 'present']]],
];

describe('narrative round 18: synoptic node counts of none', () => {
  checkReadings(zeroCounts);
});
