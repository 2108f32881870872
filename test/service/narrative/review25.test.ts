import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Review of round 25: the readings two of its rules got wrong at the edge of their windows. A registry text field's label is
 * matched within the line's first characters, and a line longer than that with no colon is a sentence, not a field alone on
 * its line (`registryHeaders.ts`); an exposure's association reaches the four words its comment allows between the noun and
 * "with" (`epidemiologyStatements.ts`).
 */

function sectionsOf(text: string): [string, string | null][] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => [mention.text, mention.section?.name ?? null]);
}

describe('review 25: registry text fields', () => {
  it('a long sentence opening with "Text -" and no colon is no field label', () => {
    const text = 'Dx: invasive ductal carcinoma of the L breast\nText - imaging showed a new mass in the upper outer quadrant near the prior scar, invasive ductal carcinoma again.';
    assert.deepEqual(sectionsOf(text), [['ductal carcinoma of the L breast', 'Diagnoses'], ['ductal carcinoma', 'Diagnoses']]);
  });

  it('a short field label alone on its line still heads the lines below it', () => {
    const text = 'Dx: invasive ductal carcinoma of the L breast\nTEXT - DX PROC - PATH\n09/22/26 L partial mastectomy: residual invasive ductal carcinoma.';
    assert.deepEqual(sectionsOf(text), [['ductal carcinoma of the L breast', 'Diagnoses'], ['ductal carcinoma', 'Results']]);
  });
});

const association: readonly ReadingCase[] = [
  // Four words between the association noun and "with": "association of occupational benzene exposure with".
  ['an association with four exposure words between the noun and "with" names the disease in general',
    'Assessment: Follicular lymphoma, grade 1-2.\nDiscussion: there is a weak association of occupational benzene exposure with NHL.',
    [['Follicular lymphoma', 'C8290', 'present']]],
];

describe('review 25: an exposure\'s association reaches four words before "with"', () => checkReadings(association));

/**
 * A pathologist's denial after a variant's features ("botryoid features absent", d1091) denies the features, not the tumour named
 * before them (`deniedFeatures.ts`).
 */
const deniedFeatures: readonly ReadingCase[] = [
  ['"botryoid features absent" leaves the embryonal rhabdomyosarcoma before it present',
    'Orbit: extraconal orbital mass, embryonal rhabdomyosarcoma. Incisional bx (07/29): embryonal RMS, botryoid features absent.',
    [['rhabdomyosarcoma', 'null', 'present'], ['RMS', 'null', 'present']]],
  ['"atypical features not seen" leaves the Ewing sarcoma present',
    'Path: Ewing sarcoma, atypical features not seen.',
    [['Ewing sarcoma', 'C419', 'present']]],
];

describe('review 25: a denial of features after the tumour', () => checkReadings(deniedFeatures));
