import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Procedure round 20 (issue 12): operative notes with frozen sections and pathology addenda, read as a coder reads them. Codes
 * checked against the FY2027 code titles (/work/shared/codesets/icd10cm-2027): C77.2 Secondary and unspecified malignant neoplasm
 * of intra-abdominal lymph nodes; C23 Malignant neoplasm of gallbladder; C24.0 Malignant neoplasm of extrahepatic bile duct;
 * C25.0 Malignant neoplasm of head of pancreas; C67.2 Malignant neoplasm of lateral wall of bladder; C67.4 Malignant neoplasm of
 * posterior wall of bladder; C67.9 Malignant neoplasm of bladder, unspecified; C73 Malignant neoplasm of thyroid gland; C77.0
 * Secondary and unspecified malignant neoplasm of lymph nodes of head, face and neck; C77.9 … of lymph node, unspecified.
 */

// ANNOTATION.md, "A region-less 'nodal' word of a cancer whose regional lymph nodes lie in one lymph-gland region names that
// region" and "Lymph node metastasis by region": the gallbladder, the extrahepatic bile ducts, the ampulla and the small bowel
// drain to the hilar, hepatoduodenal, peripancreatic, coeliac and mesenteric nodes, all under the Table's row "lymph gland,
// intra-abdominal" (Malignant Secondary C77.2). So a Whipple note whose frozen bile duct margin is coded at the duct (C24.0)
// still drains to the abdomen, and its station 8a (common hepatic artery) node is abdominal, not the chest's station 8 (d788).
const biliaryDrainage: readonly ReadingCase[] = [
  ['a Whipple\'s bile duct margin leaves its station 8a node abdominal (d788)',
    'Pancreatic head adenocarcinoma.\nFROZEN SECTIONS:\n- Common hepatic duct margin: negative for carcinoma\n- Station 8a lymph node: no carcinoma seen on frozen',
    [['Pancreatic head adenocarcinoma', 'C250', 'present'], ['carcinoma', 'C240', 'negated'], ['carcinoma', 'C772', 'negated']]],
  ['a gallbladder cancer\'s nodal metastases are intra-abdominal',
    'Gallbladder adenocarcinoma, pT2.\nNodal metastases in 2 of 5.',
    [['Gallbladder adenocarcinoma', 'C23', 'present'], ['Nodal metastases', 'C772', 'present']]],
  ['a distal bile duct cancer\'s nodal disease is intra-abdominal',
    'Distal bile duct adenocarcinoma.\nNodal disease present.',
    [['bile duct adenocarcinoma', 'C240', 'present'], ['Nodal disease', 'C772', 'present']]],
  ['a lung cancer beside the duct keeps the nodes site NEC',
    'Distal bile duct adenocarcinoma. RUL adenocarcinoma.\nNodal disease present.',
    [['bile duct adenocarcinoma', 'C240', 'present'], ['RUL adenocarcinoma', 'C3411', 'present'], ['Nodal disease', 'C779', 'present']]],
];

// ANNOTATION.md, "'Tumor' of a proven cancer" and "Side and sub-site documented elsewhere in the note" (table: bladder / wall /
// lateral C67.2, wall / posterior C67.4): a cystoscopy's site-less "papillary tumor" written with its part right after it ("3 cm
// papillary tumor L lateral wall", d786) is the proven bladder cancer on that part of the bladder; words after it that name no
// part ("muscle invasive") leave the organ, C67.9.
const restatedParts: readonly ReadingCase[] = [
  ['a restated tumour takes the part written right after it (d786)',
    'Dx: high-grade urothelial carcinoma of the bladder.\nCysto: 3 cm papillary tumor L lateral wall.',
    [['urothelial carcinoma of the bladder', 'C672', 'present'], ['tumor', 'C672', 'present']]],
  ['a part set off by a comma is taken too',
    'Dx: high-grade urothelial carcinoma of the bladder.\nCysto: 3 cm papillary tumor, R posterior wall.',
    [['urothelial carcinoma of the bladder', 'C674', 'present'], ['tumor', 'C674', 'present']]],
  ['words that name no part leave the bladder',
    'Dx: high-grade urothelial carcinoma of the bladder.\nCysto: 3 cm papillary tumor, muscle invasive.',
    [['urothelial carcinoma of the bladder', 'C679', 'present'], ['tumor', 'C679', 'present']]],
];

// ANNOTATION.md round 13/14, "'Metastatic <histology>' is two entries … when the histology's own words name the primary's organ"
// (table: lymph gland / Malignant Secondary C77.-; thyroid / Malignant Primary C73): an addendum's answer that names the finding
// and then, after a comma, the nodes it was counted in ("B. Metastatic papillary thyroid carcinoma, 1 of 1 lymph node", d790) found
// it in those nodes, as "in 1 of 1 lymph node" says; the lettered part's station then gives the region (part B, R paratracheal
// node of a thyroid cancer: C77.0). A zero count is no finding in the nodes.
const countedNodes: readonly ReadingCase[] = [
  ['the nodes counted after a comma are the metastasis\'s site (d790)',
    'Papillary thyroid carcinoma, right lobe.\nMetastatic papillary thyroid carcinoma, 1 of 1 lymph node (1.1 cm, no ENE).',
    [['thyroid carcinoma', 'C73', 'present'], ['Metastatic papillary thyroid carcinoma', 'C779', 'present'], ['thyroid carcinoma', 'C73', 'present']]],
  ['a lettered answer takes its part\'s node region (d790)',
    'SPECIMENS:\nA. Total thyroid\nB. R level VI lymph node\n\nADDENDUM - PATHOLOGY:\nA. Papillary thyroid carcinoma, right lobe.\n'
    + 'B. Metastatic papillary thyroid carcinoma, 1 of 1 lymph node.',
    [['thyroid carcinoma', 'C73', 'present'], ['Metastatic papillary thyroid carcinoma', 'C770', 'present'], ['thyroid carcinoma', 'C73', 'present']]],
  ['a zero count names no node',
    'Metastatic papillary thyroid carcinoma, 0 of 3 lymph nodes.',
    [['thyroid carcinoma', 'C73', 'present']]],
];

describe('procedure round 20: frozen sections and addenda', () => {
  describe('the biliary tree drains to the intra-abdominal nodes', () => checkReadings(biliaryDrainage));
  describe('a restated tumour\'s own part', () => checkReadings(restatedParts));
  describe('nodes counted after the finding', () => checkReadings(countedNodes));
});
