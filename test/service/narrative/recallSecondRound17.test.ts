import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Recall round 17, second pass (issue 12): diagnoses the notes document that the reader missed. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (../shared/codesets/icd10cm-2027) and the
 * Table of Neoplasms.
 */

// ANNOTATION.md (second consistency pass, round 15), "An organ-named primary set off by a comma after its histology is its own
// mention" ("High-risk neuroblastoma, L adrenal primary"): the histology keeps its own entry and the primary is a second one, as a
// parenthesised primary already is, also when the histology implies the same organ. Index: Neuroblastoma — see Neoplasm,
// malignant, by site; table: adrenal / Malignant Primary, left C74.92 (Malignant neoplasm of unspecified part of left adrenal
// gland); Wilms tumour: kidney C64.2 (Malignant neoplasm of left kidney, except renal pelvis); lung, upper lobe C34.11. Dev notes
// d234, d620.
const commaSetPrimaries: readonly ReadingCase[] = [
  ['a neuroblastoma and its comma-set adrenal primary', 'Dx: High-risk neuroblastoma, L adrenal primary, INRG stage M.',
    [['neuroblastoma', 'C7492', 'present'], ['L adrenal primary', 'C7492', 'present']]],
  ['a Wilms tumour and its comma-set kidney primary', 'Dx: Wilms tumor, L kidney primary.', [['Wilms tumor', 'C642', 'present'], ['L kidney primary', 'C642', 'present']]],
  ['a bare primary written alone stays one mention', 'RUL primary measures 3.2 cm.', [['RUL primary', 'C3411', 'present']]],
];

// ANNOTATION.md, '"Tumor" of a proven cancer' ("Tumor" naming a lesion the same note proves malignant takes that cancer's code): a
// "tumor" written before a course noun names the course of the encounter's cancer, whatever word precedes it. Index: Carcinoma,
// hepatocellular C22.0 (Liver cell carcinoma); Glioblastoma — see Neoplasm, malignant, by site; table: brain, temporal lobe /
// Malignant Primary C71.2 (Malignant neoplasm of temporal lobe). Dev note d672 (and d433, d494, whose wording also names it).
const tumourCourse: readonly ReadingCase[] = [
  ['no local tumor progression after ablation is the HCC', 'HCC seg 6 s/p RFA. US: ablation zone decreasing; no sonographic evidence of local tumor progression.',
    [['HCC seg 6', 'C220', 'present'], ['tumor', 'C220', 'negated']]],
  ['a possible tumor recurrence is the glioblastoma', 'Dx: L temporal glioblastoma. MRI: new edema, possible tumor recurrence.',
    [['temporal glioblastoma', 'C712', 'present'], ['tumor', 'C712', 'uncertain']]],
  ['guard: a tumour property noun is no restatement', 'Dx: L temporal glioblastoma. Karyotype on tumor cells.', [['temporal glioblastoma', 'C712', 'present']]],
];

// The same rule where the note also names a benign or in-situ neoplasm of another organ: an excised melanoma in situ (Z86.006
// Personal history of melanoma in-situ) or colon adenomas (D12.6 Benign neoplasm of colon, unspecified) are not the tumour whose
// recurrence or progression a brain MRI weighs. Round 19 (recallRound19b.test.ts): neither is a malignancy of another organ the note
// writes as past (a prostate cancer history, Guideline I.C.2.d: no longer current), so that guard now restates "tumor" too.
// Dev notes d433, d369; round 19: d603, d762.
const tumourBesideOtherNeoplasm: readonly ReadingCase[] = [
  ['beside an excised melanoma in situ', 'Dx: L temporal glioblastoma s/p resection.\nOther hx: remote melanoma in situ L forearm excised 2011.\nMRI: pseudoprogression vs recurrent tumor.',
    [['temporal glioblastoma', 'C712', 'present'], ['melanoma in situ L forearm', 'Z86006', 'history'], ['tumor', 'C712', 'uncertain']]],
  ['beside colon adenomas', 'Dx: L temporal glioblastoma s/p resection.\nPMH: colon adenomas.\nImpression: true tumor progression cannot be excluded.',
    [['temporal glioblastoma', 'C712', 'present'], ['colon adenomas', 'D126', 'present'], ['tumor', 'C712', 'uncertain']]],
  ['beside another organ\'s cancer history (round 19)', 'Dx: L temporal glioblastoma s/p resection.\nPMH: prostate ca s/p RT 2010.\nMRI: pseudoprogression vs recurrent tumor.',
    [['temporal glioblastoma', 'C712', 'present'], ['prostate ca', 'Z8546', 'history'], ['tumor', 'C712', 'uncertain']]],
];

// Thoracic node stations written with "+" between them ("station 7 + 4L adenoCA", EBUS shorthand) are one station list, as with
// "and": stations 2-9 are the mediastinal nodes, table: lymph gland, mediastinal / Malignant Secondary C77.1 (Secondary and
// unspecified malignant neoplasm of intrathoracic lymph nodes). Dev note d594.
const stationLists: readonly ReadingCase[] = [
  ['stations joined by a plus sign', 'EBUS-TBNA: station 7 + 4L adenoCA, TTF-1+.', [['station 7 + 4L adenoCA', 'C771', 'present']]],
];

// A result written with a participle ("cervical bx 10/30/26 showing invasive squamous cell carcinoma") states the tissue result as
// "showed" does: the carcinoma is the biopsied organ's. Index: Carcinoma, squamous cell — see Neoplasm, malignant, by site; table:
// cervix / Malignant Primary C53.9 (Malignant neoplasm of cervix uteri, unspecified). Dev note d488.
const participleResults: readonly ReadingCase[] = [
  ['a cervical biopsy showing a carcinoma', 'Referred after Pap w/ HSIL and cervical\nbx 10/30/26 showing invasive squamous cell carcinoma, moderately differentiated, p16+.',
    [['squamous cell carcinoma', 'C539', 'present']]],
];

// ANNOTATION.md (consistency pass, round 16), "An untyped or restated leukaemia ... whose own words state a relapse takes the relapse
// code" ("the leukemia is back", "has come back"), with the mention's own assertion: Tabular C92.12 (Chronic myeloid leukemia,
// BCR/ABL-positive, in relapse), C92.02 (Acute myeloblastic leukemia, in relapse). Dev notes d218, d637.
const statedRelapses: readonly ReadingCase[] = [
  ['a worry that the leukemia is back', 'CML in MMR on dasatinib. He is "worried the leukemia is back" because of the lump.',
    [['CML', 'C9210', 'present'], ['leukemia', 'C9212', 'uncertain']]],
  ['a worry that the leukemia has come back', 'Dx: AML, on induction.\nMom called: worried the leukemia has come back.',
    [['AML', 'C9200', 'present'], ['leukemia', 'C9202', 'uncertain']]],
  ['guard: "back" as a noun states no return', 'CML on dasatinib. Leukemia back pain.', [['CML', 'C9210', 'present'], ['Leukemia', 'C9210', 'present']]],
];

describe('narrative reader: recall round 17, second pass', () => {
  describe('a comma-set organ primary', () => checkReadings(commaSetPrimaries));
  describe("a tumour's course", () => checkReadings(tumourCourse));
  describe('a station list joined by a plus sign', () => checkReadings(stationLists));
  describe('a result stated with a participle', () => checkReadings(participleResults));
  describe("a leukaemia's stated return", () => checkReadings(statedRelapses));
  describe('a tumour beside a benign or in-situ neoplasm of another organ', () => checkReadings(tumourBesideOtherNeoplasm));
});
