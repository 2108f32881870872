import assert from 'node:assert/strict';
import { CodeStrings } from '../../../server/src/service/x12/codeStrings';
import { ElementScratch } from '../../../server/src/service/x12/elementScratch';
import { highestPointer, highestPointerBySplitting, NOT_A_POINTER } from '../../../server/src/service/x12/diagnosisPointers';
import { InterchangeContext } from '../../../server/src/service/x12/interchangeContext';
import { SegmentTable } from '../../../server/src/service/x12/segmentTable';

/**
 * The claim screen reads the SV107 diagnosis pointers of every service line in one pass over the SV1
 * segment (`highestPointer`); the claim builder splits the segment into elements and components. Both
 * must agree on every segment, or the screen would skip a claim the `diagnosis-pointer-invalid` rule
 * flags (or build claims for nothing): a 5010 SV107 holds up to four pointers of 1 to 12.
 */

function contextOver(text: string): InterchangeContext {
  return new InterchangeContext(text, new SegmentTable(1), { element: '*', component: ':', segment: '~' }, 0, [], new CodeStrings(), new ElementScratch());
}

function pointerOf(segment: string): number {
  return highestPointer(contextOver(segment), 0, segment.length);
}

const pointerElements = [
  '1', '4', '12', '13', '0', '00', '07', '1:2:3:4', '4:3', '1:2::', '::1', '1::2', 'A', '1:A', '1:123', '123', '', ':',
  '1:2:3:4:5:6:7:8:9:10:11:12', '12:12', '1 ', ' 1', '-1', '1.0', '99', '9:13',
  Array.from({ length: 40 }, (_, i) => String((i % 12) + 1)).join(':'),
  `${Array.from({ length: 31 }, () => '1').join(':')}:5:X`,
  `${Array.from({ length: 32 }, () => '2').join(':')}:X`,
];

describe('highestPointer (the claim screen reads SV107 in one pass)', function () {
  it('finds the highest position the pointers name', function () {
    assert.equal(pointerOf('SV1*HC:99213*150*UN*1***1:2:3'), 3);
    assert.equal(pointerOf('SV1*HC:99213*150*UN*1***4:1*Y'), 4);
    assert.equal(pointerOf('SV1*HC:99213*150*UN*1***12'), 12);
  });

  it('says that a pointer naming no position (0, 13, a letter, three digits) is not one', function () {
    for (const bad of ['0', '13', 'A', '1:123', '1:2:X']) assert.equal(pointerOf(`SV1*HC:99213*150*UN*1***${bad}`), NOT_A_POINTER, bad);
  });

  it('reads no pointer from a line without SV107, or with an empty one', function () {
    assert.equal(pointerOf('SV1*HC:99213*150*UN*1**'), 0);
    assert.equal(pointerOf('SV1*HC:99213*150*UN*1***'), 0);
    assert.equal(pointerOf('SV1*HC:99213*150*UN*1****Y'), 0);
  });

  for (const element of pointerElements) {
    for (const after of ['', '*Y', '**N']) {
      const segment = `SV1*HC:99213:25*150*UN*1*11**${element}${after}`;
      it(`agrees with splitting the segment on ${JSON.stringify(segment)}`, function () {
        const context = contextOver(segment);
        assert.equal(highestPointer(context, 0, segment.length), highestPointerBySplitting(context, 0, segment.length));
      });
    }
  }

  it('stops at the segment when the next one holds the separators the segment lacks', function () {
    const text = 'SV1*HC:99213*150~SV1*HC:99214*75*UN*1*11**5~';
    const context = contextOver(text);
    assert.equal(highestPointer(context, 0, text.indexOf('~')), 0);
    assert.equal(highestPointer(context, text.indexOf('SV1', 1), text.length - 1), 5);
  });

  it('reads SV107 in any delimiters, pattern characters and line breaks among them, as splitting does', function () {
    // [element, component, segment terminator]
    const delimiterSets = [['^', '\\', '$'], [']', '[', '\n'], ['|', '-', '.'], ['+', '?', '('], ['\\', '^', ']'], ['*', ':', '\n']];
    for (const [element = '*', component = ':', segment = '~'] of delimiterSets) {
      const delimiters = { element, component, segment };
      for (const pointers of ['1:2:3', '4', '13', '1:2::', '']) {
        for (const ending of ['', '\r']) {
          const written = `SV1*HC:99213:25*150*UN*1*11**${pointers}*Y${ending}`.replace(/[*:]/g, (character) => (character === '*' ? element : component));
          const text = `${written}${segment}SV1${element}HC${component}1${element}1${element}1${element}1${element}1${element}${element}9${segment}`;
          const context = new InterchangeContext(text, new SegmentTable(1), delimiters, 0, [], new CodeStrings(), new ElementScratch());
          const end = written.length - ending.length;
          const expected = highestPointerBySplitting(context, 0, end);
          assert.equal(highestPointer(context, 0, end), expected, JSON.stringify(text));
          assert.equal(expected, pointers === '13' ? NOT_A_POINTER : pointers === '' ? 0 : Math.max(...pointers.split(':').filter(Boolean).map(Number)), JSON.stringify(text));
        }
      }
    }
  });

  it('agrees within a longer text, reading only the segment', function () {
    const text = 'LX*1~SV1*HC:99213*150*UN*1***1:2~SV1*HC:99214*75*UN*1***13~DTP*472*D8*20260105~';
    const context = contextOver(text);
    const first = text.indexOf('SV1');
    const second = text.indexOf('SV1', first + 1);
    const firstEnd = text.indexOf('~', first);
    const secondEnd = text.indexOf('~', second);
    assert.equal(highestPointer(context, first, firstEnd), 2);
    assert.equal(highestPointer(context, second, secondEnd), NOT_A_POINTER);
    assert.equal(highestPointerBySplitting(context, second, secondEnd), NOT_A_POINTER);
  });
});
