import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/** The section names of a note's mentions, in order. */
function mentionSections(text: string): (string | undefined)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name);
}

/**
 * Inpatient round 18 (issue 12, tuner I): the headers of ED notes, transfer notes and HIM coding abstracts, by ANNOTATION.md's
 * "Sections" rule 3 (a header the reader does not know is the canonical section it means): "ED Results" is Results (d738), a
 * transfer note's "Summary of hospital stay" is the stay's course, History of Present Illness as "Hospital Course" is (d736), a
 * coding abstract's "CODER NOTES" / "ABSTRACT NOTES" are its own remarks, Comment (d740, d734), its "QUERY LOG" is Query (d734).
 */
describe('narrative sections round 18: inpatient and coding-abstract headers', () => {
  const cases: readonly [string, string, string][] = [
    ['ED Results', 'ED Results\nCT A/P: enhancing L renal mass, highly suspicious for RCC.', 'Results'],
    ['Summary of hospital stay:', 'Summary of hospital stay:\nFound to have extensive-stage small cell lung cancer.', 'History of Present Illness'],
    ['CODER NOTES', 'PROCEDURES\n0PHF06Z  Insertion of intramedullary fixation\n\nCODER NOTES\n1. Lung mets documented as bilateral.', 'Comment'],
    ['ABSTRACT NOTES', 'PROCEDURES\n0DTN0ZZ  Resection of sigmoid colon\n\nABSTRACT NOTES\n- No metastatic disease documented at discharge.', 'Comment'],
    ['QUERY LOG', 'PROCEDURES\n0DTN0ZZ  Resection of sigmoid colon\n\nQUERY LOG\nQ1: liver lesion, cannot exclude liver metastasis. Response: no liver metastasis.', 'Query'],
  ];
  for (const [header, text, name] of cases) {
    it(`"${header}" opens ${name}`, () => assert.ok(mentionSections(text).every((section) => section === name) && mentionSections(text).length > 0, String(mentionSections(text))));
  }

  // The rule of round 16 (sections.ts: "Active problems:" right after an assessment and plan's opening sentence is that plan's
  // problem-by-problem part) holds only before the plan lists its own problems: a problem list after "# …" items is the record's
  // (d737: "Problem List (copied from 11/29 H&P, reviewed):" after the plan's "#" problems).
  it('a problem list after the plan\'s own "#" problems is the Problem List', () =>
    assert.deepEqual(mentionSections('Assessment/Plan:\n# CLL - stable counts.\n# DM2 - SSI\n\nProblem List (copied from 11/29 H&P, reviewed):\n- Bladder cancer, hx (Z85.51)\n- DM2'),
      ['Assessment and Plan', 'Problem List']));
  it('a problem list right after the plan\'s opening sentence stays the plan\'s', () =>
    assert.deepEqual(mentionSections('ASSESSMENT & PLAN:\n74F w/ breast cancer.\n\nActive problems:\n1. Bladder cancer, hx'), ['Assessment and Plan', 'Assessment and Plan']));
});
