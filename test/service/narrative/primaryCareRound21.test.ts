import * as assert from 'node:assert/strict';
import { withDocumentedLipomaSite } from '../../../server/src/service/narrative/documentedLipomaSite';
import type { Assertion, DocumentedMention } from '../../../server/src/service/narrative/model';
import { spanOf } from '../../../server/src/service/spans';
import { checkReadings, type ReadingCase } from './readingCases';

/**
 * Round 21 (issue 12): how primary-care and general-medicine notes write the neoplasms of a patient whose cancer is one
 * problem among many (problem titles, family histories, survivorship shorthand). Codes from the FY2026 code file
 * (icd10cm-codes-2026.txt) and the Table of Neoplasms (FY2025).
 */
const CASES: readonly ReadingCase[] = [
  // ANNOTATION.md "Codes by assertion", family: a relative's cancer is Z80.-. "Family hx" is "family history" abbreviated
  // as problem titles write it; its "hx" is the family's history, not the patient's (Z85.038 would be wrong). Z80.0
  // "Family history of malignant neoplasm of digestive organs", Z80.3 "… of breast". From d871.
  ['"Family hx" before a cancer is a family history', 'Assessment:\n3. Family hx colon cancer (father <50) - colonoscopy now, then q5 yrs.',
    [['colon cancer', 'Z800', 'family']]],
  ['"Family hx of" before a cancer is a family history', 'Family hx of breast ca.', [['breast ca', 'Z803', 'family']]],
  ['"Family h/o" before a cancer is a family history', 'Family h/o colon cancer.', [['colon cancer', 'Z800', 'family']]],
  // ANNOTATION.md "Side and sub-site documented elsewhere in the note": the parenthesis after "colon ca" names the part of the
  // colon the cancer is in, and the note's restatements take it. Table of Neoplasms: intestine, large, cecum → Malignant
  // Primary C18.0; hepatic flexure C18.3 (Tabular C18.3 "Malignant neoplasm of hepatic flexure"). From d868.
  ['a part of the colon in the parenthesis after the cancer is its site',
    'HPI: 59 yo F w/ colon ca (cecum, pT3 N1b, s/p lap R hemicolectomy 8/2026) now on adjuvant capecitabine.\nAssessment: 1. Diarrhea in pt w/ stage III colon cancer on adjuvant therapy.',
    [['colon ca', 'C180', 'present'], ['colon cancer', 'C180', 'present']]],
  ['a flexure in the parenthesis after the cancer is its site', 'He has colon cancer (hepatic flexure).', [['colon cancer', 'C183', 'present']]],
  // ANNOTATION.md "Side and sub-site documented elsewhere in the note": a referral "for a new diagnosis of colon cancer" is
  // about the cancer the letter goes on to document (sigmoid, table: intestine, large, colon, sigmoid → C18.7), not "a new
  // primary" beside it, which takes no documented sub-site. From d873.
  ['"a new diagnosis of" names the documented cancer itself',
    'Thank you for seeing him for a new diagnosis of colon cancer.\nPathology (11/18): sigmoid mass, biopsy - invasive adenocarcinoma.',
    [['colon cancer', 'C187', 'present'], ['adenocarcinoma', 'C187', 'present']]],
  // ANNOTATION.md "Codes by assertion", history (Guideline I.C.2.d): "no active lesion / disease" after a history item is
  // the status "NED" states, not the active cue its word "active" is alone. Z85.828 "Personal history of other malignant
  // neoplasm of skin" (Index: Carcinoma, basal cell → skin, C44.91), Z85.71 "Personal history of Hodgkin lymphoma". From d867.
  ['"no active lesion" after a history item keeps it history', 'Assessment:\n3. Hx BCC - no active lesion.\n4. HTN - controlled.',
    [['BCC', 'Z85828', 'history']]],
  ['"no active disease" after a dated lymphoma makes it history', 'Assessment:\n4. Hodgkin lymphoma 2009, no active disease.',
    [['Hodgkin lymphoma', 'Z8571', 'history']]],
  // ANNOTATION.md "Codes by assertion", history (Guideline I.C.2.d): a skin lesion destroyed by freezing on a date is gone,
  // as one removed by Mohs or ED&C. Z86.007 "Personal history of in-situ neoplasm of skin" (table: skin, forearm → Ca in
  // situ D04.6-). From d882.
  ['a skin lesion frozen on a date is history', 'Skin - had a SCC in situ on R forearm frozen by derm 2025, healed; several AKs.',
    [['SCC in situ on R forearm', 'Z86007', 'history']]],
  ['a skin lesion frozen with no date stays present', 'SCC in situ L hand - will be frozen by derm next week.', [['SCC in situ L hand', 'D0462', 'present']]],
  // ANNOTATION.md "Side and sub-site documented elsewhere in the note": the fibroids a note documents as intramural (in the
  // parenthesis after them, or in a mention of their own) are intramural in every present mention. Tabular D25.1 "Intramural
  // leiomyoma of uterus" (Index: Fibroid, uterus - see Leiomyoma, uterus; Leiomyoma, uterus, intramural D25.1). From d874.
  ['fibroids take the one layer the note documents',
    'Known fibroid uterus from US 2024 (largest 4 cm intramural posterior).\nPMH: Uterine leiomyoma; migraine\nA/P: 3. Symptomatic uterine fibroids w/ menorrhagia.',
    [['fibroid', 'D251', 'present'], ['Uterine leiomyoma', 'D251', 'present'], ['fibroids', 'D251', 'present']]],
  ['two layers documented leave a fibroid unspecified', 'US: 3 cm intramural fibroid and 2 cm subserosal fibroid.\nA/P: fibroids, expectant management.',
    [['intramural fibroid', 'D251', 'present'], ['subserosal fibroid', 'D252', 'present'], ['fibroids', 'D259', 'present']]],
  // ANNOTATION.md round 15: "A former primary named as a metastasis's source is its own history mention … Z85.- history
  // whatever hedge the metastasis carries": the question is about the new finding's origin. Z85.51 "Personal history of
  // malignant neoplasm of bladder" (table: bladder → C67.9). From d865.
  ['a past cancer asked about as a new finding\'s source stays history',
    'Hx bladder cancer - NED since 2021. He asked if the lung spot could be from the bladder ca - told pt unlikely.',
    [['bladder cancer', 'Z8551', 'history'], ['bladder ca', 'Z8551', 'history']]],
  // A cancer the note documents as current keeps its own reading (table: breast → C50.9-; a question is uncertain).
  ['a current cancer named as a source keeps its reading', 'Hx colon cancer 2010. Breast cancer on letrozole. She asked if the liver spot could be from the breast cancer.',
    [['colon cancer', 'Z85038', 'history'], ['Breast cancer', 'null', 'present'], ['breast cancer', 'null', 'hypothetical']]],
  // ANNOTATION.md round 14 and 2026-12-05: a patient's or relative's worry or question about the spread or return of the
  // patient's own cancer is uncertain, "if" after a verb of asking included (it asks, it plans nothing). Table: liver →
  // Malignant Secondary C78.7; bone C79.51; Index: Lymphoma C85.9-. From d873.
  ['an anxious question whether it has spread is uncertain', 'He understands he has cancer and is anxious about whether it has spread to his liver.',
    [['spread to his liver', 'C787', 'uncertain']]],
  ['"asked if it has spread" is uncertain', 'She asked if it has spread to her bones.', [['spread to her bones', 'C7951', 'uncertain']]],
  ['"asked if her lymphoma is back" is uncertain', 'She asked if her lymphoma is back.', [['lymphoma', 'C8590', 'uncertain']]],
  ['a plan\'s "if" stays hypothetical', 'If it has spread to the liver, we will start chemo.', [['spread to the liver', 'C787', 'hypothetical']]],
  // ANNOTATION.md "Codes by assertion", history (Guideline I.C.2.d): "was treated for" leads a past cancer as "treated for"
  // does; a treatment still given keeps it current. Z85.46 "Personal history of malignant neoplasm of prostate" (table:
  // prostate → C61); lung → C34.9- (no side: null). From d873.
  ['"was treated for" before a cancer is its history',
    'He was treated for a low-risk prostate cancer with radiation (IMRT) in 2016 - PSA has stayed <0.5, urology discharged him 2021.',
    [['prostate cancer', 'Z8546', 'history']]],
  ['a treatment still given keeps a cancer "was treated for" current', 'She was treated for lung cancer with chemo, now on durvalumab maintenance.',
    [['lung cancer', 'null', 'present']]],
  // ANNOTATION.md "Side and sub-site documented elsewhere in the note": a hemangioma or lipoma restated without a site takes
  // the one site the note documents for it (the hemangioma by documentedHemangiomaSite.ts, the lipoma by documentedLipomaSite.ts).
  // Index: Hemangioma, intra-abdominal structures D18.03 (liver); Lipoma, site classification: skin and subcutaneous tissue of
  // trunk D17.1 (Tabular D17.1 "Benign lipomatous neoplasm of skin and subcutaneous tissue of trunk"). From d880, d867.
  ['a restated hemangioma takes its documented site', 'MRI abd: typical hepatic hemangioma. I reassured her the MRI appearance is a classic hemangioma.',
    [['hepatic hemangioma', 'D1803', 'present'], ['hemangioma', 'D1803', 'present']]],
  ['a restated lipoma takes its documented site', 'PMH: Lipoma, upper back (never removed).\nA/P: 6. Lipoma - benign, no action.',
    [['Lipoma, upper back', 'D171', 'present'], ['Lipoma', 'D171', 'present']]],
  ['a lipoma of two documented sites keeps none', 'Lipoma R upper back. Lipoma L thigh. The lipoma is benign.',
    [['Lipoma R upper back', 'D171', 'present'], ['Lipoma L thigh', 'D1724', 'present'], ['lipoma', 'D179', 'present']]],
  // ANNOTATION.md "Codes by assertion": a negation denies a finding; "not to" + a verb is advice or a decision, which denies no
  // diagnosis after it. Z80.3 "Family history of malignant neoplasm of breast". From d870.
  ['advice "not to wait" does not deny a relative\'s cancer after it',
    'Came in tonight b/c sister told her not to wait - sister dx\'d w/ breast cancer at 47 (BRCA neg per pt).',
    [['breast cancer', 'Z803', 'family']]],
  ['a decision "not to pursue" a treatment does not deny the cancer', 'He decided not to pursue chemotherapy for his lung cancer.',
    [['lung cancer', 'null', 'present']]],
  // ANNOTATION.md "A recurrence at a named site, affirmed or denied, is a mention": the site must be where the recurrence is;
  // "para-aortic RT" names the field of a past radiation, so "no recurrence" after it denies no para-aortic nodal secondary
  // (C77.2). Z85.47 "Personal history of malignant neoplasm of testis". From d876.
  ['a radiation field before "no recurrence" is no site of it', 'Seminoma of L testis age 29 (1990) - orchiectomy + para-aortic RT, no recurrence in 36 yrs.',
    [['Seminoma of L testis', 'Z8547', 'history']]],
  ['a recurrence denied in a named region keeps its site', 'Breast ca s/p mastectomy. No recurrence in the R axilla.',
    [['Breast ca', 'Z853', 'history'], ['recurrence in the R axilla', 'C7989', 'negated']]],
];

describe('narrative: primary-care notes (round 21)', () => {
  checkReadings(CASES);
});

/** A coded mention as the reader passes it to the passes over coded mentions. */
function coded(offset: number, text: string, code: string, assertion: Assertion): DocumentedMention {
  return { span: spanOf(offset, text.length), text, code, candidates: [], column: null, assertion, source: 'Index: Lipoma' };
}

// ANNOTATION.md "Side and sub-site documented elsewhere in the note": the pass over coded mentions gives a site-less lipoma
// (Tabular D17.9) the one site the patient's present or doubted lipomas document (D17.1 trunk; D17.24 left leg), wherever the
// mentions stand; a denied or second site documents none.
describe('narrative: a lipoma\'s documented site (round 21)', () => {
  const codes = (mentions: readonly DocumentedMention[]): (string | null)[] => withDocumentedLipomaSite(mentions).map((mention) => mention.code);
  it('a site-less lipoma takes the one documented site', () => {
    assert.deepEqual(codes([coded(0, 'Lipoma R upper back', 'D171', 'present'), coded(40, 'lipoma', 'D179', 'present')]), ['D171', 'D171']);
  });
  it('two documented sites leave it unspecified', () => {
    assert.deepEqual(codes([coded(0, 'Lipoma R upper back', 'D171', 'present'), coded(30, 'Lipoma L thigh', 'D1724', 'present'), coded(60, 'lipoma', 'D179', 'present')]),
      ['D171', 'D1724', 'D179']);
  });
  it('a denied lipoma documents no site', () => {
    assert.deepEqual(codes([coded(0, 'lipoma L forearm', 'D1722', 'negated'), coded(40, 'lipoma', 'D179', 'present')]), ['D1722', 'D179']);
  });
});
