import { checkReadings, type ReadingCase } from './readingCases';

/**
 * Round 20 (issue 12): history against current, the personal-history code (Z85.-) against the active one. Codes from the
 * FY2026 code file (icd10cm-codes-2026.txt) and the Table of Neoplasms (FY2025).
 */
const CASES: readonly ReadingCase[] = [
  // ANNOTATION.md "Codes by assertion", history (Guideline I.C.2.d): a pointer back ("as above", "see above") says where the
  // disease is described, not that it is current; after the item's own "Hx" lead it stays history. Z85.038 "Personal history
  // of other malignant neoplasm of large intestine" (table: colon, sigmoid → Malignant Primary C18.7). From d850.
  ['a history lead keeps its item history before "as above"', 'A/P:\n- Hx sigmoid colon cancer as above (Z85.038)\n- Colonoscopy due 2028.',
    [['sigmoid colon cancer', 'Z85038', 'history']]],
  // ANNOTATION.md: "PMH: L breast cancer as above" names the current disease the HPI describes: with no history lead of its
  // own the pointer keeps the item current (table: breast, upper-outer quadrant unspecified → C50.912 left female breast).
  ['"as above" with no history lead keeps the item current', 'She has left breast cancer.\nPMH: L breast cancer as above, HTN.',
    [['left breast cancer', 'C50912', 'present'], ['L breast cancer', 'C50912', 'present']]],
  // ANNOTATION.md "Codes by assertion", history: "completed adjuvant …" with nothing still given is history (Guideline
  // I.C.2.d); a course finished *for* the disease it names is that disease's history. Z85.819 "Personal history of malignant
  // neoplasm of unspecified site of lip, oral cavity, and pharynx" (table: throat → pharynx C14.0). From d681.
  ['a treatment completed for the cancer it names is its history', 'He has completed treatment for his throat cancer and is now entering surveillance.',
    [['throat cancer', 'Z85819', 'history']]],
  // Z85.3 "Personal history of malignant neoplasm of breast".
  ['chemotherapy completed for a cancer is its history', 'She completed chemotherapy for breast cancer in 2019.', [['breast cancer', 'Z853', 'history']]],
  // ANNOTATION.md: "A cancer still treated is present, adjuvant endocrine therapy included ('completed RT, now on anastrozole')":
  // C50.912 (table: breast → Malignant Primary C50.9-, left female).
  ['a course completed before a treatment still given stays current', 'She completed chemo for her left breast cancer in 2019, now on anastrozole.',
    [['left breast cancer', 'C50912', 'present']]],
  // ANNOTATION.md round 15, items left as annotated: "Recurrent skin cancers" takes Z85.828 (the words name invasive skin
  // cancers, each removed in turn): "recurrent" before a plural of skin cancers keeps none of them current. Z85.828 "Personal
  // history of other malignant neoplasm of skin", Z86.007 "Personal history of in-situ neoplasm of skin". From d571, d722.
  ['"recurrent skin cancers" keeps none of the listed removed ones current',
    'Recurrent skin cancers - 3 in past 2 yrs: SCC R helix s/p Mohs 2024, BCC nasal tip Mohs 2025, and SCCIS L dorsal hand tx\'d w/ ED&C 3/2026.',
    [['skin cancers', 'Z85828', 'history'], ['SCC R helix', 'Z85828', 'history'], ['BCC nasal tip', 'Z85828', 'history'], ['SCCIS L dorsal hand', 'Z86007', 'history']]],
  ['"recurrent cutaneous SCCs" last excised are history', '5. Recurrent cutaneous SCCs (sun-exposed sites) - last excised L cheek 03/2026 by derm.',
    [['cutaneous SCCs', 'Z85828', 'history']]],
  // A single tumour called recurrent is that cancer back (table: cheek, external → skin of other parts of face; SCC C44.329).
  ['one skin cancer called recurrent stays current', 'Recurrent SCC of the R cheek, re-excision planned.', [['SCC of the R cheek', 'C44329', 'present']]],
  // Guideline I.C.2.d: history needs the neoplasm excised; a removal whose only date is its plan's ("scheduled 12/10") is still
  // to come. Index: Melanoma, in situ, trunk D03.59 (the back is trunk). From d506.
  ['a removal scheduled on a date leaves the lesion present', 'A/P: 1. MIS L upper back - WLE w/ 5 mm margins, scheduled 12/10.',
    [['MIS L upper back', 'D0359', 'present']]],
  // The removal's own date still dates it: Z86.006 "Personal history of melanoma in-situ".
  ['a removal on a past date is history', 'Melanoma in situ, R upper arm, WLE 2022.', [['Melanoma in situ, R upper arm', 'Z86006', 'history']]],
  // A guideline's edition year ("ASCCP 2019") is no date of the patient's removal: the excision is only preferred, so the CIN 3
  // stays present. Tabular inclusion: CIN III → D06.- (cervix, unspecified D06.9). From d777.
  ['a guideline\'s edition year does not date a removal', 'CIN 3 on colposcopic bx, positive ECC. Per ASCCP 2019 risk-based guidelines: excisional procedure recommended (CIN 3 + positive ECC -> excision preferred, ablation not acceptable).',
    [['CIN 3', 'D069', 'present'], ['CIN 3', 'D069', 'present']]],
  // ANNOTATION.md round 15 (d441 and after): "A former primary named as a metastasis's source is its own history mention ...
  // Z85.- history whatever hedge the metastasis carries". Z85.528 "Personal history of other malignant neoplasm of kidney",
  // Z85.3 breast, Z85.47 "Personal history of malignant neoplasm of testis". From d838, d859, d827.
  ['a prior cancer weighed as a source stays history', 'Metastasis from the prior renal cell carcinoma considered unlikely.',
    [['renal cell carcinoma', 'Z85528', 'history']]],
  ['her prior cancer in a differential of sources stays history',
    'Differential also includes metastasis to the ovary from her prior breast cancer (less likely given the long interval).',
    [['metastasis to the ovary', 'null', 'uncertain'], ['breast cancer', 'Z853', 'history']]],
  ['a remote cancer not considered related stays history', 'The remote testicular germ cell tumor is not considered related.',
    [['testicular germ cell tumor', 'Z8547', 'history']]],
  // A history lead set apart from the mention yields to the hedge after it, as before.
  ['a hedge after a set-apart history lead still hedges', 'Hx breast cancer, likely recurrent.', [['breast cancer', 'null', 'uncertain']]],
  // Guideline I.C.2.d: "remote L breast cancer" is the patient's past cancer; "now w/" opens the new findings since, not the
  // cancer's own status (Z85.3). A recurrence after it still keeps the cancer current (table: colon → C18.9; liver C78.7). From d782.
  ['"now with" after a remote cancer opens what is new', '67F w/ remote L breast cancer, now w/ 2 intra-axial brain lesions and sclerotic bone lesions.',
    [['L breast cancer', 'Z853', 'history']]],
  ['a recurrence after "now with" keeps a prior cancer current', 'Prior colon cancer, now with liver recurrence.',
    [['colon cancer', 'C189', 'present'], ['liver recurrence', 'C787', 'present']]],
];

describe('narrative: history against current (round 20)', () => {
  checkReadings(CASES);
});
