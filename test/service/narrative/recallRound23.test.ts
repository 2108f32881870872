import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Recall round 23 (issue 12, tuner C): present, history and family mentions the reader missed entirely. Expected mentions
 * follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (icd10cm-codes-2027) and the
 * Table of Neoplasms.
 */

// A relative joined to the patient ("pt + son", "pt and wife", "patient and her daughter") is with the patient at the visit:
// the disease the sentence names is the patient's, not a relative's family history (ANNOTATION.md: Z80.- is a blood relative's
// own cancer, and a spouse's disease is no mention, d379; round 14: a relative's question about the patient's own disease keeps
// it the patient's). "Tumor" of a proven cancer takes its code (ANNOTATION.md): colon, cecum / Malignant Primary, Tabular C18.0
// Malignant neoplasm of cecum. From d849 ("Explained to pt + son: tumor completely removed w/ good margins").
const patientCompanions: readonly ReadingCase[] = [
  ['"Explained to pt + son: tumor …" restates the patient\'s cecal cancer', 'Cecal adenocarcinoma s/p R hemicolectomy. Explained to pt + son: tumor completely removed.',
    [['Cecal adenocarcinoma', 'C180', 'present'], ['tumor', 'C180', 'present']]],
  ['"Explained to pt and wife:" leaves the cancer the patient\'s', 'Explained to pt and wife: cecal cancer was resected.',
    [['cecal cancer', 'C180', 'present']]],
  ['"Discussed with pt and wife:" leaves the cancer the patient\'s', 'Discussed with pt and wife: stage III cecal adenocarcinoma, plan FOLFOX.',
    [['cecal adenocarcinoma', 'C180', 'present']]],
  ['a relative named with a cancer of their own after the companions stays family history (Z80.3)', 'Pt and daughter counseled; mother had breast cancer.',
    [['breast cancer', 'Z803', 'family']]],
];

// "Tumor" of a proven cancer takes its code (ANNOTATION.md; round 17: "residual tumor" of the resected cancer): where the lesion
// lies ("intra-axial", "extra-axial") and how it enhances ("non-enhancing") describe the patient's tumour as an image or the
// operation sees it and name no type of their own. Table: brain, temporal lobe / Malignant Primary, Tabular C71.2 Malignant
// neoplasm of temporal lobe; brain, frontal lobe, C71.1 Malignant neoplasm of frontal lobe. From d924 ("Stable residual
// non-enhancing tumor") and d925 ("resection of extra-axial tumor", D42.0 by the graded meningioma), d462.
const describedTumours: readonly ReadingCase[] = [
  ['"resection of intra-axial tumor" restates the glioblastoma', 'Postoperative diagnosis: Left temporal glioblastoma. Procedure: Left craniotomy for resection of intra-axial tumor.',
    [['temporal glioblastoma', 'C712', 'present'], ['tumor', 'C712', 'present']]],
  ['"residual non-enhancing tumor" restates the astrocytoma', 'L frontal IDH-mutant astrocytoma s/p STR. MRI: Stable residual non-enhancing tumor.',
    [['frontal IDH-mutant astrocytoma', 'C711', 'present'], ['tumor', 'C711', 'present']]],
];

// An organ-named primary renames the histology before it ("oropharyngeal SCC, left tonsil primary", restatedSite.ts) only when it
// is the same tumour: a primary qualified as new names a new cancer (ANNOTATION.md round 17, "A qualified primary names a new
// cancer"), and a relative's cancer is coded as written, each organ its record names (Tabular Z80.41 Family history of malignant
// neoplasm of ovary; Z80.8 … of other organs or systems, bone; Z80.42 … of prostate). From d758 ("Mother with ovarian cancer at
// 66 and now a second breast primary in this pt") and d893 ("Father died age 70 of \"bone cancer\" - ?prostate primary").
const unrenamedPrimaries: readonly ReadingCase[] = [
  ['a relative\'s cancer before "a second breast primary" of the patient keeps its organ (Z80.41)', 'Mother with ovarian cancer at 66 and now a second breast primary in this pt.',
    [['ovarian cancer', 'Z8041', 'family'], ['breast primary', 'null', 'present']]],
  ['a father\'s "bone cancer" stays beside his "?prostate primary" (Z80.8, Z80.42)', 'FHx: Father died age 70 of "bone cancer" - ?prostate primary, pt not sure.',
    [['bone cancer', 'Z808', 'family'], ['prostate primary', 'Z8042', 'family']]],
  ['a primary set off after its histology still names its organ (C09.9)', 'HPV-associated oropharyngeal SCC, left tonsil primary.',
    [['oropharyngeal SCC', 'C099', 'present'], ['left tonsil primary', 'C099', 'present']]],
];

// Quotation marks around a relative's or the patient's own words leave the phrase whole: 'grandmother: "stomach or ovarian"
// cancer' is a family history of both organs, coordinated sites that each keep the assertion of the phrase (ANNOTATION.md,
// alternatives joined by "or"; Tabular Z80.0 Family history of malignant neoplasm of digestive organs, Z80.41 … of ovary). From
// d537 ('Paternal grandmother: "stomach or ovarian" cancer, unclear, died 60s').
const quotedSites: readonly ReadingCase[] = [
  ['quoted coordinated sites before "cancer" are each a family history', 'FHx:\n - Paternal grandmother: "stomach or ovarian" cancer, unclear, died 60s.',
    [['stomach', 'Z800', 'family'], ['ovarian" cancer', 'Z8041', 'family']]],
];

// A coding summary's row quotes the record it took the code from, after the source's label and a colon: the quoted words are that
// document's own occurrence of the diagnosis (ANNOTATION.md: every occurrence is its own mention; round 18, coding abstracts),
// not the row's title restated in its parenthesis (Tabular C64.1 Malignant neoplasm of right kidney, except renal pelvis; Z85.46
// Personal history of malignant neoplasm of prostate, Guideline I.C.2.d). From d740 ('(onc consult: "R ccRCC s/p R radical
// nephrectomy 2021 …")', '(H&P: "prostate ca 2012 s/p XRT, cured")').
const quotedSources: readonly ReadingCase[] = [
  ['a quoted consult after a code title is its own occurrence (C64.1)', 'SDX2 | C64.1   | Y      | Malignant neoplasm of right kidney, except renal pelvis (onc consult: "R ccRCC s/p R radical nephrectomy 2021, progressed 2025")',
    [['Malignant neoplasm of right kidney, except renal pelvis', 'C641', 'present'], ['ccRCC', 'C641', 'present']]],
  ['a quoted H&P after a history title is its own occurrence (Z85.46)', 'SDX7 | Z85.46  | exempt | Personal history of malignant neoplasm of prostate (H&P: "prostate ca 2012 s/p XRT, cured")',
    [['malignant neoplasm of prostate', 'Z8546', 'history'], ['prostate ca', 'Z8546', 'history']]],
  ['a parenthesis with no quoted source still restates its diagnosis', 'Renal cell carcinoma of right kidney (clear cell type)',
    [['Renal cell carcinoma of right kidney', 'C641', 'present']]],
];

// A child's or parent's own word for a grandparent names a relative as "grandfather" does: the cancer is a family history, coded
// as written (Tabular Z80.9 Family history of malignant neoplasm, unspecified; Z80.1 … of trachea, bronchus and lung). From d525
// ('Parents asked re: "is this the same as the cancer Grandpa had" - paternal grandfather had lung cancer').
const grandparentWords: readonly ReadingCase[] = [
  ['"the cancer Grandpa had" is a family history (Z80.9)', 'Parents asked re: "is this the same as the cancer Grandpa had" - paternal grandfather had lung cancer (smoker), no relation.',
    [['cancer', 'Z809', 'family'], ['lung cancer', 'Z801', 'family']]],
];

describe('recall round 23: present, history and family mentions read', () => {
  describe('a relative joined to the patient is a companion, not the one with the cancer', () => checkReadings(patientCompanions));
  describe('a tumour described by where it lies or how it enhances restates the cancer', () => checkReadings(describedTumours));
  describe('a new primary or a relative\'s primary renames no histology', () => checkReadings(unrenamedPrimaries));
  describe('quotation marks leave a site phrase whole', () => checkReadings(quotedSites));
  describe('a quoted source after a title is an occurrence of its own', () => checkReadings(quotedSources));
  describe('a grandparent in a family\'s own words is a relative', () => checkReadings(grandparentWords));
});
