import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Spread round 23 (issue 12, tuner G): metastases named by their source and solid cancers found in the marrow. Expected mentions
 * follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (icd10cm-codes-2027) and the Table of
 * Neoplasms' Malignant Secondary column.
 */

// "X mets" names X as the secondary site, "metastatic X cancer" X as the primary (ANNOTATION.md, "Sites and columns"); an organ
// written before a metastasis word whose primary the note documents as the patient's own names where the metastasis came from,
// as "metastatic breast cancer" does, and the metastasis is coded at the lesion it is said of (ANNOTATION.md, "A former primary
// named as a metastasis's source": the primary keeps its own entry). Table: bone / Malignant Secondary, Tabular C79.51 Secondary
// malignant neoplasm of bone; liver / Malignant Secondary, C78.7 Secondary malignant neoplasm of liver and intrahepatic bile duct.
// From d929 ("Intra-op reamings to path to confirm breast metastasis (first bone tissue; …)") and d413 ("r/o primary lung ca vs
// breast met", whose lung needs the side the HPI gives and stays null here).
const sourceNamedMetastases: readonly ReadingCase[] = [
  ['"breast metastasis" of a breast cancer patient\'s bone tissue is the bone\'s secondary (C79.51)', '52F w/ invasive ductal carcinoma of the L breast 2021. Plan: reamings to path to confirm breast metastasis (first bone tissue).',
    [['ductal carcinoma of the L breast', 'C50912', 'present'], ['breast metastasis', 'C7951', 'uncertain']]],
  ['"breast met" offered for a liver lesion after a history of breast cancer is the liver\'s secondary (C78.7)', 'Hx breast ca 2011, NED. New liver lesion: HCC vs breast met.',
    [['breast ca', 'Z853', 'history'], ['HCC', 'C220', 'uncertain'], ['breast met', 'C787', 'uncertain']]],
  // Without a breast primary of the patient's the organ is the metastasis's site (Table: breast / Malignant Secondary C79.81).
  ['"breast metastasis" with no breast primary in the note stays the breast\'s secondary (C79.81)', 'Melanoma of the back 2019. US: 1 cm breast mass, possible breast metastasis.',
    [['Melanoma of the back', 'C4359', 'present'], ['breast metastasis', 'C7981', 'uncertain']]],
  // An organ where metastases commonly lodge keeps the plain reading: lung metastases of a lung cancer (Table: lung / Malignant
  // Secondary C78.0-, right C78.01).
  ['"lung mets" of a lung cancer stay the lung\'s secondary (C78.01)', 'RUL adenocarcinoma. New R lung mets on CT.',
    [['RUL adenocarcinoma', 'C3411', 'present'], ['R lung mets', 'C7801', 'present']]],
];

// A solid tumour found in the bone marrow is its secondary there (Table: marrow (bone) / Malignant Secondary, Tabular C79.52
// Secondary malignant neoplasm of bone marrow; marrowSpread.ts): "marrow involvement by X" reports the marrow read for the tumour,
// as "BM positive for X" does, and a denied involvement denies that secondary (ANNOTATION.md, "Negative for X" in a part). From
// d977 ("No evidence of … marrow involvement by melanoma", whose melanoma, a morphology term, is not yet read so) and d620's
// neuroblastoma marrow.
const marrowInvolvement: readonly ReadingCase[] = [
  // A marrow report's site-less "No evidence of metastatic carcinoma" below its marrow specimen is the marrow's secondary denied, however
  // its diagnosis line reads (d509: "A/B. HYPERCELLULAR MARROW … - No evidence of metastatic carcinoma"; d966, whose AML line holds a
  // karyotype's semicolons). A sampled organ of another kind between them is the one reported on (Table: liver / Malignant Secondary C78.7).
  ['a marrow report\'s denied metastatic carcinoma is the marrow\'s secondary (C79.52)', 'Specimen: A. Bone marrow aspirate, R posterior iliac crest\n\nFinal Diagnosis:\nA. Bone marrow, biopsy: hypercellular marrow with MDS.\n     - No evidence of metastatic carcinoma.',
    [['MDS', 'D469', 'present'], ['metastatic carcinoma', 'C7952', 'negated']]],
  ['a liver core sampled after the marrow takes the carcinoma (C78.7)', 'A. Bone marrow aspirate: normocellular.\nB. Liver, core biopsy: metastatic adenocarcinoma.',
    [['Liver, core biopsy: metastatic adenocarcinoma', 'C787', 'present']]],
  ['"bone marrow involvement by neuroblastoma" is the marrow\'s secondary (C79.52)', 'Staging: bone marrow involvement by neuroblastoma (30%).',
    [['neuroblastoma', 'C7952', 'present']]],
  ['a lymphoma\'s marrow involvement keeps the lymphoma\'s own code (C85.90)', 'No marrow involvement by lymphoma.',
    [['lymphoma', 'C8590', 'negated']]],
];

// A site-less "metastatic carcinoma" written after the organ its sentence names as sampled (a biopsy, a fluid) is the spread found
// there (ANNOTATION.md, "Sites and columns"; the specimen's site; Table: liver / Malignant Secondary, Tabular C78.7 Secondary
// malignant neoplasm of liver and intrahepatic bile duct; pleura / Malignant Secondary, C78.2 Secondary malignant neoplasm of
// pleura). The organ of another site standing between them would be the one the words speak of. From d816 ("IR liver bx (seg 7)
// done 11/30 - prelim … : metastatic adenocarcinoma"), d975 ('Tissue NGS (liver bx, "metastatic adenocarcinoma c/w pancreatic
// primary"; …)') and d753 ("The findings in the pleural fluid are those of metastatic carcinoma …").
const sampledOrgans: readonly ReadingCase[] = [
  ['"liver bx (seg 7) … : metastatic adenocarcinoma" is the liver\'s secondary (C78.7)', 'IR liver bx (seg 7) done 11/30 - prelim per Dr. Okoye (path) by phone: metastatic adenocarcinoma, CK7-/CK20+.',
    [['metastatic adenocarcinoma', 'C787', 'present']]],
  ['a quoted liver biopsy result is the liver\'s secondary beside its named primary (C78.7, C25.9)', 'Tissue NGS (liver bx, "metastatic adenocarcinoma c/w pancreatic primary"; tumor content 40%):',
    [['metastatic adenocarcinoma', 'C787', 'present'], ['pancreatic primary', 'C259', 'present']]],
  ['"the findings in the pleural fluid are those of metastatic carcinoma" is the pleura\'s secondary (C78.2)', 'The findings in the pleural fluid are those of metastatic carcinoma with a breast immunophenotype.',
    [['metastatic carcinoma', 'C782', 'present']]],
];

describe('narrative reader: spread round 23 (tuner G)', () => {
  describe('a metastasis named by the organ of the patient\'s primary is placed at its lesion', () => checkReadings(sourceNamedMetastases));
  describe('a site-less metastatic carcinoma takes the organ its sentence samples', () => checkReadings(sampledOrgans));
  describe('marrow involvement by a solid tumour is the marrow\'s secondary', () => checkReadings(marrowInvolvement));
});
