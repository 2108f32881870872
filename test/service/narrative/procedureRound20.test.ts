import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Procedure round 20 (issue 12): operative notes with frozen sections and pathology addenda, read as a coder reads them. Codes
 * checked against the FY2027 code titles (/work/shared/codesets/icd10cm-2027): C77.2 Secondary and unspecified malignant neoplasm
 * of intra-abdominal lymph nodes; C23 Malignant neoplasm of gallbladder; C24.0 Malignant neoplasm of extrahepatic bile duct;
 * C25.0 Malignant neoplasm of head of pancreas.
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

describe('procedure round 20: frozen sections and addenda', () => {
  describe('the biliary tree drains to the intra-abdominal nodes', () => checkReadings(biliaryDrainage));
});
