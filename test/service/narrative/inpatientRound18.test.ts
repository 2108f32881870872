import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Inpatient round 18 (issue 12, tuner I): ED notes, H&Ps, progress notes, consults, discharge summaries, CDI queries and
 * coding abstracts of patients admitted for complications of cancer (dev notes d723–d742 and the older inpatient batches).
 * Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles
 * (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// ANNOTATION.md: "CDI or coding query options offered as alternatives are `uncertain`"; an option that offers the personal
// history is that history offered, so it keeps the history's code: Z85.038 Personal history of other malignant neoplasm of large
// intestine, Z85.3 Personal history of malignant neoplasm of breast (Guideline I.C.2.d). The lines around it do not change what
// the option offers: a "Recurrent colon cancer" option below it (d628), checked boxes of the physician's answer below (d733), an
// adjuvant therapy in the query's indicators (d739). A relative's history offered stays the family's (Z80.3).
const offeredHistories: readonly ReadingCase[] = [
  ['an offered personal history above a recurrence option', 'Query:\n[ ] Malignant neoplasm of ascending colon, currently under treatment / active disease\n[ ] Personal history of colon cancer, no current evidence of disease, no current treatment\n[ ] Recurrent colon cancer (please document site)\n[ ] Other',
    [['Malignant neoplasm of ascending colon', 'C182', 'uncertain'], ['colon cancer', 'Z85038', 'uncertain'], ['colon cancer', 'C182', 'uncertain']]],
  ['an offered history among options the physician answers with checked boxes', 'Query:\nPlease clarify the current status:\n[ ] Active colon cancer (recurrent), currently or about to be treated\n[ ] Personal history of colon cancer only\n[ ] Other / unable to determine\n\nProvider response:\n[X] Active colon cancer (recurrent) - onc starting FOLFIRI/bev next wk.',
    [['colon cancer', 'C189', 'uncertain'], ['colon cancer', 'Z85038', 'uncertain'], ['colon cancer', 'C189', 'present']]],
  ['an offered "Hx of" is the history offered', 'Query:\n[ ] Hx of breast cancer\n[x] Other', [['breast cancer', 'Z853', 'uncertain']]],
  ['an offered family history stays the family\'s', 'Query:\n[ ] Family history of breast cancer\n[x] Other', [['breast cancer', 'Z803', 'family']]],
];

// ANNOTATION.md: "each statement's assertion comes from its own words". A coding abstract's diagnosis rows ("SDX6 | Z90.5 | exempt |
// Acquired absence of kidney") are records of their own: the row above's "absence of" denies nothing in the row below (d740:
// Tabular Z85.46 Personal history of malignant neoplasm of prostate). A pasted problem table's rows likewise (Z85.3).
const tableRows: readonly ReadingCase[] = [
  ['a coding summary row below an "absence of" row keeps its own history', 'DIAGNOSES\nSDX6 | Z90.5   | exempt | Acquired absence of kidney\nSDX7 | Z85.46  | exempt | Personal history of malignant neoplasm of prostate',
    [['malignant neoplasm of prostate', 'Z8546', 'history']]],
  ['a problem table row below a denial keeps its own reading', 'Problem list:\n| Pneumonia | ruled out for\n| Breast cancer | active |',
    [['Breast cancer', 'null', 'present']]],
];

// ANNOTATION.md, history: a problem list's status closing its item ("Bladder cancer, hx (Z85.51)", "Basal cell carcinoma, face, hx
// (Z85.828)", d737) dates the item as "h/o" closing one does: Z85.51 Personal history of malignant neoplasm of bladder, Z85.828
// Personal history of other malignant neoplasm of skin. A leading "hx" keeps its own diagnosis only, and "hx" before "vs" closes
// only the word right before it (Z85.820 Personal history of malignant melanoma of skin; Index: Glioma C71.9).
const closingHistoryStatus: readonly ReadingCase[] = [
  ['", hx" closes its problem-list item', 'Problem List (copied from 11/29 H&P, reviewed):\n- Chronic lymphocytic leukemia (C91.10)\n- Bladder cancer, hx (Z85.51)\n- Basal cell carcinoma, face, hx (Z85.828)\n- DM2',
    [['Chronic lymphocytic leukemia', 'C9110', 'present'], ['Bladder cancer', 'Z8551', 'history'], ['Basal cell carcinoma, face', 'Z85828', 'history']]],
  ['"- hx" closes its problem-list item', 'Problem list:\n- Prostate ca - hx\n- DM2', [['Prostate ca', 'Z8546', 'history']]],
  ['a leading "hx" after a comma keeps the item before it', 'A/P: breast cancer, hx colon cancer.', [['breast cancer', 'null', 'present'], ['colon cancer', 'Z85038', 'history']]],
  ['"hx" before "vs" closes only the word before it', 'Lesion concerning for metastasis given melanoma hx vs primary glioma.', [['melanoma', 'Z85820', 'history'], ['glioma', 'C719', 'uncertain']]],
];

// ANNOTATION.md, "Rule-out on a staging study" (and its issue-12 entry): a brain MRI a plan orders "to r/o brain mets" with no finding
// or symptom pointing to the brain is the staging of the cancer's extent, hypothetical (d314, d585, and d703's "as part of staging"
// written after the metastasis); one a symptom prompts ("given the encephalopathy", d727) stays uncertain. Table: brain /
// Malignant Secondary C79.31.
const stagingBrainStudies: readonly ReadingCase[] = [
  ['a plan\'s brain MRI to r/o brain mets is staging', 'Plan:\n- MRI brain w/ contrast to r/o brain mets', [['brain mets', 'C7931', 'hypothetical']]],
  ['"once tissue confirms" gives no reason', 'Plan:\n   - MRI brain w/wo to r/o brain mets once tissue confirms', [['brain mets', 'C7931', 'hypothetical']]],
  ['"as part of staging" after the metastasis', 'Plan:\n2. MRI brain with and without contrast to rule out brain mets as part of staging.', [['brain mets', 'C7931', 'hypothetical']]],
  ['a symptom\'s rule-out stays uncertain', 'Plan:\n- MRI brain ordered to r/o brain mets given the encephalopathy (though likely metabolic)', [['brain mets', 'C7931', 'uncertain']]],
  ['a CT chest to r/o lung mets with no staging word stays uncertain', 'Plan:\n- CT chest to r/o lung mets', [['lung mets', 'null', 'uncertain']]],
];

// ANNOTATION.md, a metastasis word concluding a finding takes the finding's organ: "hepatic lesions (seg 6, 7, 4a), … most consistent
// with metastatic disease" (d733's quoted CT) names the liver's lesions, the segments detailing them in a parenthesis the site opens,
// as "lesion in segment 4 of the liver" does (table: liver / Malignant Secondary C78.7). Only a parenthesis the site opens: one whose
// site comes later ("3 bilat pulm nodules (largest 9 mm RLL) c/w metastases", d529) is left as before (checked on the dev eval).
const parenthesisedFindingSites: readonly ReadingCase[] = [
  ['a liver segment list in a parenthesis after the lesions', 'CT A/P 11/21: Three new hypoenhancing hepatic lesions (seg 6, 7, 4a), largest 3.4 cm, most consistent with metastatic disease.',
    [['seg 6, 7, 4a), largest 3.4 cm, most consistent with metastatic disease', 'C787', 'uncertain']]],
  ['one segment in a parenthesis', 'Liver lesion (seg 6) c/w metastatic disease.', [['seg 6) c/w metastatic disease', 'C787', 'uncertain']]],
];

// ANNOTATION.md, '"PD in <site>" or "progressive disease in <site>" in a cancer patient is a mention of spread to that site' (d635
// "PD in liver", d742 "slow progression in the R pleura", h168's "progression in liver"): table: liver / Malignant Secondary C78.7,
// pleura / Malignant Secondary C78.2. As a recurrence's site is read, only the nodes or an organ where spread is the rule: a
// progression "in the RUL mass" is the primary's own; "no progression in the liver" denies the spread; a progression "in the
// setting of" a drug names no site.
const progressionAtSite: readonly ReadingCase[] = [
  ['"progression in the R pleura"', 'Lung adenocarcinoma on osimertinib; 09/2026 restaging showed slow progression in the R pleura.',
    [['Lung adenocarcinoma', 'null', 'present'], ['progression in the R pleura', 'C782', 'present']]],
  ['"PD in liver"', 'Lung adenocarcinoma, PD in liver.', [['Lung adenocarcinoma', 'null', 'present'], ['PD in liver', 'C787', 'present']]],
  // The RUL mass is the primary's own, so it documents the cancer's lobe (round 18, lesionSubSites.ts: table: lung / upper lobe C34.1-, right C34.11).
  ['a progression in the primary\'s mass names no spread', 'Lung adenocarcinoma; progression in the RUL mass.', [['Lung adenocarcinoma', 'C3411', 'present']]],
  ['a denied progression in the liver', 'Lung adenocarcinoma; no progression in the liver.', [['Lung adenocarcinoma', 'null', 'present'], ['progression in the liver', 'C787', 'negated']]],
  ['"progression in the setting of" names no site', 'Breast cancer; CT: progression in the setting of fulvestrant.', [['Breast cancer', 'null', 'present']]],
];

// Guidelines II.H / IV.H make a diagnosis uncertain when the condition itself is "probable"; a hedge on a complication's cause
// ("most likely humoral hypercalcemia of malignancy …") does not reach a further cause named after "with contribution from", as it
// does not reach one after "due to" or "secondary to" (NegEx's termination terms; d727: table: bone / Malignant Secondary C79.51).
const contributingCauses: readonly ReadingCase[] = [
  ['a contributing cause after a hedged complication', 'PTHrP pending -- most likely humoral hypercalcemia of malignancy, with contribution from new osseous mets.',
    [['osseous mets', 'C7951', 'present']]],
  ['a hedged metastasis itself stays uncertain', 'Hypercalcemia, with contribution from likely osseous mets.', [['osseous mets', 'C7951', 'uncertain']]],
];

describe('narrative reader: inpatient round 18', () => {
  describe('a contributing cause of a hedged complication', () => checkReadings(contributingCauses));
  describe('a progression at a named site', () => checkReadings(progressionAtSite));
  describe('a finding\'s site detailed in a parenthesis', () => checkReadings(parenthesisedFindingSites));
  describe('a staging brain study in a plan', () => checkReadings(stagingBrainStudies));
  describe('a history status closing a problem-list item', () => checkReadings(closingHistoryStatus));
  describe('rows of a pipe table', () => checkReadings(tableRows));
  describe('a query option offering a personal history', () => checkReadings(offeredHistories));
});
