import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Precision round 16 (issue 12): what the reader read that the note does not document, or read with the wrong code.
 * Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles
 * (data/icd10cm/2027) and the Table of Neoplasms.
 */

// ANNOTATION.md, "A plasmacytoma in a patient with multiple myeloma is the myeloma's": Tabular C90.0 Multiple myeloma includes
// medullary plasmacytoma and C90.3- Solitary plasmacytoma is its Excludes1, so a plasmacytoma of a documented myeloma takes
// the myeloma's code by its remission state (C90.00 Multiple myeloma not having achieved remission, C90.02 Multiple myeloma
// in relapse) and keeps its own assertion (d565, d627, h72). A presumed myeloma or a differential leaves C90.30 Solitary
// plasmacytoma not having achieved remission (d418, d206).
const myelomaPlasmacytoma: readonly ReadingCase[] = [
  ['a rib plasmacytoma of a documented myeloma is the myeloma', 'Dx: IgG-kappa multiple myeloma on lenalidomide.\nPET: L rib plasmacytoma, decreased uptake.',
    [['multiple myeloma', 'C9000', 'present'], ['plasmacytoma', 'C9000', 'present']]],
  ['a plasmacytoma of a relapsed myeloma takes the relapse code', 'Relapsed multiple myeloma. Presented w/ L femur plasmacytoma.',
    [['multiple myeloma', 'C9002', 'present'], ['plasmacytoma', 'C9002', 'present']]],
  ['a denied plasmacytoma of a relapsed myeloma keeps its denial', 'Relapsed MM. No plasmacytoma on PET.',
    [['MM', 'C9002', 'present'], ['plasmacytoma', 'C9002', 'negated']]],
  ['a solitary plasmacytoma without myeloma stays solitary', 'Solitary plasmacytoma of the L rib, no myeloma.',
    [['Solitary plasmacytoma', 'C9030', 'present'], ['myeloma', 'C9000', 'negated']]],
  ['a plasmacytoma beside a presumed myeloma stays solitary', 'Multiple myeloma, presumed. Rib bx c/w plasmacytoma.',
    [['Multiple myeloma', 'C9000', 'uncertain'], ['plasmacytoma', 'C9030', 'present']]],
  // Tabular C90.20 Extramedullary plasmacytoma not having achieved remission: not excluded from C90.0, its own category.
  ['an extramedullary plasmacytoma keeps its own category beside a myeloma', 'Extramedullary plasmacytoma of the nasal cavity in a patient with multiple myeloma.',
    [['Extramedullary plasmacytoma', 'C9020', 'present'], ['multiple myeloma', 'C9000', 'present']]],
  ['a plasmacytoma in a differential with myeloma stays solitary', 'DDx: plasmacytoma/multiple myeloma vs met.',
    [['plasmacytoma', 'C9030', 'uncertain'], ['multiple myeloma', 'C9000', 'uncertain']]],
];

// ANNOTATION.md, '"No satellite or in-transit lesions / nodules" on a skin examination is not a mention': the examiner's
// "lesions" are not called a neoplasm (d150, d202, d249). Written with a neoplasm word the words name a cutaneous
// secondary, table: skin / Malignant Secondary C79.2.
const inTransitLesions: readonly ReadingCase[] = [
  ['no in-transit lesions on a skin exam is no mention', 'Skin: healed scar upper back; no in-transit lesions.', []],
  ['no satellite or in-transit lesions across a line wrap is no mention', 'Exam: WLE scar R post thigh well healed, no satellite or in-transit\nlesions.', []],
  ['in-transit metastases are the skin secondary', 'PET: new in-transit metastases of the L calf.', [['in-transit metastases of the L calf', 'C792', 'present']]],
];

// ANNOTATION.md, "A spouse's or partner's cancer is no mention": Z80.- is the family history of blood relatives, so a relative by
// marriage or a step-child is no family history (d407's "son-in-law had colon cancer"). A blood relative beside them keeps
// Tabular Z80.1 Family history of malignant neoplasm of trachea, bronchus and lung.
const relativesByMarriage: readonly ReadingCase[] = [
  ['a son-in-law beside a brother', 'Family: daughter aware; son-in-law had colon cancer; brother died of lung cancer.', [['lung cancer', 'Z801', 'family']]],
  ...['daughter-in-law', 'brother-in-law', 'sister-in-law', 'stepson', 'stepdaughter', 'step-son', 'step-daughter', 'ex-husband', 'ex-wife'].map(
    (relative): ReadingCase => [`a ${relative}'s cancer is no mention`, `FH: ${relative} w/ breast ca.`, []]),
];

// The skin titles' residual categories copied into a note ("Dx: D03.39 Melanoma in situ of other parts of face", d581): the Table of
// Neoplasms' cheek (external) skin row is C44.309 and its trunk skin row C44.509, so the titles read D03.39 Melanoma in situ of
// other parts of face, C44.319 Basal cell carcinoma of skin of other parts of face, C43.59 Malignant melanoma of other part of
// trunk, C44.519 Basal cell carcinoma of skin of other part of trunk, D22.39 Melanocytic nevi of other parts of face.
const residualSkinTitles: readonly ReadingCase[] = [
  ['melanoma in situ of other parts of face', 'Dx: D03.39 Melanoma in situ of other parts of face', [['Melanoma in situ of other parts of face', 'D0339', 'present']]],
  ['BCC of skin of other parts of face', 'Basal cell carcinoma of skin of other parts of face', [['Basal cell carcinoma of skin of other parts of face', 'C44319', 'present']]],
  ['melanoma of other part of trunk', 'C43.59  Malignant melanoma of other part of trunk (L upper back)', [['Malignant melanoma of other part of trunk', 'C4359', 'present']]],
  ['BCC of skin of other part of trunk', 'Basal cell carcinoma of skin of other part of trunk', [['Basal cell carcinoma of skin of other part of trunk', 'C44519', 'present']]],
  ['melanocytic nevi of other parts of face', 'Melanocytic nevi of other parts of face', [['Melanocytic nevi of other parts of face', 'D2239', 'present']]],
];

// ANNOTATION.md, "A definition or explanation of a disease's terms is a statement about the disease in general: no mention"
// (d581): the class a term is defined as is no entry; the term defined keeps its own (D03.39 Melanoma in situ of other parts of
// face for the cheek; Index: Leukemia, lymphocytic, chronic, B-cell type C91.10). A patient's staged cancer stays (table: lung /
// Malignant Primary C34.9-, side unwritten; breast C50.9-, sex and side unwritten).
const definitions: readonly ReadingCase[] = [
  ['the class after "= earliest stage" is no mention', 'Explained MIS of L cheek = earliest stage melanoma, not spread.', [['MIS of L cheek', 'D0339', 'present']]],
  ['the class after "is stage 0" is no mention', 'Explained that DCIS is stage 0 breast cancer.', [['DCIS', 'null', 'present']]],
  ['the class after "is a form of" is no mention', 'Explained that CLL is a form of leukemia.', [['CLL', 'C9110', 'present']]],
  ['a stage IV lung cancer stays', 'His cancer is stage IV lung cancer.', [['lung cancer', 'null', 'present']]],
  ['an early stage breast cancer stays', 'Her cancer is early stage breast cancer.', [['breast cancer', 'null', 'present']]],
];

// ANNOTATION.md, "Not mentions: names of clinics, services ..." ("Leukemia service"): a haematologic malignancy before a visit noun
// names the service of the note's title (d410, d567); the title's own diagnosis is read (Tabular C92.01 Acute myeloblastic leukemia,
// in remission), and a haematologic malignancy of no type elsewhere stays Tabular C96.9 / Z80.7.
const serviceTitles: readonly ReadingCase[] = [
  ['a heme malignancy progress note title is no mention', 'Heme Malignancy Inpatient Progress Note - Hospital Day 16\nAML in CR1.', [['AML', 'C9201', 'present']]],
  ['a heme malignancy consult title is no mention', 'Heme Malignancy Consult - transplant evaluation', []],
  ['a suspected hematologic malignancy stays', 'Hematologic malignancy suspected.', [['Hematologic malignancy', 'C969', 'uncertain']]],
];

// "MIS" is melanoma in situ (Index: Lentigo maligna — see Melanoma, in situ; D03.-) in a note that writes a melanoma or a nevus, or
// with a skin site of its own (Z86.006 Personal history of melanoma in-situ for the excised one); in a gynaecologic oncology plan it is
// minimally invasive surgery (d536; table: cervix uteri / Malignant Primary C53.9 for the cancer written).
const misAbbreviation: readonly ReadingCase[] = [
  ['MIS beside a cervical cancer is the surgery', 'Squamous cell carcinoma of the cervix. Candidate for radical trachelectomy (MIS not recommended per LACC).',
    [['Squamous cell carcinoma of the cervix', 'C539', 'present']]],
  ['MIS with a skin site stays melanoma in situ', 'PMH: MIS R shoulder s/p WLE 2019.', [['MIS R shoulder', 'Z86006', 'history']]],
  ['MIS in a note about a melanoma in situ stays', 'Dermpath: melanoma in situ, L cheek. Plan: staged excision of MIS.',
    [['melanoma in situ, L cheek', 'D0339', 'present'], ['MIS', 'D039', 'present']]],
];

// ANNOTATION.md, "Sites and columns": a denied site-less "metastatic disease" is Tabular C79.9 Secondary malignant neoplasm of
// unspecified site, negated, even in the report of a study that images one organ (d598); an affirmed one still takes the organ
// imaged (table: brain / Malignant Secondary C79.31), and a denied site keeps its row (bone C79.51).
const deniedStudyMetastasis: readonly ReadingCase[] = [
  ['a denied metastatic disease on an MRI brain is site-less', 'MRI brain 11/20: no acute infarct, no mass effect; moderate small vessel ischemic change. No evidence of metastatic disease.',
    [['metastatic disease', 'C799', 'negated']]],
  ['a denied metastatic disease on a bone scan is site-less', 'Bone scan: no osseous mets. No evidence of metastatic disease.',
    [['osseous mets', 'C7951', 'negated'], ['metastatic disease', 'C799', 'negated']]],
  ['a possible metastasis on an MRI brain is in the brain', 'MRI BRAIN W/WO 11/2026:\nNo mass effect. Possible early mets.', [['early mets', 'C7931', 'uncertain']]],
];

describe('narrative reader: precision round 16', () => {
  describe('a plasmacytoma of a documented myeloma', () => checkReadings(myelomaPlasmacytoma));
  describe('in-transit lesions on a skin exam', () => checkReadings(inTransitLesions));
  describe('relatives by marriage and step-children', () => checkReadings(relativesByMarriage));
  describe("the skin titles' residual categories", () => checkReadings(residualSkinTitles));
  describe('definitions of a term', () => checkReadings(definitions));
  describe('service titles', () => checkReadings(serviceTitles));
  describe('the MIS abbreviation', () => checkReadings(misAbbreviation));
  describe('a study denying site-less metastatic disease', () => checkReadings(deniedStudyMetastasis));
});
