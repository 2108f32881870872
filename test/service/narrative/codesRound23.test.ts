import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Codes round 23 (issue 12, tuner A): the right code for a mention the reader already finds. Codes checked against the FY2027
 * code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A screening-detected lung cancer is documented through the nodule the note found: one spiculated nodule in one lobe is the
// lobe of the suspected primary, as a mass is (table: lung, upper lobe / Malignant Primary C34.1-, Tabular C34.11 Malignant
// neoplasm of upper lobe, right bronchus or lung; d920 "2.3 cm spiculated RUL nodule … Highly suspicious for primary lung
// malignancy … pattern favoring lung primary"). Nodules of two lobes and sides document neither (C34.9-, null by side).
const nodularPrimary: readonly ReadingCase[] = [
  ['one RUL nodule documents the lobe of the suspected lung primary',
    'HPI: 71F former smoker w/ 2.3 cm spiculated RUL nodule found on LDCT screening 4/2026. PET 5/2026: SUV 7.8 in nodule and FDG-avid R hilar (10R) and R lower paratracheal (4R) nodes, SUV 4.1, no extrathoracic uptake, no pleural effusion, no adrenal lesion. Highly suspicious for primary lung malignancy, NSCLC most likely.',
    [['lung malignancy', 'C3411', 'uncertain']]],
  ['nodules of two lobes on two sides document no lobe',
    'HPI: 71F former smoker w/ 2.3 cm spiculated RUL nodule and a 9 mm LUL nodule found on LDCT screening 4/2026. PET 5/2026: SUV 7.8 in both and FDG-avid hilar and lower paratracheal nodes, SUV 4.1, no extrathoracic uptake, no pleural effusion, no adrenal lesion. Highly suspicious for primary lung malignancy, NSCLC most likely.',
    [['lung malignancy', 'null', 'uncertain']]],
];

// A sub-site written for a neoplasm of another type is where that neoplasm is, not the mention's own tumour (ANNOTATION.md, "Side
// and sub-site documented elsewhere in the note": a mention takes the side or sub-site the note documents "for that same
// disease"; table: brain NEC, temporal lobe / Malignant Primary C71.2, frontal lobe C71.1, Tabular C71.2 Malignant neoplasm of
// temporal lobe; cerebral meninges / Benign D32.0; d819 "Glioblastoma, IDH-wildtype, R temporal lobe … Stable L frontal meningioma.
// Tumor board …: consensus recurrent GBM"). A GBM with no documented lobe stays at the brain (C71.9); an untyped restatement
// ("recurrent tongue cancer" after "R lateral oral tongue SCC") still takes the typed cancer's sub-site (C02.1, tongue, border).
const otherNeoplasmSite: readonly ReadingCase[] = [
  ['a meningioma\'s lobe written near a GBM leaves the GBM the lobe its own diagnosis documents',
    'Problems:\n- Glioblastoma, IDH-wildtype, R temporal lobe, s/p subtotal resection 07/2026.\n- Incidental L frontal convexity meningioma, 1.1 cm, stable since 2021.\n\nMRI brain 11/19: new nodular enhancement along the resection cavity. Stable L frontal meningioma.\nTumor board 11/24: consensus recurrent GBM; switch to bevacizumab.',
    [['Glioblastoma', 'C712', 'present'], ['frontal convexity meningioma', 'D320', 'present'], ['frontal meningioma', 'D320', 'present'], ['GBM', 'C712', 'present']]],
  ['a meningioma\'s lobe gives no lobe to a GBM the note places nowhere',
    'Problems:\n- Incidental L frontal convexity meningioma, 1.1 cm, stable since 2021.\nMRI brain 11/19: new enhancing mass. Stable L frontal meningioma.\nTumor board 11/24: consensus GBM; switch to bevacizumab.',
    [['frontal convexity meningioma', 'D320', 'present'], ['frontal meningioma', 'D320', 'present'], ['GBM', 'C719', 'present']]],
  ['an untyped cancer still takes the sub-site of the typed one before it',
    'A/P:\n1. R lateral oral tongue SCC - no evidence of recurrence clinically or on CT.\n   R otalgia likely referred from TMJ; low suspicion for recurrent tongue cancer, recheck in 6 wks.',
    [['R lateral oral tongue SCC', 'Z85810', 'history'], ['tongue cancer', 'C021', 'uncertain']]],
];

// A cancer said to return in another organ is its spread there, as "breast cancer metastatic to the lung" is (Guideline I.C.2.d;
// ANNOTATION.md, "A former primary and its recurrence" and round 20's former primary named as a feared metastasis's source):
// a secondary at the organ with the words' hedge, the primary its history code (Tabular C78.01 Secondary malignant neoplasm of
// right lung, Z85.3 Personal history of malignant neoplasm of breast; C79.71 Secondary malignant neoplasm of right adrenal gland,
// Z85.528; d891 "worried this is 'the breast cancer coming back in the lung'", d875 "the kidney cancer coming back in the
// adrenal"). A return in the cancer's own organ is its own recurrence, no spread (d852 "the liver cancer coming back in the
// remaining liver").
const returnElsewhere: readonly ReadingCase[] = [
  ['a breast cancer feared to come back in the lung is a lung metastasis of the history',
    'HPI: Hx R breast cancer 2015 s/p lumpectomy + RT, NED. New RUL nodule. She is worried this is "the breast cancer coming back in the lung."',
    [['R breast cancer', 'Z853', 'history'], ['breast cancer', 'Z853', 'history'], ['coming back in the lung', 'C7801', 'uncertain']]],
  ['a kidney cancer coming back in the adrenal is an adrenal metastasis',
    'HPI: hx RCC s/p R nephrectomy 2019. New R adrenal nodule. He asked whether this could be the kidney cancer coming back in the adrenal.',
    [['RCC', 'Z85528', 'history'], ['kidney cancer', 'Z85528', 'history'], ['coming back in the adrenal', 'C7971', 'uncertain']]],
  ['a liver cancer coming back in the liver is no spread',
    'HPI: s/p sectionectomy for HCC. Explained MVI raises risk of the liver cancer coming back in the remaining liver.',
    [['HCC', 'C220', 'present'], ['liver cancer', 'C229', 'hypothetical']]],
];

// A denied recurrence of the patient's documented cancer takes that cancer's side and sub-site (ANNOTATION.md, round 22: were it
// present it would be that primary again; Tabular C50.912 Malignant neoplasm of unspecified site of left female breast, C32.0
// Malignant neoplasm of glottis; table: glottis / Malignant Primary C32.0; d102 "no … recurrent breast cancer", d610 "no evidence
// of recurrent laryngeal cancer", d856 "laryngeal cancer recurrence"). A denial that names no recurrence is coded as written
// (C32.9), and so is a recurrence after an in-situ lesion only: it names an invasive cancer the record does not document (d58,
// d254, d544: `null` by side).
const deniedRecurrence: readonly ReadingCase[] = [
  ['a denied recurrent breast cancer takes the documented breast cancer\'s side',
    'HPI: 62F with L breast IDC 2018 s/p lumpectomy + RT, on letrozole.\nPET 11/2026: no evidence of recurrent breast cancer.',
    [['L breast IDC', 'C50912', 'present'], ['breast cancer', 'C50912', 'negated']]],
  ['a denied recurrence after a DCIS only keeps its written breast',
    'HPI: 62F with L breast DCIS 2018 s/p lumpectomy + RT.\nPET 11/2026: no evidence of recurrent breast cancer.',
    [['L breast DCIS', 'D0512', 'present'], ['breast cancer', 'null', 'negated']]],
  ['a denied laryngeal cancer recurrence takes the glottis, written before or after',
    'HPI: 70M with T1a glottic SCC s/p RT 2021.\nScope today: no evidence of recurrent laryngeal cancer; no laryngeal cancer recurrence on CT.',
    [['glottic SCC', 'Z8521', 'history'], ['laryngeal cancer', 'C320', 'negated'], ['laryngeal cancer', 'C320', 'negated']]],
  ['a denied laryngeal cancer that names no recurrence is coded as written',
    'HPI: 70M with T1a glottic SCC s/p RT 2021.\nScope today: no evidence of laryngeal cancer.',
    [['glottic SCC', 'Z8521', 'history'], ['laryngeal cancer', 'C329', 'negated']]],
];

// "Metastatic" written between a site and a histology that names no organ says the carcinoma found at the site spread there
// (table: liver / Malignant Secondary C78.7, bone, humerus / Malignant Secondary C79.51; Tabular C78.7 Secondary malignant
// neoplasm of liver and intrahepatic bile duct, C79.51 Secondary malignant neoplasm of bone), not that the site is the primary
// (C22.9, C40.02); the reader read it so (no dev error: a corpus-neutral reading of the Table, the pattern of d932's pre-op
// diagnosis "L humeral shaft … suspected metastatic carcinoma"). "Metastatic breast carcinoma" still names the primary.
const spreadBeforeAnchor: readonly ReadingCase[] = [
  ['a carcinoma called metastatic after its site is a metastasis there',
    'Dx: liver, metastatic carcinoma.',
    [['liver, metastatic carcinoma', 'C787', 'present']]],
  ['a bone written before a suspected metastatic carcinoma is the bone it spread to',
    'Dx: L humerus, suspected metastatic carcinoma.',
    [['L humerus, suspected metastatic carcinoma', 'C7951', 'uncertain']]],
  ['"metastatic" before the site still names the primary',
    'Dx: metastatic breast carcinoma, female.',
    [['breast carcinoma', 'null', 'present']]],
];

describe('narrative reader: codes round 23', () => {
  describe('a lung nodule documents the lobe of a suspected primary', () => checkReadings(nodularPrimary));
  describe('a sub-site of a neoplasm of another type is not the mention\'s', () => checkReadings(otherNeoplasmSite));
  describe('a cancer coming back in another organ spread there', () => checkReadings(returnElsewhere));
  describe('a denied recurrence of the documented cancer takes its site', () => checkReadings(deniedRecurrence));
  describe('a site before "metastatic <histology>" is where it spread', () => checkReadings(spreadBeforeAnchor));
});
