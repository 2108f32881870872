import * as assert from 'node:assert/strict';
import type { StructuralProblem } from '../../../server/src/service/model';
import { CodeStrings } from '../../../server/src/service/x12/codeStrings';
import { ElementScratch } from '../../../server/src/service/x12/elementScratch';
import { InterchangeContext } from '../../../server/src/service/x12/interchangeContext';
import { SegmentTable } from '../../../server/src/service/x12/segmentTable';

/**
 * `InterchangeContext.probeComposites` asks whether a segment holds ISA16 by a native search that runs
 * past the segment, keeping its last answer for the probes after it. The answers must be those of a
 * search bounded by the segment, in any order of probes, and probes in text order must not search the
 * same text again.
 */

const STANDARD = { element: '*', component: ':', segment: '~' };

function contextOf(text: string, problems: StructuralProblem[] = []): InterchangeContext {
  return new InterchangeContext(text, new SegmentTable(), STANDARD, 0, problems, new CodeStrings(), new ElementScratch());
}

/** Probes the segment of `text` that starts with `segment`'s first occurrence. */
function probe(context: InterchangeContext, segment: string): void {
  const start = context.text.indexOf(segment);
  assert.notEqual(start, -1);
  context.probeComposites(start, start + segment.length);
}

describe('the component separator probe', () => {
  it('adopts an undeclared separator when ISA16 appears only in a later segment', () => {
    const problems: StructuralProblem[] = [];
    const context = contextOf('HI*BK>4019~HI*ABF:Z5111~', problems);
    probe(context, 'HI*BK>4019');
    assert.equal(context.observedComponent, '>');
    assert.deepEqual(problems.map((problem) => problem.id), ['x12-component-separator-mismatch']);
  });

  it('finds ISA16 in an earlier segment probed after a later one', () => {
    const context = contextOf('HI*ABK:C509*BK>4019~HI*ABF:Z5111~');
    probe(context, 'HI*ABF:Z5111');
    probe(context, 'HI*ABK:C509*BK>4019');
    assert.equal(context.observedComponent, undefined);
  });

  it('finds ISA16 again in a segment after one that lacks it', () => {
    const context = contextOf('CLM*A*1~HI*ABK:C509*BK>4019~');
    probe(context, 'CLM*A*1');
    probe(context, 'HI*ABK:C509*BK>4019');
    assert.equal(context.observedComponent, undefined);
  });

  it('searches a text without ISA16 once for all of its segments', () => {
    const segments = Array.from({ length: 2000 }, (_, index) => `CLM*ACCOUNT${index}*100`);
    const context = contextOf(`${segments.join('~')}~`);
    const search = String.prototype.indexOf;
    let searches = 0;
    String.prototype.indexOf = function (this: string, ...args: Parameters<typeof search>): number {
      if (this.length === context.text.length && args[0] === ':') searches++;
      return search.apply(this, args);
    };
    try {
      let start = 0;
      for (const segment of segments) {
        context.probeComposites(start, start + segment.length);
        start += segment.length + 1;
      }
    } finally {
      String.prototype.indexOf = search;
    }
    assert.equal(context.observedComponent, undefined);
    assert.equal(searches, 1);
  });
});
