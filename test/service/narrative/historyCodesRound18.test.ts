import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * History codes round 18 (issue 12): the personal-history codes of benign neoplasms the reader missed because it did not read the
 * neoplasm's name (ANNOTATION.md, "Codes by assertion", history: Z86.01- for a benign neoplasm excised or treated). Codes checked
 * against the FY2027 code titles (/work/shared/codesets): Z86.018 Personal history of other benign neoplasm; Z86.03 Personal history
 * of neoplasm of uncertain behavior; Z86.0101 Personal history of adenomatous and serrated colon polyps; D24.1 / D24.2 Benign
 * neoplasm of right / left breast; D48.62 Neoplasm of uncertain behavior of left breast; C50.911 Malignant neoplasm of unspecified
 * site of right female breast; D12.6 Benign neoplasm of colon, unspecified.
 */

// Index: Tumor, phyllodes D48.6- (uncertain behaviour), with its subterms benign D24.- and malignant (see Neoplasm, breast,
// malignant). A phyllodes tumour called benign is a benign breast neoplasm, and once excised its history is Z86.018, not the
// uncertain-behaviour Z86.03 (d345 "Benign phyllodes tumor L breast, excised 2015", d742 "Hx of a benign phyllodes tumor R breast,
// excised 2015"). A phyllodes tumour of no stated behaviour stays D48.6-.
const phyllodesBehaviour: readonly ReadingCase[] = [
  ['an excised benign phyllodes tumour is a benign history', 'PMH: Benign phyllodes tumor L breast, excised 2015.',
    [['Benign phyllodes tumor L breast', 'Z86018', 'history']]],
  ['"Hx of a benign phyllodes tumor" is a benign history', 'PMH:\n- Hx of a benign phyllodes tumor R breast, excised 2015',
    [['benign phyllodes tumor R breast', 'Z86018', 'history']]],
  ['a present benign phyllodes tumour is D24.-', '45F with a benign phyllodes tumor of the R breast on core bx.', [['benign phyllodes tumor of the R breast', 'D241', 'present']]],
  ['a malignant phyllodes tumour is a breast malignancy', '45F with malignant phyllodes tumor of the R breast, 4 cm.',
    [['malignant phyllodes tumor of the R breast', 'C50911', 'present']]],
  ['a phyllodes tumour of no stated behaviour stays uncertain', '45F. Phyllodes tumor L breast on core bx.', [['Phyllodes tumor L breast', 'D4862', 'present']]],
];

// Removed colon adenomas are Z86.0101 (ANNOTATION.md, "Benign gynaecological neoplasms": "Removed colon adenomas are Z86.0101").
// An adenomatous polyp is an adenoma (Index: Polyp, adenomatous — see Neoplasm, benign), of the colon unless a site is written as
// for the tubular adenoma (table: intestine, large, colon / Benign D12.6): "Hx of adenomatous colon polyps (last scope 2022)" (d710).
// "TA" names the tubular adenoma where the colon is written beside it as well as a polyp word ("TA of colon removed 2022 (3 yr colo
// due 2025 - done, negative)", d759); elsewhere it stays unread.
const colonAdenomaNames: readonly ReadingCase[] = [
  ['"Hx of adenomatous colon polyps" is the colon polyps\' history', 'PMH: HTN. OSA. Hx of adenomatous colon polyps (last scope 2022).',
    [['adenomatous colon polyps', 'Z860101', 'history']]],
  ['"adenomatous polyps" are colon adenomas', 'PMH: HTN. Hx of adenomatous polyps.', [['adenomatous polyps', 'Z860101', 'history']]],
  ['an adenomatous polyp found now is present', 'Colonoscopy today: 9 mm adenomatous polyp, snared.', [['adenomatous polyp', 'D126', 'present']]],
  ['"TA of colon removed" is a removed tubular adenoma', 'PMH: HTN, T2DM, TA of colon removed 2022 (3 yr colo due 2025 - done, negative).',
    [['TA of colon', 'Z860101', 'history']]],
  ['a "TA" with no colon or polyp word stays unread', 'Pelvic US, TA and TV approach: normal uterus.', []],
];

// ANNOTATION.md, "A skin cancer (or other tumour) removed at a prior encounter and restated later as done is history" (Z85.828
// Personal history of other malignant neoplasm of skin; Z85.820 … of malignant melanoma of skin; C44.311 Basal cell carcinoma of
// skin of nose; C44.42 Squamous cell carcinoma of skin of scalp and neck). In a list of skin cancers each written with its site
// after it, the site closed off by a comma is the diagnosis's before it: the next cancer of the list is of its own site, not a
// restatement of the first (d506 "PMH: BCC L nasal ala (Mohs 2019), SCC R scalp (excised 2021), no recurrence of either").
const listedSkinCancers: readonly ReadingCase[] = [
  ['a second skin cancer of a list keeps its own site', 'PMH: BCC L nasal ala (Mohs 2019), SCC R scalp (excised 2021), no recurrence of either.',
    [['BCC L nasal ala', 'Z85828', 'history'], ['SCC R scalp', 'Z85828', 'history']]],
  ['a list with no parentheses too', 'PMH: BCC L nasal ala, SCC R scalp.', [['BCC L nasal ala', 'Z85828', 'history'], ['SCC R scalp', 'Z85828', 'history']]],
  ['a melanoma after a BCC takes its own site', 'PMH: BCC L nasal ala (Mohs 2019), melanoma R scalp.',
    [['BCC L nasal ala', 'Z85828', 'history'], ['melanoma R scalp', 'Z85820', 'history']]],
  ['present skin cancers of a list each keep their site', 'Assessment: BCC L nasal ala, SCC R scalp - Mohs for both.',
    [['BCC L nasal ala', 'C44311', 'present'], ['SCC R scalp', 'C4442', 'present']]],
  ['sites joined before one spread word stay its sites', 'Liver, bone mets.', [['Liver', 'C787', 'present'], ['bone mets', 'C7951', 'present']]],
];

// ANNOTATION.md, history: a neoplasm that "resolved" existed and is gone (Z86.018 Personal history of other benign neoplasm; Index:
// Lipoma D17.- by site, D17.22 Benign lipomatous neoplasm of skin and subcutaneous tissue of left arm). In an EHR problem table aligned
// by spaces each row is a record of its own, as a pipe table's is: the next row's status ("HFpEF ... Active 2024", whose first word is
// no title-case word) does not keep the row above current (d598).
const alignedTableRows: readonly ReadingCase[] = [
  ['a resolved row is history beside an active row below it',
    'Problem List                                              Status      Noted\nLipoma L shoulder                                         Resolved    2018\nHFpEF                                                     Active      2024',
    [['Lipoma L shoulder', 'Z86018', 'history']]],
  ['a tab-separated row too', 'Problem List\nLipoma L shoulder\tResolved\t2018\nHFpEF\tActive\t2024', [['Lipoma L shoulder', 'Z86018', 'history']]],
  ['an active row stays present', 'Problem List\nHFpEF                     Resolved    2018\nLipoma L shoulder         Active      2024',
    [['Lipoma L shoulder', 'D1722', 'present']]],
];

describe('narrative reader: history codes round 18', () => {
  describe('a phyllodes tumour called benign or malignant', () => checkReadings(phyllodesBehaviour));
  describe('colon adenomas named as adenomatous polyps or TA', () => checkReadings(colonAdenomaNames));
  describe('a list of skin cancers each with its site', () => checkReadings(listedSkinCancers));
  describe('rows of a table aligned by spaces', () => checkReadings(alignedTableRows));
});
