import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Negation round 24 (issue 12, tuner B): "nothing suggests X", "nothing to suggest X" deny X as "no evidence of X" does (NegEx's
 * pre-negations; ANNOTATION.md, "negated": the code the words would have if the condition were present). Codes checked against
 * the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// d707 "explained to nursing that nothing suggests brain mets, sleepiness more likely dementia progression": table: brain /
// Malignant Secondary C79.31 (Tabular C79.31 Secondary malignant neoplasm of brain), negated. "Nothing to suggest" a recurrence
// of a colon cancer denies that cancer (ANNOTATION.md, round 17: a recurrence of a history cancer denied in general is the
// cancer's own code with the words' assertion; table: colon / Malignant Primary C18.9).
const nothingSuggests: readonly ReadingCase[] = [
  ['"nothing suggests" denies a brain metastasis',
    'A/P: Explained to nursing that nothing suggests brain mets, sleepiness more likely dementia progression.',
    [['brain mets', 'C7931', 'negated']]],
  ['"nothing to suggest" denies a recurrent colon cancer',
    'A/P: CT 11/20 reviewed: nothing to suggest recurrent colon cancer.',
    [['colon cancer', 'C189', 'negated']]],
];

// What must not change: "nothing" that is no finding about the disease leaves it as written (a present sigmoid colon cancer,
// table: colon, sigmoid / Malignant Primary, Tabular C18.7 Malignant neoplasm of sigmoid colon).
const guards: readonly ReadingCase[] = [
  ['"nothing" alone denies nothing',
    'A/P: Ate nothing since breakfast. Sigmoid colon cancer on FOLFOX.',
    [['Sigmoid colon cancer', 'C187', 'present']]],
];

describe('narrative reader: negation cues round 24', () => {
  describe('"nothing suggests" denies what follows', () => checkReadings(nothingSuggests));
  describe('what "nothing" does not deny', () => checkReadings(guards));
});
