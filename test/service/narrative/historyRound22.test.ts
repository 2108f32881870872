import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * History round 22 (issue 12): the history code (Z85.-, Z86.0-) against the current code of the same words. ANNOTATION.md's
 * history rules (Guideline I.C.2.d: a primary excised or eradicated, no further treatment, no evidence of existing primary is
 * Z85; a metastasis is coded as a secondary site). Codes checked against the FY2027 code titles (/work/shared/codesets) and
 * the Table of Neoplasms (FY2025).
 */

// A metastasis weighed in a patient with a past cancer is the hedged new lesion, not the history of the old cancer
// (ANNOTATION.md "Codes by assertion": uncertain follows Guidelines II.H / IV.H; "A metastasis of a primary excised long ago
// … is coded as the secondary site, and the primary stays its history code", d337): d780 "metastasis from prior glottic SCC
// considered much less likely", d782 "pt w/ hx breast ca -- highly suspicious for brain metastases", d881 "pt w/ prior lung
// cancer -> high concern for brain metastasis", d923 "Ddx includes metastasis (… prostate ca remote …)". Table: brain /
// Malignant Secondary C79.31 (Tabular: Secondary malignant neoplasm of brain); bone / Malignant Secondary C79.51.
const hedgedSpread: readonly ReadingCase[] = [
  ['"high concern for" a brain metastasis after "prior" lung cancer', 'Headache in a pt w/ prior lung cancer -> high concern for brain metastasis.', [['lung cancer', 'Z85118', 'history'], ['brain metastasis', 'C7931', 'uncertain']]],
  ['"highly suspicious for" brain metastases after "hx" breast ca', 'Two enhancing lesions in pt w/ hx breast ca -- highly suspicious for brain metastases.', [['breast ca', 'Z853', 'history'], ['brain metastases', 'C7931', 'uncertain']]],
  ['"suspicious for" bone metastases after "remote" prostate cancer', 'Sclerotic L2 lesion suspicious for bone metastasis (prostate ca remote, PSA undetectable).', [['bone metastasis', 'C7951', 'uncertain'], ['prostate ca', 'Z8546', 'history']]],
];

// A former primary named in the same words as its spread elsewhere, in a note that documents that cancer as history, is the
// metastasis's source: Guideline I.C.2.d codes the former site Z85 and the spread as a secondary (ANNOTATION.md, "A former
// primary and its recurrence: one rule for rounds 13, 15 and 17": d782 "metastatic breast cancer recurrence to brain and bone"
// Z85.3, d796 "metastatic laryngeal SCC to the lung" Z85.21; round 14, '"Metastatic <histology>" is two entries … or the
// Z85.- history code when the note documents the primary as history: d421'). Index: History, personal, malignant neoplasm,
// breast Z85.3, larynx Z85.21; table: brain / Malignant Secondary C79.31, bone C79.51; lung with no side: null (C78.0-).
// A primary the note does not document as history keeps its own code.
const spreadSource: readonly ReadingCase[] = [
  ['"metastatic breast cancer recurrence to brain and bone" after a remote breast cancer', 'Remote L breast cancer, NED. Presumed metastatic breast cancer recurrence to brain and bone.', [['L breast cancer', 'Z853', 'history'], ['breast cancer', 'Z853', 'history'], ['recurrence to brain', 'C7931', 'uncertain'], ['bone', 'C7951', 'uncertain']]],
  ['"metastatic laryngeal SCC to the lung" after a glottic SCC treated and NED', 'Hx: glottic SCC 2015 s/p definitive RT, NED since. Metastatic laryngeal SCC to the lung less likely.', [['glottic SCC', 'Z8521', 'history'], ['laryngeal SCC', 'Z8521', 'history'], ['SCC to the lung', 'null', 'uncertain']]],
  ['a side-less "breast ca" named with its spread takes the history code its candidates share', 'Hx L breast ca - remote, NED; metastatic breast ca to lung very unlikely.', [['L breast ca', 'Z853', 'history'], ['breast ca', 'Z853', 'history'], ['ca to lung', 'null', 'uncertain']]],
  // "metastatic <histology naming its organ>" (round 14): d794 "Metastatic breast carcinoma not favored" Z85.3, d592 "metastatic
  // RCC (lung + bone)" Z85.528 (Index: History, personal, malignant neoplasm, kidney NEC Z85.528); table: pancreas / Malignant
  // Secondary is digestive organ NEC C78.89; a denied "negative for metastatic colon carcinoma" keeps its own code C18.9 (d302).
  ['"metastatic RCC (lung + bone)" after a nephrectomy and NED', 'Hx of RCC s/p nephrectomy 2019, NED. Now metastatic RCC (lung + bone).', [['RCC', 'Z85528', 'history'], ['RCC', 'Z85528', 'history'], ['lung', 'null', 'present'], ['bone', 'C7951', 'present']]],
  ['"metastatic breast carcinoma not favored" after a remote breast cancer', 'Remote L breast ca, NED. FNA pancreas: metastatic breast carcinoma not favored.', [['L breast ca', 'Z853', 'history'], ['metastatic breast carcinoma', 'C7889', 'uncertain'], ['breast carcinoma', 'Z853', 'history']]],
  ['a denied "metastatic colon carcinoma" keeps its own code', 'Hx colon cancer s/p colectomy 2015, NED. Liver bx: negative for metastatic colon carcinoma.', [['colon cancer', 'Z85038', 'history'], ['metastatic colon carcinoma', 'C787', 'negated'], ['colon carcinoma', 'C189', 'negated']]],
  ['a spread of a cancer the note documents as no history keeps its primary', 'Hx L breast ca - remote, NED. Metastatic lung cancer to bone.', [['L breast ca', 'Z853', 'history'], ['lung cancer', 'null', 'present'], ['cancer to bone', 'C7951', 'present']]],
];

// "Without evidence of recurrence" is the same statement as "no evidence of recurrence" (ANNOTATION.md "Codes by assertion":
// "NED", "no recurrence" show the disease eradicated, Guideline I.C.2.d), so it speaks for the sentence before it when it opens
// the next one, as its "no" spelling does (d853's "… clear cell renal cell carcinoma …; … without evidence of recurrence").
// Index: History, personal, malignant neoplasm, kidney NEC Z85.528; breast Z85.3.
const withoutEvidence: readonly ReadingCase[] = [
  ['"; without evidence of recurrence" after a nephrectomy', 'He had a nephrectomy in 2014 for renal cell carcinoma; without evidence of recurrence.', [['renal cell carcinoma', 'Z85528', 'history']]],
  ['"Without evidence of disease since." after a lumpectomy', 'Breast cancer s/p lumpectomy 2015. Without evidence of disease since.', [['Breast cancer', 'Z853', 'history']]],
];

// A grade's abbreviation between the organ and the histology changes neither ("L renal pelvis HG urothelial carcinoma (pT2N0) ->
// L RNU 2021, no adjuvant tx, NED", d573), as "high-grade" does not: the former primary keeps its organ, so its history is the
// renal pelvis's, not the bladder's a site-less urothelial carcinoma would take. Index: History, personal, malignant neoplasm,
// renal pelvis Z85.53; table: breast / Ca in situ, right D05.11 (intraductal, Tabular D05.1-).
const gradeAbbreviations: readonly ReadingCase[] = [
  ['"HG" between the renal pelvis and its urothelial carcinoma', 'Hx L renal pelvis HG urothelial carcinoma, NED.', [['L renal pelvis HG urothelial carcinoma', 'Z8553', 'history']]],
  ['"HG" between the breast and its DCIS', 'R breast HG DCIS.', [['R breast HG DCIS', 'D0511', 'present']]],
];

// A spread that a hedge written after it doubts keeps no cancer current, as one hedged before it does not: the former primary
// stays history (ANNOTATION.md round 17, a former primary named as a metastasis's source; d796 "3. Prior glottic SCC:
// metastatic laryngeal SCC to the lung less likely given central mass" Z85.21 twice). Index: History, personal, malignant
// neoplasm, larynx Z85.21, kidney NEC Z85.528; table: adrenal gland / Malignant Secondary C79.7- (no side: null). A spread
// affirmed and treated keeps its cancer current (breast with no side: null; bone / Malignant Secondary C79.51).
const hedgedAfterSpread: readonly ReadingCase[] = [
  ['"metastatic laryngeal SCC to the lung less likely" keeps the prior glottic SCC history', '3. Prior glottic SCC: metastatic laryngeal SCC to the lung less likely given central mass.', [['glottic SCC', 'Z8521', 'history'], ['metastatic laryngeal SCC', 'C7831', 'uncertain'], ['laryngeal SCC', 'Z8521', 'history'], ['SCC to the lung', 'null', 'uncertain']]],
  ['"metastatic RCC to the adrenal considered less likely" keeps the prior RCC history', 'Prior RCC s/p nephrectomy 2015: metastatic RCC to the adrenal considered less likely.', [['RCC', 'Z85528', 'history'], ['metastatic RCC to the adrenal', 'null', 'uncertain'], ['RCC', 'Z85528', 'history']]],
  ['an affirmed, treated spread keeps its cancer current', 'Hx breast ca: metastatic breast cancer to bone, on letrozole.', [['breast ca', 'null', 'present'], ['cancer to bone', 'C7951', 'present']]],
];

describe('narrative reader: history round 22', () => {
  describe('a metastasis weighed after a past cancer is uncertain, not history', () => checkReadings(hedgedSpread));
  describe('a former primary named with its spread elsewhere is its history', () => checkReadings(spreadSource));
  describe('a spread doubted after it keeps no cancer current', () => checkReadings(hedgedAfterSpread));
  describe('a grade abbreviation between an organ and its histology', () => checkReadings(gradeAbbreviations));
  describe('"without evidence of" opening the next sentence speaks for the one before', () => checkReadings(withoutEvidence));
});
