import * as assert from 'node:assert/strict';
import { SideIndex } from '../../../server/src/service/narrative/sideIndex';
import type { SiteMatch } from '../../../server/src/service/narrative/siteMatch';
import type { Laterality } from '../../../server/src/service/narrative/siteLexicon';
import type { Token } from '../../../server/src/service/narrative/tokens';
import { UNKNOWN_CLASSES } from '../../../server/src/service/narrative/wordClasses';
import { seededRandom } from '../../helpers/random';

/**
 * The side index answers what the reader used to find by walking back over every token before a
 * mention: the one side the organ's sites give in a window, and the nearest synoptic laterality field.
 * Each answer is compared with that walk over random layouts of sites and fields.
 */

const ORGANS = ['breast', 'lung', 'kidney'];
const SIDES: readonly (Laterality | undefined)[] = ['left', 'right', 'bilateral', undefined];

function layout(seed: number, length: number): { tokens: Token[]; sites: (SiteMatch | undefined)[] } {
  const next = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const tokens: Token[] = [];
  const sites: (SiteMatch | undefined)[] = [];
  for (let position = 0; position < length; position++) {
    const norm = next() < 0.05 ? 'laterality' : next() < 0.1 ? ':' : pick(['left', 'right', 'mass', 'the']);
    tokens.push({ start: position * 2, end: position * 2 + 1, norm, raw: norm, sentence: 0, punct: norm === ':', classes: UNKNOWN_CLASSES });
    const laterality = pick(SIDES);
    sites.push(next() < 0.3 ? { start: position, end: position + 1, path: [pick(ORGANS)], lymphNode: next() < 0.1, ...(laterality === undefined ? {} : { laterality }) } : undefined);
  }
  return { tokens, sites };
}

/** The walk the index replaces: every token from `from` back to `from - reach`. */
function walkedSide(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], from: number, reach: number, site: SiteMatch, accepts: (other: SiteMatch) => boolean): Laterality | undefined {
  let side: Laterality | undefined;
  for (let position = Math.min(from, tokens.length - 1); position >= Math.max(0, from - reach); position--) {
    const other = sites[position];
    if (other === undefined || other.lymphNode || other.laterality === undefined || other.laterality === 'bilateral' || other.path[0] !== site.path[0] || !accepts(other)) continue;
    if (side !== undefined && side !== other.laterality) return undefined;
    side = other.laterality;
  }
  return side;
}

function walkedField(tokens: readonly Token[], index: number, reach: number): number {
  for (let position = index - 1; position >= Math.max(1, index - reach); position--) {
    if (tokens[position]?.norm === ':' && tokens[position - 1]?.norm === 'laterality') return position;
  }
  return -1;
}

describe('narrative side index: the sides before a mention without walking back over every token', () => {
  it('gives the one side of the organ in a window as the walk does', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { tokens, sites } = layout(seed, 300);
      const index = new SideIndex(tokens, sites);
      for (const from of [-5, 0, 1, 17, 150, 299, 340]) {
        for (const reach of [0, 1, 12, 240]) {
          for (const organ of ORGANS) {
            const site: SiteMatch = { start: 0, end: 1, path: [organ], lymphNode: false };
            const accepts = (other: SiteMatch): boolean => other.start % 7 !== 3;
            assert.equal(index.onlySideBefore(from, reach, site, accepts), walkedSide(tokens, sites, from, reach, site, accepts), `seed ${seed}, from ${from}, reach ${reach}, ${organ}`);
          }
        }
      }
    }
  });

  it('finds the nearest synoptic laterality field in reach as the walk does', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { tokens, sites } = layout(seed, 300);
      const index = new SideIndex(tokens, sites);
      for (let at = 0; at <= 301; at += 7) {
        for (const reach of [1, 5, 60]) assert.equal(index.fieldBefore(at, reach), walkedField(tokens, at, reach), `seed ${seed}, at ${at}, reach ${reach}`);
      }
    }
  });

  it('reads a synoptic report: the laterality field gives the finding below it its side', () => {
    const tokens = ['specimen', 'laterality', ':', 'right', 'histologic', 'type', ':', 'invasive', 'carcinoma'].map((norm, position): Token => ({ start: position, end: position + 1, norm, raw: norm, sentence: position < 4 ? 0 : 1, punct: norm === ':', classes: UNKNOWN_CLASSES }));
    const index = new SideIndex(tokens, tokens.map(() => undefined));
    assert.equal(index.fieldBefore(7, 60), 2);
    assert.equal(index.fieldBefore(2, 60), -1);
  });
});
