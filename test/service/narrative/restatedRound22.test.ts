import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 22 (issue 12), tuner G: a site-less cancer word that restates the note's one cancer. Codes checked against the FY2027
 * code titles (/work/shared/codesets/icd10cm-2027/icd10cm-codes-2027.derived.txt) and the Table of Neoplasms.
 */

// ANNOTATION.md, "Side and sub-site documented elsewhere in the note", and Index: Carcinoma — see also Neoplasm, by site,
// malignant: a typed carcinoma a clinician restates with no site outside a pathology report ("bx adenocarcinoma moderately
// differentiated" under "Dx: Rectal adenocarcinoma"; "Cone … showed invasive squamous cell carcinoma" of a cervical cancer;
// "9/12 cores adenoca"; "Her HGSC") is the encounter's one cancer (dev notes d848, d536, d586, d642, d147, d229). Tabular C20
// Malignant neoplasm of rectum; C53.9 Malignant neoplasm of cervix uteri, unspecified; C61 Malignant neoplasm of prostate; C56.1
// Malignant neoplasm of right ovary. With current cancers of two organs the restatement stays unread.
const restatedClinicalCarcinomas: readonly ReadingCase[] = [
  ['a biopsy\'s adenocarcinoma restates the rectal cancer (d848)', 'Dx: Rectal adenocarcinoma, cT3c N1b M0. Colonoscopy 3/2026: friable mass, bx adenocarcinoma moderately differentiated.',
    [['Rectal adenocarcinoma', 'C20', 'present'], ['adenocarcinoma', 'C20', 'present']]],
  ['a cone\'s squamous cell carcinoma restates the cervical cancer (d536)', 'Cervical cancer, FIGO IB1. Cone 10/2026 showed invasive squamous cell carcinoma, 6 mm depth.',
    [['Cervical cancer', 'C539', 'present'], ['squamous cell carcinoma', 'C539', 'present']]],
  ['"adenoCA" restates the prostate cancer (d586)', 'Prostate cancer, Gleason 4+4, on ADT. 2021 bx 9/12 cores adenoca.',
    [['Prostate cancer', 'C61', 'present'], ['adenoca', 'C61', 'present']]],
  ['"HGSC" restates the right ovarian cancer (d642)', 'R ovarian cancer, stage IIIC. CA-125 rising. Her HGSC was platinum-sensitive.',
    [['R ovarian cancer', 'C561', 'present'], ['HGSC', 'C561', 'present']]],
  ['a type in the parenthesis stays one mention', 'EGFR+ lung adenocarcinoma of the LLL. 4. Metastatic NSCLC (adenocarcinoma), EGFR+.',
    [['lung adenocarcinoma of the LLL', 'C3432', 'present'], ['NSCLC', 'C3432', 'present']]],
  ['current cancers of two organs leave it unread', 'Rectal adenocarcinoma and synchronous gastric adenocarcinoma. Bx: poorly differentiated adenocarcinoma on review.',
    [['Rectal adenocarcinoma', 'C20', 'present'], ['gastric adenocarcinoma', 'C169', 'present']]],
];

// What a clinician's site-less carcinoma may name besides the known cancer, each left unread as before: an image's weighing (a
// "Radiology:" section, a sentence naming the study: the guards of recallRound19 and reportsRound20), a new cancer (ANNOTATION.md,
// "A qualified primary names a new cancer and is a mention"; d140 "to exclude multicentric carcinoma"), a carcinoma of unknown
// primary (C80.1, its own code), and a condition's hypothetical carcinoma, which takes no site from elsewhere (ANNOTATION.md, "A
// sub-site documented anywhere in one document applies to its restatements": hypothetical mentions take none; d848 "If intra-op
// frozen of the distal donut shows carcinoma will resect further": C80.1, below). A study that guides the sample is no image's weighing.
const carcinomasNotRestated: readonly ReadingCase[] = [
  ['an imaging section\'s carcinoma is no restatement', 'Hx: LUL adenocarcinoma.\n\nRadiology:\nSpiculated mass, favors adenocarcinoma.',
    [['LUL adenocarcinoma', 'C3412', 'present']]],
  ['a sentence naming the study weighs the image', 'Dx: pancreatic head adenocarcinoma.\nCT today: appearance of adenocarcinoma.',
    [['pancreatic head adenocarcinoma', 'C250', 'present']]],
  ['a study guiding the biopsy leaves the tissue result', 'Dx: pancreatic head adenocarcinoma.\nCT guided core bx: adenocarcinoma.',
    [['pancreatic head adenocarcinoma', 'C250', 'present'], ['adenocarcinoma', 'C250', 'present']]],
  ['a multicentric carcinoma is a new cancer (d140)', '44F with L breast invasive lobular carcinoma. Biopsy recommended to exclude multicentric carcinoma.',
    [['L breast invasive lobular carcinoma', 'C50912', 'present']]],
  ['a conditional carcinoma takes no site from the cancer (d848)', 'Dx: Rectal adenocarcinoma. If the frozen section of the donut shows carcinoma will resect further.',
    [['Rectal adenocarcinoma', 'C20', 'present'], ['carcinoma', 'C801', 'hypothetical']]],
];

// ANNOTATION.md, "Tumor" of a proven cancer: a site-less "tumor" restating the patient's tumour takes the one cancer's code where
// no neoplasm of another organ but a benign or in-situ one is written. A neoplasm the Index codes by its morphology as benign
// ("liver hemangioma": Tabular D18.03 Hemangioma of intra-abdominal structures) is such a benign one, as a Table benign one is
// (dev d848: "The seg 4b liver hemangioma" beside a rectal cancer's "residual tumor on bx"; Tabular C20). A cancer of another
// organ still holds the tumour back.
const tumoursBesideBenignMorphology: readonly ReadingCase[] = [
  ['a liver hemangioma does not hold back the rectal cancer\'s tumour (d848)', 'Dx: Rectal adenocarcinoma. Liver hemangioma. Residual tumor on bx.',
    [['Rectal adenocarcinoma', 'C20', 'present'], ['Liver hemangioma', 'D1803', 'present'], ['tumor', 'C20', 'present']]],
  ['a cancer of another organ still holds it back', 'Dx: Rectal adenocarcinoma. Hepatocellular carcinoma of the liver. Residual tumor on bx.',
    [['Rectal adenocarcinoma', 'C20', 'present'], ['Hepatocellular carcinoma of the liver', 'C220', 'present']]],
];

// ANNOTATION.md round 17, "A conditional plan's diagnosis is coded as written, with no site from the lesion it is planned for":
// a carcinoma an "if" clause waits for is the Table's unknown site / Malignant Primary (Tabular C80.1 Malignant (primary)
// neoplasm, unspecified), and the test may name the intra-operative specimen's part ("If intra-op frozen of the distal donut
// shows carcinoma", dev d848). That unknown site is no organ: it does not make the note's cancers two, so the encounter's one
// cancer is still restated (a rectal cancer's "Residual tumor" C20, d848; a tongue cancer's outside biopsy "invasive squamous cell
// carcinoma" beside "if frozen margins show carcinoma", Tabular C02.1 Malignant neoplasm of border of tongue, d854). A risk of
// progression to a carcinoma is hypothetical too and restates nothing (d888).
const conditionalCarcinomas: readonly ReadingCase[] = [
  ['the donut\'s frozen section is the condition\'s test (d848)', 'Dx: Rectal adenocarcinoma. If intra-op frozen of the distal donut shows carcinoma will resect further. Residual tumor on bx.',
    [['Rectal adenocarcinoma', 'C20', 'present'], ['carcinoma', 'C801', 'hypothetical'], ['tumor', 'C20', 'present']]],
  ['a conditional carcinoma at the unknown site leaves the one cancer restated (d854)',
    'Dx: SCC of the L lateral tongue.\n- if frozen margins show carcinoma will re-resect at the same sitting\nOutside biopsy 11/14 invasive squamous cell carcinoma, DOI 6 mm.',
    [['SCC of the L lateral tongue', 'C021', 'present'], ['carcinoma', 'C801', 'hypothetical'], ['squamous cell carcinoma', 'C021', 'present']]],
  ['a risk of progression to a carcinoma restates nothing (d888)', 'Dx: Rectal adenocarcinoma. He understands his risk of progression to adenocarcinoma.',
    [['Rectal adenocarcinoma', 'C20', 'present']]],
];

describe('narrative restatements round 22', () => {
  describe('a conditional carcinoma at the unknown site', () => checkReadings(conditionalCarcinomas));
  describe('a "tumor" beside a benign neoplasm coded by its morphology', () => checkReadings(tumoursBesideBenignMorphology));
  describe('a typed carcinoma restated outside a report', () => checkReadings(restatedClinicalCarcinomas));
  describe('a clinician\'s carcinoma that restates no known cancer', () => checkReadings(carcinomasNotRestated));
});
