import * as assert from 'node:assert/strict';
import type { DocumentedMention } from '../../../server/src/service/narrative/model';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * The assertion causes found in the blind batches d123–d162 (notes written by engineers who never saw
 * the reader), each in wordings of its own, not the notes' sentences. Every row gives the phrase, the
 * code and assertion of each mention, and what grounds them: the guideline (I.C.2.d history: excised
 * or eradicated, no further treatment, no evidence of disease), the Tabular title of the code, or the
 * NegEx/ConText scope rule.
 */

function codes(text: string): string[] {
  return read(text).map((mention) => `${mention.code ?? 'null'} ${mention.assertion}`);
}

function read(text: string): DocumentedMention[] {
  return [...readNarrative(text, spanOf(0, text.length), defaultContext()).mentions];
}

/** Phrase → the code and assertion of each of its mentions, with the reason. */
const CASES: readonly [string, string[], string][] = [
  // A relative's remission is the relative's (Z80.6 leukaemia, Z80.7 lymphoma), not the patient's remission code.
  ['FHx: Brother - CML, in remission on imatinib.', ['Z806 family'], 'Z80.6 family history of leukemia: the relative, not a remission code C92.11'],
  ['Family history: sister with Hodgkin lymphoma at 25, in remission.', ['Z807 family'], 'Z80.7 family history of other malignant neoplasms of lymphoid, hematopoietic and related tissues'],
  ['Hx of Hodgkin lymphoma treated with ABVD 1995, in remission since.', ['C819A present'], 'Tabular C81.9A Hodgkin lymphoma, unspecified, in remission: remission is a code, not history (FY2025 on)'],
  ['Hx gastric MALT lymphoma 2012 - H. pylori eradication, in complete remission since 2013.', ['C8841 present'], 'Tabular C88.41: "H. pylori" ends no sentence, so the remission reaches the lymphoma'],
  // Post-posed and list negation.
  ['Prior workup: BCR-ABL1 negative, excluding CML.', ['C9210 negated'], '"excluding": NegEx pre-negation; C92.10 is the code the words would have'],
  // A hedge whose object is the metastasis does not reach the primary after "from".
  ['Three foci suspicious for osseous metastatic disease from prostate cancer.', ['C7951 uncertain', 'C61 present'], 'the spread is in doubt, not the primary it comes from'],
  ['Counseled on the risk of brain metastases in colon cancer.', ['C7931 hypothetical', 'C189 present'], 'a risk of spread is not a risk of the cancer it spreads from'],
  ['Hepatic metastases, likely from colon cancer.', ['C787 present', 'C189 uncertain'], '"likely from": the primary itself is hedged'],
  // "new" ends a history scope but not a hedge or a risk: the new finding is their object.
  ['CT: lesion consistent with new liver metastases.', ['C787 uncertain'], 'Guidelines II.H "consistent with" (the corpus reads it as uncertain)'],
  ['Her risk of a new colon cancer remains above average.', ['C189 hypothetical'], 'a risk is hypothetical'],
  // "vs" backward reaches only the diagnosis right before it.
  ['Squamous cell carcinoma in situ of the right dorsal hand - ED&C vs topical 5-FU discussed.', ['D0461 present'], 'the "vs" weighs two treatments'],
  ['Liver metastasis vs abscess.', ['C787 uncertain'], 'the "vs" weighs the diagnosis before it'],
  // "- r/o" closing a problem-list item.
  ['3. Secondary malignant neoplasm of liver - r/o; MRI pending.', ['C787 uncertain'], 'rule out: uncertain (Guidelines IV.H)'],
  ['Colon cancer, r/o liver metastases.', ['C189 present', 'C787 uncertain'], '"r/o X" hedges what follows it only'],
  // Surveillance for a cancer not yet there is a screening; after a cancer history it is the history's follow-up.
  ['Cirrhosis, on q6 mo HCC surveillance.', ['C220 hypothetical'], 'surveillance for HCC: hypothetical (as the corpus\'s screening mentions)'],
  ['H/o colon cancer surveillance colonoscopy due.', ['Z85038 history'], 'Z85.038: the history cue wins'],
  ['Breast cancer 2015, surveillance mammogram due.', ['null present'], 'surveillance of a known cancer is no screening for it'],
  // A hedge right after a mention is its own; a history lead before it names another cancer.
  ['Hx of colon cancer 2018 - adrenal metastasis considered less likely given imaging.', ['Z85038 history', 'null uncertain'], 'the metastasis is in doubt, not history'],
  // Guideline I.C.2.d: treatment completed, no disease left.
  ['Dx: SCC of the left true vocal cord, s/p XRT (63 Gy/28 fx) completed 1/2025.', ['Z8521 history'], 'Z85.21 personal history of malignant neoplasm of larynx'],
  ['Glottic cancer, treated w/ definitive RT - now 2 yr post-treatment.', ['Z8521 history'], 'Z85.21'],
  ['Tubulovillous adenoma of the sigmoid colon - removed 2023 (EMR).', ['Z860101 history'], 'Z86.0101 personal history of colon polyps, adenomatous'],
  ['Colonoscopy 04/2024: anastomosis healthy; one 5 mm tubular adenoma of the transverse colon removed.', ['Z860101 history'], 'Z86.0101: a dated removal'],
  ['Transverse colon: 22 mm tubular adenoma of the transverse colon, removed en bloc with hot snare.', ['D123 present'], 'D12.3: the removal of this procedure (no date) is no history'],
  ['Anal SCC, T2N0, in surveillance after chemoradiation.', ['Z85048 history'], 'Z85.048'],
  ['Carcinoid of the appendix, margins neg, no further tx.', ['Z85030 history'], 'Z85.030 personal history of malignant carcinoid tumor of the large intestine'],
  ['Appendiceal NET, well-differentiated (G1) - incidental at appendectomy 2015, 0.8 cm, margins neg, no further tx.', ['Z85030 history'], 'Z85.030: a history cue at the end of a long problem-list item'],
  ['#Prostate ca history - PSA undetectable, no treatment.', ['Z8546 history'], 'Z85.46 personal history of malignant neoplasm of prostate'],
  ['Colon cancer s/p colectomy 2015, now NED.', ['Z85038 history'], '"now" stops a history lead before a later diagnosis, not a cue after its own'],
  ['Colon cancer s/p colectomy 2015, currently NED.', ['Z85038 history'], '"currently NED" is no active cue'],
  ['Glottic cancer, right true vocal cord - now 2 yr post-treatment.', ['Z8521 history'], 'Z85.21'],
  ['Lung cancer with post-treatment changes in the right upper lobe.', ['C3411 present'], 'imaging after treatment is no history'],
  ['Left breast cancer, stage I, 2011 - lumpectomy and XRT. No recurrence.', ['Z853 history'], '"No recurrence" opening the next sentence'],
  // Treatment still going on keeps the disease current (no history yet).
  ['Glioblastoma of the right parietal lobe, resected 7/2026. Completed RT with concurrent TMZ 9/2026. Now C3 of adjuvant TMZ.', ['C713 present'], 'C71.3: on adjuvant treatment'],
  ['Sigmoid colon adenocarcinoma with hepatic metastases, on FOLFOX (cycle 8 completed 09/22).', ['C187 present', 'C787 present'], 'a cycle completed is treatment going on'],
  ['Left breast cancer 2015, completed 5 years of adjuvant tamoxifen in 2020.', ['Z853 history'], 'Z85.3: a completed course is no treatment going on'],
  ['Colon cancer being treated with FOLFOX.', ['C189 present'], 'treatment going on: no history'],
  ['Colon cancer, will be treated with FOLFOX after surgery.', ['C189 present'], 'treatment planned: no history'],
  ['Colon cancer, completed staging CT.', ['C189 present'], 'a work-up completed is no treatment completed'],
  ['Pancreatic cancer, no further treatment, transition to hospice.', ['C259 present'], 'comfort care: the disease is still there (I.C.2.d needs it eradicated)'],
  ['Prostate cancer, low risk - on AS with urology.', ['C61 present'], 'a risk group and active surveillance of a cancer left in place: present'],
  ['3. Right adrenal adenoma, lipid-rich, nonfunctional.\n4. H/o low-grade bladder cancer, NED on cystoscopic surveillance.', ['D3501 present', 'Z8551 history'], 'the next list item\'s NED is its own diagnosis\'s'],
  ['PMH: HTN, L adrenal adenoma (nonfunctional), GERD.', ['D3502 present'], 'D35.02: a benign neoplasm in a past-history list is a lasting condition'],
  ['PMH: IgG lambda MGUS, stable since 2019.', ['D472 present'], 'D47.2 monoclonal gammopathy: uncertain behaviour, lasting'],
  ['PMH: CLL, Rai 0, watch & wait.', ['C9110 present'], 'C91.10: watch and wait is no treatment finished (ANNOTATION.md)'],
  ['PMH: HTN, cervical ca 2005 (resolved).', ['Z8541 history'], 'Z85.41: a cancer that resolved existed and is gone'],
  ['PMH: colon cancer 2011 s/p sigmoidectomy.', ['Z85038 history'], 'a malignancy in a past-history list stays history'],
  ['#3. Bone mets s/p palliative RT - cont denosumab.\n#4. Hx prostate ca - NED.', ['C7951 present', 'Z8546 history'], 'a "#4." item\'s NED is its own diagnosis\'s'],
  ['Likely papillary thyroid carcinoma, with biopsy-proven right neck nodal mets.', ['C73 uncertain', 'C770 present'], 'what a biopsy proved is not hedged'],
  ['CT C/A/P w/o distant liver mets.', ['C787 negated'], '"w/o" is "without"'],
  ['IgM paraprotein, likely produced by the follicular lymphoma clone.', ['C8290 present'], 'NegEx termination: what follows "produced by" is the cause, not the hedged finding'],
  ['Two new sub-cm lung nodules, bx not done, likely liver mets per tumor board.', ['C787 uncertain'], 'a test not done negates the test, not the disease'],
  // The specimen of this encounter is present.
  ['Left lobe: follicular adenoma of the thyroid, completely excised.', ['D34 present'], 'D34: excised in this specimen'],
  // "To exclude" is "rule out" (Guidelines IV.H): uncertain, as the corpus reads "r/o".
  ['MRI-guided biopsy recommended to exclude liver metastases.', ['C787 uncertain'], 'rule out: uncertain'],
  // Hypothetical.
  ['Monitor for progression to AML.', ['C9200 hypothetical'], 'what to watch for is not yet there'],
  ['H/o breast cancer - colon cancer screening per GI.', ['Z853 history', 'C189 hypothetical'], '"screening" reaches only the diagnosis right before it: the breast cancer stays history (Z85.3)'],
  ['Low risk of progression to myeloma.', ['C9000 hypothetical'], 'a risk is hypothetical; "low risk" alone is a risk group'],
  ['These can be signs of a recurrence of colon cancer.', ['C189 hypothetical'], 'patient education: hypothetical'],
];

/** "X as above" takes the assertion the note gave X where it described it. */
const POINTERS: readonly [string, string[], string][] = [
  ['Dx: SCC of the left true vocal cord, s/p XRT completed 1/2025.\nPMH:\n- Laryngeal SCC as above\n- COPD', ['Z8521 history', 'Z8521 history'], 'Z85.21 both: the PMH line points to the history above'],
  ['HPI: melanoma of the back with brain metastases on pembrolizumab.\nPMH: melanoma as above, HLD.', ['C4359 present', 'C7931 present', 'C4359 present'], 'the disease above is current: the pointer stays present (and is the back\'s melanoma, C43.59, by ANNOTATION\'s side and sub-site rule)'],
];

/** The resolved part of a problem list is history (its conditions no longer exist; Guideline I.C.21.c.4). */
const RESOLVED: readonly [string, string[], string][] = [
  ['RESOLVED / INACTIVE\nBenign neoplasm of ascending colon (tubular adenoma)    D12.2    2021    Resolved', ['Z860101 history'], 'Z86.0101'],
  ['Resolved Problems:\n- Tubular adenoma of the sigmoid colon', ['Z860101 history'], 'Z86.0101'],
];

/** A personal or family history of a cancer with no site: Z85.9 / Z80.9, a denied one negated (ANNOTATION.md). */
const UNSPECIFIED: readonly [string, string[], string][] = [
  ['PMH: HTN. No personal hx of cancer.', ['Z859 negated'], 'Z85.9 personal history of malignant neoplasm, unspecified, denied'],
  ['Hx colon polyps; no personal h/o cancer.', ['Z859 negated'], 'Z85.9, denied'],
  ['FHx: Brother: no known cancers.', ['Z809 negated'], 'Z80.9 family history of malignant neoplasm, unspecified, denied'],
  ['FH: brother - laryngeal cancer. No other cancers.', ['Z802 family', 'Z809 negated'], 'Z80.2 (larynx: respiratory and intrathoracic organs); Z80.9 denied'],
  ['Strong family history of cancer in her father.', ['Z809 family'], 'Z80.9'],
  ['She is a cancer survivor.', ['Z859 history'], 'Z85.9'],
  ['FHx: Brother with prostate problems, unknown if cancer.', [], 'a possible cancer is no history to code'],
  ['OTHER CANCER HISTORY', [], 'a heading: "cancer" modifies "history"'],
  ['Prior cancer: cervical cancer 2005, treated with radical hysterectomy, no recurrence.', ['Z8541 history'], 'the label "Prior cancer:" names the cancer after it'],
  ['Biopsy negative for malignancy.', [], 'a negated malignancy with no site and no history is no mention'],
];

/** The Family History and past-history defaults end with their block: a part the reader has no header for is the patient's, now. */
const FAMILY_BLOCK: readonly [string, string[], string][] = [
  ['FAMILY HISTORY\nMother: breast ca (dx 60s)\n\nComment (Dr. Sato): Bone mets confirmed.', ['Z803 family', 'C7951 present'], 'the comment after the blank line is the patient\'s'],
  ['FH: brother w/ pancreatic cancer at 61.\n\nDISCUSSION / CONSENSUS:\n1. Borderline resectable pancreatic head adenocarcinoma.', ['Z800 family', 'C250 present'], 'C25.0 head of pancreas, the patient\'s'],
  ['Family History:\nBreast cancer in her mother.\nColon cancer.', ['Z803 family', 'Z800 family'], 'the block\'s own lines stay family'],
  ['FAMILY HISTORY:\n\nColon cancer.\nMother: breast cancer', ['Z800 family', 'Z803 family'], 'a blank line right after the header does not end the block'],
  // A study reported on the next line ends the block without a blank line: table: lung, lower lobe / Malignant Primary, left
  // C34.32; liver / Malignant Secondary C78.7; Z80.3 family history of malignant neoplasm of breast.
  ['FH: Mother - breast cancer at 60.\nCT C/A/P 11/2026: Enlarging LLL adenocarcinoma. New liver mets.', ['Z803 family', 'C3432 present', 'C787 present'], 'a study line after the family line is the patient\'s'],
  ['PMH: HTN, remote breast cancer.\n- MRI brain 10/2026: new R frontal metastasis.', ['Z853 history', 'C7931 present'], 'C79.31 brain: a listed study line after the past history is current'],
  ['FH: Father - colon cancer.\nBrother: prostate cancer.', ['Z800 family', 'Z8042 family'], 'guard: a relative\'s own label line stays in the block'],
  ['PMH:\nBreast cancer 2010.\n\nDISCUSSION:\nAdenocarcinoma of the sigmoid colon, cT3N1.', ['Z853 history', 'C187 present'], 'C18.7: the discussion after the past-history block is current'],
];

describe('narrative assertion: causes from the blind batches', () => {
  for (const [phrase, expected, reason] of [...CASES, ...POINTERS, ...RESOLVED, ...UNSPECIFIED, ...FAMILY_BLOCK]) {
    it(`${phrase} → ${expected.join(', ')} (${reason})`, () => {
      assert.deepEqual(codes(phrase), expected);
    });
  }
});
