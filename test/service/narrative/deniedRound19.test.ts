import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 19 (issue 12): negated, uncertain and hypothetical mentions the reader missed entirely. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// ANNOTATION.md, round 17: "A denied tumour, residual or recurrence of a cancer recorded as history takes the cancer's own code,
// negated" ("no residual carcinoma" of a current bladder cancer, C67.2, d353), and "'Tumor' … that names a proven cancer's own
// lesion, residual, recurrence or progression takes the cancer's code, in every assertion". A carcinoma word called residual or
// recurrent restates the encounter's one cancer, whatever word names it (d153 "bx x6 - no residual carcinoma identified" of a distal
// oesophageal adenocarcinoma: table: esophagus, lower third / Malignant Primary C15.5; d284 "residual cancer", d500 "Residual
// adenocarcinoma"). Table: intestine, large, colon, sigmoid / Malignant Primary C18.7. With no cancer named, or with cancers of two
// organs, the words stay unread (the site-less denial names no site: ANNOTATION.md, issue 12).
const residualCarcinoma: readonly ReadingCase[] = [
  ['"no residual carcinoma identified" restates the one cancer, negated', 'Adenocarcinoma of the distal esophagus s/p chemoRT.\nEGD 11/24/2026: post-treatment changes; bx x6 - no residual carcinoma identified.\n',
    [['Adenocarcinoma of the distal esophagus', 'C155', 'present'], ['carcinoma', 'C155', 'negated']]],
  ['"no evidence of recurrent malignancy" restates the one cancer, negated', 'Sigmoid colon adenocarcinoma s/p resection 2023.\nColonoscopy: healthy anastomosis, no evidence of recurrent malignancy.\n',
    [['Sigmoid colon adenocarcinoma', 'C187', 'present'], ['malignancy', 'C187', 'negated']]],
  ['"residual invasive adenocarcinoma" of the one cancer is present', 'Sigmoid colon adenocarcinoma s/p FOLFOX.\nPath: residual invasive adenocarcinoma, 1.2 cm.\n',
    [['Sigmoid colon adenocarcinoma', 'C187', 'present'], ['adenocarcinoma', 'C187', 'present']]],
  ['with no cancer named the denial stays unread', 'EGD: post-treatment changes; no residual carcinoma identified.\n', []],
  ['with cancers of two organs the denial stays unread', 'Sigmoid colon adenocarcinoma. Prostate adenocarcinoma on ADT.\nColonoscopy: no residual carcinoma.\n',
    [['Sigmoid colon adenocarcinoma', 'C187', 'present'], ['Prostate adenocarcinoma', 'C61', 'present']]],
];

// ANNOTATION.md, "Negative for X in a pathology part is a negated mention at the part's own labelled site", and issue 12's "a
// tumour in a labelled node is its metastasis" ("Lymph node, excision: no tumor identified"): a verdict on lymph nodes that names
// the neoplasm "tumor" denies a node metastasis at the nodes its finding names (d271 "- One perigastric lymph node, negative for
// tumor (0/1)": table: lymph gland, intra-abdominal / Malignant Secondary C77.2). "Free of" and "negative for" before "tumor" still
// make no mention elsewhere ("10% of tumor" stays a measure; a margin's verdict keeps its own rule).
const nodeVerdicts: readonly ReadingCase[] = [
  ['"lymph node, negative for tumor" denies the node metastasis', 'Adenocarcinoma of stomach.\n- One perigastric lymph node, negative for tumor (0/1).\n',
    [['Adenocarcinoma of stomach', 'C169', 'present'], ['tumor', 'C772', 'negated']]],
  ['"negative for tumor" with no node subject stays unread', 'Adenocarcinoma of stomach.\n- Omentum, negative for tumor.\n- 10% of tumor is mucinous.\n',
    [['Adenocarcinoma of stomach', 'C169', 'present']]],
];

// ANNOTATION.md, round 17: "A conditional plan's diagnosis is coded as written, with no site from the lesion it is planned for"
// ("If bx confirms adenocarcinoma", "If final path shows adenocarcinoma": C80.1, d683, d686, d282, d546, d742): a histology that
// names no organ is the Table's unknown site or unspecified / Malignant Primary C80.1 (Tabular C80.1 Malignant (primary) neoplasm,
// unspecified), hypothetical; a site the condition's own words write is kept ("If pelvic SLNs show macrometastasis" C77.5; d713
// "If the final pathology shows carcinoma in the groin node": table: lymph gland, inguinal / Malignant Secondary C77.4).
const conditionalResults: readonly ReadingCase[] = [
  ['"If final path shows adenocarcinoma" takes no site from the mass', 'Pancreatic head mass.\n- If final path shows adenocarcinoma -> refer for pancreaticoduodenectomy\n',
    [['adenocarcinoma', 'C801', 'hypothetical']]],
  ['"if adenocarcinoma, plan LUL segmentectomy" is C80.1', 'New LUL nodule. P: bx; if adenocarcinoma, plan LUL segmentectomy.\n', [['adenocarcinoma', 'C801', 'hypothetical']]],
  ['"If bx shows carcinoma, breast MRI": the study\'s organ after the comma is not the carcinoma\'s', 'R breast mass, core bx 12/04. If bx shows carcinoma, breast MRI for extent.\n',
    [['carcinoma', 'C801', 'hypothetical']]],
  ['a site the condition writes after a preposition is kept', 'If the final pathology shows carcinoma in the groin node we will discuss radiation.\n',
    [['carcinoma in the groin node', 'C774', 'hypothetical']]],
  // "renal cell carcinoma" names the kidney (table: kidney / Malignant Primary, C64.- by side: null with its candidates).
  ['an organ-naming histology keeps its organ', 'Plan: if bx shows renal cell carcinoma, nephrectomy.\n', [['renal cell carcinoma', 'null', 'hypothetical']]],
];

// ANNOTATION.md, round 17: "A BI-RADS category line whose words name malignancy is a mention ('OVERALL ASSESSMENT: BI-RADS 5 -
// Highly suggestive of malignancy', 'ASSESSMENT: BI-RADS 5: Highly Suggestive of Malignancy') … with the site of the finding the
// category is given for" (d127, d664; d404's "OVERALL BI-RADS: 5 - Highly Suggestive of Malignancy", whose header names the
// category). Table: breast, upper-outer quadrant / Malignant Primary, left female C50.412 (2:00 of the left breast). The finding is
// the one the report read with the same descriptor, not a breast it clears; the number alone stays no mention (issue 12).
const biradsCategories: readonly ReadingCase[] = [
  ['"BI-RADS 5 - Highly suggestive of malignancy" restates its finding', '45F.\nIMPRESSION:\n1. L breast 2:00 mass, highly suggestive of malignancy.\n2. No evidence of malignancy in the right breast.\n\nOVERALL ASSESSMENT: BI-RADS 5 - Highly suggestive of malignancy.\n',
    [['malignancy', 'C50412', 'uncertain'], ['malignancy in the right breast', 'C50911', 'negated'], ['malignancy', 'C50412', 'uncertain']]],
  ['the category\'s number under its own header', '45F.\nIMPRESSION:\n1. L breast 2:00 mass, highly suggestive of malignancy.\n\nOVERALL BI-RADS: 5 - Highly Suggestive of Malignancy\n',
    [['malignancy', 'C50412', 'uncertain'], ['Malignancy', 'C50412', 'uncertain']]],
  ['a category with no finding read with its descriptor stays unread', '45F.\nIMPRESSION: L breast 2:00 mass.\n\nOVERALL ASSESSMENT: BI-RADS 5 - Highly suggestive of malignancy.\n', []],
  // A finding is read with the descriptor only within the category's own reach of its word: the left breast's "suggestive" is said of
  // a fibroadenoma, so the category is the right breast's (Table: breast, upper-outer quadrant, right female C50.411; 10:00 right). Index:
  // Fibroadenoma, specified site - see Neoplasm, benign, by site; Table: breast / Benign, left D24.2.
  ['a descriptor far from a finding\'s word does not read that finding with it', '45F.\nIMPRESSION:\n1. R breast 10:00 mass, highly suggestive of malignancy.\n2. L breast 2:00 mass, suggestive of a fibroadenoma on the prior study but now enlarged and irregular, concerning for malignancy.\n\nOVERALL ASSESSMENT: BI-RADS 5 - Highly suggestive of malignancy.\n',
    [['malignancy', 'C50411', 'uncertain'], ['fibroadenoma', 'D242', 'uncertain'], ['malignancy', 'C50412', 'uncertain'], ['malignancy', 'C50411', 'uncertain']]],
];

// ANNOTATION.md, 2026-12-04: "A site-less 'urothelial ca(ncer)' that no documented tumour of the patient locates (a screening, a
// risk, a surveillance for) is table: urinary organ or system / Malignant Primary C68.9" (Tabular C68.9, inclusion "Malignant
// neoplasm of urinary system NOS"), and negated and hypothetical mentions take no site from elsewhere (issue 12): d402 and d472
// "risk of urothelial ca", d537 "Urothelial cancer risk elevated w/ MSH2", d573's urine cytology "negative for high-grade urothelial
// carcinoma". A bladder the words write keeps table: bladder / Malignant Primary C67.9.
const urothelialAsWritten: readonly ReadingCase[] = [
  ['"Urothelial cancer risk" of a Lynch carrier is the urinary system\'s', 'Lynch (MSH2).\n - Urothelial cancer risk elevated w/ MSH2: annual UA.\n',
    [['Urothelial cancer', 'C689', 'hypothetical']]],
  ['a cytology "negative for high-grade urothelial carcinoma" is the urinary system\'s', 'Urine cytology: negative for high-grade urothelial carcinoma.\n',
    [['urothelial carcinoma', 'C689', 'negated']]],
  ['a denied bladder urothelial carcinoma keeps the bladder', 'No bladder urothelial carcinoma.\n', [['bladder urothelial carcinoma', 'C679', 'negated']]],
];

// ANNOTATION.md, "Uncertain mentions of the same lesion take its documented side or sub-site" and Guidelines II.H (code an uncertain
// diagnosis as if it existed): in "Must r/o endometrial hyperplasia/carcinoma" (d168) the organ word qualifies both readings of the
// differential, so the carcinoma is table: endometrium / Malignant Primary C54.1, uncertain; "no cervical dysplasia or carcinoma" is
// table: cervix uteri / Malignant Primary C53.9, negated. The non-neoplastic finding itself is no mention (ANNOTATION.md, "What is a
// mention"); a carcinoma with no organ before it stays unread.
const precursorDifferentials: readonly ReadingCase[] = [
  ['"r/o endometrial hyperplasia/carcinoma" is an endometrial carcinoma, uncertain', '62F PMB. Must r/o endometrial hyperplasia/carcinoma.\n',
    [['endometrial hyperplasia/carcinoma', 'C541', 'uncertain']]],
  ['"no cervical dysplasia or carcinoma" is a cervical carcinoma, negated', 'Bx: no cervical dysplasia or carcinoma.\n', [['cervical dysplasia or carcinoma', 'C539', 'negated']]],
  ['with no organ before the finding the carcinoma stays unread', 'Bx: no dysplasia or carcinoma.\n', []],
];

// ANNOTATION.md, 2026-12-05, "Spread written as 'disease'": "a site-less spread that is denied ('no distant disease') is Tabular
// C79.9 `negated`, the same statement as 'no distant metastatic disease' with the adjective elided" — also abbreviated "dz", as the
// lexicon already reads "distant metastatic dz" (d183 "PET/CT: avid RUL primary, 4R/10R nodes, no distant dz.").
const distantAbbreviated: readonly ReadingCase[] = [
  ['"no distant dz" denies distant spread', 'PET/CT: avid RUL primary, 4R/10R nodes, no distant dz.\n',
    [['RUL primary', 'C3411', 'present'], ['distant dz', 'C799', 'negated']]],
];

// ANNOTATION.md, "Distant metastases with no site named … and a denied site-less 'metastatic disease' … are mentions of Tabular
// C79.9 …, negated": "No evidence of new mets on CT A/P" (d367) denies new spread, "new" being the denied noun's adjective right
// after the denial; after a clause of its own ("No pain, new liver mets") it still opens a new finding (table: liver / Malignant
// Secondary C78.7, present).
const deniedNewSpread: readonly ReadingCase[] = [
  ['"No evidence of new mets" is a denied site-less spread', 'Admitted. No evidence of new mets on CT A/P.\n', [['mets', 'C799', 'negated']]],
  ['"new" after a clause of its own still ends the denial', 'Breast ca. No pain, new liver mets.\n', [['Breast ca', 'null', 'present'], ['liver mets', 'C787', 'present']]],
];

// ANNOTATION.md, "'Distant metastases' with no site named ('no evidence of distant metastatic disease') … Tabular C79.9, negated":
// "No distant mets on CT chest" (d735) names the study's field after "on", not where the metastases would be; a study of an organ
// still places a site-less metastasis in that organ (`studyContext.ts`: "MRI brain … mets" → table: brain / Malignant Secondary C79.31).
const studyFields: readonly ReadingCase[] = [
  ['"No distant mets on CT chest" is C79.9, negated', 'Klatskin tumor. No distant mets on CT chest.\n', [['Klatskin tumor', 'C240', 'present'], ['distant mets', 'C799', 'negated']]],
  ['"mets on MRI brain" stays the brain\'s', 'Possible mets on MRI brain.\n', [['mets on MRI brain', 'C7931', 'uncertain']]],
];

describe('narrative reader, round 19: denied and doubted mentions', () => {
  describe('a residual or recurrent carcinoma word restates the encounter\'s one cancer', () => checkReadings(residualCarcinoma));
  describe('a verdict on lymph nodes that names "tumor" denies a node metastasis', () => checkReadings(nodeVerdicts));
  describe('a carcinoma a plan is conditional on is coded as written', () => checkReadings(conditionalResults));
  describe('a BI-RADS category line naming malignancy restates its finding', () => checkReadings(biradsCategories));
  describe('a denied or foreseen urothelial carcinoma of no organ is the urinary system\'s', () => checkReadings(urothelialAsWritten));
  describe('an organ word before a non-neoplastic finding joined to a carcinoma is the carcinoma\'s too', () => checkReadings(precursorDifferentials));
  describe('"distant dz" is distant spread', () => checkReadings(distantAbbreviated));
  describe('"new" right after a denial is its noun\'s adjective', () => checkReadings(deniedNewSpread));
  describe('a body region after a study names its field', () => checkReadings(studyFields));
});
