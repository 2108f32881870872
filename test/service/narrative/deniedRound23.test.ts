import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 23 (issue 12): negated, uncertain and hypothetical mentions the reader missed entirely. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// ANNOTATION.md: a negated or hypothetical mention is coded as written and takes no site from the cancer the note documents
// elsewhere. A tumour type the Index sends to a tissue, written with no site, is then coded at the tissue's own row: Index
// Sarcoma, Liposarcoma — see Neoplasm, connective tissue, malignant; table: connective tissue NOS / Malignant Primary C49.9
// (Tabular C49.9 Malignant neoplasm of connective and soft tissue, unspecified).
// Dev notes: d158 and d301 ("MDM2 FISH negative (not dedifferentiated liposarcoma)", "dedifferentiated liposarcoma is excluded"),
// d758 ("very small risk of radiation-associated sarcoma"), d802 (a plan's "dedifferentiated liposarcoma"), d541 (a screening
// list's "sarcomas (WBMRI)").
const deniedOrForeseenTissueTumours: readonly ReadingCase[] = [
  ['"not dedifferentiated liposarcoma" is a denied sarcoma of connective tissue NOS, C49.9',
    'HPI: Core bx 11/19 of the R thigh mass: high-grade pleomorphic sarcoma. MDM2 FISH negative (not dedifferentiated liposarcoma).\n',
    [['sarcoma', 'C4921', 'present'], ['liposarcoma', 'C499', 'negated']]],
  ['"risk of radiation-associated sarcoma" is a foreseen sarcoma, C49.9',
    'Plan:\n7. Counseled re: late effects - very small risk of radiation-associated sarcoma or lung cancer.\n',
    [['sarcoma', 'C499', 'hypothetical'], ['lung cancer', 'null', 'hypothetical']]],
  ['a screening list\'s "sarcomas (WBMRI)" is a foreseen sarcoma, C49.9',
    'Plan:\nScreening for brain tumors (annual MRI), sarcomas (WBMRI), leukemia (CBC).\n',
    [['brain tumors', 'D496', 'hypothetical'], ['sarcomas', 'C499', 'hypothetical'], ['leukemia', 'C9590', 'hypothetical']]],
];

// The same words affirmed, past or modifying another noun name no tumour the reader can place (round 13 found that an
// affirmed site-less sarcoma at C49.9 took a biopsy result whose site the sentences before name): they stay unread, and so
// does a sarcoma word that names a service or a treatment (d719 "not relevant to sarcoma tx", whose "not" denies a relevance).
const unplacedTissueTumours: readonly ReadingCase[] = [
  ['an affirmed site-less sarcoma stays unread', 'Assessment:\nsarcoma, on doxorubicin.\n', []],
  ['a past site-less sarcoma stays unread', 'PMH: sarcoma 2010.\n', []],
  ['"not relevant to sarcoma tx" denies no sarcoma', 'A/P:\n- Hx tubular adenomas - GI surveillance per schedule, not relevant to sarcoma tx.\n',
    [['tubular adenomas', 'Z860101', 'history']]],
  ['a sarcoma clinic and a tumor board are no sarcomas', 'Sarcoma clinic f/u. No change to plan from sarcoma tumor board.\n', []],
];

// Issue 12: an uncertain mention of a documented lesion takes the lesion's site. An assessment item opens with its finding and
// weighs its causes after it (as round 21's metastasis word, itemFinding.ts), so a malignancy or neoplasm with no site offered
// there is the finding's own: d388 "3. L parotid nodule - US-guided FNA to r/o neoplasm" (Index: Neoplasm, unspecified behavior;
// table: parotid gland / Unspecified Behavior D49.0, Tabular D49.0 Neoplasm of unspecified behavior of digestive system); d167
// "1. 14 mm part-solid RUL nodule … Low SUV does not exclude malignancy" (table: lung, upper lobe / Malignant Primary, right C34.11,
// Tabular C34.11 Malignant neoplasm of upper lobe, right bronchus or lung). A denied one ("No malignancy on biopsy") and a past one
// ("In this patient with a prior malignancy, metastasis cannot be excluded", d181) are not so read.
const itemMalignancies: readonly ReadingCase[] = [
  ['"3. L parotid nodule - US-guided FNA to r/o neoplasm" is the parotid\'s neoplasm, D49.0, uncertain',
    'A/P:\n3. L parotid nodule - US-guided FNA to r/o neoplasm; if benign, observe.\n', [['neoplasm', 'D490', 'uncertain']]],
  ['"RUL nodule … does not exclude malignancy" is the right upper lobe\'s, C34.11, uncertain',
    'A/P:\n1. 14 mm part-solid RUL nodule with growing solid component. Low SUV does not exclude malignancy in a part-solid lesion.\n',
    [['malignancy', 'C3411', 'uncertain']]],
  ['a denied malignancy of the item stays unread', 'A/P:\n1. 14 mm RUL nodule. No malignancy on biopsy.\n', []],
  ['a prior malignancy is no cause offered for the finding',
    'A/P:\n2. New 8 mm solid RUL nodule. In this patient with a prior malignancy, metastasis cannot be excluded.\n',
    [['metastasis', 'C7801', 'uncertain']]],
];

// ANNOTATION.md, round 15 and round 21 decisions (f): a denied recurrence at a named site is a mention of the cancer there, negated,
// on a scar too; a melanoma's is coded by the melanoma's morphology at the recurrence's site, as a basal cell carcinoma's by its skin
// type (skinScarRecurrence.ts). d112 "6. Hx MIS - no evidence of recurrence at the R cheek scar": Index Melanoma, in situ, face
// D03.3-; cheek → Tabular D03.39 Melanoma in situ of other parts of face. An invasive melanoma's: Index Melanoma, skin, upper limb;
// left → Tabular C43.62 Malignant melanoma of left upper limb, including shoulder. The melanoma must be written before the
// recurrence in its sentence.
const melanomaScarRecurrences: readonly ReadingCase[] = [
  ['"Hx MIS - no evidence of recurrence at the R cheek scar" is a denied melanoma in situ of the cheek, D03.39',
    'Assessment:\n6. Hx MIS - no evidence of recurrence at the R cheek scar.\n', [['recurrence at the R cheek', 'D0339', 'negated']]],
  ['"Hx melanoma L forearm s/p WLE - no recurrence at L forearm" is a denied melanoma of the left upper limb, C43.62',
    'HPI: Hx melanoma L forearm s/p WLE 2019 - no recurrence at L forearm.\n',
    [['melanoma L forearm', 'Z85820', 'history'], ['recurrence at L forearm', 'C4362', 'negated']]],
  ['a recurrence in the lungs after a melanoma of another sentence is no local recurrence',
    'A/P: melanoma of R calf, stage IIB. New pulmonary nodules - recurrence in the lungs suspected.\n', [['melanoma of R calf', 'C4371', 'present']]],
];

// The same rule for a recurrence at "the scar" with no site of its own: the scar is the one of the skin cancer its sentence named
// before it, at that cancer's site. d580 "Hx of melanoma in situ L upper back, excised w/ 5 mm margins 3/2021 - no recurrence at
// scar": Index Melanoma, in situ, trunk D03.5-; back → Tabular D03.59 Melanoma in situ of other part of trunk. A basal cell
// carcinoma's: table: skin, nose / Malignant Primary C44.31-; basal cell → Tabular C44.311 Basal cell carcinoma of skin of nose.
// A scar after the cancer's own sentence names no site.
const scarRecurrences: readonly ReadingCase[] = [
  ['"Hx of melanoma in situ L upper back … - no recurrence at scar" is a denied melanoma in situ of the back, D03.59',
    'HPI: Hx of melanoma in situ L upper back, excised w/ 5 mm margins 3/2021 - no recurrence at scar.\n',
    [['melanoma in situ L upper back', 'Z86006', 'history'], ['recurrence at scar', 'D0359', 'negated']]],
  ['"BCC L nasal ala s/p Mohs 2022, no recurrence at the Mohs scar" is a denied basal cell carcinoma of the nose, C44.311',
    'HPI: BCC L nasal ala s/p Mohs 2022, no recurrence at the Mohs scar.\n',
    [['BCC L nasal ala', 'Z85828', 'history'], ['recurrence at the Mohs scar', 'C44311', 'negated']]],
  ['a scar in the sentence after the melanoma\'s names no site', 'HPI: Hx melanoma. No recurrence at scar.\n', [['melanoma', 'Z85820', 'history']]],
];

// ANNOTATION.md, "Negative for X in a pathology part is a negated mention at the part's own labelled site", and round 21's node
// verdict ("One perigastric lymph node, negative for tumor (0/1)", nodeVerdict.ts): a verdict on lymph nodes that names the neoplasm
// as a malignancy denies their metastasis. d745 "- Four peribronchial (station 12R) lymph nodes negative for malignancy (0/4)" under
// a lung part: table: lymph gland, intrathoracic (bronchial) / Malignant Secondary → Tabular C77.1 Secondary and unspecified
// malignant neoplasm of intrathoracic lymph nodes. A fluid's verdict names no node: since round 24 it denies the malignancy at the
// fluid's own serosa (deniedSubjectSite.ts; table: pleura / Malignant Secondary C78.2, as d692's "prior pleural fluid 09/2026
// negative for malignant cells" is annotated), still no node's C77.-.
const nodeVerdictMalignancies: readonly ReadingCase[] = [
  ['"Four peribronchial (station 12R) lymph nodes negative for malignancy (0/4)" is a denied node metastasis, C77.1',
    'DIAGNOSIS:\nB. Lung, RUL, lobectomy:\n   - Invasive adenocarcinoma, 2.1 cm.\n   - Four peribronchial (station 12R) lymph nodes negative for malignancy (0/4).\n',
    [['adenocarcinoma', 'C3411', 'present'], ['malignancy', 'C771', 'negated']]],
  ['a pleural fluid negative for malignancy is no node verdict', 'Cytology: pleural fluid negative for malignancy.\n', [['malignancy', 'C782', 'negated']]],
];

describe('round 23 denied mentions', () => {
  describe('a denied or foreseen tumour of a tissue with no site', () => checkReadings(deniedOrForeseenTissueTumours));
  describe('a site-less tumour of a tissue that is not denied or foreseen', () => checkReadings(unplacedTissueTumours));
  describe('a hedged malignancy of an item\'s finding', () => checkReadings(itemMalignancies));
  describe('a denied recurrence at the scar of a melanoma', () => checkReadings(melanomaScarRecurrences));
  describe('a denied recurrence at the scar of the cancer before it', () => checkReadings(scarRecurrences));
  describe('a node verdict that denies a malignancy', () => checkReadings(nodeVerdictMalignancies));
});
