import assert from 'node:assert/strict';
import { CodeStrings } from '../../../server/src/service/x12/codeStrings';
import { ElementScratch } from '../../../server/src/service/x12/elementScratch';
import { isCleanCode } from '../../../server/src/service/x12/elements';
import { InterchangeContext } from '../../../server/src/service/x12/interchangeContext';
import { SegmentTable } from '../../../server/src/service/x12/segmentTable';

/**
 * `InterchangeContext.cleanCode` reads a code once, packing it as it checks it, where the claim builder
 * used to check it (`isCleanCode`), then hash and compare it (`code`). It must give the same answer for
 * every text and the same shared string as the slow path and as the claim screen.
 */

const samples = [
  'C50911', 'c50911', 'C50.911', 'Z853', 'z85 3', 'C7A00', 'A', '9', 'E1165', 'ABCDEFGH', 'abcdefgh', 'ABCDEFGHI', 'C50911XYZ12',
  'C50911é', 'C5091\u00ff', 'C50\u0000', 'C50-911', 'C50_9', '99213', 'J9355', 'C78.7', '',
];

function contextOver(text: string): InterchangeContext {
  return new InterchangeContext(text, new SegmentTable(1), { element: '*', component: ':', segment: '~' }, 0, [], new CodeStrings(), new ElementScratch());
}

describe('InterchangeContext.cleanCode', function () {
  for (const sample of samples) {
    it(`reads ${JSON.stringify(sample)} as the check, hash and compare did`, function () {
      const text = `HI*ABK:${sample}~`;
      const start = 7;
      const end = start + sample.length;
      const context = contextOver(text);
      const expected = isCleanCode(text, start, end) ? contextOver(text).code(start, end) : undefined;
      assert.equal(context.cleanCode(start, end), expected);
    });
  }

  it('upper-cases a code whichever path met it first, short or long', function () {
    const text = 'C50911*c50911*ABCDEFGHI*abcdefghi';
    const context = contextOver(text);
    assert.equal(context.code(0, 6), 'C50911');
    assert.equal(context.cleanCode(7, 13), 'C50911');
    assert.equal(context.cleanCode(14, 23), 'ABCDEFGHI');
    assert.equal(context.cleanCode(24, 33), 'ABCDEFGHI');
    assert.equal(context.codeStrings.size, 2);
  });
});
