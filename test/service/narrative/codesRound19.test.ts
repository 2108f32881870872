import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Codes round 19 (issue 12): mentions the reader already found with the wrong code, read as a coder reads them. Codes checked
 * against the FY2027 code titles (/work/shared/codesets/icd10cm-2027): C83.32 Diffuse large B-cell lymphoma, intrathoracic lymph
 * nodes; C83.33 … intra-abdominal lymph nodes; C85.22 Mediastinal (thymic) large B-cell lymphoma, intrathoracic lymph nodes.
 */

// ANNOTATION.md, "Stage or node regions in the lymphoma's own sentence" set its fifth character (Tabular C83.3-: 2 intrathoracic,
// 3 intra-abdominal lymph nodes): a "mediastinal" or "retroperitoneal lymphoma" is a nodal mass of that region, not a lymphoma
// of an extranodal organ (C83.398), since the mediastinum and the retroperitoneum are connective-tissue regions whose lymphoma
// is in their nodes (d690 "mediastinal lymphoma" C83.32, d723 "retroperitoneal lymphoma" C83.33).
const nodeBearingRegions: readonly ReadingCase[] = [
  ['a DLBCL patient\'s "mediastinal lymphoma" is of the intrathoracic nodes', 'DLBCL stage IIIB. Port placed for mediastinal lymphoma.',
    [['DLBCL', 'C8338', 'present'], ['mediastinal lymphoma', 'C8332', 'present']]],
  ['a DLBCL patient\'s "retroperitoneal lymphoma" is of the intra-abdominal nodes', 'DLBCL. CT: bulky retroperitoneal lymphoma.',
    [['DLBCL', 'C8330', 'present'], ['retroperitoneal lymphoma', 'C8333', 'present']]],
  ['"Hodgkin lymphoma of the mediastinum" is of the intrathoracic nodes', 'Hodgkin lymphoma of the mediastinum.',
    [['Hodgkin lymphoma of the mediastinum', 'C8192', 'present']]],
];

// Tabular C85.2- Mediastinal (thymic) large B-cell lymphoma: the name places the lymphoma in the mediastinum, so with no other
// site written it is C85.22 "… intrathoracic lymph nodes" (d645 "primary mediastinal large B-cell lymphoma" and d751, both in a
// differential: uncertain); its remission keeps C85.2A, which has no site.
const mediastinalLargeBCell: readonly ReadingCase[] = [
  ['a primary mediastinal large B-cell lymphoma in a differential is C85.22', 'DDx: primary mediastinal large B-cell lymphoma, not favored.',
    [['primary mediastinal large B-cell lymphoma', 'C8522', 'uncertain']]],
  ['"PMBCL in remission" keeps C85.2A', 'PMBCL in remission.', [['PMBCL', 'C852A', 'present']]],
];

describe('narrative codes round 19: a lymphoma of the mediastinum or retroperitoneum is of their nodes', () => checkReadings(nodeBearingRegions));
describe('narrative codes round 19: a mediastinal large B-cell lymphoma is of the intrathoracic nodes', () => checkReadings(mediastinalLargeBCell));
