import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 18's section cases (issue 12): the header spellings ANNOTATION.md's "Round 18 decisions" place by meaning (rule 3):
 * a summary of the hospital stay, a consult's question, a pathology consultation's own and the outside diagnosis, a radiology
 * impression, a tumor board recommendation, a follow-up with the plan, a consent block, a coder's notes and a query log.
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
  // History of Present Illness: a transfer note's "Summary of hospital stay" (d736).
  ['Summary of hospital stay:\nAdmitted 11/30 w/ facial swelling.', ['History of Present Illness']],
  // Chief Complaint: a consult's "Question:" (d216).
  ['Question: persistent neutropenic fever day 5 on cefepime.', ['Chief Complaint']],
  // Pathology: a consultation's own diagnosis ("OUR DIAGNOSIS", "CONSULTATION DIAGNOSIS"; d559, d751); Diagnoses: the
  // referring pathology's "Outside diagnosis" (d559).
  ['Outside diagnosis:\n Uterus: favor leiomyosarcoma.\n\nOUR DIAGNOSIS:\n Uterus: STUMP.\nCONSULTATION DIAGNOSIS:\n Node: CHL.',
    ['Diagnoses', 'Pathology', 'Pathology']],
  // Impression: "Radiology impression"; Assessment and Plan: "Tumor board recommendation".
  ['Radiology impression: 3 cm RUL mass.\nTumor board recommendation: lobectomy.', ['Impression', 'Assessment and Plan']],
  // Plan: "FOLLOW-UP / PLAN" (d188), a consent block (d133, d141, d289, d446, d553).
  ['FOLLOW-UP / PLAN:\nRTC 6 wk.\nCONSENT: Written informed consent obtained.', ['Plan', 'Plan']],
  // Comment: a coding summary's "CODER NOTES" / "ABSTRACT NOTES" (d734, d740); Query: its "QUERY LOG" (d734).
  ['CODER NOTES\n1. Lung mets per CT.\nQUERY LOG\nQ1: liver lesion?\nABSTRACT NOTES\nnone.', ['Comment', 'Query', 'Comment']],
];

describe('narrative sections round 18: header spellings', () => {
  for (const [text, names] of HEADER_SPELLINGS) {
    it(JSON.stringify(text), () => assert.deepEqual(sectionNames(text), names));
  }
  // A counselling item in a list stays in the assessment it belongs to (d541): only "Counseling / Plan" is a header.
  it('a listed "- Counseling:" item is no header', () => assert.deepEqual(sectionNames('Assessment:\n - Counseling: avoid CT when possible.'), ['Assessment']));
});

/** Each text with the section of each mention in it; the codes are checked in the FY2027 code titles. */
const MENTION_SECTIONS: readonly (readonly [string, readonly (string | null)[]])[] = [
  // C78.7 Secondary malignant neoplasm of liver, in a summary of the stay (d736).
  ['Summary of hospital stay:\nCT A/P multiple liver lesions c/w mets.', ['History of Present Illness']],
  // C78.00 Secondary malignant neoplasm of unspecified lung, in a coder's notes (d740).
  ['CODER NOTES\n1. Lung mets documented by the attending.', ['Comment']],
];

describe('narrative sections round 18: the sections of mentions', () => {
  for (const [text, sections] of MENTION_SECTIONS) {
    it(JSON.stringify(text), () => assert.deepEqual(mentionSections(text), sections));
  }
});
