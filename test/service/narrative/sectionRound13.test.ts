import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * The section headers of round 13's notes (copy-forward visits, EHR exports, addenda and corrections, consultation letters,
 * sign-outs), each in wordings of its own. Expected codes are checked in the FY2027 code list (icd10cm-codes-2027): Z85.3
 * "Personal history of malignant neoplasm of breast", Z85.038 "… of other malignant neoplasm of large intestine", C79.31
 * "Secondary malignant neoplasm of brain", C71.1 "Malignant neoplasm of frontal lobe", Z80.3 "Family history of malignant
 * neoplasm of breast", C18.7 "Malignant neoplasm of sigmoid colon" (table: colon, sigmoid / Malignant Primary).
 */

const annotatedHeaders: readonly ReadingCase[] = [
  ['an EHR export sets a header off by a tab', 'Past Medical History\tBreast cancer 2010, HTN.', [['Breast cancer', 'Z853', 'history']]],
  // In a plan "Evaluate for X" is a step (hypothetical); opening a sentence outside one it is an indication's rule-out.
  ['a header qualified by its date', 'Plan (11/30):\nEvaluate for brain metastases.', [['brain metastases', 'C7931', 'hypothetical']]],
  ['a header qualified by a copy\'s provenance', 'Plan (copied from 08/14 visit):\nEvaluate for brain metastases.', [['brain metastases', 'C7931', 'hypothetical']]],
  ['a dated header with a word after its date', 'Plan 11/30/2026 - revised:\nEvaluate for brain metastases.', [['brain metastases', 'C7931', 'hypothetical']]],
  ['two headers joined by a slash', 'Plan/Dispo:\nEvaluate for brain metastases.', [['brain metastases', 'C7931', 'hypothetical']]],
  ['a past history joined to the HPI is read as the HPI', 'Medical hx / HPI (per chart): 61 y/o male, new glioblastoma of the right frontal lobe.\nPMH: colon cancer 2012.',
    [['glioblastoma of the right frontal lobe', 'C711', 'present'], ['colon cancer', 'Z85038', 'history']]],
  ['"Other history:" is a past history', 'Other history: colon cancer 2012.', [['colon cancer', 'Z85038', 'history']]],
];

/** The new spellings, each ending a family history block written without a blank line after it. */
const NEW_SPELLINGS: readonly string[] = ['Reason', 'Reason for consult', 'Background', 'Admitting Dx', 'Dispo', 'Discharge plan', 'Discharge exam',
  'Final pathology', 'Correction', 'Amended report', 'Prior visit', 'Health maintenance', 'Other history'];

const blockEnds: readonly ReadingCase[] = NEW_SPELLINGS.filter((spelling) => spelling !== 'Other history').map((spelling): ReadingCase => [
  `"${spelling}:" ends a family history block`,
  `FHx: mother with breast cancer\n${spelling}: adenocarcinoma of the sigmoid colon`,
  [['breast cancer', 'Z803', 'family'], ['adenocarcinoma of the sigmoid colon', 'C187', 'present']],
]);

describe('narrative sections round 13: annotated, tabbed and joined headers', () => checkReadings(annotatedHeaders));
describe('narrative sections round 13: new spellings end a family history block', () => checkReadings(blockEnds));

describe('narrative sections round 13: SOAP letters open their line', () => {
  const kinds = (text: string): string[] => readNarrative(text, spanOf(0, text.length), defaultContext()).sections.map((section) => section.kind);
  it('an I-PASS item indented in a patient\'s block is no Plan or Assessment', () => {
    assert.deepEqual(kinds('Bed 12 | 67F | AML\n I: WATCHER\n P: neutropenic fever, on cefepime.\n A: - if febrile add vanc\n S: family aware'), []);
  });
  it('SOAP letters at the line start are', () => {
    assert.deepEqual(kinds('S: 71M for f/u.\nO: BP 138/84.\nA: prostate cancer.\nP: PSA q3 mo.'), ['hpi', 'exam', 'assessment', 'plan']);
  });
});
