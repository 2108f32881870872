import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 20 (issue 12): negated, uncertain and hypothetical mentions the reader missed entirely. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// ANNOTATION.md, "A recurrence at a named site, affirmed or denied, is a mention": "a recurrence in the primary's own bed or at its
// anastomosis is the primary … The assertion is the words' own". A recurrence written at the organ of the note's own neoplasm is
// that neoplasm's local recurrence (d718 "The pelvic exam shows no evidence of recurrence at the cervix" of a cervical SCC: table:
// cervix / Malignant Primary C53.9, Tabular C53.9 Malignant neoplasm of cervix uteri, unspecified; d268 "prostate recurrence is
// unlikely" after a prostatectomy: table: prostate / Malignant Primary C61; d514 "Surveillance for recurrence in the L ovary" of a
// serous borderline tumour: table: ovary / Uncertain Behavior, Tabular D39.12 Neoplasm of uncertain behavior of left ovary). A
// recurrence at another organ stays that organ's secondary, and an excised basal cell carcinoma's "no recurrence" stays its history cue.
const ownOrganRecurrences: readonly ReadingCase[] = [
  ['"no evidence of recurrence at the cervix" of a cervical cancer is C53.9, negated',
    'Hx of stage IIIC1 squamous cell carcinoma of the cervix s/p chemoRT 2025. The pelvic exam shows no evidence of recurrence at the cervix.\n',
    [['squamous cell carcinoma of the cervix', 'Z8541', 'history'], ['recurrence at the cervix', 'C539', 'negated']]],
  ['"prostate recurrence is unlikely" after a prostatectomy is C61, uncertain',
    'Hx prostate ca s/p prostatectomy 2016. New neck nodes; prostate recurrence is unlikely given undetectable PSA.\n',
    [['prostate ca', 'Z8546', 'history'], ['prostate recurrence', 'C61', 'uncertain']]],
  ['surveillance for recurrence in the other ovary of a borderline tumour is D39.12, hypothetical',
    'Stage IIA serous borderline tumor R ovary, fertility-sparing surgery complete.\n- Surveillance for recurrence in the L ovary: exam + TVUS q6mo.\n',
    [['serous borderline tumor R ovary', 'D3911', 'present'], ['recurrence in the L ovary', 'D3912', 'hypothetical']]],
  ['a recurrence in another organ stays that organ\'s secondary', 'Adenocarcinoma of the sigmoid colon. CT: recurrence in the liver.\n',
    [['Adenocarcinoma of the sigmoid colon', 'C187', 'present'], ['recurrence in the liver', 'C787', 'present']]],
  // Round 21 decisions (f) made a denied recurrence at a named skin site a mention, the excised cancer's negated code by its site
  // (d202 "no recurrence at R ear" → C44.212; skinScarRecurrence.ts, round 22): no longer only the excision's history cue.
  ['an excised basal cell carcinoma\'s "no recurrence at R ear" is C44.212, negated', 'Hx BCC R ear, Mohs 2020, no recurrence at R ear.\n',
    [['BCC R ear', 'Z85828', 'history'], ['recurrence at R ear', 'C44212', 'negated']]],
];

// ANNOTATION.md, "A recurrence at a named site, affirmed or denied, is a mention" ("recurrence at the ileocolic anastomosis"; "a
// recurrence in the primary's own bed or at its anastomosis is the primary"): the anastomosis names the resected primary's place, so
// the recurrence restates the encounter's one cancer at its site (d760 "Colonoscopy 10/2026: anastomosis intact, no recurrence" of a
// sigmoid adenocarcinoma: table: intestine, large, colon, sigmoid / Malignant Primary C18.7, Tabular C18.7 Malignant neoplasm of
// sigmoid colon; d166 "Ileocolic anastomosis …; no recurrence at anastomosis" of an ascending colon adenocarcinoma: C18.2 Malignant
// neoplasm of ascending colon). The restated cancer is the patient's, not a carcinoma the note denies (d166's rectal polyp "No
// invasive carcinoma"), and the same cancer named more narrowly elsewhere gives its narrower site (d760's "Colon cancer" beside the
// history's "sigmoid colon adenocarcinoma"). With cancers of two organs the anastomosis names neither and stays unread, and a
// melanoma in situ's "no recurrence at scar" is its excision's history cue.
const anastomoticRecurrences: readonly ReadingCase[] = [
  ['"anastomosis intact, no recurrence" restates the sigmoid cancer, negated',
    'Hx of sigmoid colon adenocarcinoma s/p sigmoid colectomy 2023, completed CAPOX.\nColonoscopy 10/2026: anastomosis intact, no recurrence; 2 small TAs removed.\n',
    [['sigmoid colon adenocarcinoma', 'Z85038', 'history'], ['recurrence', 'C187', 'negated'], ['TAs', 'Z860101', 'history']]],
  ['"no recurrence at anastomosis" is the ascending colon cancer\'s, not the denied rectal carcinoma\'s',
    'Adenocarcinoma of the ascending colon s/p right hemicolectomy 2022.\n- Ileocolic anastomosis widely patent; no recurrence at anastomosis.\n- Rectum: 22 mm LST. Path: tubulovillous adenoma. No invasive carcinoma.\n',
    [['Adenocarcinoma of the ascending colon', 'Z85038', 'history'], ['recurrence at anastomosis', 'C182', 'negated'], ['tubulovillous adenoma', 'D128', 'present'], ['carcinoma', 'C20', 'negated']]],
  ['the nearer "Colon cancer as above" gives way to the history\'s sigmoid site',
    'History of present illness:\n63 yo woman with a hx of sigmoid colon adenocarcinoma, pT3 N1b (2/17) M0, MSS, KRAS G12D, s/p\nlap sigmoid colectomy 05/2023 and adjuvant CAPOX x 8 cycles (3 mo oxali per IDEA, completed\n'
      + 'Colonoscopy 10/2026: anastomosis intact, no recurrence; 2 small TAs removed (4, 6 mm).\n\nPast medical history: HTN, obesity (BMI 33), OSA on CPAP, peripheral neuropathy gr 1 (oxali,\nresidual). Colon cancer as above.\n',
    [['sigmoid colon adenocarcinoma', 'Z85038', 'history'], ['recurrence', 'C187', 'negated'], ['TAs', 'Z860101', 'history'], ['Colon cancer', 'C187', 'present']]],
  ['with cancers of two organs the anastomosis names neither', 'Sigmoid colon adenocarcinoma. Prostate adenocarcinoma on ADT.\nNo recurrence at the anastomosis.\n',
    [['Sigmoid colon adenocarcinoma', 'C187', 'present'], ['Prostate adenocarcinoma', 'C61', 'present']]],
  ['a melanoma in situ\'s "no recurrence at scar" stays its history cue', 'Melanoma in situ L upper back excised 2021 - no recurrence at scar.\n',
    [['Melanoma in situ L upper back', 'Z86006', 'history']]],
];

// ANNOTATION.md, "Codes by assertion": an uncertain mention takes "the code the words would have if the condition were present"
// (Guidelines II.H: "suspicious for", "cannot exclude", "not excluded"), and a metastasis word concluding an image's finding is at
// the finding's site. An image names a lesion it cannot yet type by its look ("hypodensity", "lucency", "opacity"), as it does by
// "lesion" or "nodule" (d299 "New 1.0 cm segment 3 hypodensity, indeterminate; new metastasis not excluded"; d626 "6 mm hypodensity
// seg 6 liver, too small to characterize - ?cyst vs metastasis", where the report writes the site right after its noun): table:
// liver / Malignant Secondary C78.7, Tabular C78.7 Secondary malignant neoplasm of liver and intrahepatic bile duct; bone, ilium /
// Malignant Secondary C79.51. A finding given its own description after a comma is not under the hedge of the finding joined after it
// (d329 "hepatic hypodensity, too small to characterize, and new L adrenal nodule, suspicious for metastasis": only the adrenal,
// table: adrenal / Malignant Secondary, left C79.72).
const imagedFindings: readonly ReadingCase[] = [
  ['"hypodensity in the liver, suspicious for metastasis" is C78.7, uncertain', '- 6 mm hypodensity in the liver, suspicious for metastasis.\n',
    [['liver, suspicious for metastasis', 'C787', 'uncertain']]],
  ['"new metastasis not excluded" after a segment\'s hypodensity is C78.7, uncertain',
    'IMPRESSION:\n1. Rectal adenocarcinoma, restaging.\n2. New 1.0 cm segment 3 hypodensity, indeterminate; new metastasis not excluded. Suggest MRI liver.\n',
    [['Rectal adenocarcinoma', 'C20', 'present'], ['new metastasis', 'C787', 'uncertain']]],
  ['"hypodensity seg 6 liver … ?cyst vs metastasis" is C78.7, uncertain', '- 6 mm hypodensity seg 6 liver, too small to characterize - ?cyst vs metastasis.\n',
    [['seg 6 liver, too small to characterize - ?cyst vs metastasis', 'C787', 'uncertain']]],
  ['"lucency in the left iliac bone, suspicious for metastasis" is C79.51, uncertain', 'CT: lytic lucency in the left iliac bone, suspicious for metastasis.\n',
    [['left iliac bone, suspicious for metastasis', 'C7951', 'uncertain']]],
  ['a hypodensity described on its own is not under the adrenal nodule\'s hedge',
    'CT C/A/P: enlarging bilateral pulmonary nodules, new subcentimeter hepatic hypodensity, too small to characterize,\nand new L adrenal nodule, suspicious for metastasis.\n',
    [['L adrenal nodule, suspicious for metastasis', 'C7972', 'uncertain']]],
  // A clause after a semicolon goes on about the finding before it (d555 "Two 4 mm hypodensities in liver, too small to
  // characterize; favor cysts, cannot exclude small mets": C78.7 uncertain), unless it opens a denial of its own (d572 "no pelvic
  // adenopathy; no evidence of metastatic disease": ANNOTATION.md, "Sites and columns": a denied site-less "metastatic disease" is
  // Tabular C79.9 Secondary malignant neoplasm of unspecified site, negated).
  ['"…; favor cysts, cannot exclude small mets" is the liver\'s, uncertain', 'Two 4 mm hypodensities in liver, too small to characterize; favor cysts, cannot exclude small mets.\n',
    [['small mets', 'C787', 'uncertain']]],
  ['"no pelvic adenopathy; no evidence of metastatic disease" stays C79.9, negated',
    'Urothelial ca of the bladder. CT urogram 11/10: no upper tract filling defects, no hydronephrosis; no pelvic adenopathy; no evidence of\nmetastatic disease.\n',
    [['Urothelial ca of the bladder', 'C679', 'present'], ['metastatic disease', 'C799', 'negated']]],
  // A parenthesis after the finding noun lists its parts and sizes; the hedge after it concludes the finding (d450 "two new
  // hypoattenuating liver lesions (seg 5/6 2.4 cm, seg 8 1.3 cm), suspicious for metastatic disease", d213 "Two hypodense liver
  // lesions (seg 6 1.8 cm, seg 7 0.9 cm) - the larger concerning for metastasis": C78.7 uncertain). A cancer's own parenthesis names
  // no finding ("breast cancer with mets" does not make the breast a secondary site).
  ['"liver lesions (seg 5/6 2.4 cm, seg 8 1.3 cm), suspicious for metastatic disease" is C78.7, uncertain',
    'Surveillance CT 10/30/26: two new hypoattenuating liver lesions (seg 5/6 2.4 cm, seg 8 1.3 cm), suspicious for metastatic disease. CEA 21.\n',
    [['liver lesions (seg 5/6 2.4 cm, seg 8 1.3 cm), suspicious for metastatic disease', 'C787', 'uncertain']]],
  ['"liver lesions (seg 6 1.8 cm, seg 7 0.9 cm) - the larger concerning for metastasis" is C78.7, uncertain',
    'Two hypodense liver lesions\n(seg 6 1.8 cm, seg 7 0.9 cm) - the larger concerning for metastasis, the smaller too small to\ncharacterize, likely cyst.\n',
    [['liver lesions\n(seg 6 1.8 cm, seg 7 0.9 cm) - the larger concerning for metastasis', 'C787', 'uncertain']]],
  ['a cancer\'s own parenthesis names no finding', 'L breast cancer (IDC, 2.1 cm, grade 2), now with new mets.\n', [['L breast cancer', 'null', 'present']]],
];

// ANNOTATION.md, "Codes by assertion": the diagnoses of a differential are uncertain (Guidelines II.H, "versus"), each coded as the
// words would be if present, and a histology offered as another reading of a lesion is of the lesion's site (differential.ts). A
// list led by its own word ("Ddx", "Differential") whose sentence names no site is about the lesion the sentence before described
// (d277 "3.1 cm enhancing solid mass, lower pole L kidney … Ddx RCC vs oncocytoma", d765 "L renal mass … most c/w ccRCC. Differential
// oncocytoma, fat-poor AML", d576 "R renal mass, likely RCC (clear cell most common); ddx oncocytoma/fat-poor AML"): Index:
// Oncocytoma — see Neoplasm, benign, by site; table: kidney / Benign D30.0-, Tabular D30.01 / D30.02 Benign neoplasm of right / left
// kidney. A spread site the sentence before names ("possible omental dz") is not the lesion: the item stays unread.
const differentialLists: readonly ReadingCase[] = [
  ['"Ddx RCC vs oncocytoma" after the L kidney mass: D30.02, uncertain', 'CT showed a 3.1 cm enhancing solid mass, lower pole L kidney. Ddx RCC vs oncocytoma.\n',
    [['RCC', 'C642', 'uncertain'], ['oncocytoma', 'D3002', 'uncertain']]],
  ['"ddx oncocytoma/fat-poor AML" of a R renal mass: D30.01, uncertain', '58F w/ 3.4 cm enhancing R renal mass, likely RCC (clear cell most common); ddx oncocytoma/fat-poor AML.\n',
    [['RCC', 'C641', 'uncertain'], ['oncocytoma', 'D3001', 'uncertain'], ['fat-poor AML', 'D1771', 'uncertain']]],
  ['"Differential oncocytoma, fat-poor AML" two sentences after the L renal mass: D30.02, uncertain',
    '3.4 cm L renal mass. Imaging features most c/w ccRCC. Differential oncocytoma, fat-poor AML.\n',
    [['ccRCC', 'C642', 'uncertain'], ['oncocytoma', 'D3002', 'uncertain'], ['fat-poor AML', 'D1771', 'uncertain']]],
  ['a spread site before the differential is not its lesion',
    'Complex L adnexal mass, ascites: likely advanced given ascites/possible omental dz. Differential: borderline tumor, granulosa cell tumor.\n',
    [['omental dz', 'C786', 'uncertain'], ['granulosa cell tumor', 'D3912', 'uncertain']]],
];

// ANNOTATION.md, round 17: a conditional plan's diagnosis is coded as written, and "a site the condition's own words write is kept"
// ("If pelvic SLNs show macrometastasis" C77.5; "carcinoma in the groin node"). "Has" says what the specimen holds as "shows" or
// "contains" does (d713 "if the groin sentinel node has cancer": table: lymph gland, inguinal / Malignant Secondary C77.4, Tabular
// C77.4 Secondary and unspecified malignant neoplasm of inguinal and lower limb lymph nodes; d784 "if the sentinel node had
// macrometastasis" of a breast cancer: the axilla, C77.3). After "has" a participle is the verb's ("the cancer in my stomach has
// spread" names no spread of the stomach).
const conditionalNodes: readonly ReadingCase[] = [
  ['"if the groin sentinel node has cancer" is C77.4, hypothetical', 'Vulvar SCC. Discussed the possibility of needing a full groin dissection if the groin sentinel node has cancer.\n',
    [['Vulvar SCC', 'C519', 'present'], ['cancer', 'C774', 'hypothetical']]],
  ['"if the sentinel node had macrometastasis" of a breast cancer is C77.3, hypothetical', 'L breast IDC. Pt was aware that if the sentinel node had macrometastasis she could get an ALND.\n',
    [['L breast IDC', 'C50912', 'present'], ['node had macrometastasis', 'C773', 'hypothetical']]],
  ['"the cancer in my stomach has spread" names no spread of the stomach', 'Gastric adenocarcinoma. Pt understands "the cancer in my stomach has spread."\n',
    [['Gastric adenocarcinoma', 'C169', 'present'], ['cancer in my stomach', 'C169', 'present']]],
];

// ANNOTATION.md, "Codes by assertion" (a differential's readings are uncertain, each with its own code) and the slash rule's limit:
// only synonyms of one lesion joined by a slash are one entry ("HSIL/CIN 3"). "AIS/MIA" names two lesions of two behaviours, a lung
// adenocarcinoma in situ (table: lung, upper lobe / Ca in situ D02.2-, Tabular D02.22 Carcinoma in situ of left bronchus and lung)
// and a minimally invasive adenocarcinoma (invasive: table: lung, upper lobe / Malignant Primary C34.1-, Tabular C34.12 Malignant
// neoplasm of upper lobe, left bronchus or lung), as d697 "LUL 7 mm GGO - most likely AIS/MIA" and d200 annotate it: two mentions.
const slashedReadings: readonly ReadingCase[] = [
  ['"most likely AIS/MIA" of a LUL GGO is D02.22 and C34.12, uncertain', 'LUL 7 mm GGO - most likely AIS/MIA or atypical adenomatous hyperplasia; CT surveillance q6-12 mo.\n',
    [['AIS', 'D0222', 'uncertain'], ['MIA', 'C3412', 'uncertain']]],
  ['"CLL/SLL" stays one disease', 'CLL/SLL, Rai stage 0, watch and wait.\n', [['CLL/SLL', 'C9110', 'present']]],
];

// ANNOTATION.md, "Spread written as disease": after the adjective of an organ where spread is the rule, "disease" names the cancer
// there ("stable hepatic disease" C78.7, "peritoneal disease"), and "dz" is the notes' abbreviation of it, as "metastatic dz" and "no
// distant dz" already read (d778 "likely advanced given ascites/possible omental dz": table: omentum / Malignant Secondary C78.6,
// Tabular C78.6 Secondary malignant neoplasm of retroperitoneum and peritoneum, uncertain). "Pleural dz" stays unread, as "pleural
// disease" does (mostly another disease).
const abbreviatedDisease: readonly ReadingCase[] = [
  ['"possible omental dz" of an ovarian cancer is C78.6, uncertain',
    'CA-125 218, ascites: high suspicion for epithelial ovarian cancer (L), likely advanced given ascites/possible omental dz.\n',
    [['ovarian cancer', 'C562', 'uncertain'], ['omental dz', 'C786', 'uncertain']]],
  ['"stable hepatic dz" is C78.7', 'Metastatic colon ca, stable hepatic dz.\n', [['colon ca', 'C189', 'present'], ['hepatic dz', 'C787', 'present']]],
  ['"pleural dz" stays unread', 'Metastatic breast ca with new pleural dz.\n', [['breast ca', 'null', 'present']]],
];

describe('narrative reader, round 20: missed negated, uncertain and hypothetical mentions', () => {
  describe('a recurrence at the organ of the note\'s own neoplasm', () => checkReadings(ownOrganRecurrences));
  describe('a recurrence at the anastomosis', () => checkReadings(anastomoticRecurrences));
  describe('an image\'s finding nouns under a hedged metastasis', () => checkReadings(imagedFindings));
  describe('a differential list\'s items at the lesion it is about', () => checkReadings(differentialLists));
  describe('a conditional node finding with "has"', () => checkReadings(conditionalNodes));
  describe('two lesions joined by a slash', () => checkReadings(slashedReadings));
  describe('"dz" for disease after an organ adjective', () => checkReadings(abbreviatedDisease));
});
