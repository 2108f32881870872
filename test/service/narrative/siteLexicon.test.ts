import * as assert from 'node:assert/strict';
import { TITLE_PARTS } from '../../../server/src/service/narrative/mapping';
import { rowForPath } from '../../../server/src/service/narrative/tablePath';
import { LYMPH_GLAND_PATH, NODE_REGIONS } from '../../../server/src/service/narrative/nodeLexicon';
import { SITE_TERMS } from '../../../server/src/service/narrative/siteLexicon';
import { grepPath } from '../../helpers/neoplasmXmlGrep';
import { officialNeoplasmTable } from '../../helpers/neoplasmTable';

/**
 * Every site word of the reader's lexicon names a row of the official Table of Neoplasms (read from
 * the XML file line by line, not through the importer), and the reader's table look-up lands on that
 * same row. A hand-checked table pins the cells of the words the issue names.
 */

/** Words → [path in the file, Malignant Primary cell, Malignant Secondary cell], read off the XML by hand. */
const HAND_CHECKED: readonly [string, string, string, string][] = [
  ['hepatic', 'liver', 'C22.9', 'C78.7'],
  ['osseous', 'bone', 'C41.9', 'C79.51'],
  ['pulmonary', 'lung', 'C34.9-', 'C78.0-'],
  ['rul', 'lung/upper lobe', 'C34.1-', 'C78.0-'],
  ['rml', 'lung/middle lobe', 'C34.2', 'C78.0-'],
  ['lll', 'lung/lower lobe', 'C34.3-', 'C78.0-'],
  ['adrenal', 'adrenal', 'C74.9-', 'C79.7-'],
  ['cerebral', 'brain', 'C71.9', 'C79.31'],
  ['leptomeningeal', 'meninges/brain', 'C70.0', 'C79.32'],
  ['pleural', 'pleura, pleural', 'C38.4', 'C78.2'],
  ['peritoneal', 'peritoneum, peritoneal', 'C48.2', 'C78.6'],
  ['omental', 'omentum', 'C48.1', 'C78.6'],
  ['sigmoid colon', 'intestine, intestinal/large/colon/sigmoid', 'C18.7', 'C78.5'],
  ['cecal', 'intestine, intestinal/large/cecum', 'C18.0', 'C78.5'],
  ['uoq', 'breast/upper-outer quadrant', 'C50.4-', 'C79.81'],
  ['retroareolar', 'breast/central portion', 'C50.1-', 'C79.81'],
  ['prostatic urethra', 'urethra, urethral', 'C68.0', 'C79.19'],
  ['renal', 'kidney', 'C64.-', 'C79.0-'],
  ['glottic', 'glottis', 'C32.0', 'C78.39'],
  ['base of tongue', 'tongue/base', 'C01', 'C79.89'],
  ['head of the pancreas', 'pancreas/head', 'C25.0', 'C78.89'],
  ['ovarian', 'ovary', 'C56.-', 'C79.6-'],
];

/** The cells that print a code (the file's `-` cells are absent in the service's rows). */
function printedCells(cells: Readonly<Record<string, string | undefined>> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(cells ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '-'));
}

describe('narrative lexicon: site words', () => {
  const table = officialNeoplasmTable();
  for (const term of SITE_TERMS) {
    // A last word that only the code titles name ("eyelid / upper": "… right upper eyelid") is no row: the row is the path before it.
    const titlePart = TITLE_PARTS.has(term.path[term.path.length - 1] ?? '') && grepPath(term.path) === undefined;
    const rows = titlePart ? term.path.slice(0, -1) : term.path;
    it(`"${term.words}" → ${term.path.join(' / ')} is a row of the official table`, () => {
      const inFile = grepPath(rows);
      assert.ok(inFile, `${rows.join(' / ')} not found in the XML`);
      assert.deepEqual(printedCells(rowForPath(table, term.path)?.cells), printedCells(inFile.cells));
    });
  }

  for (const [words, path, primary, secondary] of HAND_CHECKED) {
    it(`"${words}" reads ${path}: ${primary} / ${secondary}`, () => {
      const term = SITE_TERMS.find((entry) => entry.words === words);
      assert.ok(term, `${words} is in the lexicon`);
      const inFile = grepPath(path.split('/'));
      assert.equal(inFile?.cells.primary, primary);
      assert.equal(inFile?.cells.secondary, secondary);
      assert.deepEqual(grepPath(term.path)?.cells, inFile?.cells);
    });
  }

  it('RUL, RLL and RML are right, LUL, LLL and the lingula left', () => {
    const sides = Object.fromEntries(SITE_TERMS.filter((term) => term.laterality).map((term) => [term.words, term.laterality]));
    assert.deepEqual({ rul: sides.rul, rll: sides.rll, rml: sides.rml, lul: sides.lul, lll: sides.lll, lingula: sides.lingula },
      { rul: 'right', rll: 'right', rml: 'right', lul: 'left', lll: 'left', lingula: 'left' });
  });
});

describe('narrative lexicon: lymph node regions', () => {
  const table = officialNeoplasmTable();
  for (const term of NODE_REGIONS) {
    it(`"${term.words} nodes" → lymph gland / ${term.region} (Malignant Secondary C77.-)`, () => {
      const inFile = grepPath([...LYMPH_GLAND_PATH, term.region]);
      assert.ok(inFile, `lymph / gland / ${term.region} not in the XML`);
      assert.match(inFile.cells.secondary ?? '', /^C77\.[0-9]$/);
      assert.deepEqual(printedCells(rowForPath(table, [...LYMPH_GLAND_PATH, term.region])?.cells), printedCells(inFile.cells));
    });
  }
});
