import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Review of round 26: the readings two of its rules got wrong beyond what they read. The pleura a site-less mesothelioma is
 * weighed at is the one serous cavity of the encounter read, not of the whole note (`pleuralMesothelioma.ts`): the service
 * keeps an encounter's reading while that encounter's text is unchanged, so a reading may depend on nothing outside it. A
 * relative's own risk is read through a possessive written with either apostrophe, as the tokenizer keeps both in the word
 * (`relativeRisk.ts`, `charCodes.ts`' `possessiveOwner`).
 */

/** The mentions of the encounter `[start, end)` of `text`, as `[words, code or 'null', assertion]`. */
function encounterReading(text: string, start: number, end: number): string[][] {
  return readNarrative(text, spanOf(start, end), defaultContext()).mentions.map((mention) => [mention.text, mention.code ?? 'null', mention.assertion]);
}

// Index: Mesothelioma, pleura C45.0; Tabular C45.9 Mesothelioma, unspecified.
const PLEURAL_ENCOUNTER = 'Reason for consult: Asbestos exposure hx, pleural plaques on CT; r/o mesothelioma.\n\n';
const ASCITES_ENCOUNTER = 'Visit 2: paracentesis 2 L for ascites, cytology pending.\n';
const SITE_LESS_ENCOUNTER = 'Reason for consult: Asbestos exposure hx; r/o mesothelioma.\n\n';
const PLEURA_ONLY_ENCOUNTER = 'Visit 2: pleural plaques on CT, stable.\n';

describe('review 26: the pleura of the encounter read', () => {
  it('another encounter\'s ascites leaves this encounter\'s pleura to place its mesothelioma', () => {
    const text = PLEURAL_ENCOUNTER + ASCITES_ENCOUNTER;
    assert.deepEqual(encounterReading(text, 0, PLEURAL_ENCOUNTER.length), [['mesothelioma', 'C450', 'uncertain']]);
  });

  it('another encounter\'s pleura places no mesothelioma of this one', () => {
    const text = SITE_LESS_ENCOUNTER + PLEURA_ONLY_ENCOUNTER;
    assert.deepEqual(encounterReading(text, 0, SITE_LESS_ENCOUNTER.length), [['mesothelioma', 'C459', 'uncertain']]);
  });

  it('guard: the encounter that names the pleura itself places its mesothelioma there', () => {
    const text = SITE_LESS_ENCOUNTER.trimEnd() + ' Pleural plaques on CT.\n';
    assert.deepEqual(encounterReading(text, 0, text.length), [['mesothelioma', 'C450', 'uncertain']]);
  });
});

// ANNOTATION.md, round 24 Q (a): a relative's own risk of a cancer is no mention; a typographic apostrophe ("daughter’s", as word
// processors write it) owns the risk as the typewriter one does.
const possessives: readonly ReadingCase[] = [
  ['a daughter’s risk written with a typographic apostrophe is no mention',
    'Discussed her daughter\u2019s risk for breast cancer.',
    []],
  ['guard: the patient’s own risk written so stays hypothetical',
    'Discussed pt\u2019s risk for breast cancer.',
    [['breast cancer', 'null', 'hypothetical']]],
];

describe('review 26: a relative\'s risk through either apostrophe', () => checkReadings(possessives));
