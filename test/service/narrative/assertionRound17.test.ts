import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Assertion round 17 (issue 12): scopes that ran too far and results read as hedges. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2026 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// ANNOTATION.md, "A cytology or tissue result read 'c/w X'" and "Flow cytometry read 'c/w X' is a diagnosis on cells, present": a
// marrow's reading (d511 "Marrow 2022 (reviewed): … c/w ET", d568 "marrow c/w ET"), an immunophenotype's interpretation (d406) and a
// thyroid cytology's Bethesda category (d549 "Bethesda VI - malignant, c/w papillary thyroid carcinoma") are results on cells. An
// image of the marrow stays a hedge. D47.3 Essential (hemorrhagic) thrombocythemia; C91.10 Chronic lymphocytic leukemia of B-cell
// type not having achieved remission; C73 Malignant neoplasm of thyroid gland; C90.00 Multiple myeloma not having achieved remission.
const cellResults: readonly ReadingCase[] = [
  ["a marrow's reading c/w ET is present", 'Marrow 2022 (reviewed): normocellular, large hyperlobated megakaryocytes, c/w ET.', [['ET', 'D473', 'present']]],
  ["an immunophenotype's interpretation is present", 'Interpretation: Immunophenotype c/w chronic lymphocytic leukemia/small lymphocytic lymphoma.',
    [['chronic lymphocytic leukemia/small lymphocytic lymphoma', 'C9110', 'present']]],
  ['a Bethesda VI cytology c/w a carcinoma is present', 'A. R thyroid nodule: Bethesda VI - malignant, c/w papillary thyroid carcinoma.', [['thyroid carcinoma', 'C73', 'present']]],
  ['an MRI of the marrow c/w myeloma stays uncertain', 'MRI L-spine: diffuse marrow signal abnormality c/w myeloma.', [['myeloma', 'C9000', 'uncertain']]],
];

// ConText (the nearer trigger of another kind ends the first one's scope) and ANNOTATION.md's tissue "c/w X" rule: in "normocellular,
// no reticulin fibrosis, c/w ET" (d511) the conclusion opens its own clause, so the denial of the fibrosis does not reach the ET, even
// where the tissue makes the conclusion a diagnosis rather than a hedge.
const conclusionClauses: readonly ReadingCase[] = [
  ['a denied finding before a tissue conclusion does not deny it', 'Bone marrow bx: normocellular, no reticulin fibrosis, c/w ET.', [['ET', 'D473', 'present']]],
  ['a denied finding before a marrow conclusion does not deny it', 'Marrow 2022 (reviewed): normocellular, no reticulin fibrosis, c/w ET.', [['ET', 'D473', 'present']]],
];

// ANNOTATION.md, '"Peritoneal disease" of a cancer patient': "perioperative FLOT if no peritoneal disease" is a plan conditional on a
// finding, hypothetical (d322); so is "induction BCG x6 if no MIBC on re-resection" (d572). A plain denial stays negated. Table:
// peritoneum / Malignant Secondary C78.6; bladder / Malignant Primary C67.9; brain / Malignant Secondary C79.31.
const deniedConditions: readonly ReadingCase[] = [
  ['"if no peritoneal disease" is a condition', 'Gastric adenocarcinoma, cT3N1. Plan: staging laparoscopy, then perioperative FLOT if no peritoneal disease.',
    [['Gastric adenocarcinoma', 'C169', 'present'], ['peritoneal disease', 'C786', 'hypothetical']]],
  ['"if no MIBC on re-resection" is a condition', 'Plan: re-TURBT in 4-6 wks, then induction BCG x6 if no MIBC on re-resection.', [['MIBC', 'C679', 'hypothetical']]],
  ['"If no brain mets" is a condition', 'NSCLC. If no brain mets, proceed with SBRT.', [['NSCLC', 'null', 'present'], ['brain mets', 'C7931', 'hypothetical']]],
  ['a plain denial stays negated', 'NSCLC. No brain mets on MRI.', [['NSCLC', 'null', 'present'], ['brain mets', 'C7931', 'negated']]],
];

// ANNOTATION.md, a denied family history is negated with its Z80 code ("FH: none of cancers known", d489: Z80.9 Family history of
// malignant neoplasm, unspecified): what none of a group has is denied; a relative named with the cancer stays family (Z80.3
// Family history of malignant neoplasm of breast).
const noneOf: readonly ReadingCase[] = [
  ['"none of cancers known" denies the family history', 'FH: none of cancers known.', [['cancers', 'Z809', 'negated']]],
  ['"none of her relatives had cancer" denies it', 'None of her relatives had cancer.', [['cancer', 'Z809', 'negated']]],
  ["a mother's breast cancer beside the denial stays family", 'FH: breast cancer in mother; none of the other relatives with cancer.',
    [['breast cancer', 'Z803', 'family'], ['cancer', 'Z809', 'negated']]],
];

// ANNOTATION.md, "Rule-out on a staging study": a chest X-ray is an imaging study like a CT, so "CXR for staging (r/o pulmonary
// mets)" in a plan is a staging search, hypothetical (d576); a rule-out its finding prompts stays uncertain. Table: lung / Malignant
// Secondary C78.0- (side unwritten: no code; C78.01 for the right lung).
const stagingRadiographs: readonly ReadingCase[] = [
  ['a staging chest X-ray is a staging search', 'Renal mass, likely RCC.\nPlan:\n - CXR for staging (r/o pulmonary mets) - ordered.',
    [['RCC', 'null', 'uncertain'], ['pulmonary mets', 'null', 'hypothetical']]],
  ['a chest X-ray finding prompts an uncertain rule-out', 'Plan:\n - CXR: RLL nodules, r/o pulmonary mets.', [['pulmonary mets', 'C7801', 'uncertain']]],
];

describe('narrative reader: assertion round 17', () => {
  describe('a staging chest X-ray', () => checkReadings(stagingRadiographs));
  describe('"none of" a group', () => checkReadings(noneOf));
  describe('results on cells read "c/w"', () => checkReadings(cellResults));
  describe('a conclusion after a denied finding', () => checkReadings(conclusionClauses));
  describe('a denial inside a condition', () => checkReadings(deniedConditions));
});
