import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Precision round 17, second pass (issue 12): mentions the reader read with the wrong code or assertion, grouped by the
 * general cause. Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code
 * titles (icd10cm-codes-2027) and the Table of Neoplasms.
 */

// ANNOTATION.md, "Codes by assertion" and "metastatic from X: X is the primary": a denial whose object is the spread
// ("no evidence of osseous metastatic disease from …") does not deny the cancer the spread would come from, and a denied
// "metastatic" keeps no cancer current, so a history lead before that cancer stands (d522: "No evidence of osseous metastatic
// disease from the prior breast cancer" → Z85.3 Personal history of malignant neoplasm of breast). Table: bone / Malignant
// Secondary C79.51; prostate / Malignant Primary C61.
const deniedSpreadOrigin: readonly ReadingCase[] = [
  ['a denied spread from a prior cancer leaves the history', 'No evidence of osseous metastatic disease from the prior breast cancer.',
    [['osseous metastatic disease', 'C7951', 'negated'], ['breast cancer', 'Z853', 'history']]],
  ['a denied spread from a cancer leaves the cancer present', 'No evidence of osseous metastatic disease from prostate cancer.',
    [['osseous metastatic disease', 'C7951', 'negated'], ['prostate cancer', 'C61', 'present']]],
  // A "metastatic" affirmed keeps the primary current as before (README, assertions).
  ['an affirmed spread still keeps its primary current', 'Hx of colon cancer, now metastatic to liver.',
    [['colon cancer', 'C189', 'present'], ['metastatic to liver', 'C787', 'present']]],
];

// ANNOTATION.md, "Lymph node metastasis by region" (the Table's lymph gland rows): node regions written in shorthand with "+"
// share the node word after the last one ("R hilar + subcarinal LAD", "R retropharyngeal + R level II/V nodal mets"), so the
// first region is a node region, not the organ its adjective also names: the lung's hilus (table: lung, hilus C34.0-) is not
// the lung primary's documented sub-site when the RUL mass is (d463, d632, d407; Tabular C34.11 Malignant neoplasm of upper
// lobe, right bronchus or lung, C34.32 … lower lobe, left …), and the retropharyngeal nodes are no pharynx secondary (d611:
// table: lymph gland, neck C77.0). A "hilar mass" keeps the lung's hilus (C34.01 Malignant neoplasm of right main bronchus).
const plusJoinedNodeRegions: readonly ReadingCase[] = [
  ['a hilar region joined by + to a node region is no lung sub-site', 'CT chest: 4.3 cm spiculated RUL mass, R hilar + subcarinal LAD. EBUS station 7: adenocarcinoma, c/w lung primary.',
    [['adenocarcinoma', 'C771', 'present'], ['lung primary', 'C3411', 'uncertain']]],
  ['a left hilar region before + subcarinal adenopathy leaves the lower lobe', 'CT: 5.4 cm LLL mass w/ bulky L hilar + subcarinal adenopathy. Extensive-stage small cell lung cancer.',
    [['lung cancer', 'C3432', 'present']]],
  ['a retropharyngeal region joined by + to neck levels is the neck nodes', 'MRI: R retropharyngeal + R level II/V nodal mets.',
    [['R retropharyngeal + R level II/V nodal mets', 'C770', 'present']]],
  ['a hilar mass is still the hilus', 'CXR: R hilar mass. Lung cancer.', [['Lung cancer', 'C3401', 'present']]],
];

// ANNOTATION.md, "A region-less 'nodal' word of a cancer whose regional lymph nodes lie in one lymph-gland region names that
// region" (round 17 consistency pass): the rectum, bladder and prostate drain to the intrapelvic nodes (table: lymph gland,
// intrapelvic C77.5), the thyroid and the mucosal head and neck to the neck (lymph gland, head, face and neck C77.0), in every
// assertion (d11, d558, d613, d699). C77.9 stays for a breast cancer (regional nodes in several regions), beside another distant
// site on a whole-body survey ("no nodal or osseous mets"), and for "M1a nodal disease" (non-regional nodes).
const regionalNodalWords: readonly ReadingCase[] = [
  ["a rectal cancer's residual nodal disease is intrapelvic", 'Rectal adenocarcinoma s/p TNT. MRI: no residual nodal disease.',
    [['Rectal adenocarcinoma', 'C20', 'present'], ['nodal disease', 'C775', 'negated']]],
  ["a bladder cancer's nodal mets set against distant ones are intrapelvic", 'Bladder cancer. CT: no nodal or distant mets.',
    [['Bladder cancer', 'C679', 'present'], ['nodal or distant mets', 'C775', 'negated'], ['distant mets', 'C799', 'negated']]],
  ["a thyroid cancer's nodal mets to rule out are the neck's", 'Papillary thyroid carcinoma. Plan: US neck to r/o nodal mets.',
    [['thyroid carcinoma', 'C73', 'present'], ['nodal mets', 'C770', 'uncertain']]],
  ['a feared residual nodal disease of a tongue cancer is the neck', 'SCC of the L base of tongue with L level II nodal metastases. Plan: if residual nodal disease on PET, neck dissection.',
    [['SCC of the L base of tongue', 'C01', 'present'], ['L level II nodal metastases', 'C770', 'present'], ['nodal disease', 'C770', 'hypothetical']]],
  ['nodal beside bone on a PSMA survey stays unspecified', 'Prostate cancer. PSMA PET: no nodal or osseous mets.',
    [['Prostate cancer', 'C61', 'present'], ['nodal', 'C779', 'negated'], ['osseous mets', 'C7951', 'negated']]],
  ['M1a nodal disease stays unspecified', 'Prostate cancer. PET: M1a nodal disease.', [['Prostate cancer', 'C61', 'present'], ['nodal disease', 'C779', 'present']]],
  ["a breast cancer's nodal mets stay unspecified", 'Breast cancer with nodal mets.', [['Breast cancer', 'null', 'present'], ['nodal mets', 'C779', 'present']]],
];

// ANNOTATION.md, "Rule-out on a staging study" and its issue-12 application: a staging laparoscopy "to r/o occult peritoneal
// mets" with no finding pointing to the peritoneum is a staging search, hypothetical, as a staging scan's is (d147, as d555);
// a laparoscopy sent for a finding ("for the omental nodule") stays an uncertain rule-out. Table: peritoneum / Malignant
// Secondary C78.6; pancreas, head / Malignant Primary C25.0.
const stagingLaparoscopy: readonly ReadingCase[] = [
  ['a staging laparoscopy to rule out peritoneal mets is hypothetical', 'Assessment: pancreatic head adenocarcinoma.\nPlan: Staging laparoscopy at time of port placement to r/o occult peritoneal mets.',
    [['pancreatic head adenocarcinoma', 'C250', 'present'], ['peritoneal mets', 'C786', 'hypothetical']]],
  ['a laparoscopy for a finding stays a rule-out', 'Plan: Diagnostic laparoscopy for the omental nodule, r/o peritoneal mets.', [['peritoneal mets', 'C786', 'uncertain']]],
];

// ANNOTATION.md, "Side and sub-site documented elsewhere in the note" and "hypothetical: a risk": a cancer the note only fears
// ("ADH R breast - increased lifetime risk of invasive breast cancer") documents no side of the patient's breast, so the DCIS
// removed by the left partial mastectomy keeps the left side (d276: Tabular D05.12 Intraductal carcinoma in situ of left breast).
// The feared cancer itself is coded as written (table: breast / Malignant Primary C50.9-, null without its side).
const fearedCancerSides: readonly ReadingCase[] = [
  ["a feared cancer's side is not the patient's documented side", 's/p L partial mastectomy for DCIS, now on tamoxifen.\n- R breast ADH - increased lifetime risk of invasive breast cancer.',
    [['DCIS', 'D0512', 'present'], ['breast cancer', 'null', 'hypothetical']]],
];

describe('narrative reader: precision round 17, second pass', () => {
  describe('a denied spread and the cancer it would come from', () => checkReadings(deniedSpreadOrigin));
  describe('node regions joined by +', () => checkReadings(plusJoinedNodeRegions));
  describe("a region-less nodal word of a one-region cancer", () => checkReadings(regionalNodalWords));
  describe('a staging laparoscopy', () => checkReadings(stagingLaparoscopy));
  describe("a feared cancer's side", () => checkReadings(fearedCancerSides));
});
