import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';
import { checkReadings } from './readingCases';

/**
 * Round 16's section cases (issue 12): the headers of documents that are not visit notes (tumour boards, pharmacy
 * verifications, genetic counselling, survivorship care plans, portal messages), each with the section ANNOTATION.md
 * gives it (its "Sections" rules 2 and 3: an unknown header is the canonical section it means, by the table there).
 */

/** The section names the reader gives the headers of `text`, in order. */
function sectionNames(text: string): string[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).sections.map((section) => section.name);
}

/** The section name of each mention the reader finds in `text`, in order (null outside any section). */
function mentionSections(text: string): (string | null)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name ?? null);
}

/** Each text with the section names of its headers. */
const HEADER_SPELLINGS: readonly (readonly [string, readonly string[]])[] = [
  // A tumour board's "Clinical Summary" is the summary of the history ("Summary of History": History of Present Illness).
  ['Clinical Summary:\n71 y/o F w/ painless jaundice.\nPMH: HTN.', ['History of Present Illness', 'Past Medical History']],
  // "Personal hx" is "Personal history" (Past Medical History), beside a counselling note's "Family hx".
  ['Personal hx: G2P2.\nFamily hx: mother - ovarian ca.', ['Past Medical History', 'Family History']],
  // A pharmacy verification's order diagnosis and secondary diagnoses are its Diagnoses, its pharmacist's comment a Comment.
  ['Dx on order: Malignant neoplasm of sigmoid colon\nPMH: HTN.\nPharmacist comment:\nVerified.', ['Diagnoses', 'Past Medical History', 'Comment']],
  ['Secondary dx: HTN.\nSecondary diagnosis: DM2.', ['Diagnoses', 'Diagnoses']],
  ['Pharmacy comments: none.', ['Comment']],
  // A known header qualified after a comma and closed by its colon keeps its name; a dermatology note's skin exam is the
  // Physical Exam (the table's "Skin", "Exam Today"). A specimen label's comma names no header.
  ['Procedure: Mohs.\n\nSkin exam today, other sites:\n- 5 mm pink papule.', ['Procedure', 'Physical Exam']],
  ['Skin exam: no other lesions.', ['Physical Exam']],
  ['HPI: x.\nLabs, today: Hgb 10.', ['History of Present Illness', 'Results']],
  ['HPI: x.\nBreast, left, core biopsy:\n- benign.', ['History of Present Illness']],
  // A cytology report, its addendum and its final reading are Pathology (the pathology of a fluid or an aspirate).
  ['Plan: await final cytology.\nCytology addendum 11/26/2026: celiac node FNB.', ['Plan', 'Pathology']],
  ['CYTOPATHOLOGY REPORT\nCytology report: pleural fluid.', ['Pathology']],
  // A problem list opened right after an assessment and plan is that plan's problem-by-problem part; after an impression,
  // or opening a note, it is the record's Problem List.
  ['A/P: improving.\n\nActive problems:\n1. HTN - continue lisinopril.', ['Assessment and Plan']],
  ['Impression: stable.\n\nProblem list\n - Meningioma R convexity, 6 mm', ['Impression', 'Problem List']],
  ['Problem list:\n- HTN\n\nA/P: improving.', ['Problem List', 'Assessment and Plan']],
  // A therapy evaluation's "Hx of present condition" is the present illness ("Hx of present illness" is a spelling).
  ['Dx: s/p L frontal craniotomy.\n\nHx of present condition: 2 mo of R hand clumsiness.', ['Diagnoses', 'History of Present Illness']],
  ['HISTORY OF PRESENT CONDITION:\nR knee pain.', ['History of Present Illness']],
  ['Discharge Summary\nPrincipal dx: Large bowel obstruction.\nHospital course: uneventful.', ['Diagnoses', 'History of Present Illness']],
  // A survivorship care plan's follow-up plan is its Plan.
  ['FHx: mother - thyroid ca.\n\nFollow-up plan\n- Oncology visit yearly.\n\nFOLLOW-UP CARE PLAN\n| CEA | q6mo |', ['Family History', 'Plan', 'Plan']],
  // A header's annotation leaves its own name (ANNOTATION.md, rule 2): an EHR's provenance in a parenthesis, a review mark
  // with its date, and a copy's source without a parenthesis.
  ['Problem List (auto-inserted chart context):\n- HTN', ['Problem List']],
  ['Medications (auto-populated): letrozole 2.5 mg daily.', ['Medications']],
  ['Family history reviewed 12/2026: sister w/ breast ca at 52.', ['Family History']],
  ['FHx updated 11/30/2026: no change.', ['Family History']],
  ['Indication copied from onc note 11/30: "New dx DLBCL."', ['History of Present Illness']],
  ['HPI pasted from ED note: 3 d of cough.', ['History of Present Illness']],
  // A known header whose parenthesis names what it covers keeps its name (rule 2): the header is its words alone.
  ['Diagnosis (ICD-10):\n1. C43.59 Malignant melanoma of other part of trunk', ['Diagnoses']],
  ['HPI: 54F.\nPath (LAR 1/2023): ypT2 N0, margins neg.', ['History of Present Illness', 'Pathology']],
  ['FHx: mother - breast ca.\nImaging (outside films): 3 cm RUL mass.', ['Family History', 'Results']],
  // So does one whose long parenthesis holds its own colon, closed by the header's colon.
  ['FHx: mother - ovarian ca.\nRecommendations (NCCN Genetic/Familial High-Risk Assessment: Breast, Ovarian, Pancreatic):\n- Breast MRI yearly.',
    ['Family History', 'Assessment and Plan']],
];

describe('narrative sections round 16: header spellings', () => {
  for (const [text, names] of HEADER_SPELLINGS) {
    it(JSON.stringify(text), () => assert.deepEqual(sectionNames(text), names));
  }
});

/** Each text with the section of each mention in it; the codes are checked in the FY2027 code titles. */
const MENTION_SECTIONS: readonly (readonly [string, readonly (string | null)[]])[] = [
  // C25.0 Malignant neoplasm of head of pancreas, in the tumour board's clinical summary.
  ['Clinical Summary:\n71 y/o F w/ 2.8 cm pancreatic head adenocarcinoma.', ['History of Present Illness']],
  // Z85.9 Personal history of malignant neoplasm, unspecified (denied), in the personal history.
  ['Indication: 38 y/o F, unaffected.\nPersonal hx: No personal hx of cancer.', ['Past Medical History']],
  // C18.7 Malignant neoplasm of sigmoid colon on the order; Z85.46 Personal history of malignant neoplasm of prostate.
  ['Dx on order: Malignant neoplasm of sigmoid colon', ['Diagnoses']],
  ['Secondary dx: Hx prostate cancer s/p RALP 2016, PSA undetectable since.', ['Diagnoses']],
  // D32.0 Benign neoplasm of cerebral meninges (the resected meningioma's preliminary pathology), in the history of the present
  // condition, not the diagnosis line above it.
  ['Dx: s/p L frontal craniotomy 11/30.\n\nHx of present condition: 2 mo of R hand clumsiness. Underwent GTR 11/30. Prelim path: meningothelial meningioma, WHO grade 1.',
    ['History of Present Illness']],
  // C90.01 Multiple myeloma in remission, in the assessment and plan's list of active problems.
  ['ASSESSMENT & PLAN:\n74F w/ HFpEF, admitted w/ HF exacerbation.\n\nActive problems:\n1. Acute on chronic HFpEF - IV furosemide.\n2. Multiple myeloma in remission - continue lenalidomide maintenance.',
    ['Assessment and Plan']],
  // C77.2 Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes (the celiac node), in the cytology
  // addendum; C78.6 Secondary malignant neoplasm of retroperitoneum and peritoneum (the peritoneal fluid), in the final cytology.
  ['Plan: await final cytology.\n---\nCytology addendum 11/26/2026: Celiac lymph node, EUS-FNB: Metastatic adenocarcinoma.', ['Pathology']],
  ['Impression: paracentesis, 5.2 L.\n\nFinal cytology: Peritoneal fluid: Metastatic high-grade serous carcinoma.', ['Pathology']],
  // C44.91 Basal cell carcinoma of skin, unspecified (doubted), in the skin exam after the Mohs procedure.
  ['Procedure: Mohs surgery, L nasal sidewall.\n\nSkin exam today, other sites:\n- R temple: 5 mm pearly papule, c/w BCC.', ['Physical Exam']],
  // C18.4 Malignant neoplasm of transverse colon, the principal diagnosis of a discharge summary.
  ['Discharge Summary\nPrincipal dx: Large bowel obstruction due to obstructing transverse colon cancer.', ['Diagnoses']],
  // C81.9A Hodgkin lymphoma, unspecified, in remission: in the follow-up plan, not the family history above it.
  ['Family History: mother - papillary thyroid ca at 50.\n\nFollow-up plan\n- Hodgkin lymphoma in remission - no restaging imaging unless symptoms.',
    ['Family History', 'Plan']],
  // C78.01 Secondary malignant neoplasm of right lung (doubted), in the pharmacist's comment, not the labs above it.
  ['Labs 12/03: ANC 1.6.\n\nPharmacist comment:\nOnc note documents "4 mm RLL nodule, likely benign vs early met".', ['Comment']],
  // C56.1 Malignant neoplasm of right ovary and Z85.3 Personal history of malignant neoplasm of breast, in the problem list a
  // portal message's EHR inserted below the thread.
  ['Hi Priya, the CA-125 is normal.\n- Dr. Lindgren\n\nProblem List (auto-inserted chart context):\n- Malignant neoplasm of right ovary (HCC)\n- Personal history of left breast cancer (IDC 2015)',
    ['Problem List', 'Problem List']],
  // Z80.3 Family history of malignant neoplasm of breast, in a family history reviewed on a date, not the plan above it.
  ['Follow-up plan\n- CEA q6mo.\n\nFamily history reviewed 12/2026: sister w/ breast ca at 52 (no change to plan).', ['Family History']],
  // C83.38 Diffuse large B-cell lymphoma, lymph nodes of multiple sites, in the indication copied from the oncology note.
  ['Diagnosis: Diffuse large B-cell lymphoma, stage IIIA (cervical, mediastinal and retroperitoneal nodes)\nIndication copied from onc note 11/30: "New dx DLBCL, stage IIIA."',
    ['Diagnoses', 'History of Present Illness']],
  // C20 Malignant neoplasm of rectum, in the pathology of the rectal biopsy its parenthesis names (a site the reader still reads).
  ['HPI: 54F referred after colonoscopy.\nPath (rectal bx): invasive adenocarcinoma, moderately differentiated.', ['Pathology']],
  // The diagnosis of a prior authorization under "Diagnosis (ICD-10):", not under the insurance "Plan:" of the letter head.
  ['Member: Lucia R.\nPlan: BlueHorizon PPO\n\nDiagnosis (ICD-10):\n1. C43.59  Malignant melanoma of other part of trunk (L upper back)', ['Diagnoses']],
  // Z80.3 Family history of malignant neoplasm of breast; C78.7 Secondary malignant neoplasm of liver and intrahepatic bile
  // duct, in the outside imaging, not the family history above it.
  ['FHx: mother - breast ca.\nImaging (outside films): 3 cm RUL mass with hepatic mets.', ['Family History', 'Results']],
  // C25.9 Malignant neoplasm of pancreas, unspecified (a surveillance for it), in the recommendations, not the risk assessment.
  ['Risk Assessment:\nBRCA2 PV.\n\nRecommendations (NCCN Genetic/Familial High-Risk Assessment: Breast, Ovarian, Pancreatic):\n - Pancreas: refer to GI for pancreatic cancer surveillance eligibility.',
    ['Assessment and Plan']],
];

describe('narrative sections round 16: the sections of mentions', () => {
  for (const [text, sections] of MENTION_SECTIONS) {
    it(JSON.stringify(text), () => assert.deepEqual(mentionSections(text), sections));
  }
});

/**
 * A tab after a sentence end sets an inline header off as a space does, for the section finder (`abbreviationInLine`) and
 * for the inline fields that bound the assertion cues (`inlineFieldsOfLine`) alike: one rule for both.
 */
describe('narrative sections round 16: a tab before an inline header', () => {
  checkReadings([
    // Z80.0 Family history of malignant neoplasm of digestive organs (the father's); Z85.46 Personal history of malignant
    // neoplasm of prostate: the inline past history's own text takes its default, not the family history's.
    ['the past history after a tab', 'FH: colon ca (father).\tPMH: prostate ca s/p RALP 2016.',
      [['colon ca', 'Z800', 'family'], ['prostate ca', 'Z8546', 'history']]],
    // C83.30 Diffuse large B-cell lymphoma, unspecified site: the hedge does not reach into the pathology field after a tab.
    ['a hedge stops at a field after a tab', 'Possible lymphoma,\tPath: DLBCL',
      [['lymphoma', 'C8330', 'uncertain'], ['DLBCL', 'C8330', 'present']]],
    // Z85.3 Personal history of malignant neoplasm of breast, in the past history opened after a tab.
    ['a past history header after a tab', '68F.\tPMH: breast ca 2010.', [['breast ca', 'Z853', 'history']]],
  ]);
});
