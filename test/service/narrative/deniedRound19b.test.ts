import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 19, second pass (issue 12): uncertain mentions the reader missed, read by cause. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets/icd10cm-2027) and
 * the Table of Neoplasms (FY2025).
 */

// ANNOTATION.md, settled in round 14: "A patient's or relative's own worry or question about the patient's cancer is
// `uncertain`" ("scared my cancer is coming back", "could the cancer be back?"), also when put as a question. A return
// presupposes the cancer the encounter documents, so a site-less "the cancer" whose return the words state restates that cancer
// (d718 "She … asked whether this means the cancer is back", d761 "She worries about the cancer coming back"). Table: cervix
// uteri / Malignant Primary C53.9 (Tabular C53.9 Malignant neoplasm of cervix uteri, unspecified). "Worried about" a risk stays
// hypothetical, a question about a step to take names no disease of its own, and with cancers of two organs the return stays
// unread. A PMH "Cervical cancer as above" points back to the cancer the note described (history, Z85.41 Personal history of
// malignant neoplasm of cervix uteri), not to the worry between them.
const fearedReturns: readonly ReadingCase[] = [
  ['"worries about the cancer coming back" restates the one cancer, uncertain', 'Squamous cell carcinoma of the cervix s/p chemoRT 12/2025.\nShe worries about the cancer coming back because a friend relapsed.\n',
    [['Squamous cell carcinoma of the cervix', 'C539', 'present'], ['cancer', 'C539', 'uncertain']]],
  ['"asked whether this means the cancer is back" is uncertain, and "as above" still points to the history', 'HPI: squamous cell carcinoma of the cervix dx 08/2025, completed chemoRT 12/2025.\nShe asked whether this means the cancer is back.\n\nPAST MEDICAL HISTORY: Cervical cancer as above. Anxiety.\n',
    [['squamous cell carcinoma of the cervix', 'Z8541', 'history'], ['cancer', 'C539', 'uncertain'], ['Cervical cancer', 'Z8541', 'history']]],
  ['with cancers of two organs the return stays unread', 'Sigmoid colon adenocarcinoma. Prostate adenocarcinoma on ADT.\nWorried about the cancer coming back.\n',
    [['Sigmoid colon adenocarcinoma', 'C187', 'present'], ['Prostate adenocarcinoma', 'C61', 'present']]],
  ['a question about a screening keeps its hypothetical cancer', 'Squamous cell carcinoma of the cervix s/p chemoRT 12/2025.\nShe asked whether she should be screened for colon cancer.\n',
    [['Squamous cell carcinoma of the cervix', 'Z8541', 'history'], ['colon cancer', 'C189', 'hypothetical']]],
];

// ANNOTATION.md: "Negative for X in a pathology part is a negated mention at the part's own labelled site". The part's label
// names the specimen of every sentence of the part, up to the next label, so a denying verdict written after another sentence
// of the part takes it (d516 "E. Lung, RUL, wedge resection: … necrotizing granuloma; AFB and GMS stains negative.\n No
// malignancy.": table: lung, upper lobe / Malignant Primary C34.1-, right C34.11, Tabular C34.11 Malignant neoplasm of upper lobe,
// right bronchus or lung; d770 "- Esophagus, Barrett's segment, bx (…): Barrett's esophagus …, negative for dysplasia. No
// adenocarcinoma.": table: esophagus / Malignant Primary C15.9; d267). A verdict whose own sentence names a site keeps it
// (table: pleura / Malignant Primary C38.4), and a record's denial ("No other cancers" on a family line: Z80.9 Family history of
// malignant neoplasm, unspecified, negated; d185, d402) takes no label.
const partVerdicts: readonly ReadingCase[] = [
  ['"No malignancy." on the line after the part label\'s findings is at the label\'s site', 'FINAL DIAGNOSIS:\nA. Thymus, resection: thymic carcinoma.\nE. Lung, RUL, wedge resection: necrotizing granuloma; AFB stain negative.\n   No malignancy.\n',
    [['thymic carcinoma', 'C37', 'present'], ['malignancy', 'C3411', 'negated']]],
  ['"No adenocarcinoma." after the part\'s first sentence is at the label\'s organ', 'Path:\n - Esophagus, Barrett\'s segment, bx: Barrett\'s esophagus, negative for dysplasia. No adenocarcinoma.\n',
    [['adenocarcinoma', 'C159', 'negated']]],
  ['a verdict that names its own site keeps it', 'FINAL DIAGNOSIS:\nA. Thymus, resection: thymic carcinoma.\nE. Lung, RUL, wedge resection: necrotizing granuloma. Negative for malignancy in the pleura.\n',
    [['thymic carcinoma', 'C37', 'present'], ['malignancy in the pleura', 'C384', 'negated']]],
  ['"No other cancers" takes no label', 'Personal history: L breast IDC 10/2026.\nFamily: mother - ovarian ca. No other cancers.\n',
    [['L breast IDC', 'Z853', 'history'], ['ovarian ca', 'Z8041', 'family'], ['cancers', 'Z809', 'negated']]],
];

// ANNOTATION.md: "consistent with" or "favor" makes a diagnosis uncertain unless the text establishes it otherwise (Guidelines
// II.H / III.C). A favoured solid tumour is established only by a plain mention of the same reading: another tumour the Table
// codes alike does not establish it (d612 "c/w pleomorphic adenoma (Milan IVA) … L parotid tail nodule …, favor Warthin tumor":
// Index: Adenolymphoma (Warthin tumor) — see Neoplasm, salivary gland, benign; table: parotid gland / Benign D11.0, Tabular D11.0
// Benign neoplasm of parotid gland; d257). A morphology's favoured reading keeps its code rule ("favor de novo MDS with isolated
// del(5q)" after the plain diagnosis stays present: D46C Myelodysplastic syndrome with isolated del(5q) chromosomal abnormality).
const favouredReadings: readonly ReadingCase[] = [
  ['"favor Warthin tumor" after a pleomorphic adenoma of the same code stays uncertain', 'US-guided FNA R parotid: c/w pleomorphic adenoma.\nSmall L parotid tail nodule 1.4 cm on CT - oncocytic cells + lymphoid background,\nfavor Warthin tumor.\n',
    [['pleomorphic adenoma', 'D110', 'present'], ['Warthin tumor', 'D110', 'uncertain']]],
  ['a favoured reading the note states plainly before stays present', 'RUL adenocarcinoma. Path review: favor adenocarcinoma.\n',
    [['RUL adenocarcinoma', 'C3411', 'present'], ['adenocarcinoma', 'C3411', 'present']]],
  ['a morphology\'s favoured reading keeps the code rule', 'Dx: MDS with isolated del(5q). Therapy-related MDS considered - favor de novo MDS with isolated del(5q).\n',
    [['MDS with isolated del(5q)', 'D46C', 'present'], ['MDS', 'D46C', 'uncertain'], ['MDS with isolated del(5q)', 'D46C', 'present']]],
];

// concludedFinding.ts's reading (ANNOTATION.md: the site is the one the note gives the tumour): a bare primary concluding a finding
// takes the finding's site, also when the site is set off by a comma right after the finding noun, and a distance's landmark on
// the way back is where the finding is not (d140 "Separate 7 mm irregular enhancing mass, LIQ 7:00 posterior depth, 6 cm from the
// UOQ finding, washout kinetics; suspicious for multicentric carcinoma": table: breast, lower inner quadrant / Malignant Primary
// C50.3-, left, female; Tabular C50.312 Malignant neoplasm of lower-inner quadrant of left female breast; d286). A landmark alone
// gives the finding none of its quadrant (Tabular C50.912 Malignant neoplasm of unspecified site of left female breast).
const apposedFindingSites: readonly ReadingCase[] = [
  ['"mass, LIQ …, 6 cm from the UOQ finding; suspicious for carcinoma" is of the LIQ', 'Female patient. LEFT BREAST:\nSeparate 7 mm irregular enhancing mass, LIQ 7:00 posterior depth, 6 cm from the UOQ finding, washout kinetics; suspicious for multicentric carcinoma.\n',
    [['carcinoma', 'C50312', 'uncertain']]],
  ['"mass, LIQ 7:00 …; suspicious for carcinoma" takes the site after the comma', 'Female patient. LEFT BREAST:\nSeparate 7 mm irregular enhancing mass, LIQ 7:00 posterior depth, washout kinetics; suspicious for carcinoma.\n',
    [['carcinoma', 'C50312', 'uncertain']]],
  ['a landmark gives the finding none of its quadrant (the breast of the header only)', 'Female patient. LEFT BREAST:\nIrregular mass, 6 cm from the UOQ finding; suspicious for carcinoma.\n',
    [['carcinoma', 'C50912', 'uncertain']]],
];

describe('narrative reader, round 19 second pass: denied and uncertain mentions', () => {
  describe('a feared or asked-about return restates the encounter\'s cancer, uncertain', () => checkReadings(fearedReturns));
  describe('a part\'s denying verdict after another sentence of the part is at the part label\'s site', () => checkReadings(partVerdicts));
  describe('a favoured solid tumour is established only by the same reading', () => checkReadings(favouredReadings));
  describe('a concluded finding\'s site after a comma, past a distance\'s landmark', () => checkReadings(apposedFindingSites));
});
