import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Surgical and procedural notes, round 17 second pass (issue 12): what operative notes, frozen sections and neck dissections
 * write. Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles
 * (data/icd10cm/2027) and the Table of Neoplasms.
 */

// The paratracheal nodes of a thyroid or other head and neck cancer are its central neck compartment (level VI), dissected
// through the neck: table: lymph gland / neck / Malignant Secondary C77.0 (Tabular C77.0 Secondary and unspecified malignant
// neoplasm of lymph nodes of head, face and neck), as regionalNodes.ts reads a thyroid cancer's region-less nodal words
// (ANNOTATION.md, round 17 region-less nodal rule). A lung cancer's paratracheal station stays intrathoracic C77.1
// (table: lymph gland / tracheal; d483, d594). From d699's frozen section ("L paratracheal node - metastatic papillary carcinoma").
const centralNeckNodes: readonly ReadingCase[] = [
  ['a thyroid cancer\'s paratracheal node is the neck', 'PREOPERATIVE DIAGNOSIS: Papillary thyroid carcinoma.\nFrozen section: L paratracheal node - metastatic papillary carcinoma.',
    [['thyroid carcinoma', 'C73', 'present'], ['L paratracheal node - metastatic', 'C770', 'present']]],
  ['a laryngeal cancer\'s paratracheal nodes are the neck', 'Dx: squamous cell carcinoma of the glottis. CT: enlarged R paratracheal node, suspicious for metastasis.',
    [['squamous cell carcinoma of the glottis', 'C320', 'present'], ['R paratracheal node, suspicious for metastasis', 'C770', 'uncertain']]],
  ['a lung cancer\'s paratracheal node stays intrathoracic', 'Dx: RUL adenocarcinoma of lung.\nEBUS: L paratracheal node - metastatic adenocarcinoma.',
    [['RUL adenocarcinoma', 'C3411', 'present'], ['L paratracheal node - metastatic adenocarcinoma', 'C771', 'present']]],
  ['beside a lung cancer a thyroid cancer\'s paratracheal node keeps its row', 'Dx: papillary thyroid carcinoma; RUL adenocarcinoma of lung.\nEBUS: R paratracheal node - metastatic carcinoma.',
    [['thyroid carcinoma', 'C73', 'present'], ['RUL adenocarcinoma', 'C3411', 'present'], ['R paratracheal node - metastatic carcinoma', 'C771', 'present']]],
];

// A lesion placed by its distance from a landmark is not at the landmark ("mass in the antrum, extending to within ~2 cm of the
// pylorus"): the tumour's site is the one the note gives the tumour (ANNOTATION.md, sites), here table: stomach / antrum (pyloric)
// / Malignant Primary C16.3, not stomach / pylorus C16.4 (Tabular C16.3 Malignant neoplasm of pyloric antrum, C16.4 Malignant
// neoplasm of pylorus). From d683's EGD findings; a mass at the pylorus itself keeps C16.4.
const distanceLandmarks: readonly ReadingCase[] = [
  ['an antral mass within 2 cm of the pylorus is antral', 'Stomach: large ulcerated mass in the antrum, extending to within ~2 cm of the\n  pylorus, approx 4-5 cm. Appearance highly suspicious for gastric adenocarcinoma.',
    [['gastric adenocarcinoma', 'C163', 'uncertain']]],
  ['an antral mass 2 cm from the pylorus is antral', 'Stomach: ulcerated mass in the antrum, 2 cm from the pylorus, highly suspicious for malignancy.',
    [['malignancy', 'C163', 'uncertain']]],
  ['a mass at the pylorus is pyloric', 'Stomach: ulcerated mass at the pylorus, 4 cm, suspicious for malignancy.',
    [['malignancy', 'C164', 'uncertain']]],
];

// A tubular, tubulovillous or villous adenoma is the colon's only where no other site is written (histologyLexicon.ts): the Index
// sends it to Neoplasm, benign, by site, and a specimen label of another digestive organ is its site: table: ampulla of Vater /
// Benign D13.5, duodenum D13.2, stomach D13.1, appendix D12.1 (Tabular D13.5 Benign neoplasm of extrahepatic bile ducts, which
// includes the ampulla of Vater; D13.2 Benign neoplasm of duodenum; D13.1 Benign neoplasm of stomach; D12.1 Benign neoplasm of
// appendix). From d686's papillectomy ("Final path - ampulla, papillectomy: tubulovillous adenoma") and d334's appendix.
const polypAdenomaOrgans: readonly ReadingCase[] = [
  ['an ampullary papillectomy\'s tubulovillous adenoma', 'Final path - ampulla, papillectomy: tubulovillous adenoma with extensive high-grade dysplasia.',
    [['tubulovillous adenoma', 'D135', 'present']]],
  ['a duodenal biopsy\'s tubular adenoma', 'Duodenum, biopsy: tubular adenoma.', [['tubular adenoma', 'D132', 'present']]],
  ['a gastric polypectomy\'s tubular adenoma', 'B. Stomach, polypectomy: tubular adenoma.', [['tubular adenoma', 'D131', 'present']]],
  ['a sigmoid polypectomy\'s stays colonic', 'Sigmoid colon, polypectomy: tubular adenoma.', [['tubular adenoma', 'D125', 'present']]],
];

// The Tabular title of a lymphoma's fifth character 8 copied after its code ("C83.38 Diffuse large B-cell lymphoma, lymph nodes of
// multiple sites", d690's IR indication) places the lymphoma where the title says: Tabular C83.38 Diffuse large B-cell lymphoma,
// lymph nodes of multiple sites; C82.08 Follicular lymphoma grade I, lymph nodes of multiple sites. Another title keeps its own
// fifth character (C83.30 Diffuse large B-cell lymphoma, unspecified site).
const lymphomaTitles: readonly ReadingCase[] = [
  ['a DLBCL title of multiple sites', 'Dx: C83.38 Diffuse large B-cell lymphoma, lymph nodes of multiple sites.', [['Diffuse large B-cell lymphoma', 'C8338', 'present']]],
  ['a follicular lymphoma grade I title of multiple sites', 'Dx: C82.08 Follicular lymphoma grade I, lymph nodes of multiple sites', [['Follicular lymphoma', 'C8208', 'present']]],
  ['a DLBCL title of an unspecified site', 'Dx: C83.30 Diffuse large B-cell lymphoma, unspecified site.', [['Diffuse large B-cell lymphoma', 'C8330', 'present']]],
];

// A rule-out opening its own clause after a history lead ("Hx of cirrhosis, r/o HCC", "Prior bx 2023 \"spongiotic dermatitis,
// cannot rule out early MF\"") is the mention's: Guidelines II.H (rule out: uncertain) and ConText's nearer trigger; the history
// lead names the condition before it (d657, d689's wording). Tabular C22.0 Liver cell carcinoma; C84.00 Mycosis fungoides,
// unspecified site. A hedged spread of an old cancer keeps the cancer's history (d661: Z85.828 Personal history of other malignant
// neoplasm of skin).
const hedgeAfterHistory: readonly ReadingCase[] = [
  ['a rule-out after a history lead and a comma', 'Hx of cirrhosis, r/o HCC.', [['HCC', 'C220', 'uncertain']]],
  ['a rule-out after a history lead and a dash', 'Pt has (hx of heavy EtOH - r/o HCC).', [['HCC', 'C220', 'uncertain']]],
  ['a doubt in a prior biopsy\'s quoted result', 'Patches buttocks. Prior bx 2023 (outside) "spongiotic dermatitis, cannot rule out early MF".\nPlease eval for mycosis fungoides.',
    [['MF', 'C8400', 'uncertain'], ['mycosis fungoides', 'C8400', 'uncertain']]],
  ['a history lead with no hedge keeps its history', 'Hx of breast cancer, s/p lumpectomy 2015.', [['breast cancer', 'Z853', 'history']]],
];

// A pathology report names the involved node's region in a parenthesis right after the finding, with no node word of its own
// ("Lymph nodes: 1/19 involved by metastatic prostatic adenocarcinoma (R external iliac, 4 mm deposit)", d698's addendum): table:
// lymph gland / iliac and obturator / Malignant Secondary C77.5 (Tabular C77.5 Secondary and unspecified malignant neoplasm of
// intrapelvic lymph nodes). A parenthesis naming no region leaves site NEC (C77.9).
const bracketedNodeRegions: readonly ReadingCase[] = [
  ['an external iliac region in the parenthesis', 'Lymph nodes: 1/19 involved by metastatic prostatic adenocarcinoma (R external iliac, 4 mm deposit); remaining 18 negative.',
    [['metastatic prostatic adenocarcinoma', 'C775', 'present'], ['prostatic adenocarcinoma', 'C61', 'present']]],
  ['an obturator region in the parenthesis', 'Lymph nodes: 2/14 positive for metastatic carcinoma (L obturator).',
    [['Lymph nodes: 2/14 positive for metastatic carcinoma', 'C775', 'present']]],
  ['a parenthesis naming no region', 'Lymph nodes: 1/12 positive for metastatic carcinoma (4 mm deposit).',
    [['Lymph nodes: 1/12 positive for metastatic carcinoma', 'C779', 'present']]],
];

describe('narrative reader: surgical notes, round 17 second pass', () => {
  describe('paratracheal nodes of a neck-draining cancer', () => checkReadings(centralNeckNodes));
  describe('a distance\'s landmark is not the lesion\'s site', () => checkReadings(distanceLandmarks));
  describe('a polyp adenoma under another digestive organ\'s label', () => checkReadings(polypAdenomaOrgans));
  describe('a lymphoma\'s copied title of multiple sites', () => checkReadings(lymphomaTitles));
  describe('a hedge opening its own clause after a history lead', () => checkReadings(hedgeAfterHistory));
  describe('a node region in the parenthesis after the finding', () => checkReadings(bracketedNodeRegions));
});
