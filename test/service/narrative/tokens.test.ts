import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { headerLookup } from '../../../server/src/service/narrative/sectionHeaders';
import { findSections } from '../../../server/src/service/narrative/sections';
import type { Span } from '../../../server/src/service/spans';
import { tokenize } from '../../../server/src/service/narrative/tokens';
import { TWO_DISEASE_PAIRS } from '../../../server/src/service/narrative/slashedPairs';
import { corpusDir } from '../../narrative/evaluate';

/**
 * The tokenizer scans character codes by hand; its tokens must be exactly those of the pattern its
 * documentation gives, which this test keeps as the reference definition.
 */

/** The characters of a word: ASCII letters and digits, and the Latin letters with diacritics (À-ɏ without × and ÷). */
const WORD_CHARS = String.raw`A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;
const W = `[${WORD_CHARS}]`;
/** A letter in either case, for the case-blind pairs below. */
const eitherCase = (word: string): string => [...word].map((letter) => `[${letter.toUpperCase()}${letter}]`).join('');
/** The paired abbreviations of two diseases ("MDS/AML"), whose slash separates though each side has three letters only. */
const TWO_DISEASES = [...TWO_DISEASE_PAIRS].map((pair) => {
  const [first = '', second = ''] = pair.split('/');
  return String.raw`${eitherCase(first)}(?=\/${eitherCase(second)}(?!${W}))`;
}).join('|');
/** A slash that joins: not between two words of letters of three or more each, one of them longer ("s/p", "CLL/SLL", "HER2/neu"). */
const JOINING_SLASH = String.raw`(?:(?<!(?:^|[^${WORD_CHARS}])[A-Za-z]{3,})\/|\/(?![A-Za-z]{3,}(?!${W}))|(?<=(?:^|[^${WORD_CHARS}])[A-Za-z]{3})(?<!(?:^|[^${WORD_CHARS}])(?:${TWO_DISEASES}))\/(?=[A-Za-z]{3}(?!${W})))`;
const REFERENCE = new RegExp(String.raw`\d+(?:\.\d+)+|${W}+(?:(?:['’&+-]|${JOINING_SLASH})${W}+)*\+?|[^\s${WORD_CHARS}]`, 'g');

function referenceTokens(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((match) => `${match.index}:${match[0]}`);
}

function scannedTokens(text: string): string[] {
  return tokenize(text, 0, text.length, []).map((token) => `${token.start}:${text.slice(token.start, token.end)}`);
}

/** A small deterministic generator, so a failure names a reproducible input. */
function randomTexts(count: number): string[] {
  const pieces = ['a', 'B', '3', '.', ' ', '\n', '-', '+', '/', "'", '’', '&', '?', ';', 'é', 'ü', '×', 'Ö', '\u00a0', '\u2003', '\t', '\ufeff', '😀', 'HER2', '1.5', 'x', 'abc', 'Dx'];
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 30) }, () => pieces[next() % pieces.length]).join(''));
}

describe('narrative tokens: the hand-written scanner', () => {
  it('gives the reference tokens for the forms clinicians write', () => {
    for (const text of ['MDS/AML, aml/mds, BCC/SCC, Scc/Bcc, MDS/AMLx, xMDS/AML, MDS/MPN, breast/ovarian cancer, GEJ/cardia, AIS/MIA, CLL/SLL, abc/defg, abcd/efg, and/or, HER2/neu, PET/CT, ab/cde/fgh, x1y/abc, abc/x1y', 's/p RUL lobectomy 3.5 cm, ER+/PR+ HER2- (1.2.3)', "non-small cell; Crohn's & 2+\u00a0nodes", 'T2N1M0 pT1a ? liver mets', 'x-', '+a', '1.', '1..2', 'a--b', 'a+', "fossa of Rosenmüller, Sézary/Waldenström 3×4 cm, ÉTÉ-ü"]) {
      assert.deepEqual(scannedTokens(text), referenceTokens(text), JSON.stringify(text));
    }
  });

  it('keeps a Latin letter with a diacritic inside its word and reads the word without it (round 17)', () => {
    // Eponyms keep their diacritics in notes ("fossa of Rosenmüller", "Sézary syndrome", "Waldenström macroglobulinemia", "Ménétrier
    // disease"); the table and the vocabulary spell them without ("Rosenmuller's fossa", "Sezary disease"). × is no letter ("3×4 cm").
    const text = "Rosenmüller's fossa, SÉZARY, Waldenström, Ménétrier, 3×4";
    assert.deepEqual(tokenize(text, 0, text.length, []).map((token) => token.norm), ["rosenmuller's", 'fossa', ',', 'sezary', ',', 'waldenstrom', ',', 'menetrier', ',', '3', '×', '4']);
  });

  it('gives the reference tokens for 2,000 random texts', () => {
    for (const text of randomTexts(2000)) assert.deepEqual(scannedTokens(text), referenceTokens(text), JSON.stringify(text));
  });

  it('lower-cases words and marks punctuation', () => {
    const tokens = tokenize('RUL mass.', 0, 9, []);
    assert.deepEqual(tokens.map((token) => [token.norm, token.raw, token.punct]), [['rul', 'RUL', false], ['mass', 'mass', false], ['.', '.', true]]);
  });

  it('ends sentences at full stops but not after an abbreviation, and not at a leading question mark', () => {
    const sentences = (text: string): number[] => tokenize(text, 0, text.length, []).map((token) => token.sentence);
    assert.deepEqual(sentences('a. b'), [0, 0, 1]);
    assert.deepEqual(sentences('a vs. b'), [0, 0, 0, 0]);
    assert.deepEqual(sentences('? liver mets'), [0, 0, 0]);
    assert.deepEqual(sentences('a\n- b'), [0, 1, 1]);
    assert.deepEqual(sentences('a\n12) b'), [0, 1, 1, 1]);
    assert.deepEqual(sentences('a\nb'), [0, 0]);
  });

  it('leaves out the words of section headers and starts a sentence there', () => {
    const text = 'Seen today.\nHistory of Present Illness: no liver mets';
    const header = { offset: text.indexOf('History'), length: 'History of Present Illness'.length };
    const tokens = tokenize(text, 0, text.length, [header]);
    assert.deepEqual(tokens.map((token) => token.norm), ['seen', 'today', '.', ':', 'no', 'liver', 'mets']);
    assert.ok((tokens[3]?.sentence ?? 0) > (tokens[1]?.sentence ?? 0));
  });

  it('starts a new sentence after every blank line, headers or not (treatment summaries split their blocks only there)', () => {
    /** Whether two line breaks with only spaces, tabs or carriage returns between them stand in `text[from, to)`. */
    const blankLineIn = (text: string, from: number, to: number): boolean => /\n[ \t\r]*\n/.test(text.slice(from, to));
    const check = (text: string, headers: readonly Span[]): void => {
      const tokens = tokenize(text, 0, text.length, headers);
      for (let index = 1; index < tokens.length; index++) {
        const before = tokens[index - 1];
        const token = tokens[index];
        if (before === undefined || token === undefined || !blankLineIn(text, before.end, token.start)) continue;
        assert.notEqual(token.sentence, before.sentence, `${JSON.stringify(text.slice(before.start, token.end))} in ${JSON.stringify(text.slice(0, 80))}`);
      }
    };
    const pieces = ['a', 'B.', '\n', '\n\n', ' \n \t\n', '\r\n\r\n', 'PMH:', 'Dx:', 'and', ',', '-', 'of\n', 'x:', '\u00a0'];
    let seed = 11;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let count = 0; count < 2000; count++) check(Array.from({ length: 1 + (next() % 24) }, () => pieces[next() % pieces.length]).join(' '), []);
    const corpus = path.join(corpusDir, 'dev');
    const headers = headerLookup();
    for (const name of readdirSync(corpus).filter((file) => file.endsWith('.note'))) {
      const text = readFileSync(path.join(corpus, name), 'utf8');
      check(text, findSections(text, { offset: 0, length: text.length }, headers).map((section) => section.headerSpan));
    }
  });
});
