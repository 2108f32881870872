import * as assert from 'node:assert/strict';
import { TokenBuffer } from '../../../server/src/service/narrative/tokenBuffer';
import { tokenize } from '../../../server/src/service/narrative/tokens';
import type { Token } from '../../../server/src/service/narrative/tokens';
import { TokenWords } from '../../../server/src/service/narrative/tokenWords';
import { firstWordClassifier } from '../../../server/src/service/narrative/wordClasses';

/**
 * The reader context's token buffer hands the objects and the array of one read out again on the next:
 * each read's tokens must be exactly those a fresh tokenizer gives, whatever the buffer held before
 * (a longer note, a shorter one, one past the buffer's bound).
 */

const WORDS = new Set(['liver', 'rul', 'metastatic', 'dr']);
const fields = (tokens: readonly Token[]): unknown[] => tokens.map((token) => [token.start, token.end, token.norm, token.raw, token.sentence, token.punct, token.classes]);
const fresh = (text: string): unknown[] => fields(tokenize(text, 0, text.length, [], WORDS));

const LONG = 'RUL adenocarcinoma with hepatic and osseous mets; hx of breast ca s/p mastectomy 2015, NED.\nPMH:\n- Metastatic to liver\nSeen by Dr. Lee. H. pylori negative.';
const SHORT = 'No liver mets.';

describe('narrative token buffer: the tokens of one read reused by the next', () => {
  it('gives the fresh tokenizer\'s tokens on every read, longer or shorter than the last', () => {
    const buffer = new TokenBuffer();
    for (const text of [LONG, SHORT, LONG, LONG, '', SHORT, `${LONG} ${LONG}`]) {
      assert.deepEqual(fields(tokenize(text, 0, text.length, [], WORDS, buffer)), fresh(text), text);
    }
  });

  it('reuses the last read\'s array and token objects', () => {
    const buffer = new TokenBuffer();
    const first = tokenize(LONG, 0, LONG.length, [], WORDS, buffer);
    const objects = [...first];
    const second = tokenize(SHORT, 0, SHORT.length, [], WORDS, buffer);
    assert.equal(second, first);
    assert.equal(second.length, fresh(SHORT).length);
    second.forEach((token, index) => assert.equal(token, objects[index]));
  });

  it('makes fresh tokens without a buffer', () => {
    const first = tokenize(LONG, 0, LONG.length, [], WORDS);
    const second = tokenize(LONG, 0, LONG.length, [], WORDS);
    assert.notEqual(second, first);
    assert.notEqual(second[0], first[0]);
  });

  it('reads a note past its bound like any other and keeps no array that long', () => {
    const buffer = new TokenBuffer();
    const words = new TokenWords(firstWordClassifier(WORDS));
    const huge = 'no liver mets; '.repeat(70_000);
    const tokens = tokenize(huge, 0, huge.length, [], words, buffer);
    assert.equal(tokens.length, 280_000);
    const last = tokens[tokens.length - 1];
    assert.deepEqual([last?.norm, last?.start, last?.sentence], [';', huge.length - 2, 69_999]);
    const after = tokenize(SHORT, 0, SHORT.length, [], words, buffer);
    assert.notEqual(after, tokens);
    assert.equal(tokens.length, 280_000);
    assert.deepEqual(fields(after), fresh(SHORT));
  });
});
