import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Table of Neoplasms coverage, second pass of round 17 (issue 12): rows and spellings the first pass left unread. The
 * evidence is the official table (FY2025 file, data/icd10cm/2025) and the Index, not the corpus; codes checked against
 * the FY2027 code titles (data/icd10cm/2027).
 */

// Eponyms written with their diacritics: table "Rosenmuller's fossa" C11.2; Index "Sezary disease" C84.1- (with stage IVA, more
// than one region: the fifth character 8, multiple sites), "Macroglobulinemia, Waldenström" C88.0 (C88.00 Waldenstrom
// macroglobulinemia not having achieved remission), history Z85.79. Before, the tokenizer cut "Rosenmüller" at its "ü" and no
// word of the vocabulary was read.
const diacritics: readonly ReadingCase[] = [
  ['fossa of Rosenmüller', 'NPC of the fossa of Rosenmüller.', [['NPC of the fossa of Rosenmüller', 'C112', 'present']]],
  ["Rosenmüller's fossa", "Carcinoma of the R Rosenmüller's fossa.", [["Carcinoma of the R Rosenmüller's fossa", 'C112', 'present']]],
  ['Sézary syndrome', 'Sézary syndrome, stage IVA.', [['Sézary syndrome', 'C8418', 'present']]],
  ['Waldenström macroglobulinemia', 'Waldenström macroglobulinemia, IgM 3.2 g/dL.', [['Waldenström macroglobulinemia', 'C8800', 'present']]],
  ["history of Waldenström's macroglobulinemia", "Hx of Waldenström's macroglobulinemia.", [["Waldenström's macroglobulinemia", 'Z8579', 'history']]],
];

describe('narrative reader: Table of Neoplasms rows, second pass (round 17)', () => {
  describe('eponyms with diacritics', () => checkReadings(diacritics));
});
