import * as assert from 'node:assert/strict';
import { SentenceSites } from '../../../server/src/service/narrative/sentenceSites';
import { nearestInSentenceBefore } from '../../../server/src/service/narrative/sentenceWindow';
import type { SiteMatch } from '../../../server/src/service/narrative/siteMatch';
import type { Token } from '../../../server/src/service/narrative/tokens';
import { UNKNOWN_CLASSES } from '../../../server/src/service/narrative/wordClasses';
import { seededRandom } from '../../helpers/random';

/**
 * The sentence-sites index answers what the node passes found by walking back over every token of their window
 * (resectionNodes.ts, contextNodeRegion.ts): the nearest site in the sentence that passes a test, and the site
 * before a position. Each answer is compared with that walk over random layouts of sentences and sites.
 */

function layout(seed: number, length: number): { tokens: Token[]; sites: (SiteMatch | undefined)[] } {
  const next = seededRandom(seed);
  const tokens: Token[] = [];
  const sites: (SiteMatch | undefined)[] = [];
  let sentence = 0;
  for (let position = 0; position < length; position++) {
    if (next() < 0.08) sentence++;
    tokens.push({ start: position * 2, end: position * 2 + 1, norm: 'w', raw: 'w', sentence, punct: false, classes: UNKNOWN_CLASSES });
    sites.push(next() < 0.25 ? { start: position, end: position + 1, path: [next() < 0.5 ? 'lung' : 'colon'], lymphNode: next() < 0.2 } : undefined);
  }
  return { tokens, sites };
}

describe('narrative sentence sites', () => {
  it('finds the nearest site in the sentence that passes a test, as the walk over every token does', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { tokens, sites } = layout(seed, 120);
      const index = new SentenceSites(tokens, sites);
      const tests: ((site: SiteMatch) => boolean)[] = [() => true, (site) => !site.lymphNode, (site) => site.path[0] === 'colon' && !site.lymphNode];
      for (let before = -1; before <= tokens.length + 1; before++) {
        for (const reach of [0, 1, 3, 8, 60]) {
          for (const sentence of [tokens[before]?.sentence, tokens[before - 1]?.sentence, (tokens[before]?.sentence ?? 0) + 1, undefined]) {
            for (const test of tests) {
              const walked = nearestInSentenceBefore(tokens, before, reach, sentence, (_token, back) => sites[back] !== undefined && test(sites[back] as SiteMatch));
              assert.equal(index.nearestBefore(before, reach, sentence, test), walked, `seed ${seed}, before ${before}, reach ${reach}, sentence ${sentence}`);
            }
          }
        }
      }
    }
  });

  it('links each position to the site that starts nearest before it, in any sentence', () => {
    const { tokens, sites } = layout(7, 200);
    const index = new SentenceSites(tokens, sites);
    for (let position = -1; position <= tokens.length + 2; position++) {
      let walked = -1;
      for (let back = Math.min(position, tokens.length) - 1; back >= 0 && walked < 0; back--) if (sites[back] !== undefined) walked = back;
      assert.equal(index.siteBefore(position), walked, `position ${position}`);
    }
    assert.equal(new SentenceSites([], []).siteBefore(3), -1);
  });
});
