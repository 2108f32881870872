import * as assert from 'node:assert/strict';
import { MAX_VIEWED_COMPONENTS, MAX_VIEWED_ELEMENTS } from '../../../server/src/service/x12/segmentElements';
import type { Span } from '../../../server/src/service/spans';
import type { X12Document, X12Segment } from '../../../server/src/service/x12/x12Model';
import { elementsOf, interchange837, isa, parse837, textOf } from './x12TestFiles';

/** Lazy segment access: `segment(i)` and `segmentAt(offset)` over the offset table, and the segment's element view. */

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
    assert.equal(elementsOf(segment).length, 2);
    assert.deepEqual(segment.elements.at(1)?.components.map((span) => textOf(text, span)), ['ABF', 'Z5111']);
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
    assert.ok(clm);
    assert.equal(elementsOf(clm).length, 9);
    assert.equal(textOf(text, clm.elements.at(4)?.span ?? { offset: 0, length: 0 }), '11:B:1');
    assert.equal(clm.elements.at(2)?.span.length, 0);
    assert.equal(clm.elements.at(9), undefined);
    assert.equal(clm.elements.at(-1), undefined);
  });

  it('throws a RangeError for an index outside the table (a programming error, not bad input)', () => {
    assert.throws(() => document.segment(document.segmentCount), RangeError);
  });
});

/**
 * The elements a segment's text splits into, by splitting its characters with `String.split`: the
 * reference the view must agree with, element by element and offset by offset.
 */
function referenceElements(text: string, segment: X12Segment, component: string): Array<{ span: Span; components: Span[] }> {
  const content = textOf(text, segment.span);
  const parts = content.split('*');
  const elements: Array<{ span: Span; components: Span[] }> = [];
  let offset = segment.span.offset + (parts[0] ?? '').length + 1;
  for (const part of parts.slice(1)) {
    const components: Span[] = [];
    let componentOffset = offset;
    for (const piece of part.split(component)) {
      components.push({ offset: componentOffset, length: piece.length });
      componentOffset += piece.length + 1;
    }
    elements.push({ span: { offset, length: part.length }, components });
    offset += part.length + 1;
  }
  return elements;
}

/** Segments whose elements are compared with the reference: empty elements, composites, repeated separators, no elements. */
const viewedSegments: ReadonlyArray<{ readonly title: string; readonly claim: string; readonly id: string; readonly component?: string }> = [
  { title: 'a CLM with empty elements and a composite', claim: 'CLM*SEG*100***11:B:1*Y*A*Y*Y~', id: 'CLM' },
  { title: 'an HI with three composites', claim: 'CLM*A*1~\nHI*ABK:C7951*ABF:Z5111*ABF:C7801~', id: 'HI' },
  { title: 'an SV1 with diagnosis pointers', claim: 'CLM*A*1~\nHI*ABK:C7951~\nLX*1~\nSV1*HC:99214*100*UN*1***1:2:3~', id: 'SV1' },
  { title: 'a segment of separators only', claim: 'CLM*A*1~\nNTE*****~', id: 'NTE' },
  { title: 'a segment whose last element is empty', claim: 'CLM*A*1~\nREF*D9*~', id: 'REF' },
  { title: 'a segment with no element', claim: 'CLM*A*1~\nLX~', id: 'LX' },
  { title: 'an HI whose composites use > while ISA16 is :', claim: 'CLM*A*1~\nHI*ABK>C7951*ABF>Z5111~', id: 'HI', component: '>' },
];

describe('X12 element view: the same elements as splitting the segment', () => {
  for (const { title, claim, id, component } of viewedSegments) {
    it(`${title}: every element by position and every offset's element`, () => {
      const text = interchange837(claim);
      const document = parse837(text);
      const segment = document.segmentAt(text.lastIndexOf(`\n${id}`) + 1);
      assert.equal(segment?.id, id);
      const expected = referenceElements(text, segment, component ?? ':');
      assert.deepEqual(elementsOf(segment), expected);
      for (let offset = segment.span.offset; offset <= segment.span.offset + segment.span.length; offset++) {
        // The first element whose span holds the offset, ends included: a separator belongs to the element it ends.
        const index = expected.findIndex((element) => offset >= element.span.offset && offset <= element.span.offset + element.span.length);
        const found = document.segment(segment.index).elements.elementAt(offset);
        assert.deepEqual(found, index < 0 ? undefined : { index, element: expected[index] }, `offset ${offset - segment.span.offset}`);
      }
    });
  }
});

describe('X12 element view: a segment far longer than any 837 segment', () => {
  const count = MAX_VIEWED_ELEMENTS + 500;
  const text = `${isa()}\nCLM*X~NTE*${Array.from({ length: count }, (_, index) => `E${index}`).join('*')}~`;
  const document: X12Document = parse837(text);
  const nte = (): X12Segment => document.segmentAt(text.indexOf('NTE*')) as X12Segment;
  /** Where element `index` (zero-based) starts: after its separator, before the next separator or the terminator. */
  const offsetOf = (index: number): number => Math.max(text.indexOf(`*E${index}*`), text.indexOf(`*E${index}~`)) + 1;

  it(`reads elements up to the ${MAX_VIEWED_ELEMENTS.toLocaleString('en-US')}th and none after`, () => {
    const last = nte().elements.at(MAX_VIEWED_ELEMENTS - 1);
    assert.equal(last && textOf(text, last.span), `E${MAX_VIEWED_ELEMENTS - 1}`);
    assert.equal(nte().elements.at(MAX_VIEWED_ELEMENTS), undefined);
    assert.equal(elementsOf(nte()).length, MAX_VIEWED_ELEMENTS);
  });

  it('gives the position of an element up to the bound and the span only of one past it', () => {
    const counted = nte().elements.elementAt(offsetOf(MAX_VIEWED_ELEMENTS - 1) + 1);
    assert.equal(counted?.index, MAX_VIEWED_ELEMENTS - 1);
    for (const index of [MAX_VIEWED_ELEMENTS, MAX_VIEWED_ELEMENTS + 1, count - 1]) {
      const past = nte().elements.elementAt(offsetOf(index) + 1);
      assert.equal(past?.index, undefined, `element ${index}`);
      assert.equal(past && textOf(text, past.element.span), `E${index}`, `element ${index}`);
    }
  });

  it(`splits at most ${MAX_VIEWED_COMPONENTS} components of one element, each with its own span`, () => {
    const parts = Array.from({ length: MAX_VIEWED_COMPONENTS + 50 }, (_, index) => `P${index}`);
    const long = `${isa()}\nCLM*X~NTE*${parts.join(':')}~`;
    const element = parse837(long).segmentAt(long.indexOf('NTE*'))?.elements.at(0);
    assert.equal(element?.components.length, MAX_VIEWED_COMPONENTS);
    assert.deepEqual(element?.components.map((span) => textOf(long, span)), parts.slice(0, MAX_VIEWED_COMPONENTS));
    assert.equal(element && textOf(long, element.span), parts.join(':'));
  });
});
