import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Carried sites, round 18 (issue 12): a cancer's side and sub-site read where the note states them. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2026 / FY2027 code titles (/work/shared/codesets) and the
 * Table of Neoplasms (FY2025).
 */

// ANNOTATION.md, "Sites and columns": the most specific row the words name. A part written right after its organ ("left breast
// UOQ", "lung RUL") is one site, as one written before it is ("right hilar lung"): table: breast / upper-outer quadrant →
// Malignant Primary C50.41-, Tabular C50.412 Malignant neoplasm of upper-outer quadrant of left female breast; lung / upper lobe
// C34.1-, C34.11 … of upper lobe, right bronchus or lung; lung / hilus C34.0-, C34.01 … of right main bronchus. Dev d724 ("IDC of
// the left breast UOQ"); d185 ("UOQ left breast") is the order the reader already read.
const partAfterOrgan: readonly ReadingCase[] = [
  ['"the left breast UOQ" is the upper-outer quadrant', '61F with IDC of the left breast UOQ.', [['IDC of the left breast UOQ', 'C50412', 'present']]],
  ['"Left breast UOQ IDC" is the upper-outer quadrant', '61F. Left breast UOQ IDC.', [['Left breast UOQ IDC', 'C50412', 'present']]],
  ['"UOQ left breast" stays the upper-outer quadrant', '61F with IDC UOQ left breast.', [['IDC UOQ left breast', 'C50412', 'present']]],
  ['"right hilar lung cancer" stays the hilus', 'Right hilar lung cancer.', [['Right hilar lung cancer', 'C3401', 'present']]],
];

describe('narrative reader: carried sites round 18', () => {
  describe('a part written right after its organ', () => checkReadings(partAfterOrgan));
});
