import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Recall round 22 (issue 12): present, history and family mentions the reader missed entirely. Codes checked against the
 * FY2027 code titles (/work/shared/codesets/icd10cm-2027) and the Table of Neoplasms.
 */

// ANNOTATION.md, "Benign gynaecological neoplasms": an ovarian dermoid cyst is benign (Table: ovary / Benign D27.-; Tabular D27.1
// Benign neoplasm of left ovary, D27.9 … unspecified ovary), and removed it is Z86.018 (Personal history of other benign
// neoplasm). "Ovarian" is the lesion's organ, which the lexicon phrase swallowed and left site-less (dev notes d422, d898, d874);
// an ovarian cystectomy on a date removes it (d514), as a myomectomy removes a fibroid.
const ovarianDermoids: readonly ReadingCase[] = [
  ['"L ovarian dermoid" is the left ovary\'s benign neoplasm (d422, d898)', 'Pelvic MRI: L ovarian dermoid, 4 cm, stable.',
    [['ovarian dermoid', 'D271', 'present']]],
  ['a history of a right ovarian dermoid cyst (d874)', 'Hx R ovarian dermoid cyst (mature cystic teratoma) s/p cystectomy 2015.',
    [['ovarian dermoid cyst', 'Z86018', 'history']]],
  ['a dermoid cyst taken out by a dated cystectomy is history (d514)', 'PMH: endometriosis; L ovarian dermoid cyst s/p laparoscopic cystectomy 2019',
    [['ovarian dermoid cyst', 'Z86018', 'history']]],
  ['a dermoid cyst with no removal stays present', 'PMH: L ovarian dermoid cyst', [['ovarian dermoid cyst', 'D271', 'present']]],
];

// ANNOTATION.md, "Mixed germ cell tumour": the tumour and each component it names (embryonal carcinoma, yolk sac tumor, teratoma)
// are separate mentions with the tumour's code. A site-less teratoma in a note about a testis germ cell tumour is its component
// (dev notes d230, d822). Tabular C62.92 Malignant neoplasm of left testis, unspecified whether descended or undescended. A
// teratoma of another organ keeps its own behaviour (Table: ovary / Benign D27.-).
const germCellTeratomas: readonly ReadingCase[] = [
  ['a residual teratoma of a testicular GCT is the tumour\'s component (d230)', 'Left testicular mixed GCT s/p orchiectomy. Residual RP mass, likely teratoma.',
    [['Left testicular mixed GCT', 'C6292', 'present'], ['teratoma', 'C6292', 'uncertain']]],
  ['"mature teratoma" listed after a testicular GCT (d230, d822)', 'Left testicular mixed GCT: embryonal carcinoma 60%, mature teratoma 40%.',
    [['Left testicular mixed GCT', 'C6292', 'present'], ['embryonal carcinoma', 'C6292', 'present'], ['mature teratoma', 'C6292', 'present']]],
  ['an ovarian mature cystic teratoma stays benign', 'Mature cystic teratoma of the R ovary.', [['Mature cystic teratoma of the R ovary', 'D270', 'present']]],
];

// ANNOTATION.md, "Every occurrence is its own mention" and a skin history's list ("Hx of SCC, BCC" are two entries): the types a
// count breaks a generic skin cancer into ("NMSCs - >15 SCCs and BCCs", "11 NMSC (7 SCC, 4 BCC)") are lesions of their own, not the
// category restated (dev notes d390, d884). Tabular Z85.828 Personal history of other malignant neoplasm of skin; C44.92 Squamous
// cell carcinoma of skin, unspecified. A type restating the category in its parenthesis stays one mention.
const countedSkinTypes: readonly ReadingCase[] = [
  ['">15 SCCs" after "NMSCs" is its own history (d390)', 'Hx: Numerous prior NMSCs - >15 SCCs and BCCs excised since 2014.',
    [['NMSCs', 'Z85828', 'history'], ['SCCs', 'Z85828', 'history'], ['BCCs', 'Z85828', 'history']]],
  ['"(7 SCC, 4 BCC)" after "11 NMSC" (d884)', 'Skin exam. 11 NMSC since 2016 (7 SCC, 4 BCC).',
    [['NMSC', 'C4490', 'present'], ['SCC', 'C4492', 'present'], ['BCC', 'C4491', 'present']]],
  ['a type in the category\'s parenthesis stays one mention', 'Hx of skin cancer (SCC) of the scalp.',
    [['skin cancer (SCC) of the scalp', 'Z85828', 'history']]],
];

// ANNOTATION.md, "Side and sub-site documented elsewhere in the note": a benign histology written again with no site ("S/p R
// superficial parotidectomy for benign pleomorphic adenoma") restates the patient's neoplasm of that name the note places at one
// site (dev notes d855, d776). Index: Adenoma, pleomorphic — see Neoplasm, benign, by site; Table: parotid gland / Benign D11.0
// (Tabular D11.0 Benign neoplasm of parotid gland). Named at two sides it stays unread; a relative's is never placed.
const restatedBenignNames: readonly ReadingCase[] = [
  ['a site-less pleomorphic adenoma restates the parotid one (d855)',
    'PATH: Right parotid, superficial lobe, excision: Pleomorphic adenoma, 2.6 cm.\nIMPRESSION: S/p R superficial parotidectomy for benign pleomorphic adenoma.',
    [['Pleomorphic adenoma', 'D110', 'present'], ['pleomorphic adenoma', 'D110', 'present']]],
  ['named at two sides it stays unread', 'Pleomorphic adenoma of the R parotid. Pleomorphic adenoma of the L parotid. Recurrent pleomorphic adenoma is rare.',
    [['Pleomorphic adenoma of the R parotid', 'D110', 'present'], ['Pleomorphic adenoma of the L parotid', 'D110', 'present']]],
  ['with no placed naming it stays unread', 'Referred for pleomorphic adenoma.', []],
];

// ANNOTATION.md, "Every occurrence is its own mention": a tumour qualified as a second one ("contralateral breast ca", "synchronous
// …") a few words after the first is a lesion of its own, not the first restated (dev note d471). Tabular Z80.3 Family history of
// malignant neoplasm of breast.
const secondTumours: readonly ReadingCase[] = [
  ['a relative\'s contralateral breast cancer is its own entry (d471)', '- Maternal aunt: breast ca dx 44, contralateral breast ca at 60, alive',
    [['breast ca', 'Z803', 'family'], ['breast ca', 'Z803', 'family']]],
  ['a breast cancer restated a few words on stays one', 'Breast ca, ER+, breast ca is stable.', [['Breast ca', 'null', 'present']]],
];

describe('narrative recall round 22', () => {
  describe('an ovarian dermoid is the ovary\'s benign neoplasm', () => checkReadings(ovarianDermoids));
  describe('a teratoma of a testis germ cell tumour is its component', () => checkReadings(germCellTeratomas));
  describe('skin cancers a count breaks the category into', () => checkReadings(countedSkinTypes));
  describe('a benign histology restated with no site', () => checkReadings(restatedBenignNames));
  describe('a second tumour is no restatement', () => checkReadings(secondTumours));
});
