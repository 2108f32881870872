import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 23's section cases (issue 12, tuner S): a header the table does not spell is read by what its words mean, as
 * ANNOTATION.md's rule 3 has the writers and reviewers read it (`headerMeaning.ts`), when the label opens its own block (after
 * a blank line, at the text's start, or alone on its line); a label inside a block, a sentence's lead-in and a report's
 * identifier field open none.
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
const HEADERS_BY_MEANING: readonly (readonly [string, readonly string[]])[] = [
  // Rule 3, the story of the illness ("Brief summary", "Overnight", a course by problem: History of Present Illness): a home
  // health face-to-face's "Narrative of the encounter" (d709), a hospice's "NARRATIVE (HMD attestation language)" (d715), a
  // hospitalist's "Brief summary" (d810), a dietitian's "Nutrition hx / interval update" (d961).
  ['Narrative of the encounter (dictated, edited):\nSeen at home.', ['History of Present Illness']],
  ['HPI: seen.\n\nNARRATIVE (HMD attestation language):\nDeclining.', ['History of Present Illness', 'History of Present Illness']],
  ['Brief summary: 71M w/ clear cell RCC s/p nephrectomy 2021.', ['History of Present Illness']],
  ['Nutrition hx / interval update:\nWt down 3 kg.', ['History of Present Illness']],
  // Rule 3, diagnoses ("Diagnosis provided", "Referring Dx": Diagnoses): a dietitian's "Nutrition Diagnosis (PES)" (d961), a
  // referral's "Dx for referral".
  ['Nutrition Diagnosis (PES):\nInadequate oral intake.', ['Diagnoses']],
  ['Dx for referral:\nThyroid nodule.', ['Diagnoses']],
  // A determiner is no lead-in's sign: headers write "this" as the table's "Diagnoses this admission" does.
  ['Dx at this visit:\nThyroid nodule.', ['Diagnoses']],
  // A code list's label (d709's "ICD-10 (as entered on 485):", d706's MDS item "I8000 Additional active diagnoses (ICD-10-CM):").
  ['HPI: seen.\n\nICD-10 (as entered on 485):\n  C90.00 Multiple myeloma', ['History of Present Illness', 'Diagnoses']],
  // A diagnosis label opening a line is a header wherever it stands, as the table's "Dx:" is (d878: under the orders).
  ['Plan: refer.\nOrders: PSA.\nDx for referral: Personal history of prostate cancer.', ['Plan', 'Diagnoses']],
  // Rule 3, results ("Work-up": Results): a coordinator's "Work-up checklist" (d660).
  ['Dx: myeloma.\n\nWork-up checklist:\n [x] echo', ['Diagnoses', 'Results']],
  // A copied-forward earlier plan is the earlier visit's text, the table's Prior Visit (d638).
  ['Plan: RTC.\n\nCopy-forward from 2025 plan (not updated):\nCEA q3mo.', ['Plan', 'Prior Visit']],
  // A tumor board's "Questions for the board" (d975), the question the document was asked: the table's "Question" is Chief
  // Complaint (round 18).
  ['Dx: PDAC.\n\nQuestions for the board:\n1. Actionability of NRG1 fusion?', ['Diagnoses', 'Chief Complaint']],
  // A label opening with the table's "Path" or "Pathology" and telling whence or when ("Path from 11/12 visit:", d219;
  // "PATHOLOGY FOLLOW-UP (11/23):", d447) is the tissue's report.
  ['Meds: none.\n\nPath from 11/12 visit:\nA. SCC in situ.', ['Medications', 'Pathology']],
  ['IMPRESSION: RUL mass.\n\nPATHOLOGY FOLLOW-UP (11/23):\n4R: SCC.', ['Impression', 'Pathology']],
  // Rule 3, the pathologist's own diagnosis (Pathology): a revised diagnosis over its specimen's label (d981).
  ['REVISED DIAGNOSIS:\nLymph node, right cervical, excision:\n HIGH-GRADE B-CELL LYMPHOMA.', ['Pathology']],
  // Rule 3, the past ("Other hx", "PMH otherwise": Past Medical History): "Hx otherwise" (d719).
  ['HPI: RLL nodule.\n\nHx otherwise: HTN; hypothyroid.', ['History of Present Illness', 'Past Medical History']],
  // Rule 3, the family ("Family medical hx", "Pedigree": Family History).
  ['Pedigree:\nMother - breast ca 45.', ['Family History']],
  // Rule 3, a tissue's results ("Biopsy results": Pathology), "Bx results reviewed with pt" (d112); a discussion's
  // recommendations ("Discussion / Recommendation": Assessment and Plan), "Board discussion / recommendations" (d975).
  ['S: here for results.\n\nBx results reviewed with pt:\nA. BCC.', ['History of Present Illness', 'Pathology']],
  ['Case: 62M.\n\nBoard discussion / recommendations:\nFOLFIRINOX.', ['History of Present Illness', 'Assessment and Plan']],
  // Rule 3, the plan ("Monitoring/Evaluation", "What happens next", "Recommendations to PCP": Plan).
  ['Monitoring/Evaluation: wt weekly.', ['Plan']],
  ['A: stable.\n\nRecommendations to PCP:\nTSH in 6 wk.', ['Assessment', 'Plan']],
];

/** Labels that open no section: each text with the section names the reader gives it. */
const LABELS_THAT_STAY_FIELDS: readonly (readonly [string, readonly string[]])[] = [
  // A sentence's lead-in is no header (ANNOTATION.md, d440: "Clinical history relevant to this request:").
  ['Clinical history relevant to this request:\n- myelofibrosis.', []],
  // An unknown label written as a line of a block is a field of it (ANNOTATION.md, d869's "Known:"; here a "Brief summary:").
  ['HPI: seen today.\nBrief summary: 71M.', ['History of Present Illness']],
  // A report's top field whose value is an identifier ("Case: S26-41877", d405).
  ['Case: S26-41877\n', []],
  // A history of something other than the illness ("Dental hx:", "Anesthesia hx:") names no canonical section.
  ['Dental hx: partial denture.', []],
  // A field about the diagnosis is no list of diagnoses (d192's treatment summary: "Date of diagnosis:", "Stage at diagnosis:").
  ['Date of diagnosis:          04/2021\nStage at diagnosis:         IIIB', []],
  // A code written after an ICD label inside a block is a field of it (d440, d843: "ICD-10: D47.4").
  ['HPI: seen.\nICD-10: D47.4', ['History of Present Illness']],
  // A differential is weighed, not diagnosed.
  ['Differential dx:\nlymphoma vs sarcoid.', []],
];

/** A header abbreviation written mid-line: each text with the section names of its headers. */
const MID_LINE_HEADERS: readonly (readonly [string, readonly string[]])[] = [
  // Rule 1 (a header opens a line): inside a section's paragraph a "PMH:" after a sentence end is a field of that section
  // (d798, d836, d659, d794: "Clinical history: 63F … CT … PMH: L breast cancer 2009" keeps History of Present Illness).
  ['Clinical history: 63F w/ ascites.\nCT 11/20: omental cake. PMH: L breast cancer 2009, lumpectomy.', ['History of Present Illness']],
  // A tumor board's "Case:" line read by its meaning is the line's header, not the "PMH:" later in it (d975).
  ['Case: Pancreatic adenocarcinoma, dx 04/2026. ECOG 1. PMH: CLL, watch & wait.', ['History of Present Illness']],
  // Before any section, a note's opening "68F. PMH: …" is still the header it was (d43).
  ['PCP annual visit\n68F. PMH: HTN, bladder cancer 2016.', ['Past Medical History']],
];

/** Headers the table names that the reader missed: each text with the section names of its headers. */
const TABLE_HEADERS: readonly (readonly [string, readonly string[]])[] = [
  // ANNOTATION.md's header table: "a referral line with its reason ('Referral:', 'Ref:', 'Referred by:' followed by a quoted
  // reason)" is Chief Complaint (d928, d951); a referral naming only its doctor stays a field.
  ['Referral: "sellar mass on MRI, r/o pituitary adenoma vs other" from ophthalmology', ['Chief Complaint']],
  ['Ref: Dr. Castellano (GU med onc)\n', []],
  // Rule 2, a date and a copy's provenance after the header: "Prior visit 06/12/2026 (copied forward, reviewed):" runs past
  // the 48 characters a header is read in, alone on its line (d508).
  ['Meds: aspirin.\n\nPrior visit 06/12/2026 (copied forward, reviewed):\nPV on HU.', ['Medications', 'Prior Visit']],
  // The table's Problem List rows "Comorbidities", "Co-morbidities", "Other conditions", "Other medical problems" (d440, d707).
  ['Comorbidities: CAD s/p PCI.\nCo-morbidities (unrelated): HTN.\nOther conditions: OA.', ['Problem List', 'Problem List', 'Problem List']],
];

describe('narrative sections round 23: the table\'s own headers', () => {
  for (const [text, names] of TABLE_HEADERS) {
    it(JSON.stringify(text), () => assert.deepEqual(sectionNames(text), names));
  }
});

describe('narrative sections round 23: a mid-line header abbreviation', () => {
  for (const [text, names] of MID_LINE_HEADERS) {
    it(JSON.stringify(text), () => assert.deepEqual(sectionNames(text), names));
  }
});

describe('narrative sections round 23: unknown headers read by their meaning', () => {
  for (const [text, names] of HEADERS_BY_MEANING) {
    it(JSON.stringify(text), () => assert.deepEqual(sectionNames(text), names));
  }
  for (const [text, names] of LABELS_THAT_STAY_FIELDS) {
    it(`stays a field: ${JSON.stringify(text)}`, () => assert.deepEqual(sectionNames(text), names));
  }
});

/** Each text with the section of each mention in it; the codes are checked in the FY2027 code titles. */
const MENTION_SECTIONS: readonly (readonly [string, readonly (string | null)[]])[] = [
  // C90.00 Multiple myeloma not having achieved remission, told in a home health face-to-face's narrative (d709).
  ['Narrative of the encounter (dictated, edited):\nShe has multiple myeloma on daratumumab.', ['History of Present Illness']],
  // C50.912 Malignant neoplasm of unspecified site of left female breast, under a clinical history's mid-line "PMH:" (d798).
  ['Clinical history: 63F w/ ascites.\nCT 11/20: omental cake. PMH: L breast cancer on letrozole.', ['History of Present Illness']],
  // Z85.3 Personal history of malignant neoplasm of breast, under "Hx otherwise" (d719: the past, not the diagnosis above).
  ['Dx: myxofibrosarcoma R thigh.\n\nHx otherwise: HTN; breast ca 2010 s/p lumpectomy, NED.', ['Diagnoses', 'Past Medical History']],
];

describe('narrative sections round 23: the sections of mentions', () => {
  for (const [text, sections] of MENTION_SECTIONS) {
    it(JSON.stringify(text), () => assert.deepEqual(mentionSections(text), sections));
  }
});
