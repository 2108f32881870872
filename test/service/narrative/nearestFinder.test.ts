import * as assert from 'node:assert/strict';
import type { RawMention } from '../../../server/src/service/narrative/rawMention';
import { nearestFinder } from '../../../server/src/service/narrative/restatedCarcinoma';
import type { SiteMatch } from '../../../server/src/service/narrative/siteFinder';
import type { Laterality } from '../../../server/src/service/narrative/siteTerm';

/**
 * `nearestFinder` answers which primary is nearest a result by a binary search over the primaries ordered once; these cases hold it to
 * the walk over every primary it replaced: the least distance, before or after, and at equal distance the primary listed first.
 */

type Primary = RawMention & { readonly site: SiteMatch };

/** A primary at `anchorStart`, told apart by `start` (its place in the list). */
function primaryAt(anchorStart: number, start: number): Primary {
  const site: SiteMatch = { start: anchorStart, end: anchorStart + 1, path: ['colon'], lymphNode: false };
  return { start, end: start + 1, anchorStart, anchorEnd: anchorStart + 1, column: 'primary', site } as unknown as Primary;
}

/** A primary at `anchorStart` of the site `path` (on `laterality` when given), told apart by `start`. */
function sitedAt(anchorStart: number, start: number, path: readonly string[], laterality?: Laterality): Primary {
  const site: SiteMatch = { start: anchorStart, end: anchorStart + 1, path, lymphNode: false, ...(laterality === undefined ? {} : { laterality }) };
  return { start, end: start + 1, anchorStart, anchorEnd: anchorStart + 1, column: 'primary', site } as unknown as Primary;
}

/** The walk over every primary: the first listed of those at the least distance. */
function nearestByWalk(primaries: readonly Primary[], at: number): Primary | undefined {
  let nearest: Primary | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const primary of primaries) {
    const gap = Math.abs(primary.anchorStart - at);
    if (gap < distance) [nearest, distance] = [primary, gap];
  }
  return nearest;
}

describe('narrative restated carcinoma: the primary nearest a result', () => {
  it('takes the nearer primary before or after the result', () => {
    const primaries = [primaryAt(10, 0), primaryAt(40, 1)];
    const nearest = nearestFinder(primaries);
    assert.equal(nearest(20), primaries[0]);
    assert.equal(nearest(31), primaries[1]);
    assert.equal(nearest(100), primaries[1]);
    assert.equal(nearest(0), primaries[0]);
  });

  it('at equal distance takes the primary listed first, also when the list is not in text order', () => {
    const primaries = [primaryAt(30, 0), primaryAt(10, 1), primaryAt(10, 2)];
    const nearest = nearestFinder(primaries);
    assert.equal(nearest(20), primaries[0]);
    assert.equal(nearest(10), primaries[1]);
    assert.equal(nearestFinder([primaryAt(10, 0), primaryAt(30, 1)])(20)?.start, 0);
  });

  it('takes the narrowest naming of the nearest primary\'s site, on its side, the first listed among equals', () => {
    const colon = sitedAt(10, 0, ['colon']);
    const sigmoid = sitedAt(100, 1, ['colon', 'sigmoid']);
    const laterSigmoid = sitedAt(200, 2, ['colon', 'sigmoid']);
    assert.equal(nearestFinder([colon, sigmoid, laterSigmoid])(12), sigmoid);
    // A narrower naming of the other side is another tumour: the right upper lobe keeps its own row.
    const rightUpper = sitedAt(10, 0, ['lung', 'upper lobe'], 'right');
    const leftUpperPart = sitedAt(100, 1, ['lung', 'upper lobe', 'main bronchus'], 'left');
    assert.equal(nearestFinder([rightUpper, leftUpperPart])(12), rightUpper);
    // A primary named with no side takes a narrower naming of either side.
    const lung = sitedAt(10, 0, ['lung']);
    const leftLower = sitedAt(100, 1, ['lung', 'lower lobe'], 'left');
    assert.equal(nearestFinder([lung, leftLower])(12), leftLower);
    // A wider naming is never taken for a narrower one.
    assert.equal(nearestFinder([sigmoid, sitedAt(150, 1, ['colon'])])(100), sigmoid);
  });

  it('finds none among no primaries', () => {
    assert.equal(nearestFinder([])(5), undefined);
  });

  it('agrees with the walk over every primary on lists of repeated and shuffled positions', () => {
    // A fixed linear congruential sequence, so a failure names the same lists on every run.
    let seed = 12345;
    const next = (bound: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % bound;
    };
    for (let list = 0; list < 200; list++) {
      const primaries = Array.from({ length: next(8) }, (_, index) => primaryAt(next(30), index));
      const nearest = nearestFinder(primaries);
      for (let at = 0; at < 32; at++) assert.equal(nearest(at), nearestByWalk(primaries, at), `list ${list}, at ${at}`);
    }
  });
});
