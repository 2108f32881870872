import * as assert from 'node:assert/strict';
import { patientSex } from '../../../server/src/service/narrative/patientSex';

// The two expressions the reader counted the cues with before the scanner: kept here as the scanner's oracle (round 17: an age
// joined by a hyphen to a nuclide's symbol, "Tc-99m", "18F-FDG", is a tracer, in both).
const FEMALE = /\b(?:female|woman|lady|she|her|mrs|ms|(?<!-)\d{1,3}\s?(?:y\/?o|yo|year[- ]old)?\s?f(?!-))\b/gi;
const MALE = /\b(?:male|man|gentleman|he|his|mr|(?<!-)\d{1,3}\s?(?:y\/?o|yo|year[- ]old)?\s?m(?!-))\b/gi;

function countMatches(pattern: RegExp, text: string): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

// "MR" and "MS" in capitals are abbreviations (mitral regurgitation, multiple sclerosis), no titles.
const CAPITAL_MS = /\bMS\b/g;
const CAPITAL_MR = /\bMR\b/g;

function bySexExpressions(text: string): 'female' | 'male' | undefined {
  const female = countMatches(FEMALE, text) - countMatches(CAPITAL_MS, text);
  const male = countMatches(MALE, text) - countMatches(CAPITAL_MR, text);
  if (female > male) return 'female';
  if (male > female) return 'male';
  return undefined;
}

/** Pieces that sit on every edge of the cues: sex words inside longer words, ages of four digits, odd spaces, other cases. */
const PIECES = [
  'female', 'FEMALE', 'Woman', 'lady', 'Lady', 'ladyship', 'gentleman', 'Gentleman', 'gentlemen', 'she', 'SHE', 'her', 'hers', 'mrs', 'Mrs.', 'ms', 'MS', 'male', 'Male', 'man', 'he',
  'He', 'his', 'mr', 'MR', 'them', 'shell', 'human', 'mrsa', 'hisT', '_he', 'he_', 'f', 'F', 'm', 'M', 'y/o', 'Y/O',
  'yo', 'YO', 'year-old', 'Year Old', 'year old', 'y', 'o', '/', '-', '1', '45', '123', '1234', '0', ' ', '  ', '\n',
  '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', ',', '.', '(', ')', 'é', '\u212a', '\u017f', '\u0130',
];

/** A deterministic generator, so a failing text can be printed and replayed. */
function* texts(count: number, seed: number): Generator<string> {
  let state = seed;
  const next = (bound: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % bound;
  };
  for (let index = 0; index < count; index++) {
    let text = '';
    const length = 1 + next(14);
    for (let piece = 0; piece < length; piece++) text += PIECES[next(PIECES.length)] ?? '';
    yield text;
  }
}

describe('narrative patient sex: one expression counting what the two counted', () => {
  it('reads the cues a coder would read', () => {
    const cases: Array<[string, 'female' | 'male' | undefined]> = [
      ['45 y/o F with a left breast mass.', 'female'],
      ['62yo M, his PSA rising.', 'male'],
      ['72 year-old m seen today; she is his wife.', 'male'],
      ['Mrs. Lee and Mr. Lee.', undefined],
      ['The shell, the human, the theme.', undefined],
      ['1234F and 45  f', 'female'],
      ['45 yo  f', undefined],
      ['45 y/o female', 'female'],
      ['45 yo x f', undefined],
      ['45 y/o F. Echo: mild MR.', 'female'],
      ['Mr. Lee, MS on natalizumab.', 'male'],
    ];
    for (const [text, expected] of cases) {
      assert.equal(patientSex(text, 0, text.length), expected, text);
      assert.equal(bySexExpressions(text), expected, `oracle: ${text}`);
    }
  });

  it('takes every space of `\\s` (and no other) between an age, its age word and its letter', () => {
    const spaces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const others = ['\u200b', '\u0085', '\u180e', '\u2060', '-', '.', 'x'];
    for (const space of [...spaces, ...others]) {
      for (const text of [`45${space}f`, `45${space}yo${space}M`, `45${space}${space}F`, `7${space}year old${space}m`]) {
        assert.equal(patientSex(text, 0, text.length), bySexExpressions(text), JSON.stringify(text));
        assert.equal(patientSex(text, 0, text.length) !== undefined, spaces.includes(space), JSON.stringify(text));
      }
    }
  });

  it('agrees with the expressions over generated text', () => {
    for (const text of texts(20000, 7)) {
      assert.equal(patientSex(text, 0, text.length), bySexExpressions(text), JSON.stringify(text));
    }
  });

  it('reads only the span it is given, as the expressions read the span cut out', () => {
    for (const text of texts(5000, 11)) {
      const from = Math.floor(text.length / 3);
      const to = text.length - Math.floor(text.length / 4);
      assert.equal(patientSex(text, from, to), bySexExpressions(text.slice(from, to)), JSON.stringify([text, from, to]));
    }
  });
});
