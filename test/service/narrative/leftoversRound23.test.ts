import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 23 (issue 12), tuner I: the leftovers of the round's denied, family and specialty readings. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// ANNOTATION.md, the margin rule: a margin statement that names the neoplasm is the specimen's tumour at the margin, at the
// specimen's site, negated when the margin is negative. A skin excision's melanoma is written with its site once (the part's
// label or the synoptic "Tumor Site:"); its margin line then names "invasive melanoma and melanoma in situ" with no site.
// Index: Melanoma, skin, trunk C43.59 (Tabular C43.59 Malignant melanoma of other part of trunk); Melanoma, in situ, trunk D03.59
// (Tabular D03.59 Melanoma in situ of other part of trunk). Dev notes: d358 (synoptic "Margins: Negative for invasive melanoma and
// melanoma in situ"), d750 ("Peripheral margins negative for invasive melanoma and melanoma in situ").
const melanomaMargins: readonly ReadingCase[] = [
  ['a synoptic melanoma margin field is the upper back melanoma denied at the margin, C43.59 and D03.59',
    'SYNOPTIC REPORT (Melanoma of the Skin, Excision)\nProcedure: Wide excision\nSpecimen Laterality: Left\nTumor Site: Upper back\n'
    + 'Histologic Type: Superficial spreading melanoma\nMargins: Negative for invasive melanoma and melanoma in situ\n',
    [['Superficial spreading melanoma', 'C4359', 'present'], ['invasive melanoma', 'C4359', 'negated'], ['melanoma in situ', 'D0359', 'negated']]],
  ['a margin item under a skin label is the labelled melanoma denied at the margin, C43.59 and D03.59',
    'FINAL DIAGNOSIS:\nA. Skin, left upper back, WLE:\n   - Residual invasive melanoma, 0.4 mm, within biopsy scar.\n'
    + '   - Margins negative for invasive melanoma and melanoma in situ.\n',
    [['invasive melanoma', 'C4359', 'present'], ['invasive melanoma', 'C4359', 'negated'], ['melanoma in situ', 'D0359', 'negated']]],
  // A relative's melanoma is no specimen's: a margin item with no melanoma placed before it still reports nothing.
  ['a margin item with no melanoma before it reports nothing', 'FINAL DIAGNOSIS:\n   - Margins negative for melanoma in situ.\n', []],
];

// ANNOTATION.md: a family history asked about and answered in the negative is a denied family history, its Z80 code negated.
// Thyroid and family history notes write medullary thyroid carcinoma as "medullary ca" beside MEN2, or as "MTC/MEN2": the
// thyroid's (table: thyroid gland / Malignant Primary C73; Tabular Z80.8 Family history of malignant neoplasm of other organs or
// systems, which takes C69-C79). Dev notes: d474 ("No FHx of MEN2 / medullary ca."), d613 ("No MEN2, no medullary ca in family."),
// d775 ("No FHx MTC/MEN2."). A written organ still wins ("medullary carcinoma of the colon", C18.9), and a personal one after a
// thyroidectomy is the thyroid's history (Tabular Z85.850 Personal history of malignant neoplasm of thyroid).
const medullaryThyroid: readonly ReadingCase[] = [
  ['"No FHx of MEN2 / medullary ca" is a denied family thyroid cancer, Z80.8',
    'FHx: father - thyroid ca (follicular) at 60. No FHx of MEN2 / medullary ca.\n',
    [['thyroid ca', 'Z808', 'family'], ['medullary ca', 'Z808', 'negated']]],
  ['"no medullary ca in family" is a denied family thyroid cancer, Z80.8',
    'FHx: sister - papillary thyroid cancer age 32. No MEN2, no medullary ca in family.\n',
    [['thyroid cancer', 'Z808', 'family'], ['medullary ca', 'Z808', 'negated']]],
  ['"No FHx MTC/MEN2" splits at the slash: a denied family thyroid cancer, Z80.8',
    'FHx: sister - papillary thyroid cancer (dx 38). No FHx MTC/MEN2.\n',
    [['thyroid cancer', 'Z808', 'family'], ['MTC', 'Z808', 'negated']]],
  ['a past medullary carcinoma after a thyroidectomy is the thyroid\'s history, Z85.850',
    'PMH: medullary carcinoma s/p total thyroidectomy 2019.\n', [['medullary carcinoma', 'Z85850', 'history']]],
  ['a medullary carcinoma of the colon keeps its written organ, C18.9',
    'A/P: medullary carcinoma of the colon.\n', [['medullary carcinoma of the colon', 'C189', 'present']]],
];

// Guideline I.C.2.d: a cancer excised or eradicated, with no further treatment directed to it, is a personal history (Tabular
// Z85.3 Personal history of malignant neoplasm of breast); ANNOTATION.md reads "survivor" as that history. A cycle of a
// behaviour or of the body ("reassurance-seeking / body-checking cycle", "menstrual cycle") is no course of chemotherapy, and
// another person's relapse ("triggered by peer's relapse") is no relapse of the patient's cancer, so neither keeps the cancer
// current. Dev note: d956 ("fear of cancer recurrence (FCR) in a breast cancer survivor, w/ reassurance-seeking / body-checking
// cycle maintaining anxiety; triggered by peer's relapse"). A counted course ("cycle 3 of AC") still is one.
const survivorsCourse: readonly ReadingCase[] = [
  ['a behaviour\'s cycle leaves a breast cancer survivor\'s cancer past, Z85.3',
    'A: Fear of cancer recurrence (FCR) in a breast cancer survivor, w/ reassurance-seeking / body-checking cycle maintaining anxiety.\n',
    [['breast cancer', 'Z853', 'history']]],
  ['a peer\'s relapse leaves a breast cancer survivor\'s cancer past, Z85.3',
    'A: fear of cancer recurrence in a breast cancer survivor, w/ checking; triggered by peer\'s relapse and imaging.\n',
    [['breast cancer', 'Z853', 'history']]],
  ['a menstrual cycle leaves a breast cancer survivor\'s cancer past, Z85.3',
    'A: Breast cancer survivor, menstrual cycle regular.\n', [['Breast cancer', 'Z853', 'history']]],
  ['a counted cycle of chemotherapy keeps the cancer current', 'A: Breast cancer survivor, now cycle 3 of AC.\n', [['Breast cancer', 'null', 'present']]],
];

// ANNOTATION.md: a family history names a relative's own disease; a relative with the patient at the visit, hearing of the
// patient's disease, is no experiencer (as "pt and wife" already is, patientCompanion.ts). A relative at the bedside, with words
// between ("Wife (Graciela) and 2 adult sons at bedside, understand the cancer has returned", dev d819), leaves the patient's
// recurrent glioblastoma the patient's (table: brain, temporal lobe / Malignant Primary C71.2, Tabular C71.2 Malignant neoplasm of
// temporal lobe). A relative's own cancer in a family history stays the family's (Tabular Z80.7 Family history of other malignant
// neoplasms of lymphoid, hematopoietic and related tissues).
const bedsideRelatives: readonly ReadingCase[] = [
  ['"2 adult sons at bedside" hear of the patient\'s cancer, C71.2',
    'A/P: recurrent GBM R temporal.\nWife and 2 adult sons at bedside, understand his cancer has returned.\n',
    [['GBM R temporal', 'C712', 'present'], ['cancer', 'C712', 'present']]],
  ['"Wife (Ana) at bedside" hears of the patient\'s cancer, C71.2',
    'A/P: recurrent GBM R temporal.\nWife (Ana) at bedside, understands the cancer has returned.\n',
    [['GBM R temporal', 'C712', 'present'], ['cancer', 'C712', 'present']]],
  ['a son\'s own lymphoma in a family history stays the family\'s, Z80.7',
    'FH: Son - Hodgkin lymphoma at 19.\n', [['Hodgkin lymphoma', 'Z807', 'family']]],
];

// ANNOTATION.md (round 21 decisions, left open (k)): d397's "Hx VIN" restates its documented VIN 3 and keeps Z86.002. An ungraded
// "VIN" names the high-grade lesion (ISSVD 2004 keeps "VIN" for grades 2-3 only), the vulva's in situ carcinoma (table: vulva / Ca in
// situ D07.1; Tabular Z86.002 Personal history of in-situ neoplasm of other and unspecified genital organs), read only in a note that
// documents a vulvar neoplasm, its labia too (table: labia, majora). Lower-case "vin" is no abbreviation.
const ungradedVin: readonly ReadingCase[] = [
  ['"Hx VIN" after a documented VIN 3 of the labia majora is its history, Z86.002',
    'PMH: VIN 3 L labia majora, laser ablation 2016, no recurrence since; HTN\nA/P:\n3. Hx VIN - annual vulvar exam.\n',
    [['VIN 3 L labia', 'Z86002', 'history'], ['VIN', 'Z86002', 'history']]],
  ['an ungraded VIN with no vulvar neoplasm documented waits for none', 'A/P: 2. Hx VIN - annual vulvar exam.\n', []],
];

describe('narrative reader, round 23 leftovers (tuner I)', () => {
  describe('a skin excision\'s margin line names the specimen\'s melanoma', () => checkReadings(melanomaMargins));
  describe('a medullary carcinoma with no organ is the thyroid\'s', () => checkReadings(medullaryThyroid));
  describe('a survivor\'s cancer stays past beside a behaviour\'s cycle or another\'s relapse', () => checkReadings(survivorsCourse));
  describe('a relative at the bedside hears of the patient\'s cancer', () => checkReadings(bedsideRelatives));
  describe('an ungraded VIN restates the note\'s vulvar neoplasm', () => checkReadings(ungradedVin));
});
