import * as assert from 'node:assert/strict';
import { compileVocabulary } from '../../../server/src/service/narrative/context';
import { tokenize } from '../../../server/src/service/narrative/tokens';
import { TokenWords } from '../../../server/src/service/narrative/tokenWords';
import { ANCHOR_LEXICONS, ANY_LEXICON, LEXICON_CLASS, UNKNOWN_CLASSES, firstWordClassifier } from '../../../server/src/service/narrative/wordClasses';

/**
 * Word classes let the reader's passes turn tokens away by a bit instead of a look-up. A bit clear for a
 * word of its class would lose a reading silently, so each class is checked against the words it names.
 */
describe('narrative word classes', () => {
  const vocabulary = compileVocabulary();
  const lexicons = Object.entries(LEXICON_CLASS).map(([name, bit]) => ({ name, bit, words: new Set(vocabulary[name as keyof typeof LEXICON_CLASS].firstWords()) }));
  const everyFirstWord = new Set(lexicons.flatMap((lexicon) => [...lexicon.words]));

  it('gives every lexicon a bit of its own, all within ANY_LEXICON', () => {
    const bits = lexicons.map((lexicon) => lexicon.bit);
    assert.equal(new Set(bits).size, bits.length);
    for (const lexicon of lexicons) {
      assert.equal(vocabulary[lexicon.name as keyof typeof LEXICON_CLASS].bit, lexicon.bit, lexicon.name);
      assert.equal(lexicon.bit & ANY_LEXICON, lexicon.bit, lexicon.name);
    }
    assert.equal(ANCHOR_LEXICONS, LEXICON_CLASS.histology | LEXICON_CLASS.morphology);
  });

  it("sets each lexicon's bit for exactly the first words of its phrases", () => {
    for (const word of [...everyFirstWord, 'lives', 'mass', 'the', '3.7', 'zz', '']) {
      const classes = vocabulary.classify(word, word);
      for (const lexicon of lexicons) assert.equal((classes & lexicon.bit) !== 0, lexicon.words.has(word), `${lexicon.name}: "${word}"`);
      assert.equal(classes & ~ANY_LEXICON, 0, word);
    }
    // Spot checks against the lexicon files themselves.
    assert.notEqual(vocabulary.classify('RUL', 'rul') & LEXICON_CLASS.sites, 0);
    assert.notEqual(vocabulary.classify('adenocarcinoma', 'adenocarcinoma') & LEXICON_CLASS.histology, 0);
    assert.notEqual(vocabulary.classify('no', 'no') & LEXICON_CLASS.triggers, 0);
    assert.equal(vocabulary.classify('adenocarcinoma', 'adenocarcinoma') & LEXICON_CLASS.triggers, 0);
  });

  it('classifies a bare first-word set: any lexicon for a member, no lexicon otherwise, other classes unknown', () => {
    const classify = firstWordClassifier(new Set(['liver']));
    assert.equal(classify('Liver', 'liver'), UNKNOWN_CLASSES);
    assert.equal(classify('mets', 'mets') & ANY_LEXICON, 0);
    assert.equal(classify('mets', 'mets') | ANY_LEXICON, UNKNOWN_CLASSES);
  });

  it('gives tokens the same classes through the word table, on a first read and later, as cut from the text', () => {
    const words = new TokenWords(vocabulary.classify);
    const text = 'RUL adenocarcinoma with hepatic mets; no evidence of brain metastasis. Hx of breast ca s/p mastectomy, NED.';
    const expected = tokenize(text, 0, text.length, []).map((token) => vocabulary.classify(token.raw, token.norm));
    for (let read = 0; read < 2; read++) assert.deepEqual(tokenize(text, 0, text.length, [], words).map((token) => token.classes), expected);
    assert.ok(tokenize(text, 0, text.length, []).every((token) => token.classes === UNKNOWN_CLASSES));
  });
});
