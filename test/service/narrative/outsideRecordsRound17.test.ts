import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 17 (issue 12), outside records and post-acute care: what faxed, scanned and dictated records, nursing-home
 * assessments and hospice certifications write that the reader misread. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (icd10cm-codes-2027) and the Table of Neoplasms.
 */

// A nursing home's Minimum Data Set is "MDS" ("MDS 3.0 - Section I", "quarterly MDS review", "MDS coord."): ANNOTATION.md's
// MDS Section I rows are Diagnoses, and the form itself names no myelodysplastic syndrome (d706, d707, d717). "MDS" with no
// such word beside it stays Index: Syndrome, myelodysplastic D46.9 (Tabular D46.9 Myelodysplastic syndrome, unspecified).
const minimumDataSet: readonly ReadingCase[] = [
  ['the MDS form with its version and section is no mention', 'MDS 3.0 - SECTION I ACTIVE DIAGNOSES (5-day assessment, ARD 11/27):', []],
  ['a quarterly MDS review is no mention', 'Seen for 60 day visit + quarterly MDS review. MDS quarterly (ARD 11/21) Section I.', []],
  ['the MDS coordinator is no mention', 'Nursing: C. Okwu RN, MDS coord. P. Dahl', []],
  ['MDS alone stays the syndrome', 'Dx: MDS, on azacitidine.', [['MDS', 'D469', 'present']]],
  ['MDS before a cause stays the syndrome', 'Low-risk MDS due to prior chemo.', [['MDS', 'D469', 'present']]],
];

// OCR reads the strokes of an "m" as "rn" in scanned and faxed records ("rnetastatic melanoma", "rnelanoma",
// "adenocarcinorna"; d704, d714): the word is read as the term it spells once repaired, only when the damaged word is no
// term itself. Index: Melanoma, skin, upper limb C43.6- (Tabular C43.61 Malignant melanoma of right upper limb, including
// shoulder); table: brain NEC / Malignant Secondary C79.31.
const mergedLetters: readonly ReadingCase[] = [
  ['rnelanoma of a sided arm is the melanoma there', 'Bx: superficial spreading rnelanoma of the R arm.', [['superficial spreading rnelanoma of the R arm', 'C4361', 'present']]],
  ['rnetastatic melanoma to brain is a brain secondary', 'Dx: rnetastatic melanoma to brain.', [['melanoma', 'C439', 'present'], ['brain', 'C7931', 'present']]],
  ['a word whose rn is its own stays unread', 'Concern for return of the sternal pain.', []],
];

// Node regions joined by a plus sign before one node word ("bulky R hilar + mediastinal nodes") are each nodes, as with
// "and": the hilar nodes are table: lymph gland, hilar (pulmonary) / Malignant Secondary C77.1, not the lung's hilus that
// C34.0- / C78.0- would code, so the encounter's lung cancer takes no main-bronchus sub-site from them (d407, d463, d632, d715).
const plusJoinedRegions: readonly ReadingCase[] = [
  ['hilar + mediastinal node metastases are intrathoracic nodes', 'CT: RUL mass with R hilar + mediastinal lymph node metastases.',
    [['R hilar + mediastinal lymph node metastases', 'C771', 'present']]],
  ['hilar + mediastinal nodes give the lung cancer no hilus', 'Dx: Small cell lung cancer.\nCT: bulky R hilar + mediastinal nodes. ES-SCLC.',
    [['lung cancer', 'null', 'present'], ['ES-SCLC', 'null', 'present']]],
];

// ANNOTATION.md, "Synonyms of one lesion joined by a slash … are one entry spanning both names": an invasive breast carcinoma
// written with its in-situ part ("R breast DCIS/IDC 2009", d708) is one lesion, coded by its invasive part: table: breast /
// Malignant Primary C50.- (Tabular C50.912 Malignant neoplasm of unspecified site of left female breast), history Tabular Z85.3
// Personal history of malignant neoplasm of breast, not the in-situ history Z86.000. Two diseases' pairs stay two.
const oneLesionPairs: readonly ReadingCase[] = [
  ['DCIS/IDC in a history is the invasive cancer\'s history', 'PMH: personal hx of breast cancer (Z85.3) - R breast DCIS/IDC 2009, lumpectomy, RT, tamoxifen completed 2014, NED.',
    [['breast cancer', 'Z853', 'history'], ['R breast DCIS/IDC', 'Z853', 'history']]],
  ['IDC/DCIS of a sided breast is the invasive cancer', '62F. Path: L breast IDC/DCIS, grade 2.', [['L breast IDC/DCIS', 'C50912', 'present']]],
  ['MDS/AML stays two diseases', 'Dx: MDS/AML.', [['MDS', 'D469', 'present'], ['AML', 'C9200', 'present']]],
];

// A pathology report's list of findings goes on with the sites it calls uninvolved ("residual tumor in omentum (CRS 2), L ovary
// uninvolved", d711): a site set off by a comma and called clear, uninvolved or free is the next clause's, not the tumour's
// (no table: ovary / Unspecified Behavior D49.59 mention); the tumour keeps table: omentum / Unspecified Behavior D49.0 and the
// carcinoma its site (Tabular C56.1 Malignant neoplasm of right ovary; table: omentum / Malignant Secondary C78.6).
const uninvolvedSites: readonly ReadingCase[] = [
  ['an uninvolved ovary after the omentum is no site of the tumour', 'Path: HGSC of R ovary w/ residual tumor in omentum (CRS 2), L ovary uninvolved.',
    [['HGSC of R ovary', 'C561', 'present'], ['tumor in omentum', 'D490', 'present']]],
  ['an ovary free of tumour after the omentum is no site of the carcinoma', 'Metastatic carcinoma involving omentum, L ovary free of tumor.',
    [['carcinoma involving omentum', 'C786', 'present']]],
];

// The Minimum Data Set's Section I item "I0100 Cancer (with or without metastasis)" checked records an active cancer, which d706 and
// d707 annotate as the encounter's documented cancer (table: prostate / Malignant Primary C61; Tabular C50.412 Malignant neoplasm of
// upper-outer quadrant of left female breast, by ANNOTATION.md's side and sub-site rule). With cancers of two organs, or the box
// left blank, the item stays as before: no mention.
const mdsCancerItem: readonly ReadingCase[] = [
  ['a checked I0100 cancer is the one prostate cancer', 'Dx: prostate cancer w/ bone mets.\nMDS quarterly Section I: I0100 cancer [x], I0700 HTN [x].',
    [['prostate cancer', 'C61', 'present'], ['bone mets', 'C7951', 'present'], ['cancer', 'C61', 'present']]],
  ['a checked I0100 item after its dotted leader is the breast cancer', 'Dx: L breast cancer UOQ. 70F\nI0100 CANCER (WITH OR WITHOUT METASTASIS) .......... [X]',
    [['L breast cancer UOQ', 'C50412', 'present'], ['CANCER', 'C50412', 'present']]],
  ['an unchecked I0100 item is no mention', 'Dx: prostate cancer.\nI0100 CANCER (WITH OR WITHOUT METASTASIS) .......... [ ]  (HX ONLY)', [['prostate cancer', 'C61', 'present']]],
  // Round 19 (pastPrimaries.ts): a cancer written as past ("Hx colon cancer 2010") is no active diagnosis, so the checked item, which
  // the Minimum Data Set checks for an active diagnosis, is the one current prostate cancer (d707's "Hx bladder cancer" beside it).
  ['a checked I0100 item beside a past cancer of another organ is the current one', 'Dx: prostate cancer. Hx colon cancer 2010.\nI0100 cancer [x]',
    [['prostate cancer', 'C61', 'present'], ['colon cancer', 'Z85038', 'history'], ['cancer', 'C61', 'present']]],
  ['a checked I0100 item beside two current organs is no mention', 'Dx: prostate cancer; colon cancer on FOLFOX.\nI0100 cancer [x]',
    [['prostate cancer', 'C61', 'present'], ['colon cancer', 'C189', 'present']]],
];

// A specimen label that sets its procedure off with a semicolon ("A. UTERUS, CERVIX, …; TLH-BSO:", d704) names today's specimen:
// its removal word is no past-history lead over the findings listed below it, which are present (Tabular D25.1 Intramural
// leiomyoma of uterus, D25.2 Subserosal leiomyoma of uterus). A procedure heading a list on a line of its own still leads it.
const semicolonLabels: readonly ReadingCase[] = [
  ['leiomyomata under a semicolon label are present', 'FINAL DIAGNOSIS:\nA. UTERUS, CERVIX, BILATERAL FALLOPIAN TUBES AND OVARIES; TLH-BSO:\n   - INTRAMURAL AND SUBSEROSAL LEIOMYOMATA (LARGEST 3.1 CM).',
    [['INTRAMURAL AND SUBSEROSAL LEIOMYOMATA', 'D251', 'present'], ['INTRAMURAL AND SUBSEROSAL LEIOMYOMATA', 'D252', 'present']]],
  ['a status word heading a list still leads it', 'Resolved:\n- Basal cell carcinoma of R cheek - Mohs 2019', [['Basal cell carcinoma of R cheek', 'Z85828', 'history']]],
];

// ANNOTATION.md's lymph node rule: a resection's regional nodes take the region the organ drains to. Nodes counted in the sentence of
// a pathology result ("Invasive adenocarcinoma of sigmoid colon … (pT4a), 5 of 17 lymph nodes positive for metastatic adenocarcinoma",
// d705's transfer summary) were removed with the primary it names: the colon's are table: lymph gland / intra-abdominal / Malignant
// Secondary C77.2, not C77.9. A breast, whose nodes lie in two regions, gives none (C77.9).
const countedNodes: readonly ReadingCase[] = [
  ['counted nodes of a sigmoid primary are intra-abdominal', 'Path: Invasive adenocarcinoma of sigmoid colon, invades into pericolic fat and to visceral peritoneal surface (pT4a), 5 of 17 lymph nodes positive for metastatic adenocarcinoma (pN2a).',
    [['adenocarcinoma of sigmoid colon', 'C187', 'present'], ['lymph nodes positive for metastatic adenocarcinoma', 'C772', 'present']]],
  ['counted nodes of a breast primary keep no region', 'Path: IDC of L breast, 2 of 3 lymph nodes positive for metastatic carcinoma. she',
    [['IDC of L breast', 'C50912', 'present'], ['lymph nodes', 'C779', 'present']]],
];

// The Tabular titles of Z86.00- name the in-situ neoplasm as "in-situ neoplasm" ("Personal history of in-situ neoplasm of cervix
// uteri", a home-health 485's code list, d709): table: cervix / Ca in situ D06.9, so its history is Tabular Z86.001 Personal
// history of in-situ neoplasm of cervix uteri (Z86.000 of breast: breast / Ca in situ D05.-), not the unspecified behaviour D49.59.
// The words are read from the "neoplasm" anchor looking back (inSituNeoplasm.ts), so a sentence opening "In …" stays unread.
const inSituTitles: readonly ReadingCase[] = [
  ['the Z86.001 title is its history code', 'Dx: Personal history of in-situ neoplasm of cervix uteri', [['in-situ neoplasm of cervix uteri', 'Z86001', 'history']]],
  ['the Z86.000 title is its history code', 'Dx: Personal history of in-situ neoplasm of breast', [['in-situ neoplasm of breast', 'Z86000', 'history']]],
  ['an in situ neoplasm of the cervix is carcinoma in situ', 'Dx: in situ neoplasm of the cervix.', [['in situ neoplasm of the cervix', 'D069', 'present']]],
  ['a neoplasm of the cervix without the in-situ words keeps unspecified behaviour', 'Dx: neoplasm of the cervix.', [['neoplasm of the cervix', 'D4959', 'present']]],
  ['a sentence opening "In" names no neoplasm', 'In situ hybridization was performed. In this patient, metastasis cannot be excluded.', []],
];

describe('narrative reader: outside records and post-acute care, round 17', () => {
  describe('the Minimum Data Set', () => checkReadings(minimumDataSet));
  describe("OCR's rn for m", () => checkReadings(mergedLetters));
  describe('node regions joined by a plus sign', () => checkReadings(plusJoinedRegions));
  describe('an invasive and in-situ carcinoma named as one lesion', () => checkReadings(oneLesionPairs));
  describe('sites a report calls uninvolved', () => checkReadings(uninvolvedSites));
  describe("the Minimum Data Set's cancer item", () => checkReadings(mdsCancerItem));
  describe('a procedure set off in a specimen label', () => checkReadings(semicolonLabels));
  describe('nodes counted with a primary', () => checkReadings(countedNodes));
  describe('the in-situ neoplasm titles', () => checkReadings(inSituTitles));
});
