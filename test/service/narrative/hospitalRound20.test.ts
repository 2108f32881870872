import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Hospital notes round 20 (issue 12, the blind batch d803–d822): admissions where a cancer is the background or the cause of
 * the stay. Codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A cancer on neoadjuvant treatment is still in place, so the treatment given now makes the note's labelled history of it
// current (Guideline I.C.2.d: Z85 only when no further treatment is directed to the site; ANNOTATION.md round 15, "The primary
// stays present when the cancer itself is under systemic treatment at the note's time"; d821 "PMH notable for adenocarcinoma of
// the distal esophagus … on neoadjuvant chemoRT (wk 4)"). Table: esophagus, lower third / Malignant Primary C15.5.
const neoadjuvantTreatment: readonly ReadingCase[] = [
  ['"on neoadjuvant chemoRT" keeps the PMH-labelled cancer present',
    'HPI: PMH notable for adenocarcinoma of the distal esophagus dx 09/2026.\nImpression: distal esophageal adenocarcinoma on neoadjuvant chemoRT (wk 4).',
    [['adenocarcinoma of the distal esophagus', 'C155', 'present'], ['distal esophageal adenocarcinoma', 'C155', 'present']]],
  ['a labelled history with no treatment now stays history',
    'HPI: PMH notable for adenocarcinoma of the distal esophagus dx 2016.\nImpression: dysphagia, likely benign stricture.',
    [['adenocarcinoma of the distal esophagus', 'Z8501', 'history']]],
];

// A mesothelioma named with no site in a note that places its mesothelioma at one site is that one (Index: Mesothelioma,
// malignant, pleura C45.0; C45.9 unspecified; ANNOTATION.md "Side and sub-site documented elsewhere in the note"; d817 "concerning
// for malignant pleural mesothelioma" … "cytology: atypical mesothelial cells, cannot exclude mesothelioma"). A hypothetical one
// ("screening for mesothelioma") is coded as written (C45.9), as negated and hypothetical mentions take no documented site.
const documentedMesotheliomaSite: readonly ReadingCase[] = [
  ['a doubted site-less mesothelioma takes the pleura the note documents',
    '- CT chest: circumferential nodular R pleural thickening. Impression: concerning for malignant pleural mesothelioma.\n- Pleural fluid cytology (prelim): atypical mesothelial cells, cannot exclude mesothelioma; BAP1 IHC ordered.',
    [['malignant pleural mesothelioma', 'C450', 'uncertain'], ['mesothelioma', 'C450', 'uncertain']]],
  ['a hypothetical site-less mesothelioma stays unspecified',
    '- CT chest: circumferential nodular R pleural thickening. Impression: concerning for malignant pleural mesothelioma.\n- Plan: thoracoscopy; screening for mesothelioma in coworkers is advised.',
    [['malignant pleural mesothelioma', 'C450', 'uncertain'], ['mesothelioma', 'C459', 'hypothetical']]],
];

// "Bone marrow cancer" with the marrow as the organ of a generic "cancer" is the lay name of a blood cancer, the marrow's own
// primary (table: marrow (bone) / Malignant Primary C96.9, Tabular: Malignant neoplasm of lymphoid, hematopoietic and related
// tissue, unspecified), so a relative's is Z80.7 (Family history of other malignant neoplasms of lymphoid, hematopoietic and
// related tissues; d806 "brother w/ 'bone marrow cancer'"); a solid tumour found in a marrow sample stays its secondary C79.52.
const marrowCancer: readonly ReadingCase[] = [
  ['a relative\'s "bone marrow cancer" is Z80.7', 'Family hx: brother w/ "bone marrow cancer", deceased.', [['bone marrow cancer', 'Z807', 'family']]],
  ['a carcinoma in a marrow sample stays secondary', 'Bone marrow, biopsy: metastatic adenocarcinoma.', [['Bone marrow, biopsy: metastatic adenocarcinoma', 'C7952', 'present']]],
];

// A hedge closing its clause judges every reading joined by "and" before it, as it does readings joined by "or" or "vs" (issue 12
// "less likely" is uncertain; d804 "lymphoma and germ cell tumor less likely given age/smoking"). Index: Lymphoma (non-Hodgkin)
// C85.9-, C85.90 unspecified site.
const coordinatedHedge: readonly ReadingCase[] = [
  ['"X and <words> less likely" hedges X too', 'Lymphoma and germ cell tumor less likely given age.', [['Lymphoma', 'C8590', 'uncertain']]],
  ['"X and <words> not favored" hedges X too', 'Lymphoma and germ cell tumor not favored.', [['Lymphoma', 'C8590', 'uncertain']]],
];

// A problem list writes a patient's several skin cancers in the plural ("Basal cell carcinomas (multiple, face/scalp, Mohs x4, last
// 2025)", d818): the plural is the same histology (Index: Carcinoma, basal cell — see Neoplasm, skin, malignant; Tabular C44.91
// Basal cell carcinoma of skin, unspecified; Z85.828 Personal history of other malignant neoplasm of skin for one removed).
const pluralSkinCarcinomas: readonly ReadingCase[] = [
  ['"Basal cell carcinomas" in a past history list is Z85.828', 'PMH:\n3. Basal cell carcinomas (multiple, face/scalp, Mohs x4, last 2025) - sees derm q6mo',
    [['Basal cell carcinomas', 'Z85828', 'history']]],
  ['"squamous cell carcinomas of the skin" keeps its skin type', 'Bx today: squamous cell carcinomas of the skin, both forearms.',
    [['squamous cell carcinomas of the skin', 'C4492', 'present']]],
];

// A bare "cancer" made the patient's own by a possessive or "the", followed by words of its course or outlook, restates the
// encounter's one cancer (ANNOTATION.md round 17: words naming "a proven cancer's own … recurrence or progression" take its code;
// d815 "Explained that his cancer is progressing despite treatment", d822 "Discussed that the cancer is highly curable"). Table:
// stomach / Malignant Primary C16.9; testis, unspecified whether descended or undescended, left C62.92. A cancer in general
// ("Cancer is curable in most") and one of two organs restate nothing.
const ownCancerCourse: readonly ReadingCase[] = [
  ['"his cancer is progressing" restates the gastric cancer', 'HPI: 81M w/ metastatic gastric adenocarcinoma.\nExplained that his cancer is progressing despite treatment.',
    [['gastric adenocarcinoma', 'C169', 'present'], ['cancer', 'C169', 'present']]],
  ['"the cancer is highly curable" restates the testicular cancer', 'HPI: 24M w/ NSGCT of L testis.\nDiscussed that the cancer is highly curable even at this stage.',
    [['NSGCT of L testis', 'C6292', 'present'], ['cancer', 'C6292', 'present']]],
  ['a cancer in general restates nothing', 'HPI: 24M w/ NSGCT of L testis.\nCancer is curable in most.', [['NSGCT of L testis', 'C6292', 'present']]],
  ['a cancer of a two-organ encounter restates nothing', 'HPI: colon ca and bladder ca.\nHer cancer is progressing.',
    [['colon ca', 'C189', 'present'], ['bladder ca', 'C679', 'present']]],
];

// The nodes around the oesophagus as EUS reports spell them ("peri-esophageal lymph node metastasis by EUS-FNA", d821) are the
// Table's row lymph gland, esophageal: Malignant Secondary C77.1 (Tabular: Secondary and unspecified malignant neoplasm of
// intrathoracic lymph nodes), as "paraesophageal" already was.
const esophagealNodes: readonly ReadingCase[] = [
  ['"peri-esophageal lymph node metastasis" is C77.1', 'EUS: uT3N1; peri-esophageal lymph node metastasis by EUS-FNA.', [['peri-esophageal lymph node metastasis', 'C771', 'present']]],
  ['"periesophageal" written as one word', 'PET: FDG-avid periesophageal lymph node metastasis.', [['periesophageal lymph node metastasis', 'C771', 'present']]],
];

// A site's involvement by the patient's own named cancer ("pericardial involvement by her lung cancer", d808) is that cancer's
// spread to the site (table: pericardium / Malignant Secondary C79.89), and a hedge on the involvement ("malignant effusion most
// likely, i.e. …") weighs the spread, not its established source (table: lung / Malignant Primary C34.9-, no side written: null).
// A lymphoma's involvement is the lymphoma there, no metastasis (Index: Lymphoma C85.9-, fifth character by site).
const involvementByOwnCancer: readonly ReadingCase[] = [
  ['"pericardial involvement by her lung cancer" is the pericardium\'s secondary, the cancer unhedged',
    'Large pericardial effusion - malignant effusion most likely, i.e. pericardial involvement by her lung cancer; ddx drug-related.',
    [['pericardial involvement', 'C7989', 'uncertain'], ['lung cancer', 'null', 'present']]],
  ['an involvement by the lymphoma names no secondary', 'Possible pericardial involvement by the lymphoma.', [['lymphoma', 'C8590', 'uncertain']]],
];

// A metastasis to the CNS as a whole (table: nervous system (central) / Malignant Secondary C79.40) in a note whose nervous-system
// metastases are all of the brain is those brain metastases (Tabular C79.31 Secondary malignant neoplasm of brain; ANNOTATION.md
// "Side and sub-site documented elsewhere in the note"; d814 "CNS mets 2024 -> SRS x3 to L frontal, R parietal, R cerebellar
// lesions"). Leptomeningeal spread beside them (table: meninges, cerebral / Malignant Secondary C79.32) leaves C79.40.
const documentedCnsSite: readonly ReadingCase[] = [
  ['"CNS mets" of a note with brain metastases only is C79.31', 'HPI: breast ca, then CNS mets 2024 -> SRS x3.\nMRI brain: two new enhancing foci c/w new brain metastases.',
    [['breast ca', 'null', 'present'], ['CNS mets', 'C7931', 'present'], ['brain metastases', 'C7931', 'uncertain']]],
  ['"CNS mets" beside leptomeningeal disease stays C79.40', 'HPI: breast ca, then CNS mets 2024 -> SRS x3.\nMRI: brain metastases and new leptomeningeal disease.',
    [['breast ca', 'null', 'present'], ['CNS mets', 'C7940', 'present'], ['brain metastases', 'C7931', 'present'], ['leptomeningeal disease', 'C7932', 'present']]],
];

describe('hospital notes, round 20', () => {
  describe('a cancer on neoadjuvant treatment is current', () => checkReadings(neoadjuvantTreatment));
  describe('a site-less mesothelioma takes the documented site', () => checkReadings(documentedMesotheliomaSite));
  describe('the marrow\'s own cancer', () => checkReadings(marrowCancer));
  describe('a hedge after readings joined by "and"', () => checkReadings(coordinatedHedge));
  describe('plural skin carcinomas', () => checkReadings(pluralSkinCarcinomas));
  describe('the patient\'s cancer and its course', () => checkReadings(ownCancerCourse));
  describe('the nodes around the oesophagus', () => checkReadings(esophagealNodes));
  describe('an involvement by the patient\'s own cancer', () => checkReadings(involvementByOwnCancer));
  describe('CNS metastases documented in the brain', () => checkReadings(documentedCnsSite));
});
