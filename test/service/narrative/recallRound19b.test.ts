import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Recall round 19, second pass (issue 12): recurrences and restatements the reader missed. Codes checked against the FY2027
 * code titles (/work/shared/codesets/icd10cm-2027): C71.2 Malignant neoplasm of temporal lobe; C34.11 Malignant neoplasm of
 * upper lobe, right bronchus or lung; Z85.828 Personal history of other malignant neoplasm of skin; Z85.46 Personal history of
 * malignant neoplasm of prostate; C67.9 Malignant neoplasm of bladder, unspecified; D49.4 Neoplasm of unspecified behavior of
 * bladder; C79.82 Secondary malignant neoplasm of genital organs; C56.1 Malignant neoplasm of right ovary; C78.6 Secondary
 * malignant neoplasm of retroperitoneum and peritoneum; C49.21 Malignant neoplasm of connective and soft tissue of right lower
 * limb, including hip; C78.01 Secondary malignant neoplasm of right lung; C78.1 Secondary malignant neoplasm of mediastinum;
 * Z85.47 Personal history of malignant neoplasm of testis; C77.0 Secondary and unspecified malignant neoplasm of lymph nodes of
 * head, face and neck; C80.1 Malignant (primary) neoplasm, unspecified; Z85.46; C92.01 Acute myeloblastic leukemia, in remission;
 * Z85.038 Personal history of other malignant neoplasm of large intestine; C09.9 Malignant neoplasm of tonsil, unspecified; D07.5 Carcinoma in situ of prostate.
 */

// A site-less "tumor" restating the patient's proven cancer takes that cancer's code (ANNOTATION.md, "Tumor" of a proven cancer;
// restatedCarcinoma.ts). A cancer of another organ written as past ("Remote basal cell ca of nose excised 2015", "Hx of prostate
// cancer s/p prostatectomy 2012") is no longer current (Guideline I.C.2.d: Z85) and no longer holds the restatement back, as a
// benign neoplasm of another organ did not. Dev notes d159, d470, d603, d762, d800.
const pastCancerOfAnotherOrgan: readonly ReadingCase[] = [
  ['the tumour of a glioblastoma note is the glioblastoma beside a remote skin cancer',
    'Dx: R temporal GBM s/p GTR 6/2026, on adjuvant TMZ.\nPt asking whether the tumor is growing back.\n\nPMH: HTN. Remote basal cell ca of nose excised 2015, no recurrence.',
    [['temporal GBM', 'C712', 'present'], ['tumor', 'C712', 'uncertain'], ['basal cell ca of nose', 'Z85828', 'history']]],
  ['a denied residual tumour is the lung cancer beside a past prostate cancer',
    'Dx: RUL adenocarcinoma of lung, on osimertinib.\nHx of prostate cancer s/p prostatectomy 2012.\nCT chest: no residual tumor.',
    [['RUL adenocarcinoma', 'C3411', 'present'], ['prostate cancer', 'Z8546', 'history'], ['tumor', 'C3411', 'negated']]],
];

// "Tumor" restates a proven cancer only (ANNOTATION.md, "Tumor" of a proven cancer): a bladder cancer the consent only foresees
// ("possibility of muscle-invasive bladder cancer requiring cystectomy") leaves the resected tumours tumours of unknown behaviour
// (Index: Tumor — see also Neoplasm, unspecified behavior; Table: bladder / Unspecified Behavior D49.4), as d687 codes them. A
// proven bladder carcinoma still gives its tumour its code.
const foreseenCancer: readonly ReadingCase[] = [
  ['a tumour beside a foreseen bladder cancer stays of unknown behaviour',
    'Bladder tumor L lateral wall on cystoscopy. Discussed possibility of muscle-invasive bladder cancer requiring cystectomy. Dome tumor resected.',
    [['Bladder tumor', 'D494', 'present'], ['bladder cancer', 'C679', 'uncertain'], ['tumor', 'D494', 'present']]],
  ['a tumour beside a proven bladder carcinoma is the carcinoma',
    'Dx: bladder urothelial carcinoma, high grade. Dome tumor resected.',
    [['bladder urothelial carcinoma', 'C679', 'present'], ['tumor', 'C679', 'present']]],
];

// A recurrence at a named site is a mention, and "a recurrence in another organ is that organ's secondary" (ANNOTATION.md, "A
// recurrence at a named site, affirmed or denied, is a mention": an ovarian cancer at the vaginal cuff, table: vagina / Malignant
// Secondary C79.82). The vaginal cuff is the vagina a hysterectomy leaves (resectionBed.ts); an organ where spread is not the rule
// (lung, mediastinum, vagina) is another organ's secondary when the patient's cancers are named with their organs and none is of
// it (elsewhereRecurrence.ts; table: lung / Malignant Secondary C78.0-, mediastinum C78.1). Dev notes d122, d394, d601. A past
// primary's own organ is its own recurrence (d268: "Prostate recurrence is unlikely"), a leukaemia's recurrence in the skin no
// solid cancer's spread (d716), and with no primary named the organ may be the primary's own.
const recurrenceInAnotherOrgan: readonly ReadingCase[] = [
  ['an ovarian cancer recurring at the vaginal cuff is the vagina\'s secondary',
    'A/P: R ovarian carcinoma s/p TAH/BSO. Peritoneal metastases and vaginal cuff recurrence on CT.',
    [['R ovarian carcinoma', 'C561', 'present'], ['Peritoneal metastases', 'C786', 'present'], ['vaginal cuff recurrence', 'C7982', 'present']]],
  ['a thigh liposarcoma recurring in the lung is the lung\'s secondary',
    'Liposarcoma of the R thigh. Pulmonary recurrence (RLL, resected).',
    [['Liposarcoma of the R thigh', 'C4921', 'present'], ['Pulmonary recurrence', 'C7801', 'present']]],
  ['a denied mediastinal recurrence of a past testicular tumour is the mediastinum\'s secondary',
    'Hx testicular seminoma s/p orchiectomy 2019. CXR: no evidence of mediastinal recurrence of germ cell tumor.',
    [['testicular seminoma', 'Z8547', 'history'], ['mediastinal recurrence', 'C781', 'negated']]],
  // Round 20 (ownOrganRecurrence.ts): d268's gold codes the words as the prostate cancer's own local recurrence, C61 uncertain.
  ['a recurrence in a past primary\'s own organ is no secondary',
    'Dx: SCC of R neck node, unknown primary.\nPMH: Prostate ca 2016 s/p prostatectomy. Prostate recurrence is unlikely given undetectable PSA.',
    [['SCC of R neck node', 'C770', 'present'], ['unknown primary', 'C801', 'present'], ['Prostate ca', 'Z8546', 'history'], ['Prostate recurrence', 'C61', 'uncertain']]],
  ['a leukaemia recurring in the skin is no secondary of the past colon cancer',
    'AML in CR1. Hx colon cancer s/p R hemicolectomy 2015. Call for new skin lesions (possible leukemia recurrence in skin).',
    [['AML', 'C9201', 'present'], ['colon cancer', 'Z85038', 'history'], ['leukemia', 'C9201', 'hypothetical']]],
  ['a recurrence in the lung with no primary named is left to the primary',
    'Pulmonary recurrence (RLL), resected.',
    []],
];

// "Oligometastatic" is metastatic, as ANNOTATION.md reads "oligometastatic liver disease" (the liver's secondary, C78.7): the site
// written before it is the site of the recurrence after it ("pulmonary oligometastatic recurrence (RLL, resected)", d394;
// siteLists.ts; table: lung / Malignant Secondary C78.0-).
const oligometastaticRecurrence: readonly ReadingCase[] = [
  ['a pulmonary oligometastatic recurrence of a thigh liposarcoma is the lung\'s secondary',
    'Liposarcoma of the R thigh. Pulmonary oligometastatic recurrence (RLL, resected).',
    [['Liposarcoma of the R thigh', 'C4921', 'present'], ['Pulmonary oligometastatic recurrence', 'C7801', 'present']]],
];

// "An organ-named primary set off by a comma after its histology is its own mention ... and the histology keeps its own entry"
// (ANNOTATION.md; table: tonsil / Malignant Primary C09.9): "oropharyngeal SCC, left tonsil primary" is two entries, the SCC at the
// tonsil the primary names, not a second primary of the oropharynx (d154, d741; restatedSite.ts). A parenthesis sets it off too.
const commaSetPrimary: readonly ReadingCase[] = [
  ['a histology before a comma-set tonsil primary keeps its entry at the tonsil',
    'Dx: HPV-associated oropharyngeal SCC, left tonsil primary.',
    [['oropharyngeal SCC', 'C099', 'present'], ['left tonsil primary', 'C099', 'present']]],
  ['a histology before a parenthesised tonsil primary keeps its entry at the tonsil',
    '58M w/ HPV-associated oropharyngeal SCC (R tonsil primary, ipsilateral level II node 2.8 cm) on CRT.',
    [['oropharyngeal SCC', 'C099', 'present'], ['R tonsil primary', 'C099', 'present']]],
];

// Intraductal carcinoma of the prostate (IDC-P): Index: Carcinoma, intraductal — see Neoplasm, in situ, by site; table: prostate /
// Ca in situ D07.5 (Tabular D07.5 Carcinoma in situ of prostate). A prostatectomy synoptic's "Intraductal Carcinoma (IDC-P)" (d746).
const prostateIntraductal: readonly ReadingCase[] = [
  ['IDC-P is the prostate\'s carcinoma in situ', 'Intraductal Carcinoma (IDC-P) .... Present', [['IDC-P', 'D075', 'present']]],
  ['intraductal carcinoma of the prostate is the prostate\'s carcinoma in situ', 'Prostate, needle biopsy: intraductal carcinoma of the prostate.',
    [['intraductal carcinoma of the prostate', 'D075', 'present']]],
];

describe('narrative reader: recall round 19, second pass', () => {
  describe('intraductal carcinoma of the prostate is in situ', () => checkReadings(prostateIntraductal));
  describe('a histology keeps its entry beside its comma-set primary', () => checkReadings(commaSetPrimary));
  describe('a recurrence in another organ than the primary\'s is that organ\'s secondary', () => checkReadings(recurrenceInAnotherOrgan));
  describe('an oligometastatic recurrence keeps the site before it', () => checkReadings(oligometastaticRecurrence));
  describe('a past cancer of another organ does not block the restatement of the current one', () => checkReadings(pastCancerOfAnotherOrgan));
  describe('a tumour restates a proven cancer only', () => checkReadings(foreseenCancer));
});
