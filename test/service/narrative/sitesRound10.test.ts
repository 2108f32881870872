import { checkReadings } from './readingCases';

/**
 * Vocabulary and sites round 10 (issue 12): a differentiation set off by commas between a tumour and its site
 * ("Squamous cell carcinoma, well diff., R dorsal hand") leaves the site the tumour's, as a set-off skin subtype
 * does. Expected codes from the FY2027 code file titles: C44.622 "Squamous cell carcinoma of skin of right upper
 * limb, including shoulder" (Table of Neoplasms: skin, hand → C44.6-, right → C44.62-, squamous cell → C44.622);
 * C18.7 "Malignant neoplasm of sigmoid colon". Titles opening with "guard" pin readings that must not change.
 */
describe('narrative sites round 10: a differentiation set off between a tumour and its site', () => {
  checkReadings([
    ['"well diff." abbreviated, its full stop before a comma', 'Pre-op Dx: Squamous cell carcinoma, well diff., R dorsal hand (bx 10/28/26)', [
      ['Squamous cell carcinoma, well diff., R dorsal hand', 'C44622', 'present'],
    ]],
    ['"well differentiated" spelled out', 'Pre-op Dx: Squamous cell carcinoma, well differentiated, R dorsal hand', [
      ['Squamous cell carcinoma, well differentiated, R dorsal hand', 'C44622', 'present'],
    ]],
    ['"moderately differentiated" before an organ', 'Dx: Adenocarcinoma, moderately differentiated, sigmoid colon', [
      ['Adenocarcinoma, moderately differentiated, sigmoid colon', 'C187', 'present'],
    ]],
    ['guard: the set-off skin subtype still reads', 'Dx: Squamous cell carcinoma, keratinizing, R dorsal hand', [
      ['Squamous cell carcinoma, keratinizing, R dorsal hand', 'C44622', 'present'],
    ]],
  ]);
});

/**
 * Two spine levels listed before one metastasis word are one mention of bone, vertebra (Table of Neoplasms:
 * Malignant Secondary C79.51, "Secondary malignant neoplasm of bone") whose words run to the anchor.
 */
describe('narrative sites round 10: spine levels listed before one metastasis word', () => {
  checkReadings([
    ['"T11 and L2 osseous metastases" reaches the anchor', 'MRI T/L spine: Post-treatment changes T11 and L2 osseous metastases.', [
      ['T11 and L2 osseous metastases', 'C7951', 'present'],
    ]],
    ['"T11, L2 metastases" reaches the anchor', 'Imaging: T11, L2 metastases.', [['T11, L2 metastases', 'C7951', 'present']]],
    ['guard: one level keeps its reading', 'Imaging: T11 osseous metastasis.', [['T11 osseous metastasis', 'C7951', 'present']]],
  ]);
});

/**
 * A desmoid written again with no site of its own (Index: Desmoid … see Neoplasm, connective tissue, uncertain
 * behavior; Tabular D48.113 "Desmoid tumor of abdominal wall") is the desmoid the note named with its site, as a
 * bone or soft-tissue sarcoma restated is.
 */
describe('narrative sites round 10: a desmoid restated without its site', () => {
  checkReadings([
    ['"L rectus desmoid" after the rectus abdominis desmoid', 'Hx: desmoid tumor of L rectus abdominis, watch and wait.\nCT A/P: L rectus desmoid 3.1 cm (3.0 prior).', [
      ['desmoid tumor of L rectus abdominis', 'D48113', 'present'], ['desmoid', 'D48113', 'present'],
    ]],
    ['guard: a desmoid no site was named for stays unread', 'CT A/P: desmoid 3.1 cm.', []],
  ]);
});

/**
 * "Tumor" of a proven cancer (ANNOTATION.md) at the cervix, the cancer proven at the exocervix or endocervix, which
 * the Table of Neoplasms lists under "cervix" and as rows of their own: the tumour is that cancer at its part
 * (Tabular C53.1 "Malignant neoplasm of exocervix", C53.0 "Malignant neoplasm of endocervix").
 */
describe('narrative sites round 10: a tumour of the cervix whose cancer is proven at a part of it', () => {
  checkReadings([
    ['exocervix biopsy, then "tumor at cervix"', "Dx: Squamous cell carcinoma of the cervix. Bx (exocervix 3 o'clock): invasive SCC.\nSpeculum (wk 3): exophytic tumor at cervix smaller.", [
      ['Squamous cell carcinoma of the cervix', 'C531', 'present'], ['SCC', 'C531', 'present'], ['tumor at cervix', 'C531', 'present'],
    ]],
    ['endocervix cancer, then "tumor at cervix"', 'Dx: adenocarcinoma of the endocervix.\nExam: tumor at cervix smaller.', [
      ['adenocarcinoma of the endocervix', 'C530', 'present'], ['tumor at cervix', 'C530', 'present'],
    ]],
  ]);
});

/**
 * A lymphoma in the nodes of two or more regions listed after it is in the lymph nodes of multiple sites (Tabular
 * C83.38 "Diffuse large B-cell lymphoma, lymph nodes of multiple sites"); one region keeps its own fifth character
 * (C83.33 "…, intra-abdominal lymph nodes"); two sides of one region are one region (C82.95 "Follicular lymphoma,
 * unspecified, lymph nodes of inguinal region and lower limb").
 */
describe('narrative sites round 10: a lymphoma in the nodes of several regions listed after it', () => {
  checkReadings([
    ['"DLBCL involving cervical and inguinal nodes"', 'Dx: DLBCL involving cervical and inguinal nodes.', [
      ['DLBCL involving cervical and inguinal nodes', 'C8338', 'present'],
    ]],
    ['guard: one region', 'Dx: DLBCL of mesenteric nodes.', [['DLBCL of mesenteric nodes', 'C8333', 'present']]],
    ['guard: two sides of one region', 'Dx: follicular lymphoma involving the left and right inguinal nodes.', [
      ['follicular lymphoma involving the left and right inguinal nodes', 'C8295', 'present'],
    ]],
  ]);
});
