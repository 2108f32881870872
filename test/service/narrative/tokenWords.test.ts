import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { tokenize } from '../../../server/src/service/narrative/tokens';
import type { Token } from '../../../server/src/service/narrative/tokens';
import { TokenWords, internalized } from '../../../server/src/service/narrative/tokenWords';
import { ANY_LEXICON, LEXICON_CLASS, firstWordClassifier, lexiconClassifier } from '../../../server/src/service/narrative/wordClasses';

/**
 * The reader context interns the spellings of the words it reads; a token must not depend on whether
 * its strings were cut from the text or found in the table, on the first read or a later one.
 */

const FIRST_WORDS = new Set(['liver', 'rul', 's/p', 'her2+', 'no', 'metastatic', 'é']);
const CLASSIFY = firstWordClassifier(FIRST_WORDS);
/** Whether word classes say the word may start a lexicon phrase. */
const lexical = (classes: number): boolean => (classes & ANY_LEXICON) !== 0;

const TEXTS = [
  'RUL adenocarcinoma with hepatic and osseous mets; hx of breast ca s/p mastectomy 2015, NED; no evidence of brain metastasis.',
  'Liver LIVER liver LiVeR mets METS. HER2+ ER+/PR- 3.5 cm 1.2.3 ca’s Crohn\'s & 2+\u00a0nodes',
  'É é ÉTAT “RUL” mass… ½ ﬁbrosis 😀 ? liver mets\nPMH:\n- Metastatic to liver\n12) no',
];

const fields = (tokens: readonly Token[]): unknown[] => tokens.map((token) => [token.start, token.end, token.norm, token.raw, token.sentence, token.punct, token.classes]);

describe('narrative token words: spellings interned per reader context', () => {
  it('gives the same tokens as the first-word set, on the first read and on later ones', () => {
    const words = new TokenWords(CLASSIFY);
    for (let read = 0; read < 3; read++) {
      for (const text of TEXTS) {
        assert.deepEqual(fields(tokenize(text, 0, text.length, [], words)), fields(tokenize(text, 0, text.length, [], FIRST_WORDS)), `read ${read}: ${text}`);
      }
    }
  });

  it('keeps one entry per spelling and lower-cases only words', () => {
    const words = new TokenWords(CLASSIFY);
    const text = 'LIVER liver LIVER É';
    const upper = words.entryOf(text, 0, 5, true);
    const lower = words.entryOf(text, 6, 11, true);
    assert.equal(words.entryOf(text, 12, 17, true), upper);
    assert.notEqual(upper, lower);
    assert.deepEqual([words.raw(upper), words.norm(upper), lexical(words.classes(upper))], ['LIVER', 'liver', true]);
    assert.deepEqual([words.raw(lower), words.norm(lower), lexical(words.classes(lower))], ['liver', 'liver', true]);
    const accent = words.entryOf(text, 18, 19, false);
    assert.deepEqual([words.raw(accent), words.norm(accent), lexical(words.classes(accent))], ['É', 'É', false]);
    assert.equal(words.size, 3);
    const long = 'x'.repeat(65);
    assert.equal(words.entryOf(long, 0, long.length, true), -1);
    assert.equal(words.size, 3);
  });

  it('holds at most its bound and no overlong word, and keeps its words when full', () => {
    // This classifier cannot rule out any class but a lexicon's for a word outside its set, so every word may have a reading
    // and the table takes words up to its second bound (the vocabulary's); the next test has a classifier that knows.
    const words = new TokenWords(CLASSIFY);
    const many = `${Array.from({ length: 70_000 }, (_, index) => `W${index}`).join(' ')} ${'x'.repeat(65)} LIVER`;
    assert.deepEqual(fields(tokenize(many, 0, many.length, [], words)), fields(tokenize(many, 0, many.length, [], FIRST_WORDS)));
    assert.ok(words.size <= 1 << 16 && words.size > (1 << 16) - 2, `size ${words.size}`);
    const size = words.size;
    const tokens = tokenize('no liver mets', 0, 13, [], words);
    assert.equal(words.size, size);
    assert.ok(words.entryOf('W1 liver', 0, 2, true) >= 0);
    assert.deepEqual(tokens.map((token) => [token.norm, lexical(token.classes)]), [['no', true], ['liver', true], ['mets', false]]);
  });

  it('past its bound takes only words the vocabulary reads, so a late new term is still interned', () => {
    const words = new TokenWords(lexiconClassifier([{ bit: LEXICON_CLASS.sites, words: FIRST_WORDS }]));
    const many = Array.from({ length: 40_000 }, (_, index) => `W${index}`).join(' ');
    tokenize(many, 0, many.length, [], words);
    assert.ok(words.size <= 1 << 15 && words.size > (1 << 15) - 2, `size ${words.size}`);
    const size = words.size;
    assert.equal(words.entryOf('Wnew', 0, 4, true), -1);
    const liver = words.entryOf('LIVER', 0, 5, true);
    assert.ok(liver >= 0 && words.size === size + 2, `size ${words.size}`);
    assert.deepEqual([words.raw(liver), words.norm(liver), lexical(words.classes(liver))], ['LIVER', 'liver', true]);
  });

  it('hashes a word as it scans it exactly as the table hashes a spelling', () => {
    // The tokenizer hands the table the hash of each plain word it scanned; a wrong one would add every
    // word again on each read (the tokens stay the same, so only the table's size shows it).
    const words = new TokenWords(CLASSIFY);
    const text = 'RUL adenocarcinoma 45F s/p breast/ovarian HER2+ 3.5 cm, é Liver x1 abc_def';
    const tokens = tokenize(text, 0, text.length, [], words);
    const size = words.size;
    for (const token of tokens) {
      const entry = words.entryOf(text, token.start, token.end, !token.punct);
      assert.ok(entry >= 0 && words.raw(entry) === token.raw, token.raw);
    }
    tokenize(text, 0, text.length, [], words);
    assert.equal(words.size, size);
  });

  it('finds every spelling again after its slots grow', () => {
    const words = new TokenWords(CLASSIFY);
    const text = Array.from({ length: 10_000 }, (_, index) => `Word${index}`).join(' ');
    const first = tokenize(text, 0, text.length, [], words);
    const size = words.size;
    const again = tokenize(text, 0, text.length, [], words);
    assert.equal(words.size, size);
    assert.deepEqual(fields(again), fields(first));
    assert.equal(size, 20_000);
  });

  it("keeps each spelling as V8 interns it, so that equal words are one string", () => {
    setFlagsFromString('--allow-natives-syntax');
    // V8's own test of a string, which parses only once the flag is set.
    const isInterned = new Function('word', 'return %IsInternalizedString(word)') as (word: string) => boolean;
    const words = new TokenWords(CLASSIFY);
    const text = ` ${'Metastatic adenocarcinomatosis of the LIVER, liver; s/p 3.5 12'} `.slice(1);
    const tokens = tokenize(text, 0, text.length - 1, [], words);
    assert.deepEqual(tokens.map((token) => token.raw), ['Metastatic', 'adenocarcinomatosis', 'of', 'the', 'LIVER', ',', 'liver', ';', 's/p', '3.5', '12']);
    for (const token of tokens.slice(0, -1)) assert.ok(isInterned(token.raw) && isInterned(token.norm), token.raw);
    assert.ok(!isInterned(text.slice(0, 10)));
    // An array index is no property name V8 interns: it comes back as an equal copy.
    assert.equal(internalized('12'), '12');
    assert.equal(tokens[10]?.norm, '12');
  });

  it('keeps no note alive through the long words it interned', () => {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const words = new TokenWords(CLASSIFY);
    const heapAfter = (read: (words: TokenWords) => void): number => {
      collect();
      const before = process.memoryUsage().heapUsed;
      read(words);
      collect();
      return process.memoryUsage().heapUsed - before;
    };
    // A 40 MB note whose only words are long ones: were the table to keep slices of it, it would keep all of it.
    const retained = heapAfter((table) => {
      const note = `${'metastatic adenocarcinomatosis '.repeat(1_300_000)}carcinomatosis`;
      tokenize(note, note.length - 60, note.length, [], table);
    });
    assert.ok(words.size >= 2, `interned ${words.size}`);
    assert.ok(retained < 4_000_000, `retained ${retained} bytes`);
  });
});
