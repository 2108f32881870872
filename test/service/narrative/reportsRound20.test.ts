import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Reports round 20 (issue 12): pathology and imaging reports from laboratories and radiology groups the reader had not seen
 * (dev notes d823–d842). Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code
 * titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A resection's regional nodes counted in words, as a report typed in capitals writes them (d823 "METASTATIC ADENOCARCINOMA IN
// TWO OF NINETEEN LYMPH NODES (2/19)" under a right hemicolectomy): ANNOTATION.md, a resection's regional nodes (a colectomy's
// C77.2); table: lymph gland, intra-abdominal / Malignant Secondary C77.2 (Tabular C77.2 Secondary and unspecified malignant
// neoplasm of intra-abdominal lymph nodes), as "2 of 19" in digits reads.
const countsInWords: readonly ReadingCase[] = [
  ['"IN TWO OF NINETEEN LYMPH NODES" are the colectomy\'s intra-abdominal nodes',
    'A. RIGHT COLON, RIGHT HEMICOLECTOMY:\n   - INVASIVE ADENOCARCINOMA.\n   - METASTATIC ADENOCARCINOMA IN TWO OF NINETEEN LYMPH NODES (2/19).',
    [['ADENOCARCINOMA', 'C189', 'present'], ['METASTATIC ADENOCARCINOMA IN TWO OF NINETEEN LYMPH NODES', 'C772', 'present']]],
  ['a hyphenated count in words reads as its digits',
    'Sigmoid colon, sigmoidectomy: metastatic carcinoma in one of twenty-three lymph nodes.',
    [['metastatic carcinoma in one of twenty-three lymph nodes', 'C772', 'present']]],
];

describe('narrative reader: reports round 20', () => {
  describe('a resection\'s nodes counted in words', () => checkReadings(countsInWords));
});
