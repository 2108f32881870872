import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Codes round 22 (issue 12, tuner A): the right code for a mention the reader already finds. Codes checked against the FY2027
 * code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// The sub-site the note documents for an organ's cancer (ANNOTATION.md, "Side and sub-site documented elsewhere in the note")
// is the invasive cancer's: a flat carcinoma in situ beside it at another part is a second lesion, so it leaves the cancer's
// one sub-site standing (table: bladder, wall, lateral / Malignant Primary C67.2; bladder / Ca in situ D09.0; bladder, dome
// C67.1; d572 "HG T1 urothelial ca L lat wall + CIS at dome"). Two sub-sites of the invasive cancer still leave it open.
const invasiveSubSite: readonly ReadingCase[] = [
  ['an in-situ lesion at the dome leaves the cancer its lateral wall',
    'HPI: 69M s/p TURBT 11/19 for HG T1 urothelial ca L lat wall + CIS (dome).\n\nImpression:\n1. Bladder cancer, plan re-TURBT.',
    [['urothelial ca', 'C672', 'present'], ['CIS', 'D090', 'present'], ['Bladder cancer', 'C672', 'present']]],
  ['two invasive sub-sites leave the bladder cancer unspecified',
    'HPI: 69M s/p TURBT 11/19 for HG T1 urothelial ca L lat wall and urothelial ca (posterior wall) + CIS (dome).\n\nImpression:\n1. Bladder cancer, plan re-TURBT.',
    [['urothelial ca', 'C672', 'present'], ['urothelial ca', 'C674', 'present'], ['CIS', 'D090', 'present'], ['Bladder cancer', 'C679', 'present']]],
];

// A negated finding that names its own site takes that site (ANNOTATION.md, round 17's second pass; table: brain, frontal lobe /
// Malignant Primary C71.1, temporal lobe C71.2): a glioma weighed in the sentence that describes the lobe's resection cavity
// or lesion is that lobe's, denied too (d434 "L frontal resection cavity …, no nodular enhancement to suggest recurrent glioma",
// d603 "no nodular enhancement in the R temporal cavity to suggest recurrent glioblastoma"). A lobe of another sentence is
// no site of the denied glioma's own, and two lobes name none.
const ownSentenceLobe: readonly ReadingCase[] = [
  ['a denied glioma takes the lobe of the cavity its sentence describes',
    'MRI brain 11/21/2026:\n - L frontal resection cavity with stable surrounding T2/FLAIR signal, no nodular enhancement to\n   suggest recurrent glioma.',
    [['glioma', 'C711', 'negated']]],
  ['a denied glioblastoma takes the lobe after "in the"',
    'Impression: no nodular enhancement in the R temporal cavity to suggest recurrent glioblastoma; pseudoprogression resolving.',
    [['glioblastoma', 'C712', 'negated']]],
  ['a lobe of another sentence leaves a denied glioma at the brain',
    'MRI brain: L frontal resection cavity, stable.\nNo nodular enhancement to suggest recurrent glioma.',
    [['glioma', 'C719', 'negated']]],
  ['two lobes in the sentence name no one lobe',
    'Impression: stable L frontal cavity and R temporal lesion, no enhancement to suggest recurrent glioma.',
    [['glioma', 'C719', 'negated']]],
];

// An organ the examination finds free of tumour ("R breast no masses") is the organ without the cancer, as one called normal is
// (normalSite.ts): it gives no side to the cancer written after it, which keeps the side and quadrant the note documents
// (ANNOTATION.md, "Side and sub-site documented elsewhere in the note"; table: breast, upper-outer quadrant / Malignant Primary
// C50.4-, Tabular C50.412 left female breast; d724 "Breast: well healed L lumpectomy scar, no palpable mass. R breast no
// masses." … "A/P: metastatic breast cancer to bone and liver"). A mass found there still gives its side.
const organFoundFree: readonly ReadingCase[] = [
  ['an examined breast free of masses gives no side to the cancer after it',
    'HPI: 61 y.o. female with metastatic L breast cancer (dx 2019 as IDC of the left breast UOQ).\n\nExam:\nBreast: well healed L lumpectomy scar. R breast no masses.\n\nA/P:\n#Metastatic breast ca - progression likely',
    [['L breast cancer', 'C50412', 'present'], ['IDC of the left breast UOQ', 'C50412', 'present'], ['breast ca', 'C50412', 'present']]],
  ['a breast with a mass found after the organ still gives its side',
    'Exam: R breast with 2 cm mass.\n\nA/P:\nBreast cancer, biopsy proven, female patient.',
    [['Breast cancer', 'C50911', 'present']]],
];

// A leukaemia foreseen in untyped words is coded as written (ANNOTATION.md, round 20: the untyped code stays "for a risk or a
// hypothetical"; Index: Leukemia C95.9-, Tabular C95.90 Leukemia, unspecified not having achieved remission), not by the type a
// foreseen AML of the note gives (d508 "risk to progress to myelofibrosis or leukemia" of a polycythemia vera, d711 a PARP
// inhibitor's "MDS/AML … leukemia" risk). The patient's own untyped leukaemia still takes the documented type (Index: Leukemia,
// myeloid, acute C92.0-).
const foreseenUntypedLeukaemia: readonly ReadingCase[] = [
  ['a foreseen leukaemia keeps its untyped code beside a foreseen AML',
    'Dx: JAK2+ polycythemia vera, on hydroxyurea.\nPlan: CBC q3mo. Discussed small risk of therapy-related AML on hydroxyurea and risk to progress to myelofibrosis or leukemia over time.',
    [['polycythemia vera', 'D45', 'present'], ['AML', 'C9200', 'hypothetical'], ['myelofibrosis', 'D474', 'hypothetical'], ['leukemia', 'C9590', 'hypothetical']]],
  ['a foreseen return of the patient\'s leukaemia keeps its type',
    'AML in CR1. Call for new skin lesions (possible leukemia recurrence in skin).',
    [['AML', 'C9201', 'present'], ['leukemia', 'C9201', 'hypothetical']]],
  ['the patient\'s untyped leukaemia takes the type',
    'Dx: AML with NPM1 mutation, s/p induction day 14.\nThe leukemia is responding; marrow blasts down.',
    [['AML', 'C9200', 'present'], ['leukemia', 'C9200', 'present']]],
];

// A denied residual tumour is the treated lesion denied, coded at the site the note documents for it (ANNOTATION.md, round 17's
// second pass, a proven cancer's residual "in every assertion"; Index: Melanoma, skin, lower limb C43.7-, Tabular C43.71
// Malignant melanoma of right lower limb, including hip; d281 "WLE: residual melanoma in situ at scar, margins clear. No
// residual invasive melanoma."). A denial that does not call the tumour residual stays as written (C43.9).
const deniedResidual: readonly ReadingCase[] = [
  ['a denied residual melanoma keeps the documented calf',
    'Dx: Melanoma, R posterior calf, Breslow 1.2 mm, on adjuvant nivolumab.\n- WLE: residual melanoma in situ at scar, margins clear. No residual invasive melanoma.',
    [['Melanoma, R posterior calf', 'C4371', 'present'], ['melanoma in situ', 'D0371', 'present'], ['invasive melanoma', 'C4371', 'negated']]],
  ['a denied melanoma not called residual stays as written',
    'Dx: Melanoma, R posterior calf, Breslow 1.2 mm, on adjuvant nivolumab.\n- WLE: melanoma in situ at scar, margins clear. No invasive melanoma.',
    [['Melanoma, R posterior calf', 'C4371', 'present'], ['melanoma in situ', 'D0371', 'present'], ['invasive melanoma', 'C439', 'negated']]],
];

// A node specimen's label places the carcinoma found in it at the node (table: lymph gland, mediastinal / Malignant Secondary
// C77.1; ANNOTATION.md, lymph node metastasis by region), also when a semicolon stands inside the label's parenthesis of
// sampling details (d752 "A. LYMPH NODE, STATION 7 (SUBCARINAL), EBUS-TBNA (4 passes; smears, cell block):"). A semicolon
// outside any parenthesis still splits the label as before (semicolonLabel.ts).
const parenthesizedSemicolon: readonly ReadingCase[] = [
  ['a semicolon inside the label parenthesis keeps the node label',
    'A. LYMPH NODE, STATION 7 (SUBCARINAL), EBUS-TBNA (4 passes; smears, cell block):\n   - Metastatic non-small cell carcinoma.',
    [['Metastatic non-small cell carcinoma', 'C771', 'present']]],
  ['two semicolons inside the parenthesis keep it too',
    'B. LYMPH NODE, STATION 4R, EBUS-TBNA (3 passes; smears; cell block):\n   - Metastatic non-small cell carcinoma, favor squamous.',
    [['Metastatic non-small cell carcinoma', 'C771', 'present']]],
];

// A site-less "colorectal" cancer or primary is null with C18.9, C19 and C20 (ANNOTATION.md, round 21 (h): the words name the
// large bowel without saying colon or rectum; Tabular C19's inclusion "colon with rectum" is one tumour of both; d81 "c/w
// colorectal primary", d246 "colorectal cancer", d816, d876 "Colorectal ca screening"). The rectosigmoid written as such keeps
// C19 (table: rectosigmoid / Malignant Primary C19), and a documented part of the colon still gives its code (C18.2).
const unsitedColorectal: readonly ReadingCase[] = [
  ['a site-less colorectal primary is null', 'Liver core: metastatic adenocarcinoma, c/w colorectal primary.',
    // Present: ANNOTATION.md round 15 second pass: "c/w <organ> primary" on tissue or cytology of a current primary is present (d81 mended from uncertain; assertion round 22, pathologyConclusion.ts).
    [['Liver core: metastatic adenocarcinoma', 'C787', 'present'], ['colorectal primary', 'null', 'present']]],
  ['a foreseen colorectal cancer is null too', 'Plan: colonoscopy for colorectal cancer screening, due 2027.', [['colorectal cancer', 'null', 'hypothetical']]],
  ['the rectosigmoid keeps C19', 'Dx: rectosigmoid cancer, on FOLFOX.', [['rectosigmoid cancer', 'C19', 'present']]],
  ['a documented colon part gives its code', 'Dx: adenocarcinoma of the ascending colon, on FOLFOX.\nA/P: metastatic colorectal cancer.',
    [['adenocarcinoma of the ascending colon', 'C182', 'present'], ['colorectal cancer', 'C182', 'present']]],
];

// A clock position written with the finding's own breast, in its specimen label, is part of the site the finding names, which a
// denial keeps (ANNOTATION.md, round 17: a negated finding that names its own site takes that site, as a pathology part's
// label does; round 21 (i); table: breast, upper-outer quadrant / Malignant Primary C50.4-, Tabular C50.412 left female breast;
// d779 "L breast 2:00 MRI-guided bx 11/06:\n Atypical ductal hyperplasia … No DCIS or invasive carcinoma."). A denial in
// another sentence keeps the breast as written (null, side and quadrant not its own).
const labelClock: readonly ReadingCase[] = [
  ['a denial under a breast label with a clock keeps the quadrant',
    '38F.\nL breast 2:00 MRI-guided bx 11/06:\n  Atypical ductal hyperplasia. No DCIS or invasive carcinoma.',
    [['DCIS', 'D0512', 'negated'], ['carcinoma', 'C50412', 'negated']]],
  ['a denial in another sentence keeps the breast as written',
    '38F. Known 9 mm invasive ductal carcinoma of the L breast at 2:00.\nContralateral screening MRI: no evidence of breast cancer.',
    [['ductal carcinoma of the L breast', 'C50412', 'present'], ['breast cancer', 'null', 'negated']]],
];

// The eye a nevus or tumour of the eye is in, written in words right after it ("L eye", "right eye"), is its side, as OD / OS
// are (table: choroid / Benign D31.3-, Tabular D31.32 Benign neoplasm of left choroid; d879 "3. Choroidal nevus L eye -
// ophtho f/u as scheduled").
const eyeInWords: readonly ReadingCase[] = [
  ['"L eye" after a choroidal nevus is its side', 'A/P: Choroidal nevus L eye, stable, photos in 1 yr.', [['Choroidal nevus', 'D3132', 'present']]],
  ['"right eye" after a choroidal melanoma is its side', 'Dx: choroidal melanoma right eye, plaque brachytherapy planned.', [['choroidal melanoma', 'C6931', 'present']]],
];

// A Warthin tumour or pleomorphic adenoma restated with no gland is the one major salivary gland the encounter places the same
// words at (ANNOTATION.md, "Side and sub-site documented elsewhere in the note"; Index: Warthin tumor — see Neoplasm, salivary
// gland, benign; table: parotid / Benign D11.0, salivary gland or duct D11.9; d829 "R parotid nodule (FNA 2024: Warthin
// tumor)" … "in keeping with the known Warthin tumor"): the Table prints the parotid as a row of its own, not under the gland.
const restatedGland: readonly ReadingCase[] = [
  ['a restated Warthin tumour takes the parotid the encounter places it at',
    'Followed by ENT for a R parotid nodule (FNA 2024: Warthin tumor).\nPET: stable 1.4 cm R parotid nodule, SUVmax 6.2, in keeping with the known Warthin tumor.\nIncidental: stable thyroid nodule; Warthin tumor is the likely cause of the parotid uptake.',
    [['Warthin tumor', 'D110', 'present'], ['Warthin tumor', 'D110', 'present'], ['Warthin tumor', 'D110', 'present']]],
];

describe('narrative reader: codes round 22', () => {
  describe('a restated salivary tumour takes its documented gland', () => checkReadings(restatedGland));
  describe('an eye side written in words', () => checkReadings(eyeInWords));
  describe('a clock in the finding\'s own label is its written site', () => checkReadings(labelClock));
  describe('a site-less colorectal cancer is null', () => checkReadings(unsitedColorectal));
  describe('a semicolon inside a label parenthesis splits no label', () => checkReadings(parenthesizedSemicolon));
  describe('a denied residual tumour keeps its documented site', () => checkReadings(deniedResidual));
  describe('a foreseen untyped leukaemia is coded as written', () => checkReadings(foreseenUntypedLeukaemia));
  describe('an organ found free of tumour gives no side', () => checkReadings(organFoundFree));
  describe('a denied glioma takes the lobe its own sentence names', () => checkReadings(ownSentenceLobe));
  describe('the invasive cancer documents its sub-site', () => checkReadings(invasiveSubSite));
});
