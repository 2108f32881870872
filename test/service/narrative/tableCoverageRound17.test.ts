import * as assert from 'node:assert/strict';
import { officialNeoplasmTable } from '../../helpers/neoplasmTable';
import { testCodeSets } from '../../helpers/codeSets';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';
import { coverageCases, coverageMiss } from './tableCoverage';
import { SKIPS } from './tableCoverageSkips';

/**
 * Table coverage round 17 (issue 12): the site titles of the official Table of Neoplasms (FY2025 file, data/icd10cm/2025) as a
 * clinician writes them. Every row of levels 1 and 2 that `tableRowPhrases.ts` can phrase, outside the commented skip rules of
 * `tableCoverageSkips.ts`, read in "Assessment: carcinoma of the <site>, biopsy proven." and "Assessment: metastatic carcinoma
 * to the <site>.", must give the row's own cell (in the FY2027 release: a replaced cell is read as its replacement, a cell the
 * release subdivides by side as null or a code under it). The expected codes come from the table file, never from the reader.
 */
describe('Table of Neoplasms coverage, levels 1 and 2 (round 17)', () => {
  const cases = coverageCases(officialNeoplasmTable(), testCodeSets(), SKIPS);

  it('phrases a real share of the table', () => {
    // A phrasing or skip rule that silently dropped most rows would make the test below pass by reading nothing.
    assert.ok(cases.filter((entry) => entry.row.level === 1).length >= 800, 'level-1 cases');
    assert.ok(cases.filter((entry) => entry.row.level === 2).length >= 800, 'level-2 cases');
  });

  for (const level of [1, 2]) {
    for (const column of ['primary', 'secondary'] as const) {
      it(`reads every phrased level-${level} row's ${column} cell`, () => {
        const misses = cases
          .filter((entry) => entry.row.level === level && entry.column === column)
          .flatMap((entry) => {
            const miss = coverageMiss(entry);
            return miss === undefined ? [] : [`${entry.site} → ${entry.code}: ${miss}`];
          });
        assert.deepEqual(misses, []);
      });
    }
  }
});

// Index: eponyms (Table of Neoplasms rows "Bartholin's gland" C51.0, "Waldeyer's ring" C14.2, "Virchow's gland" C77.0, "Wirsung's duct"
// C25.3, "Rosenmuller's fossa" C11.2, "Douglas' cul-de-sac or pouch" C48.1 / secondary C78.6), written with and without the possessive
// and after their noun, as clinicians write them; no dev note names one (the table, not the corpus, is the evidence).
const eponyms: readonly ReadingCase[] = [
  ['Bartholin gland carcinoma', 'Carcinoma of the Bartholin gland, biopsy proven.', [['Carcinoma of the Bartholin gland', 'C510', 'present']]],
  ["Bartholin's gland adenoid cystic carcinoma", "Adenoid cystic carcinoma of the left Bartholin's gland.", [["carcinoma of the left Bartholin's gland", 'C510', 'present']]],
  ['SCC of Waldeyer ring', 'SCC of Waldeyer ring.', [['SCC of Waldeyer ring', 'C142', 'present']]],
  ["metastasis to Virchow's node is the supraclavicular node", "Metastatic gastric adenocarcinoma to Virchow's gland.",
    [['gastric adenocarcinoma', 'C169', 'present'], ["adenocarcinoma to Virchow's gland", 'C770', 'present']]],
  ['duct of Wirsung', 'Adenocarcinoma of the duct of Wirsung.', [['Adenocarcinoma of the duct of Wirsung', 'C253', 'present']]],
  ['fossa of Rosenmuller', 'Carcinoma of the fossa of Rosenmuller.', [['Carcinoma of the fossa of Rosenmuller', 'C112', 'present']]],
  ['carcinoma of the pouch of Douglas', 'Carcinoma of the pouch of Douglas.', [['Carcinoma of the pouch of Douglas', 'C481', 'present']]],
];

// Table of Neoplasms "or" titles read by each side ("piriform fossa or sinus" C12, "salivary gland or duct" C08.9, "submaxillary gland
// or duct" C08.0), hyphenated titles ("cardio-esophageal junction" C16.0, "ureter-bladder" C67.6) and titles longer than the
// lexicon's word at the same place ("tonsillar fossa" C09.0, not the tonsil NOS C09.9); a part named with its site ("frontal pole"
// C71.1, "internal os" C53.0).
const writtenTitles: readonly ReadingCase[] = [
  ['piriform sinus SCC', 'SCC of the L piriform sinus.', [['SCC of the L piriform sinus', 'C12', 'present']]],
  ['pyriform fossa carcinoma', 'Carcinoma of the pyriform fossa.', [['Carcinoma of the pyriform fossa', 'C12', 'present']]],
  ['salivary gland carcinoma', 'Carcinoma of the salivary gland, NOS.', [['Carcinoma of the salivary gland', 'C089', 'present']]],
  ['cardio-esophageal junction adenocarcinoma', 'Adenocarcinoma of the cardio-esophageal junction.', [['Adenocarcinoma of the cardio-esophageal junction', 'C160', 'present']]],
  ['tonsillar fossa SCC', 'SCC of the R tonsillar fossa.', [['SCC of the R tonsillar fossa', 'C090', 'present']]],
  ['frontal pole metastasis', 'Metastasis to the frontal pole.', [['Metastasis to the frontal pole', 'C7931', 'present']]],
  ['internal os carcinoma', 'Carcinoma of the internal os.', [['Carcinoma of the internal os', 'C530', 'present']]],
  ['organ of Zuckerkandl', 'Malignant tumor of the organ of Zuckerkandl.', [['Malignant tumor of the organ of Zuckerkandl', 'C755', 'present']]],
];

// ANNOTATION.md's null for an undecided organ (d141: "c/w a tubo-ovarian primary" null, candidates C56.9 / C57.00): in a serous
// carcinoma "tubo-ovarian" names an origin in the tube or the ovary, not the table's overlapping row C57.8. (A hyphenated title is
// read since round 17, "ureter-bladder"; this case keeps "tubo-ovarian" out of it.)
const tuboOvarian: readonly ReadingCase[] = [
  ['a tubo-ovarian primary is not the overlapping row', 'Metastatic high-grade serous carcinoma, c/w a tubo-ovarian primary.',
    []],
];

describe('narrative reader: table titles as written (round 17)', () => {
  describe('eponyms', () => checkReadings(eponyms));
  describe('or titles, hyphenated titles, longer titles', () => checkReadings(writtenTitles));
  describe('tubo-ovarian', () => checkReadings(tuboOvarian));
});
