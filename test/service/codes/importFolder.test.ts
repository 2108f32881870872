import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importCodeSetFolder } from '../../../server/src/node/codeSetLoader';
import { testCodeSets } from '../../helpers/codeSets';
import { dataFile } from '../../helpers/dataFiles';

// Runtime import of a release folder the user names. The FY2027 case uses the real official
// addenda (gzipped, as the project stores it); the FY2028 folders are small hand-made samples in the
// official formats (FY2028 files do not exist yet), so their codes are only checked for the mechanics.

describe('importing a release folder', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'icd-import-'));
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  function folder(name: string, files: Record<string, string>): string {
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
    return dir;
  }

  it('falls back to the bundled sets when the folder does not exist', () => {
    const bundled = testCodeSets();
    const missing = path.join(root, 'no-such-folder');
    const { codeSets, problems } = importCodeSetFolder(missing, bundled);
    assert.equal(codeSets, bundled);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.file, missing);
    assert.match(problems[0]?.message ?? '', /does not exist; using the bundled code sets/);
  });

  it('falls back when the folder holds no release file', () => {
    const bundled = testCodeSets();
    const dir = folder('empty', { 'notes.txt': 'not a release file' });
    const { codeSets, problems } = importCodeSetFolder(dir, bundled);
    assert.equal(codeSets, bundled);
    assert.match(problems[0]?.message ?? '', /holds no ICD-10-CM release file/);
  });

  it('ignores files that are not release files, such as the Table of Neoplasms and the schemas', function () {
    this.timeout(60000);
    const dir = folder('with-neoplasm-table', { 'icd10cm-codes-2028.txt': 'C7800   Secondary malignant neoplasm of unspecified lung\n' });
    for (const name of ['icd-10-cm-neoplasm-2025.xml.gz', 'icd-10-cm-tabular-2025.xsd.gz', 'icd-10-cm-drug-neoplasm-2025.xsd.gz']) {
      copyFileSync(dataFile(`2025/${name}`), path.join(dir, name));
    }
    const { codeSets, problems } = importCodeSetFolder(dir, testCodeSets());
    assert.deepEqual(problems, []);
    assert.deepEqual(codeSets.years.map((year) => year.year), [2028, 2027, 2026]);
  });

  it('names a damaged gzip file and falls back', () => {
    const bundled = testCodeSets();
    const dir = folder('damaged-gzip', { 'icd10cm-codes-2028.txt.gz': 'C7800   not gzip at all\n' });
    const { codeSets, problems } = importCodeSetFolder(dir, bundled);
    assert.equal(codeSets, bundled);
    const file = path.join(dir, 'icd10cm-codes-2028.txt.gz');
    assert.ok(problems.some((problem) => problem.file === file && /cannot be read/.test(problem.message)), JSON.stringify(problems));
    assert.ok(problems.some((problem) => problem.file === dir && /could be read; using the bundled code sets/.test(problem.message)), JSON.stringify(problems));
  });

  it('names the file and line of a damaged codes file and falls back', () => {
    const bundled = testCodeSets();
    const dir = folder('damaged', { 'icd10cm-codes-2028.txt': 'C7800   Secondary malignant neoplasm of unspecified lung\nC78.01  Secondary malignant neoplasm of right lung\n' });
    const { codeSets, problems } = importCodeSetFolder(dir, bundled);
    assert.equal(codeSets, bundled);
    const file = path.join(dir, 'icd10cm-codes-2028.txt');
    assert.ok(problems.some((problem) => problem.file === file && problem.line === 2 && /dotless/.test(problem.message)));
    assert.ok(problems.some((problem) => problem.file === file && /not used/.test(problem.message)));
    assert.ok(problems.some((problem) => /using the bundled code sets/.test(problem.message)));
  });

  it('rebuilds FY2027 from the bundled FY2026 and the official addenda, replacing the year', function () {
    this.timeout(60000);
    const dir = path.join(root, 'fy2027-addenda');
    mkdirSync(dir);
    // A gzip copy is read as the official file it holds.
    copyFileSync(dataFile('2027/icd10cm_order_addenda_2027.txt.gz'), path.join(dir, 'icd10cm_order_addenda_2027.txt.gz'));
    const { codeSets, problems } = importCodeSetFolder(dir, testCodeSets());
    assert.deepEqual(problems, []);
    assert.deepEqual(codeSets.years.map((year) => year.year), [2027, 2026]);
    // The addenda summary: 74,879 codes and 23,524 headers in the FY2027 order file.
    assert.equal(codeSets.years[0]?.billableCount, 74879);
    assert.equal(codeSets.years[0]?.headerCount, 23524);
    assert.equal(codeSets.status('C7831', 2027), 'billable');
    assert.equal(codeSets.status('D691', 2027), 'header');
    assert.equal(codeSets.title('L02232'), 'Carbuncle of back [any part, except buttock and flank]');
    // Short titles: the addenda's for the codes it adds or revises, the bundled ones for the rest (FY2021 order file).
    assert.equal(codeSets.shortTitle?.('L02232'), 'Carbuncle of back [any part, except buttock and flank]');
    assert.equal(codeSets.shortTitle?.('O00121'), 'Right interstit ectopic pregnancy without uterin pregnancy');
    assert.equal(codeSets.shortTitle?.('C3490'), 'Malignant neoplasm of unsp part of unsp bronchus or lung');
    // Notes and structure of the bundled index are kept.
    assert.equal(codeSets.path('C7801').block?.id, 'C76-C80');
    assert.ok(codeSets.notes('C799').some((note) => note.kind === 'excludes1' && note.text === 'carcinomatosis NOS (C80.0)'));
  });

  it('adds a newer year from a codes file and dates claims into it', function () {
    this.timeout(60000);
    const dir = folder('fy2028-codes', {
      'icd10cm-codes-2028.txt': ['C7800   Secondary malignant neoplasm of unspecified lung', 'C7801   Secondary malignant neoplasm of right lung, revised', 'Z853    Personal history of malignant neoplasm of breast'].join('\n'),
    });
    const { codeSets, problems } = importCodeSetFolder(dir, testCodeSets());
    assert.deepEqual(problems, []);
    assert.deepEqual(codeSets.years.map((year) => year.year), [2028, 2027, 2026]);
    assert.equal(codeSets.newest.label, 'ICD-10-CM FY2028');
    assert.equal(codeSets.yearFor('2027-10-01').year, 2028);
    assert.equal(codeSets.yearFor('2027-09-30').year, 2027);
    assert.equal(codeSets.years[0]?.billableCount, 3);
    // Headers by the prefix rule: C78, C780 and Z85.
    assert.equal(codeSets.years[0]?.headerCount, 3);
    assert.equal(codeSets.status('C780', 2028), 'header');
    assert.equal(codeSets.status('C7802', 2028), undefined);
    assert.equal(codeSets.status('C7802', 2027), 'billable');
    assert.equal(codeSets.title('C7801'), 'Secondary malignant neoplasm of right lung, revised');
    assert.equal(codeSets.title('C7802'), 'Secondary malignant neoplasm of left lung');
    // The bundled short title of C78.01 stood beside the old long title, so the revised title has none.
    assert.equal(codeSets.shortTitle?.('C7801'), undefined);
    assert.equal(codeSets.shortTitle?.('C7802'), 'Secondary malignant neoplasm of left lung');
  });

  it('adds a year from an order file with its own header rows, and notes from a tabular XML', function () {
    this.timeout(60000);
    const dir = folder('fy2028-order', {
      'icd10cm-order-2028.txt': [
        '02150 C78     0 Secondary malignant neoplasm of resp and digestive organs    Secondary malignant neoplasm of respiratory and digestive organs',
        '02151 C780    0 Secondary malignant neoplasm of lung                         Secondary malignant neoplasm of lung',
        '02153 C7801   1 Sec malig neoplasm of right lung                             Secondary malignant neoplasm of right lung',
      ].join('\r\n'),
      'icd10cm-tabular-2028.xml': `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.tabular><version>2028</version><chapter><name>2</name><desc>Neoplasms (C00-D49)</desc>
<section id="C76-C80"><desc>Malignant neoplasms of ill-defined, other secondary and unspecified sites (C76-C80)</desc>
<diag><name>C78</name><desc>Secondary malignant neoplasm of respiratory and digestive organs</desc>
<excludes1><note>secondary carcinoid tumors of liver (C7B.02)</note></excludes1>
<diag><name>C78.0</name><desc>Secondary malignant neoplasm of lung</desc></diag></diag></section></chapter></ICD10CM.tabular>`,
    });
    const { codeSets, problems } = importCodeSetFolder(dir, testCodeSets());
    assert.deepEqual(problems, []);
    assert.equal(codeSets.years[0]?.year, 2028);
    assert.equal(codeSets.years[0]?.billableCount, 1);
    assert.equal(codeSets.years[0]?.headerCount, 2);
    // The sample prints its own short title for C78.01 (made up, in the official columns): the newer file wins.
    assert.equal(codeSets.shortTitle?.('C7801'), 'Sec malig neoplasm of right lung');
    assert.equal(codeSets.shortTitle?.('C78'), 'Secondary malignant neoplasm of resp and digestive organs');
    const c78 = codeSets.notes('C7801').filter((note) => note.owner === 'C78');
    assert.deepEqual(c78.map((note) => [note.kind, note.text, note.sourceYear]), [['excludes1', 'secondary carcinoid tumors of liver (C7B.02)', 2028]]);
    // Owners the new file does not describe keep their bundled notes.
    assert.ok(codeSets.notes('C799').some((note) => note.owner === 'C79.9' && note.sourceYear === 2027));
  });

  it('lets a tabular XML of the newest loaded year replace the bundled notes of the codes it covers', function () {
    this.timeout(60000);
    const dir = folder('fy2027-tabular', {
      'icd10cm-tabular-2027.xml': `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.tabular><version>2027</version><chapter><name>2</name><desc>Neoplasms (C00-D49)</desc>
<section id="C76-C80"><desc>Malignant neoplasms of ill-defined, other secondary and unspecified sites (C76-C80)</desc>
<diag><name>C79</name><desc>Secondary malignant neoplasm of other and unspecified sites</desc>
<diag><name>C79.9</name><desc>Secondary malignant neoplasm of unspecified site</desc>
<excludes1><note>malignant (primary) neoplasm of unspecified site (C80.1)</note></excludes1></diag></diag></section></chapter></ICD10CM.tabular>`,
    });
    const { codeSets, problems } = importCodeSetFolder(dir, testCodeSets());
    assert.deepEqual(problems, []);
    assert.deepEqual(codeSets.years.map((year) => year.year), [2027, 2026]);
    const own = codeSets.notes('C799').filter((note) => note.owner === 'C79.9');
    assert.deepEqual(own.map((note) => note.text), ['malignant (primary) neoplasm of unspecified site (C80.1)']);
    // C77 is not in the imported file, so its bundled FY2027 excerpt notes stay.
    assert.ok(codeSets.notes('C772').some((note) => note.owner === 'C77' && note.kind === 'excludes1'));
  });
});
