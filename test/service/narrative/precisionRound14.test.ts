import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Precision round 14 (issue 12): what the reader read that the note does not document, or read with the wrong code.
 * Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles
 * (data/icd10cm/2027) and the Table of Neoplasms.
 */

// ANNOTATION.md, consistency pass: "omental caking" / "omental cake" is an imaging sign, not a mention; the words that
// name the peritoneal spread (omental metastases, implants, carcinomatosis) stay mentions (omentum / Secondary C78.6).
const imagingSigns: readonly ReadingCase[] = [
  ['omental caking in a CT finding is no mention', 'CT A/P: moderate ascites with omental caking.', []],
  ['omental caking in an HPI is no mention', 'HPI: 62F with bloating, found to have omental caking and a large pelvic mass.', []],
  ['omental metastases beside it stay a mention', 'CT: omental caking; omental metastases.', [['omental metastases', 'C786', 'present']]],
];

// A parenthesis that opens with "originally" names where a (spread) melanoma arose: skin, back → Tabular C43.59 Malignant
// melanoma of other part of trunk; skin, leg → C43.72 Malignant melanoma of left lower limb, including hip; "(primary: …)"
// after "metastatic" likewise (skin, shoulder → C43.61 Malignant melanoma of right upper limb, including shoulder). The
// restatements take that one skin site (ANNOTATION.md, side and sub-site rule).
const originParenthesis: readonly ReadingCase[] = [
  ['"metastatic melanoma (originally on his upper back" is a melanoma of the back', 'Pt has metastatic melanoma (originally on his upper back, excised 2022) w/ known lung mets.\nPMH: melanoma as above.',
    [['melanoma (originally on his upper back', 'C4359', 'present'], ['lung mets', 'null', 'present'], ['melanoma', 'C4359', 'present']]],
  ['"(originally of the L calf" names the primary of a plain melanoma', 'Melanoma (originally of the L calf, WLE 2019), now with liver mets.',
    [['Melanoma (originally of the L calf', 'C4372', 'present'], ['liver mets', 'C787', 'present']]],
  ['"metastatic melanoma (primary: R posterior shoulder)" keeps its named primary', 'Metastatic melanoma (primary: R posterior shoulder) on nivolumab.',
    [['melanoma (primary: R posterior shoulder', 'C4361', 'present']]],
];

// A lipoma written once with its site and again without it is one tumour (as a mesothelioma or GIST is): Index Lipoma, site
// classification; Tabular D17.1 Benign lipomatous neoplasm of skin and subcutaneous tissue of trunk, D17.24 … of left leg; two
// sites leave the bare one D17.9 Benign lipomatous neoplasm, unspecified.
const restatedLipoma: readonly ReadingCase[] = [
  ['a problem list\'s "Lipoma of back" places the plan\'s bare "Lipoma"', 'PROBLEM LIST:\n- Lipoma of back\n\nA/P:\n3. Lipoma - benign, no intervention.',
    [['Lipoma of back', 'D171', 'present'], ['Lipoma', 'D171', 'present']]],
  ['"Lipoma, R upper back" places the assessment\'s bare "Lipoma"', 'Problems:\n8. Lipoma, R upper back - unchanged, asymptomatic\nA/P:\n- Lipoma: benign, no intervention.',
    [['Lipoma, R upper back', 'D171', 'present'], ['Lipoma', 'D171', 'present']]],
  ['lipomas at two sites leave the bare one unspecified (thigh: D17.24 … of left leg)', 'PMH: lipoma of back; lipoma of the L thigh.\nA/P: lipoma - benign.',
    [['lipoma of back', 'D171', 'present'], ['lipoma of the L thigh', 'D1724', 'present'], ['lipoma', 'D179', 'present']]],
];

// Nevi of skin written once at one site and again without it are the encounter's nevi there (ANNOTATION.md, side and sub-site
// rule; Index: Nevus, skin, trunk → Tabular D22.5 Melanocytic nevi of trunk); nevi at two sites leave the bare ones D22.9
// Melanocytic nevi, unspecified (D22.62 … of left upper limb, including shoulder, for the forearm's).
const restatedNevi: readonly ReadingCase[] = [
  ['a skin check\'s "nevi trunk" places the plan\'s "benign nevi"', 'Exam: several benign appearing nevi trunk, none atypical on dermoscopy.\nA/P:\n5. SKs / benign nevi - reassurance.',
    [['nevi trunk', 'D225', 'present'], ['nevi', 'D225', 'present']]],
  ['nevi at two sites leave the plan\'s unspecified', 'Exam: benign appearing nevi trunk; compound nevus L forearm.\nA/P:\n5. Benign nevi - reassurance.',
    [['nevi trunk', 'D225', 'present'], ['compound nevus L forearm', 'D2262', 'present'], ['nevi', 'D229', 'present']]],
];

// "Tumor deposits" is a colorectal synoptic report's staging property (AJCC N1c), not a metastasis; the corpus annotates no
// deposit (d334, d443). Deposits at a site stay that site's secondary (table: peritoneum / Malignant Secondary C78.6).
const stagingProperties: readonly ReadingCase[] = [
  ['a synoptic "TUMOR DEPOSITS: Not identified" is no mention', 'TUMOR DEPOSITS: Not identified', []],
  ['"Tumor deposits: not identified." in a pathology summary is no mention', 'Margins negative. No LVI. Tumor deposits: not identified.', []],
  ['peritoneal deposits stay a secondary', 'CT: new peritoneal deposits.', [['peritoneal deposits', 'C786', 'present']]],
];

// Index: Meningioma — see Neoplasm, meninges, benign: D32.9 Benign neoplasm of meninges, unspecified; over the brain D32.0
// Benign neoplasm of cerebral meninges. A glioma's name beside it is no word about where the meningioma is (GBM of the R
// temporal lobe: C71.2 Malignant neoplasm of temporal lobe).
const meningiomaPlace: readonly ReadingCase[] = [
  ['an incidental meningioma in a GBM note stays the meninges unspecified', 'Dx: GBM, IDH-wildtype, R temporal lobe, s/p GTR.\nPMH: Meningioma? - incidental on 2019 outside MRI.',
    [['GBM', 'C712', 'present'], ['Meningioma', 'D329', 'uncertain']]],
  ['a glioblastoma history does not place it either', 'Hx glioblastoma. Incidental meningioma, observe.', [['glioblastoma', 'Z85841', 'history'], ['meningioma', 'D329', 'present']]],
  ['an MRI brain report still places it over the brain', 'MRI brain: stable 1 cm L parafalcine enhancing lesion. PMH: meningioma, observe.', [['meningioma', 'D320', 'present']]],
];

// A denied leukaemia or myeloma of the type the encounter documents in remission codes that disease in remission
// (ANNOTATION.md: a denied involvement codes what its words would have if present): Tabular C92.01 Acute myeloblastic
// leukemia, in remission; C90.01 Multiple myeloma in remission; a newly diagnosed one keeps C92.00 … not having achieved
// remission.
const deniedInRemission: readonly ReadingCase[] = [
  ['"no evidence of acute myeloid leukemia" of an AML in CR1', 'AML in CR1. Marrow: no evidence of acute myeloid leukemia.',
    [['AML', 'C9201', 'present'], ['acute myeloid leukemia', 'C9201', 'negated']]],
  ['"no evidence of myeloma" before the remission is written', 'Last bone marrow showed no evidence of myeloma.\nA/P: Multiple myeloma in stringent CR on lenalidomide.',
    [['myeloma', 'C9001', 'negated'], ['Multiple myeloma', 'C9001', 'present']]],
  ['a newly diagnosed AML keeps its denied words not in remission', 'Newly diagnosed AML. CSF: no evidence of acute myeloid leukemia.',
    [['AML', 'C9200', 'present'], ['acute myeloid leukemia', 'C9200', 'negated']]],
];

// "Not mentions: … a non-neoplastic finding (… polyp not called an adenoma)" (ANNOTATION.md, "What is a mention"): a hyperplastic
// polyp is none. Round 21 ("A sessile serrated lesion is a mention; a hyperplastic polyp is not") made a sessile serrated lesion a
// serrated adenoma (ICD-O 8213/0; table: intestine, large, colon / Benign D12.6; d257, d405 mended), so these cases now read it.
const polypsNotAdenomas: readonly ReadingCase[] = [
  ['"Sessile serrated lesion without dysplasia" is a serrated adenoma (round 21)', 'E. Colon, polyp, polypectomy:\n- Sessile serrated lesion without dysplasia.',
    [['Sessile serrated lesion', 'D126', 'present']]],
  ['a hyperplastic polyp removed at colonoscopy is no mention', 'Colonoscopy: hyperplastic polyp ascending colon removed.', []],
  ['a sessile serrated adenoma still is', 'Colonoscopy: one sessile serrated adenoma, removed.', [['sessile serrated adenoma', 'D126', 'present']]],
];

// Growth by direct extension is the primary's own, not a metastasis (ANNOTATION.md: "direct extension, which is no metastasis"):
// sigmoid colon C18.7, liver / Malignant Secondary C78.7, gallbladder C23.
const directExtension: readonly ReadingCase[] = [
  ['"contiguous spread, not metastatic" is no metastasis', 'Metastatic sigmoid colon cancer to liver. Bladder involvement was by contiguous spread, not metastatic.',
    [['sigmoid colon cancer', 'C187', 'present'], ['cancer to liver', 'C787', 'present']]],
  ['"direct spread into the liver" is no metastasis', 'Gallbladder carcinoma with direct spread into the liver.', [['Gallbladder carcinoma', 'C23', 'present']]],
  ['"spread to the liver" still is', 'CT: spread to the liver.', [['spread to the liver', 'C787', 'present']]],
];

// A behaviour word before the site of a "tumor" gives it that behaviour, as "benign tumor of the brain" reads (Table of
// Neoplasms: brain, Benign → D33.2 Benign neoplasm of brain, unspecified; parotid, Benign → D11.0 Benign neoplasm of parotid
// gland; adrenal, Benign → D35.01 Benign neoplasm of right adrenal gland; brain, Malignant, history → Z85.841 Personal history
// of malignant neoplasm of brain). A relative's benign tumour is no family history of cancer (ANNOTATION.md, d470).
const behaviourWords: readonly ReadingCase[] = [
  ['a mother\'s "benign brain tumor (meningioma)" is no mention', 'FHx: Mother - benign brain tumor (meningioma), alive at 80.', []],
  ['"benign parotid tumor" is a benign neoplasm of the parotid', 'PMH: benign parotid tumor.', [['parotid tumor', 'D110', 'present']]],
  ['"Benign R adrenal tumor" is a benign adrenal neoplasm', 'Benign R adrenal tumor.', [['R adrenal tumor', 'D3501', 'present']]],
  ['"malignant brain tumor" in a history is the brain\'s cancer history', 'PMH: malignant brain tumor.', [['brain tumor', 'Z85841', 'history']]],
];

describe('precision round 14', () => {
  describe('behaviour words before a tumour\'s site', () => checkReadings(behaviourWords));
  describe('direct extension', () => checkReadings(directExtension));
  describe('polyps not called adenomas', () => checkReadings(polypsNotAdenomas));
  describe('denied disease in remission', () => checkReadings(deniedInRemission));
  describe('where a meningioma is', () => checkReadings(meningiomaPlace));
  describe('staging properties', () => checkReadings(stagingProperties));
  describe('nevi restated without their site', () => checkReadings(restatedNevi));
  describe('a lipoma restated without its site', () => checkReadings(restatedLipoma));
  describe('a parenthesis naming the origin', () => checkReadings(originParenthesis));
  describe('imaging signs that are no diagnosis', () => checkReadings(imagingSigns));
});
