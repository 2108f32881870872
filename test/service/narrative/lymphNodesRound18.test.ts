import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Lymph node round 18 (issue 12): region-less node statements that the note places, read by ANNOTATION.md's lymph node rules
 * and the Table of Neoplasms' "lymph, lymphatic channel NEC › gland" rows (Malignant Secondary C77.-). Codes checked against
 * the FY2027 code titles (/work/shared/codesets): C77.0 … of lymph nodes of head, face and neck, C77.1 … of intrathoracic lymph
 * nodes, C77.2 … of intra-abdominal lymph nodes, C77.3 … of axilla and upper limb lymph nodes.
 */

// ANNOTATION.md round 17 (third pass), "The sentinel nodes of a breast cancer's surgery, no region written, are axillary, C77.3"
// (table: lymph gland, axilla, axillary / Malignant Secondary C77.3): a breast sentinel node biopsy samples the axilla, in any
// assertion (d108 "sentinel lymph nodes x2 negative for metastatic carcinoma", d694 "SLN #2-4: negative for carcinoma").
// A melanoma's sentinel node lies where its primary drains and keeps site NEC (C77.9); so does a breast cancer's "nodal" word,
// which names nodes not sampled (round 17). The count "x2" stands between the nodes and their finding (findingSubject.ts).
const breastSentinelNodes: readonly ReadingCase[] = [
  ['a breast cancer\'s "SLN" denied is axillary', 'L breast IDC. SLN #2-4: negative for carcinoma.',
    [['L breast IDC', 'null', 'present'], ['carcinoma', 'C773', 'negated']]],
  ['"sentinel lymph nodes x2 negative for" is the nodes\' finding, axillary for a breast cancer', 'L breast IDC. Frozen section: sentinel lymph nodes x2 negative for metastatic carcinoma.',
    [['L breast IDC', 'null', 'present'], ['lymph nodes x2 negative for metastatic carcinoma', 'C773', 'negated']]],
  ['"nodes x 3 positive for" with a spaced count keeps the written region', 'Pelvic nodes x 3 positive for metastatic carcinoma.',
    [['Pelvic nodes x 3 positive for metastatic carcinoma', 'C775', 'present']]],
  ['a melanoma\'s sentinel node keeps site NEC', 'Melanoma of the L calf. SLN #2: negative for melanoma.',
    [['Melanoma of the L calf', 'C4372', 'present'], ['melanoma', 'C779', 'negated']]],
  ['a breast cancer\'s denied "nodal mets" stay site NEC', 'L breast IDC. No nodal mets.',
    [['L breast IDC', 'null', 'present'], ['nodal mets', 'C779', 'negated']]],
];

// ANNOTATION.md, "Lymph node metastasis by region" and round 17's region-less "nodal" word of a cancer whose regional nodes lie in
// one region: a clause after a semicolon goes on about the cancer of the clause before (d632 "highly suspicious for primary lung
// malignancy; nodal metastases likely" beside a bladder cancer history: table: lymph gland, intrathoracic C77.1).
const semicolonClause: readonly ReadingCase[] = [
  ['"lung malignancy; nodal metastases likely" are the lung\'s nodes beside a bladder cancer history',
    'CT: 3.4 cm spiculated RUL mass. Impression: highly suspicious for primary lung malignancy; nodal metastases likely.\nPMH: bladder ca 2017 (TURBT + BCG).',
    [['lung malignancy', 'C3411', 'uncertain'], ['nodal metastases', 'C771', 'uncertain'], ['bladder ca', 'Z8551', 'history']]],
];

// Table of Neoplasms, lymph gland › gastric (Malignant Secondary C77.2): the gastrohepatic ligament's nodes lie along the lesser
// curvature, the stomach's own nodes, so "enlarged celiac and gastrohepatic nodes (nodal mets)" places the nodal metastases in
// the abdomen (d333: C77.2).
const gastrohepaticNodes: readonly ReadingCase[] = [
  ['"gastrohepatic nodes (nodal mets)" are intra-abdominal', 'CT: multiple liver mets (largest 3.6 cm), enlarged celiac and gastrohepatic nodes (nodal mets).',
    [['liver mets', 'C787', 'present'], ['nodal mets', 'C772', 'present']]],
];

// ANNOTATION.md, "metastatic X cancer": X is the primary, and the nodes it is found in hold its secondary (table: lymph gland /
// Malignant Secondary): "Metastatic papillary thyroid carcinoma in 2 of 8 lymph nodes" is the neck nodes' metastasis written
// from "Metastatic" (d749, d225 "Metastatic salivary duct carcinoma in 2 of 27 lymph nodes (level II)": gold part "Metastatic",
// C77.0), beside the thyroid's primary (C73 Malignant neoplasm of thyroid gland).
const metastaticInNodes: readonly ReadingCase[] = [
  ['"Metastatic … carcinoma in 2 of 8 lymph nodes (level III)" begins at "Metastatic"', 'Metastatic papillary thyroid carcinoma in 2 of 8 lymph nodes (level III).',
    [['Metastatic papillary thyroid carcinoma in 2 of 8 lymph nodes (level III)', 'C770', 'present'], ['thyroid carcinoma', 'C73', 'present']]],
];

// ANNOTATION.md round 18, "A synoptic node-count field that names metastases is a mention by its count": "1 with
// macrometastasis" affirms a nodal metastasis, a count of 0 ("macrometastases 0", "Micrometastases: 0") is the field denying it,
// negated, and both are the specimen's regional nodes (d551 "Regional Lymph Nodes: 2 SLNs examined; 1 with macrometastasis; 1
// with ITCs", d743 "Number of Lymph Nodes with Micrometastases: 0", d747 "macrometastases 0; micrometastases 0"). The field's
// label reaches every clause of its line, and a breast cancer's sentinel node places the field's nodes in the axilla (table:
// lymph gland, axilla, axillary / Malignant Secondary C77.3). A count that does not close its clause ("0 of 3") is no answer.
const synopticNodeCounts: readonly ReadingCase[] = [
  ['"macrometastases 0; micrometastases 0" deny both', 'Lymph Nodes: macrometastases 0; micrometastases 0.',
    [['Lymph Nodes: macrometastases', 'C779', 'negated'], ['micrometastases', 'C779', 'negated']]],
  ['"Micrometastases: 0" denies them', 'Lymph Nodes: micrometastases: 0',
    [['Lymph Nodes: micrometastases', 'C779', 'negated']]],
  ['"0 of 3" after the word is no answer of the field', 'Lymph nodes: micrometastases 0 of 3.',
    [['Lymph nodes: micrometastases', 'C779', 'present']]],
  ['a clause after a semicolon takes the "Regional Lymph Nodes:" label', 'Regional Lymph Nodes: 2 SLNs examined; 1 with macrometastasis; 1 with ITCs.',
    [['macrometastasis', 'C779', 'present']]],
  ['a breast sentinel node places the count field\'s nodes in the axilla, denied too',
    'Invasive ductal carcinoma of the L breast.\nB. SLN #1: metastatic carcinoma, 4 mm.\nRegional Lymph Nodes: 2 SLNs examined; 1 with macrometastasis.\nNumber of Lymph Nodes with Micrometastases: 0',
    [['ductal carcinoma of the L breast', 'null', 'present'], ['SLN #1: metastatic carcinoma', 'C773', 'present'], ['macrometastasis', 'C773', 'present'], ['Lymph Nodes with Micrometastases', 'C773', 'negated']]],
];

// Table of Neoplasms, lymph gland › para-aortic (Malignant Secondary C77.2): "para-aortic" names nodes only, so a denial that lists it
// beside distant spread ("no para-aortic or distant disease", d488) is the para-aortic nodes' (negated C77.2) and the site-less
// distant spread's (Tabular C79.9 Secondary malignant neoplasm of unspecified site), ANNOTATION.md "Spread written as disease".
// A region written without a node word before a treatment ("para-aortic RT") names no neoplasm.
const nodeOnlyRegions: readonly ReadingCase[] = [
  ['"no para-aortic or distant disease" denies the para-aortic nodes', 'Cervical ca. PET/CT: avid cervix + L ext iliac node; no para-aortic or distant disease.',
    [['Cervical ca', 'C539', 'present'], ['para-aortic or distant disease', 'C772', 'negated'], ['distant disease', 'C799', 'negated']]],
  ['"para-aortic metastases" are the nodes\' metastases', 'Cervix ca with para-aortic metastases.', [['Cervix ca', 'C539', 'present'], ['para-aortic metastases', 'C772', 'present']]],
  ['"para-aortic RT" names no neoplasm', 'Cervical ca s/p para-aortic RT.', [['Cervical ca', 'C539', 'present']]],
];

// ANNOTATION.md, "Stage or node regions in the lymphoma's own sentence set its fifth character": an Ann Arbor stage's list is where
// the lymphoma is, not a secondary (d520 "Mantle cell lymphoma, blastoid variant, stage IVB (nodes above and below diaphragm, marrow,
// colon)": Tabular C83.18 Mantle cell lymphoma, lymph nodes of multiple sites, and no C77.9). A solid cancer's stage IV list stays
// its distant spread (table: liver / Malignant Secondary C78.7, bone C79.51).
const lymphomaStage: readonly ReadingCase[] = [
  ['a lymphoma\'s "stage IVB (nodes …" names no nodal secondary', '1. Mantle cell lymphoma, blastoid variant, stage IVB (nodes above and below diaphragm, marrow, colon) - s/p R-CHOP.',
    [['Mantle cell lymphoma', 'C8318', 'present']]],
  ['a breast cancer\'s "stage IV (liver, bone)" stays its spread', 'Breast cancer, stage IV (liver, bone).',
    [['Breast cancer', 'null', 'present'], ['stage IV (liver', 'C787', 'present'], ['bone', 'C7951', 'present']]],
];

describe('narrative reader, lymph nodes round 18: breast sentinel nodes', () => checkReadings(breastSentinelNodes));
describe('narrative reader, lymph nodes round 18: a clause after a semicolon', () => checkReadings(semicolonClause));
describe('narrative reader, lymph nodes round 18: gastrohepatic nodes', () => checkReadings(gastrohepaticNodes));
describe('narrative reader, lymph nodes round 18: metastatic carcinoma in counted nodes', () => checkReadings(metastaticInNodes));
describe('narrative reader, lymph nodes round 18: synoptic node counts', () => checkReadings(synopticNodeCounts));
describe('narrative reader, lymph nodes round 18: node-only regions', () => checkReadings(nodeOnlyRegions));
describe('narrative reader, lymph nodes round 18: a lymphoma\'s stage list', () => checkReadings(lymphomaStage));
