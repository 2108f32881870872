import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Specialty clinics round 21 (issue 12): organ-specialty clinic notes (dermatology, GI, pulmonary, urology, gynaecology,
 * endocrinology, neurotology; dev d883–d902), read as a coder reads them. Codes checked against the FY2027 code titles
 * (/work/shared/codesets/icd10cm-2027): D33.3 Benign neoplasm of cranial nerves; D25.9 Leiomyoma of uterus, unspecified;
 * D12.6 Benign neoplasm of colon, unspecified; Z86.0101 Personal history of adenomatous and serrated colon polyps; D49.0
 * Neoplasm of unspecified behavior of digestive system; D35.02 Benign neoplasm of left adrenal gland; C77.0 Secondary and unspecified malignant neoplasm of lymph nodes of head, face and neck;
 * D49.511 Neoplasm of unspecified behavior of right kidney; C17.9 Malignant neoplasm of small intestine, unspecified; D48.5 Neoplasm
 * of uncertain behavior of skin; D48.7 Neoplasm of uncertain behavior of other specified sites; D33.3 Benign neoplasm of cranial
 * nerves; D49.1 Neoplasm of unspecified behavior of respiratory system; C80.1 Malignant (primary) neoplasm, unspecified;
 * D01.7 Carcinoma in situ of other specified digestive organs; D13.6 Benign neoplasm of pancreas.
 */

// ANNOTATION.md round 18, "A code line's title in a coding abstract or summary is a mention coded as the code on its line":
// the EHR's diagnosis line writes the code and its Tabular title ("D33.3 Benign neoplasm of cranial nerves", d902; "D25.9
// Leiomyoma of uterus, unspecified" after a note documenting a submucosal fibroid, d898), so the title is that code. Only a
// code of the title's own category refines it; a code of another category (K63.5 Polyp of colon) leaves the words' code.
const writtenCodeTitles: readonly ReadingCase[] = [
  ['a title after its code takes the code the line writes (d902)', 'Dx: H90.42 SNHL, L; D33.3 Benign neoplasm of cranial nerves',
    [['Benign neoplasm of cranial', 'D333', 'present']]],
  ['a fibroid title after D25.9 is not the layer documented elsewhere (d898)',
    'US: 2.2 cm submucosal fibroid.\n\nD25.9 Leiomyoma of uterus, unspecified | N92.0',
    [['submucosal fibroid', 'D250', 'present'], ['Leiomyoma of uterus', 'D259', 'present']]],
  ['a code of another category leaves the words\' code', 'Problem: K63.5 tubular adenoma of colon',
    [['tubular adenoma of colon', 'D126', 'present']]],
];

// The same rule when the reader's words read no neoplasm in the title: "polyps" are none by themselves (ANNOTATION.md, "What is a
// mention"), and "Neoplasm of unspecified behavior" names no histology, yet the code line records one (d887's updated problem
// list, d792's diagnosis line). The whole official title must follow the code; a title cut short, or a code with no title, is none.
const unreadCodeTitles: readonly ReadingCase[] = [
  ['a personal history title after Z86.0101 is its history (d887)', 'Problem list updated:\n Z86.0101 Personal history of adenomatous and serrated colon polyps',
    [['Personal history of adenomatous and serrated colon polyps', 'Z860101', 'history']]],
  ['an unspecified-behaviour title after its code and a comma (d792)', 'Dx:\n--- D49.0, Neoplasm of unspecified behavior of digestive system',
    [['Neoplasm of unspecified behavior of digestive system', 'D490', 'present']]],
  ['a title cut short adds nothing to the words\' own reading', 'Problem list: Z86.0101 Personal history of adenomatous polyps',
    [['adenomatous polyps', 'Z860101', 'history']]],
  ['a code written alone is no mention', 'Codes billed: Z86.0101, K57.30', []],
];

// ANNOTATION.md, "Side and sub-site documented elsewhere in the note": an endocrine consult names the adrenal adenoma once with
// its organ and side (table: adrenal / Benign D35.02) and then writes "the adenoma", "aldosterone-producing adenoma" or
// "nonfunctioning adenoma" for the same lesion (d901); adenomas placed at two parts of the colon leave a bare one unread.
const restatedAdenomas: readonly ReadingCase[] = [
  ['a bare adenoma restates the one adrenal adenoma (d901)', 'CT: 2.1 cm L adrenal adenoma.\nPlan: adrenalectomy for the adenoma.',
    [['L adrenal adenoma', 'D3502', 'present'], ['adenoma', 'D3502', 'present']]],
  ['an adenoma named by its function restates it too (d901)', 'CT: 2.1 cm L adrenal adenoma.\nA: likely L aldosterone-producing adenoma.',
    [['L adrenal adenoma', 'D3502', 'present'], ['adenoma', 'D3502', 'uncertain']]],
  ['adenomas at two parts of the colon leave a bare one unread',
    'Colonoscopy: 6 mm cecal tubular adenoma and 14 mm transverse colon tubular adenoma removed.\n\nPlan: surveillance in 3 yrs given the adenoma size.',
    [['cecal tubular adenoma', 'D120', 'present'], ['transverse colon tubular adenoma', 'D123', 'present']]],
  ['a bare adenoma with no placed adenoma is none', 'Discussed that an adenoma can grow.', []],
];

// ANNOTATION.md, "Lymph node metastasis by region" (the Table's lymph gland rows): a Mohs consult names the nodes a facial cSCC
// may reach in a parenthesis, two rows of one Table region joined by a slash ("(parotid/neck)", both head, face and neck C77.0,
// d884); two rows of two regions name neither (C77.9, or C77.8 where both are documented).
const slashedNodeRegions: readonly ReadingCase[] = [
  ['two rows of one region after a slash name it (d884)', 'Discussed risk of nodal metastasis (parotid/neck) given transplant status.',
    [['nodal metastasis', 'C770', 'hypothetical']]],
  ['two rows of two regions name none', 'Discussed risk of nodal metastasis (axillary/supraclavicular) given transplant status.',
    [['nodal metastasis', 'C779', 'hypothetical']]],
];

// ANNOTATION.md, "Side and sub-site": a urology or endocrine clinic writes the lesion's size between its side and its organ ("R
// small renal mass", d895; "L large adrenal nodule"), and the side is the organ's (table: kidney / Unspecified D49.51-, right
// D49.511; adrenal / Benign D35.02). "small bowel" is a site of its own and keeps its row (table: intestine, small C17.9).
const sizeBetweenSideAndOrgan: readonly ReadingCase[] = [
  // The oncocytic neoplasm itself is the Uncertain Behavior column (ANNOTATION.md round 21; specialtyRound21b.test.ts): D41.01 at the right.
  ['a size word between the side and the kidney keeps the side (d895)', 'R small renal mass: oncocytic neoplasm.', [['oncocytic neoplasm', 'D4101', 'present']]],
  ['a size word between the side and the adrenal keeps the side', 'L large adrenal nodule, c/w adenoma.', [['adenoma', 'D3502', 'uncertain']]],
  ['"small bowel" after a side stays the small intestine', 'L small bowel adenocarcinoma.', [['L small bowel adenocarcinoma', 'C179', 'present']]],
];

// ANNOTATION.md, "Side and sub-site documented elsewhere" with the EHR's dermatology problem title: "Neoplasm of uncertain behavior,
// <body region>" titles a biopsied skin lesion, and a line that names the lesion a skin tumour ("clinically BCC") makes it the
// skin's (table: skin / Uncertain Behavior D48.5, d883); a title whose line names no skin tumour keeps the region's D48.7.
const skinLesionTitles: readonly ReadingCase[] = [
  ['a problem title whose line names a BCC is the skin\'s (d883)', 'A/P:\n1. Neoplasm of uncertain behavior, L preauricular cheek - clinically BCC, bx A sent.',
    [['Neoplasm of uncertain behavior, L preauricular cheek', 'D485', 'present'], ['BCC', 'C44319', 'present']]],
  ['a problem title with no skin tumour on its line keeps the region', 'A/P:\n1. Neoplasm of uncertain behavior, L forearm.\n2. BCC R nasal ala.',
    [['Neoplasm of uncertain behavior, L forearm', 'D487', 'present'], ['BCC R nasal ala', 'C44311', 'present']]],
];

// Index: Neuroma, acoustic — see Neoplasm, nerve, cranial, acoustic, benign (table: acoustic nerve / Benign D33.3): a neurotology
// note that names the vestibular schwannoma in words writes "VS" for it afterwards, anywhere (d902's "(unilateral VS, age 54)");
// without the tumour named in words, a capital "VS" is "versus" or vital signs and is no mention.
const schwannomaAbbreviation: readonly ReadingCase[] = [
  ['"VS" restates the vestibular schwannoma the note names (d902)', 'MRI: L vestibular schwannoma.\nA/P: unilateral VS, observe.',
    [['vestibular schwannoma', 'D333', 'present'], ['VS', 'D333', 'present']]],
  ['"VS" with no schwannoma named is no mention', 'A/P: RCC VS oncocytoma, bx planned.', [['RCC', 'null', 'uncertain']]],
];

// ANNOTATION.md's rule on "tumor" (D49.- by site for "a survey of another organ or structure": "no endobronchial tumor" in the
// airway survey before the biopsy of a peripheral mass, d688, h260): the bronchoscopist's "endobronchial" is the bronchus (table:
// bronchus / Unspecified D49.1, d688, d892); a lesion word by itself stays no mention.
const endobronchialSite: readonly ReadingCase[] = [
  ['"no endobronchial tumor" is the bronchus\'s (d892)', 'LLL adenocarcinoma. Airway survey: no endobronchial tumor seen.',
    [['LLL adenocarcinoma', 'C3432', 'present'], ['endobronchial tumor', 'D491', 'negated']]],
  ['"no endobronchial lesions" is no mention', 'Airway exam: no endobronchial lesions.', []],
];

// ANNOTATION.md round 17, "A conditional plan's diagnosis is coded as written" (C80.1): a GI surveillance plan waits for any of a
// list of findings ("If HGD or intramucosal carcinoma -> EMR/ablation referral", d888), so the dysplasia named before the carcinoma
// and its own "intramucosal" stand between "if" and the carcinoma as the test's words do.
const awaitedFindingLists: readonly ReadingCase[] = [
  ['a carcinoma awaited after "HGD or" is coded as written (d888)', 'If HGD or intramucosal carcinoma -> EMR/ablation referral.',
    [['carcinoma', 'C801', 'hypothetical']]],
  ['a carcinoma denied after "HGD or" is not awaited', 'Negative for HGD or carcinoma.', []],
];

// ANNOTATION.md, "Neoplasm morphologies by their ICD-O behaviour": an IPMN with high-grade dysplasia is in situ (8453/2, table:
// pancreas / Ca in situ D01.7), written in a cyst clinic's referral criteria as "IPMN with HGD" (d890); a denied HGD leaves the
// IPMN benign (D13.6).
const ipmnWithHighGradeDysplasia: readonly ReadingCase[] = [
  ['"IPMN with HGD" is in situ (d890)', 'Pancreas: IPMN with HGD.', [['IPMN with HGD', 'D017', 'present']]],
  ['"IPMN with high-grade dysplasia" is in situ', 'Pancreas: IPMN with high-grade dysplasia.', [['IPMN with high-grade dysplasia', 'D017', 'present']]],
  ['an IPMN with HGD denied stays benign', 'Multifocal BD-IPMN, no HGD.', [['BD-IPMN', 'D136', 'present']]],
];

describe('specialty clinic notes, round 21', () => {
  describe('an IPMN with high-grade dysplasia', () => checkReadings(ipmnWithHighGradeDysplasia));
  describe('a plan awaiting one of a list of findings', () => checkReadings(awaitedFindingLists));
  describe('the bronchoscopist\'s endobronchial site', () => checkReadings(endobronchialSite));
  describe('an abbreviation the note establishes for a vestibular schwannoma', () => checkReadings(schwannomaAbbreviation));
  describe('a dermatology problem title at a body region', () => checkReadings(skinLesionTitles));
  describe('a size word between a side and its organ', () => checkReadings(sizeBetweenSideAndOrgan));
  describe('a parenthesis naming two node rows of one region', () => checkReadings(slashedNodeRegions));
  describe('a bare adenoma restating the encounter\'s one adenoma', () => checkReadings(restatedAdenomas));
  describe('a code line title the words do not read', () => checkReadings(unreadCodeTitles));
  describe('a title written after its code on a diagnosis line', () => checkReadings(writtenCodeTitles));
});
