import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Recall round 19 (issue 12): present and history mentions the reader missed entirely. Codes checked against the FY2027 code
 * titles (/work/shared/codesets): C15.5 Malignant neoplasm of lower third of esophagus; C90.00 Multiple myeloma not having achieved remission; C43.59 Malignant melanoma of other part of trunk; C77.3 Secondary and unspecified malignant neoplasm of axilla and upper limb lymph nodes; C77.0 Secondary and unspecified malignant neoplasm of lymph nodes of head, face and neck; C79.52 Secondary malignant neoplasm of bone marrow; D35.02 Benign neoplasm of left adrenal gland; C25.0 Malignant neoplasm of head of pancreas; Z85.850 Personal history of malignant neoplasm
 * of thyroid; C73 Malignant neoplasm of thyroid gland; C34.11 Malignant neoplasm of upper lobe, right bronchus or lung; Z85.038
 * Personal history of other malignant neoplasm of large intestine.
 */

// A tissue result written with no site is the pathology of the encounter's cancer (restatedCarcinoma.ts; Index: Carcinoma — see
// also Neoplasm, by site, malignant). A cancer of another organ the note writes as past ("hx of papillary thyroid carcinoma s/p total
// thyroidectomy 2008, no recurrence") is a history (Guideline I.C.2.d, Z85) and no candidate organ for it: d147, d338 ("brushings:
// adenocarcinoma" of a Klatskin tumour beside a past cancer of another organ). Two current organs still leave the result unplaced,
// and a result written inside the past history stays that history's, unplaced.
const pastPrimarySetAside: readonly ReadingCase[] = [
  ['a site-less biopsy result is the current pancreatic cancer beside a past thyroid cancer',
    'Dx: pancreatic head adenocarcinoma.\nPMH: HTN, hx of papillary thyroid carcinoma s/p total thyroidectomy 2008, no recurrence.\nEUS-FNB: adenocarcinoma, moderately differentiated.',
    [['pancreatic head adenocarcinoma', 'C250', 'present'], ['thyroid carcinoma', 'Z85850', 'history'], ['adenocarcinoma', 'C250', 'present']]],
  ['two current cancers leave a site-less biopsy result unplaced',
    'Dx: pancreatic head adenocarcinoma; papillary thyroid carcinoma on levothyroxine.\nEUS-FNB: adenocarcinoma, moderately differentiated.',
    [['pancreatic head adenocarcinoma', 'C250', 'present'], ['thyroid carcinoma', 'C73', 'present']]],
  ['a result inside the past history is not placed at the current cancer',
    'A/P: RUL adenocarcinoma.\nPMH:\n- hx of sigmoid colon cancer, resected 2015. Path: adenocarcinoma, pT2N0. NED.',
    [['RUL adenocarcinoma', 'C3411', 'present'], ['sigmoid colon cancer', 'Z85038', 'history']]],
];

// A pathologist's review of the slides labels a tissue result ("path reviewed here: invasive adenocarcinoma", "EUS-FNB slides
// reviewed - moderately differentiated adenocarcinoma", "FNB cell block reviewed - … ductal adenocarcinoma"): the site-less
// result restates the encounter's one cancer (ANNOTATION.md, "A cytology or tissue result"; Index: Carcinoma — see also Neoplasm,
// by site, malignant; C15.5 Malignant neoplasm of lower third of esophagus), never the nodule of the report before it. Dev notes
// d147, d343, d445, d626. An image's review labels no tissue result.
const slideReview: readonly ReadingCase[] = [
  ['a result after "path reviewed here:" restates the esophageal cancer',
    'Dx: distal esophageal adenocarcinoma.\nEGD bx 11/5, path reviewed here: invasive adenocarcinoma, mod diff.',
    [['distal esophageal adenocarcinoma', 'C155', 'present'], ['adenocarcinoma', 'C155', 'present']]],
  ['a result after "slides reviewed -" restates the pancreatic cancer, not the adrenal nodule before it',
    'Dx: pancreatic head adenocarcinoma.\nIncidental 1.4 cm L adrenal nodule, c/w adenoma.\n\nPathology Review:\nEUS-FNB slides reviewed - moderately differentiated adenocarcinoma. MMR proficient.',
    [['pancreatic head adenocarcinoma', 'C250', 'present'], ['adenoma', 'D3502', 'uncertain'], ['adenocarcinoma', 'C250', 'present']]],
  ['a result after "cell block reviewed -" with modifiers restates the pancreatic cancer',
    'Dx: pancreatic head adenocarcinoma.\nFNB cell block reviewed - well to moderately differentiated ductal adenocarcinoma.',
    [['pancreatic head adenocarcinoma', 'C250', 'present'], ['adenocarcinoma', 'C250', 'present']]],
  ['an image reviewed labels no tissue result',
    'Dx: pancreatic head adenocarcinoma.\nCT reviewed here: adenocarcinoma.',
    [['pancreatic head adenocarcinoma', 'C250', 'present']]],
];

// A specimen label labels every list item below it (siteContext.ts); a semicolon splits an item's clauses but not the item, so
// the items after one ("- Margins negative; closest 2 mm.", "- Tumor is confined to the kidney; no perinephric fat invasion
// identified.") keep the label for the items below them (d267, d551, d562, d748). Table: breast / Benign D24.2 (Index: Papilloma,
// intraductal — see Neoplasm, breast, benign; D24.2 Benign neoplasm of left breast). A karyotype's semicolon ("t(4;14)") splits no
// clause, and the label reaches no item past it (d129).
const semicolonItems: readonly ReadingCase[] = [
  ['a benign finding below an item split by a semicolon keeps the specimen label',
    'A. BREAST, LEFT, LUMPECTOMY:\n  - Invasive ductal carcinoma, grade 2; 1.4 cm.\n  - Margins negative; closest 2 mm.\n  - Intraductal papilloma, separate.',
    [['ductal carcinoma', 'null', 'present'], ['Intraductal papilloma', 'D242', 'present']]],
  ['a karyotype semicolon chains no item to the label',
    'BONE MARROW, RIGHT POSTERIOR ILIAC CREST, BIOPSY:\n- PLASMA CELL MYELOMA.\n- HIGH-RISK CYTOGENETICS: t(4;14) AND GAIN OF 1q.\n- NO EVIDENCE OF OTHER HEMATOLYMPHOID NEOPLASM.',
    [['PLASMA CELL MYELOMA', 'C9000', 'present']]],
];

// "Metastatic melanoma" found in a node whose primary's skin site the note documents is two entries: the node's secondary and the
// melanoma at the documented site (ANNOTATION.md round 14; Index: Melanoma, skin, trunk C43.59; table: lymph gland, axilla /
// Malignant Secondary C77.3). "Skin, left upper back" and "L upper back" are one site. With no documented site the secondary alone
// is coded, and a denied "negative for metastatic melanoma" stays one negated secondary. Dev notes d281, d296, d358, d554, d678.
const nodeMelanomaPrimary: readonly ReadingCase[] = [
  ['a node melanoma is the secondary and the documented back melanoma',
    'Melanoma L upper back, Breslow 1.3 mm. WLE + SLNB today.\nA. Skin, left upper back, WLE:\n   - Residual invasive melanoma, 0.4 mm.\nB. Sentinel lymph node #1, left axilla:\n   - Metastatic melanoma in one lymph node (1/1).\nC. Sentinel lymph node #2, left axilla:\n   - One lymph node, negative for metastatic melanoma (0/1).',
    [['Melanoma L upper back', 'C4359', 'present'], ['invasive melanoma', 'C4359', 'present'], ['Metastatic melanoma in one lymph node', 'C773', 'present'],
      ['melanoma', 'C4359', 'present'], ['lymph node, negative for metastatic', 'C773', 'negated']]],
  ['with no documented primary site a node melanoma is the secondary alone',
    'B. Sentinel lymph node #1, left axilla:\n   - Metastatic melanoma in one lymph node (1/1).',
    [['Metastatic melanoma in one lymph node', 'C773', 'present']]],
];

// "Metastatic <histology>" whose own words name the primary's organ, found in a labelled specimen of another organ, is two entries:
// the secondary there and the primary (ANNOTATION.md round 13/14: "metastatic papillary thyroid carcinoma", "metastatic clear cell
// RCC"; table: thyroid gland / Malignant Primary C73; lymph gland, neck / Malignant Secondary C77.0). A generic histology whose
// implied organ is only the likeliest one (ductal carcinoma, neuroblastoma) stays the one secondary (C77.3; bone marrow C79.52).
// Dev notes d517, d549, d699, d759.
const organNamingMetastatic: readonly ReadingCase[] = [
  ['a node label with metastatic PTC is the neck node and the thyroid',
    'B. R level III LN: positive for metastatic PTC.',
    [['metastatic PTC', 'C770', 'present'], ['PTC', 'C73', 'present']]],
  ['metastatic ductal carcinoma in a node is the node alone',
    'B. Axillary LN: metastatic ductal carcinoma.',
    [['metastatic ductal carcinoma', 'C773', 'present']]],
  ['metastatic neuroblastoma in the marrow is the marrow alone',
    'Bone marrow, bilateral aspirate: metastatic neuroblastoma.',
    [['metastatic neuroblastoma', 'C7952', 'present']]],
];

// A germ cell tumour and its parts written with no site (Index: Tumor, germ cell, mixed; Carcinoma, embryonal; Tumor, yolk sac —
// see Neoplasm, malignant, by site) are the testis's in a note documenting a testis neoplasm (C62.92 Malignant neoplasm of left
// testis, unspecified whether descended or undescended; the side from the orchiectomy), else the encounter's one cancer organ
// (C56.1 Malignant neoplasm of right ovary). Dev note d230 ("PATHOLOGY (11/03, reviewed here):\n - Mixed germ cell tumor …").
const germCellTumours: readonly ReadingCase[] = [
  ['a site-less mixed germ cell tumour and its parts are the testis cancer',
    'CC: testicular cancer, s/p L radical orchiectomy.\n\nPATHOLOGY (11/03, reviewed here):\n - Mixed germ cell tumor, 4.3 cm: embryonal carcinoma 55%, yolk sac tumor 30%.',
    [['testicular cancer', 'C6292', 'present'], ['Mixed germ cell tumor', 'C6292', 'present'], ['embryonal carcinoma', 'C6292', 'present'], ['yolk sac tumor', 'C6292', 'present']]],
  ['a site-less yolk sac tumour in an ovarian cancer note is the ovary\'s',
    'Dx: right ovarian cancer, s/p RSO.\nPathology: yolk sac tumor.',
    [['right ovarian cancer', 'C561', 'present'], ['yolk sac tumor', 'C561', 'present']]],
];

describe('narrative reader: recall round 19', () => {
  describe('a past primary of another organ set aside for a site-less tissue result', () => checkReadings(pastPrimarySetAside));
  describe('a slide review labelling a tissue result', () => checkReadings(slideReview));
  describe('a list item split by semicolons keeps its label', () => checkReadings(semicolonItems));
  describe('a node melanoma and its documented primary', () => checkReadings(nodeMelanomaPrimary));
  describe('a metastatic histology that names its organ', () => checkReadings(organNamingMetastatic));
  describe('a site-less germ cell tumour', () => checkReadings(germCellTumours));
});
