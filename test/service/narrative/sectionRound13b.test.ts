import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 13's second look at headers the reader did not know: each spelling is read as the canonical section that
 * `test/narrative/corpus/ANNOTATION.md`'s table of unknown headers gives it, and a study label on a line of its own
 * ("MRI brain w/wo 11/24/2026:") opens the study's Results.
 */

/** The section names the reader gives the headers of `text`, in order. */
function sectionNames(text: string): string[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).sections.map((section) => section.name);
}

/** Each header as written, with the canonical section ANNOTATION.md's table gives it. */
const HEADERS: readonly (readonly [string, string])[] = [
  ['Clinical', 'History of Present Illness'],
  ['Clinical Information', 'History of Present Illness'],
  ['Summary of History', 'History of Present Illness'],
  ['Summary of Outside Records', 'History of Present Illness'],
  ['Dx History', 'History of Present Illness'],
  ['Hematologic History', 'History of Present Illness'],
  ['Hem Hx', 'History of Present Illness'],
  ['Treatment History', 'History of Present Illness'],
  ['Cancer Treatment Summary', 'History of Present Illness'],
  ['Surveillance to Date', 'History of Present Illness'],
  ['Narrative Supporting Prognosis', 'History of Present Illness'],
  ['Hx of Terminal Illness', 'History of Present Illness'],
  ['Health History', 'Past Medical History'],
  ['Health History (per pt and daughter)', 'Past Medical History'],
  ['Other Health', 'Past Medical History'],
  ['POHx', 'Past Medical History'],
  ['Past Ocular History', 'Past Medical History'],
  ['Reason for Transfer', 'Chief Complaint'],
  ['Exam Today', 'Physical Exam'],
  ['Extraoral', 'Physical Exam'],
  ['Intraoral', 'Physical Exam'],
  ['Imaging Reviewed', 'Results'],
  ['Imaging Review', 'Results'],
  ['Restaging', 'Results'],
  ['Work-up', 'Results'],
  ['Workup', 'Results'],
  ['Mammogram Findings', 'Results'],
  ['Return Visit - Imaging Review', 'Results'],
  ['Intraoperative Consultation', 'Pathology'],
  ['Synoptic Summary', 'Pathology'],
  ['Flow Cytometry', 'Pathology'],
  ['Risk Assessment', 'Assessment'],
  ['Medical Update Given', 'Assessment'],
  ['Discussion / Recommendation', 'Assessment and Plan'],
  ['EUS Impression', 'Impression'],
  ['Cancer Staging', 'Diagnoses'],
  ['Staging', 'Diagnoses'],
  ['Referring Dx', 'Diagnoses'],
  ['Referring Diagnosis', 'Diagnoses'],
  ['Primary Dx', 'Diagnoses'],
  ['ED Dx', 'Diagnoses'],
  ['ED Diagnosis', 'Diagnoses'],
  ['Other Problems', 'Problem List'],
  ['Other Active Problems', 'Problem List'],
  ['Late Effects Screening', 'Health Maintenance'],
  ['Goals of Care', 'Plan'],
  ['Teaching', 'Plan'],
  ['Discharge Instructions / Follow-up', 'Plan'],
  ['Interventions Today', 'Procedure'],
  ['Simulation', 'Procedure'],
  ['Current Meds', 'Medications'],
  ['Clinical Correlation', 'Comment'],
];

describe('narrative sections round 13b: headers named by the annotation table', () => {
  for (const [header, name] of HEADERS) {
    it(`"${header}:" opens ${name}`, () => {
      assert.deepEqual(sectionNames(`${header}: adenocarcinoma of the sigmoid colon.`), [name]);
    });
  }
});

/** Headers whose date or copy's provenance the reader did not strip before round 13b, with the section each opens. */
const ANNOTATED: readonly (readonly [string, string])[] = [
  // A month and year after the header, as a restaging is dated.
  ['Restaging 11/2026:', 'Results'],
  ['Labs 11/2026:', 'Results'],
  // A provenance holding a comma, and long enough to run past the header window.
  ['ONCOLOGIC HISTORY (copied forward, updated 10/14/26):', 'History of Present Illness'],
  ['Assessment (copied forward, reviewed 10/14/26):', 'Assessment'],
];

describe('narrative sections round 13b: dated and copied-forward headers', () => {
  for (const [header, name] of ANNOTATED) {
    it(`"${header}" opens ${name}`, () => {
      assert.deepEqual(sectionNames(`${header} adenocarcinoma of the sigmoid colon.`), [name]);
    });
  }
});
