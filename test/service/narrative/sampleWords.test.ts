import * as assert from 'node:assert/strict';
import { STATION_SAMPLING_WORDS, TISSUE_SAMPLE_WORDS, marrowSampledOrRead, namesMarrowSample } from '../../../server/src/service/narrative/sampleWords';

describe('narrative sample words (sampleWords.ts)', () => {
  it('names a biopsy and a needle sample in one table', () => {
    assert.deepEqual([...TISSUE_SAMPLE_WORDS].sort(), ['aspirate', 'aspiration', 'biopsies', 'biopsy', 'bx', 'core', 'fna', 'fnb']);
    assert.ok(STATION_SAMPLING_WORDS.has('ebus-tbna') && STATION_SAMPLING_WORDS.has('tbna'));
  });

  it('reads a marrow sample, the first of a slashed pair too, and a marrow result only where a result may stand', () => {
    for (const word of ['bx', 'aspirate/bx', 'aspirates', 'trephine', 'clot']) assert.ok(namesMarrowSample(word), word);
    assert.ok(!namesMarrowSample('negative') && !namesMarrowSample('transplant'));
    for (const word of ['negative', 'involvement', 'core']) assert.ok(marrowSampledOrRead(word), word);
    assert.ok(!marrowSampledOrRead('transplant'));
  });
});
