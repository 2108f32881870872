import { checkReadings } from './readingCases';

/**
 * The assertion causes of round 12 (the blind dev batches d443–d482: procedure notes, CDI queries, problem-list exports,
 * survivorship, genetics), each in wordings of its own, not the notes' sentences. Expected codes are checked in the FY2027
 * code list (icd10cm-codes-2027); the assertions follow ANNOTATION.md's conventions and the guidelines (I.C.2.d for history).
 */

describe('narrative assertion round 12: a disease never treated is current', () => {
  checkReadings([
    // C91.10 "Chronic lymphocytic leukemia of B-cell type not having achieved remission": watch and wait is current disease
    // (ANNOTATION.md, "An untreated CLL … is present"), so the dated "dx 2018" and the word "treated" make no history.
    ['a dated CLL never treated in a past history list', 'PMH:\n- CLL dx 2018, Rai 0, never treated, followed by heme q6mo\n- HTN', [['CLL', 'C9110', 'present']]],
    ['"has never been treated for"', 'He has never been treated for his CLL, diagnosed 2016.', [['CLL', 'C9110', 'present']]],
    // C82.90 "Follicular lymphoma, unspecified, unspecified site": not treated so far.
    ['"not yet treated" after a dated diagnosis', 'PMH:\n- Follicular lymphoma dx 2021, not yet treated, on observation.', [['Follicular lymphoma', 'C8290', 'present']]],
    // Z85.46 "Personal history of malignant neoplasm of prostate": the cue is its own list item's, so the next item's
    // completed course stays history.
    [
      'the cue stays in its own item',
      'PMH:\n- CLL dx 2015, never required treatment\n- prostate ca s/p RT 2012, PSA undetectable',
      [['CLL', 'C9110', 'present'], ['prostate ca', 'Z8546', 'history']],
    ],
  ]);
});

describe('narrative assertion round 12: a skin check for a cancer not known to be there', () => {
  checkReadings([
    // C44.90 "Unspecified malignant neoplasm of skin, unspecified" (ANNOTATION.md: a site-less "skin cancer" is C44.90):
    // a check for it is a screening, hypothetical.
    ['"annual skin exam for skin cancer"', 'Plan: annual skin exam for skin cancer in the prior RT field.', [['skin cancer', 'C4490', 'hypothetical']]],
    // C43.9 "Malignant melanoma of skin, unspecified".
    ['"skin checks for melanoma"', 'Continue q6 month skin checks for melanoma given many atypical moles.', [['melanoma', 'C439', 'hypothetical']]],
  ]);
});

describe('narrative assertion round 12: a cancer diagnosis denied is a personal history denied', () => {
  checkReadings([
    // Z85.9 "Personal history of malignant neoplasm, unspecified", negated (ANNOTATION.md: a denied site-less personal
    // history of cancer is Z85.9 negated): no cancer was ever diagnosed.
    ['"no known cancer dx"', '64M, active smoker, no known cancer dx, p/w facial fullness.', [['cancer', 'Z859', 'negated']]],
    ['"no prior cancer diagnosis"', 'No prior cancer diagnosis.', [['cancer', 'Z859', 'negated']]],
  ]);
});

describe('narrative assertion round 12: a diagnosis on the differential', () => {
  checkReadings([
    // C85.90 "Non-Hodgkin lymphoma, unspecified, unspecified site": weighed, not made (Guidelines II.H: uncertain).
    ['"lymphoma on ddx"', 'Steroids held until tissue is obtained (lymphoma on ddx).', [['lymphoma', 'C8590', 'uncertain']]],
    // C43.9 "Malignant melanoma of skin, unspecified".
    ['"melanoma in differential"', 'Pigmented lesion of the back; melanoma in differential.', [['melanoma', 'C439', 'uncertain']]],
  ]);
});

describe('narrative assertion round 12: a quoted question-mark hedge', () => {
  checkReadings([
    // C79.31 "Secondary malignant neoplasm of brain": a CDI query's indicator quotes the note's hedge ("?mets"), which stays
    // uncertain (Guidelines II.H) inside its quotation marks.
    ['"?mets to brain" in quotes', 'Progress note 11/29 documents "?mets to brain" after the MRI.', [['mets to brain', 'C7931', 'uncertain']]],
    ['a curly quotation mark', 'H&P lists \u201c?brain mets\u201d only.', [['brain mets', 'C7931', 'uncertain']]],
  ]);
});

describe('narrative assertion round 12: "none" of the lesions changed', () => {
  checkReadings([
    // D22.5 "Melanocytic nevi of trunk" (Index: Nevus, skin, back; the back is trunk): "none changing" says how the nevi
    // behaved; they are there (present).
    ['"several nevi, none changing"', 'Back: three seborrheic keratoses and several nevi, none changing since 2024.', [['nevi', 'D225', 'present']]],
    // D18.03 "Hemangioma of intra-abdominal structures" (the liver).
    ['"two liver hemangiomas, none enlarging"', 'MRI: two liver hemangiomas, none enlarging.', [['liver hemangiomas', 'D1803', 'present']]],
  ]);
});

describe('narrative assertion round 12: a denial taken back to a doubt', () => {
  checkReadings([
    // C20 "Malignant neoplasm of rectum": "not identified …, but cannot be excluded" leaves the diagnosis possible
    // (Guidelines II.H: uncertain), not denied.
    ['"not identified …, but cannot be excluded"', 'Rectal adenocarcinoma not identified in these superficial biopsies, but cannot be excluded.', [['Rectal adenocarcinoma', 'C20', 'uncertain']]],
    ['"No definite …, but cannot be ruled out"', 'No definite carcinoma of the rectum, but cannot be ruled out.', [['carcinoma of the rectum', 'C20', 'uncertain']]],
    // C79.31 "Secondary malignant neoplasm of brain": a doubt about other lesions, not the denial's own object, keeps it denied.
    ['a doubt about something else keeps the denial', 'No brain metastases, but small lesions cannot be excluded on CT.', [['brain metastases', 'C7931', 'negated']]],
  ]);
});

describe('narrative assertion round 12: "now w/" is "now with"', () => {
  checkReadings([
    // C22.0 "Liver cell carcinoma": a history lead whose sentence goes on to the disease found now is current disease
    // (Guideline I.C.2.d), as "now with" already reads.
    ['"hx of HCC …, now w/ new lesion"', 'Hx of HCC s/p MWA 2023, now w/ new 3.6 cm lesion in segment 7.', [['HCC', 'C220', 'present']]],
  ]);
});

describe('narrative assertion round 12: a relative\'s carcinoid of a named organ', () => {
  checkReadings([
    // Z80.0 "Family history of malignant neoplasm of digestive organs": the appendix is a digestive organ (Tabular C7A.020
    // Malignant carcinoid tumor of the appendix sits with the large intestine).
    ['a carcinoid of the appendix in a relative', 'FHx: sister - carcinoid of appendix at 35.', [['carcinoid of appendix', 'Z800', 'family']]],
    // Z80.1 "Family history of malignant neoplasm of trachea, bronchus and lung" (C7A.090 bronchus and lung).
    ['a carcinoid of the lung in a relative', 'Family history: father had a carcinoid tumor of the lung.', [['carcinoid tumor of the lung', 'Z801', 'family']]],
    // Z80.9 "Family history of malignant neoplasm, unspecified" when no organ is written.
    ['a carcinoid of no organ stays Z80.9', 'FHx: mother with a carcinoid tumor.', [['carcinoid tumor', 'Z809', 'family']]],
  ]);
});

describe('narrative assertion round 12: a relative\'s benign neoplasm is no family history of cancer', () => {
  checkReadings([
    // Z80.- titles are "Family history of primary malignant neoplasm"; a relative's benign tumour (Table: pituitary gland /
    // Benign D35.2; Index: Fibroid (uterus) D25.9) has no family-history code and is no mention (ANNOTATION.md, "What is a
    // mention": a family history of cancer).
    ['a relative\'s pituitary adenoma', 'Family history: sister with a pituitary adenoma.', []],
    ['a relative\'s fibroids', 'FHx: mother had uterine fibroids.', []],
    // A relative's "brain tumor" of unstated behaviour stays Z80.8 (ANNOTATION.md, Settled: the only Z80 code for the brain);
    // one the text calls benign is no mention (ANNOTATION.md: a mother's "benign brain tumor (meningioma)", d470 mended).
    ['a brain tumour named benign', 'FHx: Mother - benign brain tumor (meningioma), alive at 80.', []],
    ['a brain tumour of unstated behaviour', 'FHx: Mother - brain tumor, alive at 80.', [['brain tumor', 'Z808', 'family']]],
  ]);
});

describe('narrative assertion round 12: a denied site-less metastasis after other denied items', () => {
  checkReadings([
    // C79.9 "Secondary malignant neoplasm of unspecified site", negated (ANNOTATION.md: a denied site-less "metastatic
    // disease" is C79.9): the lymphadenopathy denied before it is another item, not the metastasis's site.
    ['"no LAD, no mets"', 'Restaging CT: no residual mass, no LAD, no mets.', [['mets', 'C799', 'negated']]],
    ['"without adenopathy, without metastases"', 'CT chest without adenopathy, without metastases.', [['metastases', 'C799', 'negated']]],
  ]);
});

describe('narrative assertion round 12: a denial nearer than a hedge', () => {
  checkReadings([
    // C79.9 "Secondary malignant neoplasm of unspecified site", negated: the hedge names another finding, and the denial
    // between it and the metastasis ends its scope (ConText: the nearer trigger wins), so the metastasis is denied, not
    // doubted.
    ['"c/w emphysema, w/o mets"', 'Chest CT c/w emphysema, w/o mets.', [['mets', 'C799', 'negated']]],
    ['"possible pneumonia, w/o metastases"', 'CT: possible pneumonia, w/o metastases.', [['metastases', 'C799', 'negated']]],
  ]);
});

describe('narrative assertion round 12: a site listed before its cancer takes the cue after the cancer', () => {
  checkReadings([
    // ANNOTATION.md, "Coordinated sites are one entry per site … each keeps the assertion of the phrase": the screening
    // after "duodenal cancer" is also the stomach's (C16.9 "Malignant neoplasm of stomach, unspecified"; C17.0 "… duodenum").
    ['"gastric/duodenal cancer screening"', 'EGD q3y for gastric/duodenal cancer screening.', [['gastric', 'C169', 'hypothetical'], ['duodenal cancer', 'C170', 'hypothetical']]],
    // C18.9 "Malignant neoplasm of colon, unspecified"; C54.1 "Malignant neoplasm of endometrium".
    ['"Colon and endometrial cancer screening"', 'Colon and endometrial cancer screening per Lynch guidelines.', [['Colon', 'C189', 'hypothetical'], ['endometrial cancer', 'C541', 'hypothetical']]],
  ]);
});
