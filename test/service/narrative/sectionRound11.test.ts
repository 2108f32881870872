import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/** The section kinds of a note's headers, in order. */
function kinds(text: string): string[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).sections.map((section) => section.kind);
}

/** Section names the round-11 notes use (SOAP letters, European "Anamnesis", emergency "MDM", consult "Recs"). */
describe('narrative sections round 11: the headers of SOAP notes, consults and non-native notes', () => {
  const cases: readonly [string, string, string][] = [
    ['A:', 'A: newly suspected lymphoma.', 'assessment'],
    ['P:', 'P: excisional biopsy 12/5.', 'plan'],
    ['MDM:', 'MDM: chest pain, troponin negative.', 'assessment'],
    ['Medical decision making:', 'Medical decision making: low risk.', 'assessment'],
    ['Anamnesis:', 'Anamnesis:\nPatient is 67 years old woman.', 'hpi'],
    ['Recs:', 'Recs:\n1. PET/CT.', 'assessment-and-plan'],
  ];
  for (const [header, text, kind] of cases) it(`"${header}" opens a ${kind} section`, () => assert.deepEqual(kinds(text), [kind]));
});
