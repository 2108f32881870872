import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Recall round 20 (issue 12): present, history and family mentions the reader missed entirely. Codes checked against the
 * FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// "metastatic X cancer": X is the primary (ANNOTATION.md, "Sites and columns"); the specimen label's organ is where it spread,
// and that metastasis is the word "metastatic" (as round 15's "Metastatic papillary thyroid carcinoma" carries C77.0 on
// "Metastatic" and C73 on the rest, d749). Dev notes d421, d698, d740, d759, d801. Table: liver / Malignant Secondary C78.7
// (Tabular C78.7 Secondary malignant neoplasm of liver and intrahepatic bile duct); lung, lower lobe / Malignant Secondary C78.0-
// (C78.01 Secondary malignant neoplasm of right lung); lymph gland, iliac / Malignant Secondary C77.5; rectum and colon / Malignant
// Primary C19; prostate C61; kidney C64.-.
const metastaticWordAtLabel: readonly ReadingCase[] = [
  ['a hepatectomy\'s "metastatic colorectal adenocarcinoma" is the liver\'s metastasis from "metastatic" on',
    'Pathology:\n- Liver, right hepatectomy: metastatic colorectal adenocarcinoma, 3 nodules (2.8, 1.9, 1.1 cm), margins negative.',
    [['metastatic colorectal adenocarcinoma', 'C787', 'present'], ['colorectal adenocarcinoma', 'null', 'present']]],
  ['a lung biopsy\'s "metastatic clear cell RCC" is the lung\'s metastasis from "metastatic" on',
    'HPI: 02/2025 CT: bilateral pulmonary nodules; bx RLL: metastatic clear cell RCC. IMDC intermediate risk.',
    [['metastatic clear cell RCC', 'C7801', 'present'], ['RCC', 'null', 'present']]],
  ['nodes involved by "metastatic prostatic adenocarcinoma" are the nodes\' metastasis from "metastatic" on',
    'Addendum: Lymph nodes: 1/19 involved by metastatic prostatic adenocarcinoma (R external iliac, 4 mm deposit).',
    [['metastatic prostatic adenocarcinoma', 'C775', 'present'], ['prostatic adenocarcinoma', 'C61', 'present']]],
  ['a label-less "metastatic adenocarcinoma" keeps the label in its words',
    'Pathology:\n- Liver, right hepatectomy: metastatic adenocarcinoma, 3 nodules.',
    [['Liver, right hepatectomy: metastatic adenocarcinoma', 'C787', 'present']]],
];

// A synoptic (CAP protocol) form's title names the organ whose tumour its fields describe, whether the organ follows the word
// ("SYNOPTIC - PROSTATE GLAND: RADICAL PROSTATECTOMY (CAP 4.2.0.0)") or precedes it ("ENDOMETRIUM: HYSTERECTOMY - SYNOPTIC (CAP,
// v4.3)"), as "SYNOPTIC REPORT - THYROID GLAND" already did (ANNOTATION.md's header table: a synoptic report is Pathology, its
// fields stay in it); the title's own words name the protocol, no finding; the form's "Specimen Laterality:" gives the side.
// Dev notes d746, d704, d294 (and d516's title "SYNOPTIC (Thymic Epithelial Tumors)"). Table: prostate / Malignant Primary C61;
// endometrium / Malignant Primary C54.1; kidney / Benign D30.0- (Tabular D30.02 Benign neoplasm of left kidney; Index: Adenoma,
// papillary — see Neoplasm, benign).
const synopticTitleOrgans: readonly ReadingCase[] = [
  ['a synoptic title naming its organ after the word places the histologic type',
    'SYNOPTIC - PROSTATE GLAND: RADICAL PROSTATECTOMY (CAP 4.2.0.0)\n  Procedure ........................ Radical prostatectomy\n  Histologic Type .................. Acinar adenocarcinoma\n  Grade Group ...................... 3 (4+3=7)',
    [['adenocarcinoma', 'C61', 'present']]],
  ['a synoptic title naming its organ before the word places the histologic type',
    'ENDOMETRIUM: HYSTERECTOMY - SYNOPTIC (CAP, v4.3)\nProcedure: Total hysterectomy and bilateral salpingo-oophorectomy\nHistologic Type: Endometrioid carcinoma, NOS',
    [['carcinoma', 'C541', 'present']]],
  ['the title\'s own words are no finding, and its laterality field gives the side',
    'SYNOPTIC (CAP Kidney, Resection)\nProcedure: Partial nephrectomy\nSpecimen Laterality: Left\nPathologic Stage: pT1a pNX\n\nCOMMENT: A 0.4 cm papillary adenoma is also present in the adjacent cortex.',
    [['adenoma', 'D3002', 'present']]],
  ['"(see synoptic)" further into a line names no form', 'Diagnosis: 1. Carcinoma, 3.2 cm (see synoptic).\nHistologic Type: Adenocarcinoma', []],
];

// What follows a sample's label is its tissue diagnosis, and a site-less one restates the encounter's one cancer (ANNOTATION.md, "A
// cytology or tissue result"; round 19's restated carcinoma), also when the label names who read the sample ("Biopsy by Dr. Ibarra
// (OMFS) 10/08/26:") or is a rapid on-site evaluation's ("ROSE:", a cytology reading). Dev notes d791, d688. Table: tongue /
// Malignant Primary C02.9 (Tabular C02.9 Malignant neoplasm of tongue, unspecified); lung, upper lobe / Malignant Primary C34.1-
// (C34.11 Malignant neoplasm of upper lobe, right bronchus or lung). An image's reading by a named radiologist is no tissue label.
const attributedLabels: readonly ReadingCase[] = [
  ['a biopsy label naming its reader labels the site-less result',
    'Dx: R tongue cancer.\nBiopsy by Dr. Ibarra (OMFS) 10/08/26: invasive keratinizing SCC, DOI at least 4 mm.',
    [['R tongue cancer', 'C029', 'present'], ['SCC', 'C029', 'present']]],
  ['a biopsy label with its reader in parentheses labels the site-less result',
    'Dx: R tongue cancer.\nBiopsy (Dr. Ibarra) 10/08/26: invasive keratinizing SCC.',
    [['R tongue cancer', 'C029', 'present'], ['SCC', 'C029', 'present']]],
  ['a rapid on-site evaluation labels the site-less result',
    'Dx: RUL lung cancer.\nROSE: squamous\ncell carcinoma.',
    [['RUL lung cancer', 'C3411', 'present'], ['squamous\ncell carcinoma', 'C3411', 'present']]],
  ['a CT read by a named radiologist labels no tissue result',
    'Dx: R tongue cancer.\nCT neck read by Dr. Ibarra 10/08/26: SCC.',
    [['R tongue cancer', 'C029', 'present']]],
];

// A cancer written after "PMH"/"PMHx" in its sentence, or stated cleared after it ("NED", "cured"), is the patient's past cancer
// (Guideline I.C.2.d; ANNOTATION.md, "Codes by assertion": no evidence of disease after treatment is history), so it is no second
// current organ when a site-less tissue result restates the encounter's cancer (round 19's past primaries). Dev notes d111 ("s/p L
// partial nephrectomy 2017 for a 2.8 cm clear cell RCC, NED on annual imaging"), d748 ("PMHx R breast ca 2012"). Table: pancreas,
// head / Malignant Primary C25.0; Z85.528 Personal history of other malignant neoplasm of kidney. A second cancer under treatment
// still leaves the result unplaced.
const pastByLeadOrCourse: readonly ReadingCase[] = [
  ['a cancer after "PMHx" is past: the biopsy result is the current pancreatic cancer',
    'Dx: pancreatic head adenocarcinoma.\nPMHx R breast ca 2012 (lumpectomy, XRT, tamoxifen x5y). HTN.\nEUS-FNB: adenocarcinoma, moderately differentiated.',
    [['pancreatic head adenocarcinoma', 'C250', 'present'], ['R breast ca', 'null', 'present'], ['adenocarcinoma', 'C250', 'present']]],
  ['a cancer stated cured is past: the biopsy result is the current pancreatic cancer',
    'Dx: pancreatic head adenocarcinoma.\nL RCC 2017 treated with partial nephrectomy, cured.\nEUS-FNB: adenocarcinoma, moderately differentiated.',
    [['pancreatic head adenocarcinoma', 'C250', 'present'], ['RCC', 'Z85528', 'history'], ['adenocarcinoma', 'C250', 'present']]],
  ['a second cancer under treatment leaves the biopsy result unplaced',
    'Dx: pancreatic head adenocarcinoma.\nAlso L clear cell RCC on pazopanib, stable on annual imaging.\nEUS-FNB: adenocarcinoma, moderately differentiated.',
    [['pancreatic head adenocarcinoma', 'C250', 'present'], ['RCC', 'C642', 'present']]],
];

// A bare "cancer" after a definite or possessive word is the patient's own documented cancer restated (ANNOTATION.md: every
// occurrence is its own mention; "the side and sub-site rule": a restatement takes the documented site), where the sentence does
// not go on to a site or a spread (those words are the site's: "the cancer may have spread to his liver") and the word does not
// modify a noun ("her cancer risk"). Dev notes d401, d721, d375. Table: pancreas, head / Malignant Primary C25.0 (Tabular C25.0
// Malignant neoplasm of head of pancreas); Index: Carcinoma, hepatocellular C22.0 (Tabular C22.0 Liver cell carcinoma).
const possessedCancers: readonly ReadingCase[] = [
  ['"the cancer" in a goals-of-care talk is the documented pancreatic cancer',
    'A/P: Metastatic pancreatic head adenocarcinoma.\nGoals of Care: Pt understands the cancer is "everywhere now".',
    [['pancreatic head adenocarcinoma', 'C250', 'present'], ['cancer', 'C250', 'present']]],
  ['"his cancer" is the documented liver cancer',
    'A/P: HCC, segment 7.\nPt asked whether the pain is from his cancer.',
    [['HCC, segment 7', 'C220', 'present'], ['cancer', 'C220', 'present']]],
  ['"the cancer" whose sentence names where it may have spread is no restatement of its own',
    'A/P: Metastatic pancreatic head adenocarcinoma.\nHe understands the cancer may have spread further.',
    [['pancreatic head adenocarcinoma', 'C250', 'present']]],
  ['"her cancer risk" names no diagnosis',
    'A/P: HCC, segment 7.\nPlan: discussed her cancer risk; the cancer center will call.',
    [['HCC, segment 7', 'C220', 'present']]],
];

// A site-less histology that its sentence goes on to call an organ's primary, set off by a comma or a conclusion word ("EUS-FNB:
// adenocarcinoma, c/w pancreatic primary", "NSCLC (adenocarcinoma, LLL primary, …)"), keeps its own entry at that organ beside
// the "<organ> primary" one (ANNOTATION.md round 19, the restated site: "set off by a comma or parenthesis, the histology keeps
// its own entry at that organ"). Dev notes d626, d496, d260, d251. Table: pancreas / Malignant Primary C25.9; lung, lower lobe /
// Malignant Primary C34.3- (C34.32 Malignant neoplasm of lower lobe, left bronchus or lung); ovary / Malignant Primary C56.-
// (C56.1 Malignant neoplasm of right ovary). A node after the comma names no primary.
const concludedPrimaries: readonly ReadingCase[] = [
  ['a biopsy result "c/w pancreatic primary" is the pancreas\'s',
    'HPI: EUS-FNB 10/28: adenocarcinoma, c/w pancreatic primary.',
    [['adenocarcinoma', 'C259', 'present'], ['pancreatic primary', 'C259', 'present']]],
  ['a histology and its primary set off by commas in a parenthesis are one organ\'s',
    'Clinical history: Stage IV NSCLC (adenocarcinoma, LLL primary, EGFR exon 19 del) on osimertinib.',
    [['NSCLC', 'C3432', 'present'], ['adenocarcinoma', 'C3432', 'present'], ['LLL primary', 'C3432', 'present']]],
  ['a type abbreviation before its side\'s ovary primary is that ovary\'s',
    'HPI: 2022-04 Dx lap: HGSC, R ovary primary, omental mets.',
    [['HGSC', 'C561', 'present'], ['R ovary primary', 'C561', 'present'], ['omental mets', 'C786', 'present']]],
  ['a positive node after the comma names no primary', 'HPI: EUS-FNB 10/28: adenocarcinoma, R axillary node positive.', []],
];

// Index: Ameloblastoma — see also Neoplasm, bone, benign; the jaw's row: table: mandible / Benign D16.5- (Tabular D16.5 Benign
// neoplasm of lower jaw bone); resected with no recurrence, a history: Z86.018 Personal history of other benign neoplasm
// (Guideline I.C.2.d; ANNOTATION.md, "Codes by assertion"). Dev note d215.
const ameloblastomas: readonly ReadingCase[] = [
  ['a resected ameloblastoma of the mandible with no recurrence is a benign history',
    'PMH: HTN. Ameloblastoma L mandible, resected w/ fibula free flap 2004 - followed by OMFS, no recurrence.',
    [['Ameloblastoma L mandible', 'Z86018', 'history']]],
  ['an ameloblastoma of the mandible is the jaw bone\'s benign neoplasm', 'A/P: Ameloblastoma L mandible.', [['Ameloblastoma L mandible', 'D165', 'present']]],
];

describe('narrative reader: recall round 20', () => {
  describe('"metastatic" of a labelled specimen names the metastasis', () => checkReadings(metastaticWordAtLabel));
  describe('a synoptic title names its form\'s organ', () => checkReadings(synopticTitleOrgans));
  describe('a tissue label naming its reader, and ROSE', () => checkReadings(attributedLabels));
  describe('a past cancer by its lead or its cleared course', () => checkReadings(pastByLeadOrCourse));
  describe('the patient\'s cancer named by a determiner', () => checkReadings(possessedCancers));
  describe('a histology its sentence calls an organ\'s primary', () => checkReadings(concludedPrimaries));
  describe('an ameloblastoma', () => checkReadings(ameloblastomas));
});
