import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * The assertion causes found in the blind batch d163–d202 (second round), each in wordings of its own,
 * not the notes' sentences. Every row gives the phrase, the code and assertion of each mention, and what
 * grounds them: the guideline (I.C.2.d history: excised or eradicated, no further treatment, no evidence
 * of disease), the Tabular title of the code, or the NegEx/ConText scope rule.
 */
function codesRead(text: string): string[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => `${mention.code ?? 'null'} ${mention.assertion}`);
}

/** A status in parentheses speaks for its own list item; "no active issues" is no active cue. */
const ITEM_STATUS: readonly [string, string[], string][] = [
  ['PMH: AML (current), HTN, cervical ca 2005 (resolved)', ['C9200 present', 'Z8541 history'], 'C92.00 AML not having achieved remission; Z85.41 history of cervix uteri: each status is its own item\'s'],
  ['PMH: colon cancer (current), prostate cancer', ['C189 present', 'Z8546 history'], 'the "(current)" item is active; the next item keeps the section\'s history'],
  ['Past history: melanoma (resolved), thyroid cancer (active)', ['Z85820 history', 'C73 present'], 'Z85.820 history of melanoma of skin; C73 thyroid'],
  ['Hx prostate cancer - in remission, no active issues.', ['Z8546 history'], 'Z85.46: a solid tumour in remission with no active issue is history (I.C.2.d)'],
];

/** A trial's eligibility criteria describe its population, not the patient; the patient's own columns keep their reading. */
const ELIGIBILITY: readonly [string, string[], string][] = [
  [
    'ELIGIBILITY\n| # | Criterion | Met | Comment |\n|---|---|---|---|\n| E-1 | Known brain metastases | N | MRI brain negative |\n| E-2 | Prior malignancy within 3 years, except basal cell carcinoma of skin | N | colon cancer 2010 |\n\nLiver metastases.',
    ['C7931 negated', 'Z859 negated', 'C4491 hypothetical', 'C189 present', 'C787 present'],
    'C79.31 brain, Z85.9 the denied prior malignancy (ANNOTATION.md round 16, "Z85.9 for prior malignancy"), C44.91 BCC of skin unspecified: criteria answered "N" are denied, their exception the protocol\'s (hypothetical; round 19); the comment column and the line after the table are the patient\'s',
  ],
  // Round 17 (ANNOTATION.md, "A clinical-trial eligibility criterion answered for the patient"): a criterion met ("Y") is the
  // patient's own disease, with its documented site (the sigmoid written after the table).
  ['Criterion\tMet\nHistologically confirmed colon adenocarcinoma\tY\n\nColon adenocarcinoma, sigmoid.', ['C187 present', 'C187 present'], 'a tab-separated table; C18.7 sigmoid after it'],
  ['Comment: DCIS R breast 2015, tx done 2020.', ['Z86000 history'], 'Z86.000 personal history of in-situ neoplasm of breast: treatment done (I.C.2.d)'],
];

/** What the note says elsewhere about the same disease decides a mention whose own sentence says too little. */
const NOTE_STATUS: readonly [string, string[], string][] = [
  ['H/o colon cancer, NED. Plan: continue colon ca surveillance.', ['Z85038 history', 'C189 hypothetical'], 'Z85.038 for the history; the surveillance is for colon cancer, hypothetical C18.9 (ANNOTATION.md: "a screening or surveillance *for*"; d393, d415, d497)'],
  ['Cirrhosis. Plan: continue HCC surveillance.', ['C220 hypothetical'], 'no liver cancer in the note: a screening stays hypothetical'],
  ['HPI: CLL, never treated, on watch and wait.\nPMH:\n- CLL - seen by heme q6mo\n- HTN', ['C9110 present', 'C9110 present'], 'C91.10 CLL not having achieved remission: the PMH line names the current disease'],
  ['Hx DLBCL 2011, R-CHOP x6, in complete remission since.\nPMH: HTN, DLBCL 2011 (cured).', ['Z8572 history', 'Z8572 history'], 'Z85.72 history of non-Hodgkin lymphomas: remission and cure in one note (ANNOTATION.md)'],
  ['Hx DLBCL 2011, in complete remission since.\nPMH: HTN, breast cancer 2010 (cured).', ['C833A present', 'Z853 history'], 'C83.3A DLBCL in remission: the cure is another disease\'s'],
  ['AML dx 2024, alloHCT 2025.\nA/P: AML in relapse, start venetoclax.', ['C9202 present', 'C9202 present'], 'C92.02 AML in relapse: the status stated once is the disease\'s in every mention'],
  ['CLL dx 2019, treated with VenO.\nA/P: CLL, now in remission, observe.', ['C9111 present', 'C9111 present'], 'C91.11 CLL in remission, the history mention included (ANNOTATION.md, d09)'],
  ['AML in remission after induction 2025. Now AML in relapse.', ['C9201 present', 'C9202 present'], 'C92.01 / C92.02: statuses that disagree are not carried'],
  ['Colon cancer dx 2020.\nA/P: AML in relapse.', ['C189 present', 'C9202 present'], 'a status is carried only within its own disease'],
  ['HPI: cough.\nPMH:\n- CLL - seen by heme q6mo\n- HTN', ['Z856 history'], 'Z85.6 history of leukemia: with nothing else in the note, the past-history list\'s default stays'],
];

/** Scope: a cue inside parentheses speaks within them; a hedge that opens its own clause after a dash does not reach back; a denied "cancer hx". */
const SCOPE: readonly [string, string[], string][] = [
  ['DDx: brain metastasis (given melanoma hx) vs primary glioma of the frontal lobe.', ['C7931 uncertain', 'Z85820 history', 'C711 uncertain'], 'Z85.820 history of melanoma of skin; C71.1 frontal lobe: the "hx" stays inside its parenthesis'],
  ['History of breast cancer (ER+) and colon cancer.', ['Z853 history', 'Z85038 history'], 'a parenthesis opened and closed after the lead: the lead reads on'],
  ['Omental metastases - suspected primary gastric carcinoma, biopsy pending.', ['C786 present', 'C169 uncertain'], 'C78.6 peritoneum and retroperitoneum (omentum) proven; the hedge after the dash is the primary\'s'],
  ['Liver metastases - suspected.', ['C787 uncertain'], 'a hedge closing its clause reaches back'],
  ['FHx: Father - colon cancer. Mother - no cancer hx.', ['Z800 family', 'Z809 negated'], 'Z80.0 family history of digestive organs; Z80.9 denied (ANNOTATION.md convention)'],
  ['PMH: HTN. No other cancer hx.', ['Z859 negated'], 'Z85.9 personal history of malignant neoplasm, unspecified, denied'],
  ['OTHER CANCER HISTORY: none.', [], 'a heading: no denial stands before "cancer"'],
];

/** A treatment summary in fields: the diagnosis field and the completion field lines apart say one history. */
const SUMMARY: readonly [string, string[], string][] = [
  ['DX: Melanoma, left upper arm, pT2a.\nTX: WLE 01/2024, adjuvant nivolumab x 1 yr, COMPLETED 01/2025.', ['Z85820 history'], 'Z85.820 personal history of malignant melanoma of skin (I.C.2.d: treatment completed)'],
  ['Cancer type / location: Adenocarcinoma of the sigmoid colon\nSurgery: sigmoid colectomy 2023\nCurrent status: No evidence of disease', ['Z85038 history'], 'Z85.038 personal history of other malignant neoplasm of large intestine'],
  ['DX: Melanoma, left upper arm, pT2a.\nTX: adjuvant nivolumab, cycle 6 of 13, completed labs.', ['C4362 present'], 'C43.62 melanoma of left upper limb: a cycle under way is active treatment'],
  ['DX: Melanoma, left upper arm, pT2a.\n\nTX: WLE 01/2024, adjuvant nivolumab x 1 yr, completed 01/2025.', ['C4362 present'], 'a blank line ends the summary block'],
  ['Cancer type/location: Adenocarcinoma of the sigmoid colon\nChemotherapy: CAPOX, completed 06/2023', ['Z85038 history'], 'the "Cancer" of the label is no site-less cancer history'],
];

/** Active cues speak for their own item, and not when they are themselves hedged; a list lead may name its list. */
const ACTIVE_AND_LEADS: readonly [string, string[], string][] = [
  ['PMH: HTN, colon cancer as above, prostate cancer 2011 (cured), migraines', ['C189 present', 'Z8546 history'], 'the pointer is the colon cancer item\'s; Z85.46 history of prostate (cured)'],
  ['PMH: colon cancer as above, HTN', ['C189 present'], 'the pointer keeps its own item current'],
  ['Rib lesion suspicious for osseous metastatic disease given hx of breast cancer.', ['C7951 uncertain', 'Z853 history'], 'C79.51 bone, hedged; Z85.3 history of breast: a hedged spread keeps no cancer current'],
  ['Liver lesions, metastatic disease given hx of colon cancer.', ['C787 present', 'C189 present'], 'a spread not in doubt keeps the primary current'],
  ['Hx of multiple NMSC:\n - 2019: melanoma in situ R shoulder - WLE\n - 2022: BCC mid back - ED&C', ['Z85828 history', 'Z86006 history', 'Z85828 history'], 'Z85.828 history of other skin cancer; Z86.006 history of melanoma in situ: the lead names its list'],
];

describe('narrative assertion: causes from the blind batch d163–d202', () => {
  for (const [phrase, expected, reason] of [...ITEM_STATUS, ...ELIGIBILITY, ...NOTE_STATUS, ...SCOPE, ...SUMMARY, ...ACTIVE_AND_LEADS]) {
    it(`${phrase} → ${expected.join(', ')} (${reason})`, () => {
      assert.deepEqual(codesRead(phrase), expected);
    });
  }
});
