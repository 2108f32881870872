import * as assert from 'node:assert/strict';
import { interchange837, parse837, textOf } from './x12TestFiles';

/** Lazy segment access: `segment(i)` and `segmentAt(offset)` over the offset table. */

describe('X12 segments on demand', () => {
  const text = interchange837('CLM*SEG*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C7951*ABF:Z5111~');
  const document = parse837(text);

  it('materialises a segment with its id, elements and components', () => {
    const hiOffset = text.indexOf('HI*ABK');
    const segment = document.segmentAt(hiOffset + 4);
    assert.ok(segment);
    assert.equal(segment.id, 'HI');
    assert.equal(textOf(text, segment.span), 'HI*ABK:C7951*ABF:Z5111');
    assert.equal(textOf(text, segment.idSpan), 'HI');
    assert.equal(segment.elements.length, 2);
    assert.deepEqual(segment.elements[1]?.components.map((span) => textOf(text, span)), ['ABF', 'Z5111']);
    assert.deepEqual(document.segment(segment.index).span, segment.span);
  });

  it('counts the terminator as part of its segment and the line break as part of none', () => {
    const terminator = text.indexOf('Z5111~') + 5;
    assert.equal(document.segmentAt(terminator)?.id, 'HI');
    assert.equal(document.segmentAt(terminator + 1), undefined);
    assert.equal(document.segmentAt(terminator + 2)?.id, 'SE');
  });

  it('finds the ISA at offset 0 and nothing past the end', () => {
    assert.equal(document.segmentAt(0)?.id, 'ISA');
    assert.equal(document.segmentAt(text.length + 10), undefined);
    assert.equal(document.segmentCount, text.trim().split('\n').length);
  });

  it('keeps empty elements so element numbers match the standard', () => {
    const clm = document.segmentAt(text.indexOf('CLM*'));
    assert.equal(clm?.elements.length, 9);
    assert.equal(clm && textOf(text, clm.elements[4]?.span ?? { offset: 0, length: 0 }), '11:B:1');
    assert.equal(clm?.elements[2]?.span.length, 0);
  });

  it('throws a RangeError for an index outside the table (a programming error, not bad input)', () => {
    assert.throws(() => document.segment(document.segmentCount), RangeError);
  });
});
