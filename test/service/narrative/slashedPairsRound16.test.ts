import * as assert from 'node:assert/strict';
import { TWO_DISEASE_PAIRS } from '../../../server/src/service/narrative/slashedPairs';
import { tokenize } from '../../../server/src/service/narrative/tokens';
import { type ReadingCase, checkReadings } from './readingCases';

/**
 * Round 16 (tuner B: survivorship plans, trial checklists): a slash between two three-letter abbreviations of two diseases
 * separates them, so each is its own mention (ANNOTATION.md, coordinated sites and histologies: one entry each). Codes:
 * Tabular D46.9 Myelodysplastic syndrome, unspecified; Index Leukemia, myeloid, acute C92.0- → C92.00 not having achieved
 * remission; Index Carcinoma, basal cell / squamous cell — see Neoplasm, skin, malignant → C44.91, C44.92 (skin NOS).
 */
const CASES: readonly ReadingCase[] = [
  ['"treatment-related MDS/AML" as a risk is two hypothetical mentions', 'Counseled re: long-term risk of treatment-related MDS/AML w/ alkylator.', [
    ['MDS', 'D469', 'hypothetical'],
    ['AML', 'C9200', 'hypothetical'],
  ]],
  ['"AML/MDS" in the other order', 'Risk of AML/MDS after ABVD.', [
    ['AML', 'C9200', 'hypothetical'],
    ['MDS', 'D469', 'hypothetical'],
  ]],
  ['"BCC/SCC of skin": a basal and a squamous cell carcinoma', 'Exam today: BCC/SCC of skin.', [
    ['BCC', 'C4491', 'present'],
    ['SCC of skin', 'C4492', 'present'],
  ]],
  ['the paired names of one disease stay one mention', 'Hx of CLL/SLL.', [
    ['CLL/SLL', 'Z856', 'history'],
  ]],
];

describe('narrative reader round 16: abbreviations of two diseases joined by a slash', () => {
  checkReadings(CASES);
  for (const pair of TWO_DISEASE_PAIRS) {
    it(`splits "${pair.toUpperCase()}" at its slash`, () => {
      const text = pair.toUpperCase();
      assert.deepEqual(tokenize(text, 0, text.length, []).map((token) => token.raw), pair.toUpperCase().split(/(\/)/));
    });
  }
});
