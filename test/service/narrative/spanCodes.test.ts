import * as assert from 'node:assert/strict';
import { SpanCodes, codeIn } from '../../../server/src/service/narrative/spanCodes';
import { tokenize } from '../../../server/src/service/narrative/tokens';
import type { Token } from '../../../server/src/service/narrative/tokens';
import { TokenBuffer } from '../../../server/src/service/narrative/tokenBuffer';
import { TokenWords } from '../../../server/src/service/narrative/tokenWords';
import { firstWordClassifier } from '../../../server/src/service/narrative/wordClasses';

/**
 * The tokenizer reads a span's characters from a typed copy (`spanCodes.ts`): every position must read
 * as `charCodeAt` reads it, for ASCII spans (copied by the encoder) and others (copied code by code),
 * inside the span and past it, on a reused copy of a longer or shorter span.
 */

const TEXTS = [
  'RUL adenocarcinoma with hepatic and osseous mets; hx of breast ca s/p mastectomy 2015, NED.',
  'É é ÉTAT “RUL” mass… ½ ﬁbrosis 😀 ? liver mets\nPMH:\n- Metastatic to liver',
  'a lone surrogate \ud800 and \udc00 between words',
  '',
  'x',
];

/** Spans of a text: whole, from a third, up to two thirds, a middle piece, and one running past the text's end. */
function spansOf(text: string): [number, number][] {
  const third = Math.floor(text.length / 3);
  return [[0, text.length], [third, text.length], [0, 2 * third], [third, 2 * third], [third, text.length + 5]];
}

const fields = (tokens: readonly Token[]): unknown[] => tokens.map((token) => [token.start, token.end, token.norm, token.raw, token.sentence, token.punct, token.classes]);

describe('narrative span codes: a span\'s characters copied for the tokenizer', () => {
  it('reads every position from the span\'s start on as charCodeAt does, on one reused copy', () => {
    const codes = new SpanCodes();
    for (const text of [...TEXTS, ...TEXTS.slice().reverse()]) {
      for (const [start, end] of spansOf(text)) {
        codes.load(text, start, end);
        for (let position = start; position < text.length + 3; position++) {
          assert.ok(Object.is(codeIn(codes.view, start, codes.copied, text, position), text.charCodeAt(position)), `${JSON.stringify(text)} [${start}, ${end}) at ${position}`);
        }
      }
    }
  });

  it('compares a spelling with the copy only inside the span', () => {
    const codes = new SpanCodes();
    const text = 'no liver mets';
    codes.load(text, 3, 8);
    assert.ok(codes.holds(8));
    assert.ok(!codes.holds(9));
    assert.ok(codes.spells('liver', 3, 8));
    assert.ok(!codes.spells('livers', 3, 8));
    assert.ok(!codes.spells('lever', 3, 8));
    // The word table's own copy of its spellings, one after another ("mets" then "liver"), compared where each starts.
    const spellings = Uint16Array.from('metsliverlevel', (letter) => letter.charCodeAt(0));
    assert.ok(codes.spellsCodes(spellings, 4, 3, 8));
    assert.ok(!codes.spellsCodes(spellings, 9, 3, 8));
    assert.ok(!codes.spellsCodes(spellings, 0, 3, 8));
  });

  it('reads a span ending inside a word as the whole text reads that word, on the first read and later ones', () => {
    const words = new TokenWords(firstWordClassifier(new Set(['liver', 'mets'])));
    const buffer = new TokenBuffer();
    for (let read = 0; read < 2; read++) {
      for (const text of TEXTS) {
        const whole = fields(tokenize(text, 0, text.length, [], words));
        const starts = tokenize(text, 0, text.length, [], words).map((token) => token.start);
        for (let end = 0; end <= text.length; end++) {
          const expected = whole.filter((_token, index) => (starts[index] ?? 0) < end);
          assert.deepEqual(fields(tokenize(text, 0, end, [], words, buffer)), expected, `${JSON.stringify(text)} [0, ${end})`);
        }
      }
    }
  });
});
