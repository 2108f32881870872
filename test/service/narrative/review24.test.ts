import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Code review of round 24 (issue 12): readings the round's new rules got wrong, each failing before its fix. Codes checked
 * against the FY2027 code titles and index (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// "not diagnosed" closing a reviewed list denies the list's items (`exposureTriggers.ts`), but a diagnosis made late is still
// made: "not diagnosed until 2019" is the story of the patient's own cancer (table: colon / Malignant Primary C18.9, present).
// A claimant's own cancer written with a typographic apostrophe ("Veteran’s") is his, as with a straight one
// (`presumptiveConditions.ts`; table: prostate / Malignant Primary C61).
const readings: readonly ReadingCase[] = [
  ['"not diagnosed until" a year is no denial of the cancer before it',
    'HPI: Colon cancer was not diagnosed until 2019, when she presented with anemia.',
    [['Colon cancer', 'C189', 'present']]],
  ['guard: "not diagnosed" closing a list still denies its items',
    'Other presumptives reviewed: CLL, multiple myeloma and bladder cancer not diagnosed.',
    [['CLL', 'C9110', 'negated'], ['multiple myeloma', 'C9000', 'negated'], ['bladder cancer', 'C679', 'negated']]],
  ['a claimant\'s own cancer written with a typographic apostrophe stays his',
    'Assessment: The Veteran’s prostate cancer is a presumptive condition; he remains on ADT.',
    [['prostate cancer', 'C61', 'present']]],
];

// The HCC a liver was transplanted out for is its history (`transplantedLiver.ts`; Tabular Z85.05 Personal history of malignant
// neoplasm of liver), but only where the encounter read says so: a document's other encounter that names the transplant does not
// make this encounter's HCC history (Index: Carcinoma, hepatocellular C22.0).
const OTHER_ENCOUNTER = 'Pt 2: OLT 02/2024 for HCC.\n\n';
const THIS_ENCOUNTER = 'A/P: HCC within Milan; TACE planned.\n';

function encounterReading(text: string, offset: number): string[][] {
  return readNarrative(text, spanOf(offset, text.length), defaultContext()).mentions.map((mention) => [mention.text, mention.code ?? 'null', mention.assertion]);
}

describe('narrative reader: code review round 24', () => {
  checkReadings(readings);
  it('an encounter\'s HCC is not made history by a transplant another encounter names', () => {
    const text = OTHER_ENCOUNTER + THIS_ENCOUNTER;
    assert.deepEqual(encounterReading(text, OTHER_ENCOUNTER.length), [['HCC', 'C220', 'present']]);
  });
  it('guard: the encounter that names the transplant reads its HCC as history', () => {
    assert.deepEqual(encounterReading(OTHER_ENCOUNTER, 0), [['HCC', 'Z8505', 'history']]);
  });
});
