import * as assert from 'node:assert/strict';
import { deriveHeaders } from '../../../server/src/service/codes/headers';
import { parseCodesFile } from '../../../server/src/service/codes/import/codesFile';
import { applyAddenda, parseOrderAddenda } from '../../../server/src/service/codes/import/orderAddenda';
import { parseOrderFile } from '../../../server/src/service/codes/import/orderFile';
import { classifyReleaseFile } from '../../../server/src/service/codes/releaseFiles';

// The sample lines are copied from the official files (codes files, FY2021 order file with its
// CRLF ends, FY2027 order addenda); the damaged lines are made by hand.

describe('codes file importer', () => {
  const sample = [
    'C7800   Secondary malignant neoplasm of unspecified lung',
    'C7801   Secondary malignant neoplasm of right lung',
    'S23420A Sprain of sternoclavicular (joint) (ligament), initial encounter',
    'QA00101 SCN2A-related neurodevelopmental disorder',
    '',
  ].join('\n');

  it('reads the code padded to 8 and the long title', () => {
    const result = parseCodesFile(sample);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.entries.map((entry) => entry.code), ['C7800', 'C7801', 'S23420A', 'QA00101']);
    assert.equal(result.entries[1]?.title, 'Secondary malignant neoplasm of right lung');
    assert.equal(result.entries[2]?.title, 'Sprain of sternoclavicular (joint) (ligament), initial encounter');
  });

  it('accepts CRLF line ends and a byte order mark', () => {
    const result = parseCodesFile(`\uFEFF${sample.replace(/\n/g, '\r\n')}`);
    assert.deepEqual(result.problems, []);
    assert.equal(result.entries[0]?.code, 'C7800');
    assert.equal(result.entries[0]?.title, 'Secondary malignant neoplasm of unspecified lung');
  });

  it('reports damaged lines by line number and keeps the good ones', () => {
    const damaged = ['C7800   Secondary malignant neoplasm of unspecified lung', 'C78.01  dotted code', 'C7802', 'c7803   lower case', 'C7800   Secondary malignant neoplasm of unspecified lung'].join('\n');
    const result = parseCodesFile(damaged);
    assert.deepEqual(result.entries.map((entry) => entry.code), ['C7800']);
    assert.deepEqual(result.problems.map((problem) => problem.line), [2, 3, 4, 5]);
    assert.match(result.problems[1]?.message ?? '', /C7802 has no title/);
    assert.match(result.problems[3]?.message ?? '', /listed twice/);
  });
});

describe('order file importer', () => {
  const sample = [
    '02150 C78     0 Secondary malignant neoplasm of resp and digestive organs    Secondary malignant neoplasm of respiratory and digestive organs',
    '02151 C780    0 Secondary malignant neoplasm of lung                         Secondary malignant neoplasm of lung',
    '02153 C7801   1 Secondary malignant neoplasm of right lung                   Secondary malignant neoplasm of right lung',
  ].join('\r\n');

  it('reads order number, code, billable flag, short and long title', () => {
    const result = parseOrderFile(sample);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.entries[0], {
      order: 2150,
      code: 'C78',
      billable: false,
      shortTitle: 'Secondary malignant neoplasm of resp and digestive organs',
      longTitle: 'Secondary malignant neoplasm of respiratory and digestive organs',
    });
    assert.equal(result.entries[2]?.billable, true);
    assert.equal(result.entries[2]?.longTitle, 'Secondary malignant neoplasm of right lung');
  });

  it('reports shifted columns, bad flags and missing titles', () => {
    const damaged = [
      '02150 C78     0 Secondary malignant neoplasm of resp and digestive organs    Secondary malignant neoplasm of respiratory and digestive organs',
      '2151 C780    0 Secondary malignant neoplasm of lung                         Secondary malignant neoplasm of lung',
      '02152 C7800   Y Secondary malignant neoplasm of unspecified lung             Secondary malignant neoplasm of unspecified lung',
      '02153 C7801   1 Secondary malignant neoplasm of right lung',
    ].join('\r\n');
    const result = parseOrderFile(damaged);
    assert.deepEqual(result.entries.map((entry) => entry.code), ['C78']);
    assert.deepEqual(result.problems.map((problem) => problem.line), [2, 3, 4]);
    assert.match(result.problems[1]?.message ?? '', /flag/);
    assert.match(result.problems[2]?.message ?? '', /no long title/);
  });
});

describe('order addenda importer', () => {
  const sample = [
    'Add:         1 C7831   Secondary malignant neoplasm of larynx                       Secondary malignant neoplasm of larynx',
    'Delete:      1 D691    Qualitative platelet defects                                 Qualitative platelet defects',
    'Add:         0 D691    Qualitative platelet defects                                 Qualitative platelet defects',
    'Add:         1 D6911   Glanzmann thrombasthenia                                     Glanzmann thrombasthenia',
    'Revise from: 1 L02232  Carbuncle of back [any part, except buttock]                 Carbuncle of back [any part, except buttock]',
    'Revise to:   1 L02232  Carbuncle of back [any part, except buttock and flank]       Carbuncle of back [any part, except buttock and flank]',
    '',
    'Codes',
    '  74719 codes in icd10cm_order_2026.txt',
    '  74879 codes in icd10cm_order_2027.txt',
    'Headers',
    '  23467 headers in icd10cm_order_2026.txt',
    '  23524 headers in icd10cm_order_2027.txt',
  ].join('\r\n');

  it('reads actions, flags, codes and titles, and the summary counts', () => {
    const result = parseOrderAddenda(sample);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.changes.map((change) => `${change.action} ${Number(change.billable)} ${change.code}`), [
      'add 1 C7831', 'delete 1 D691', 'add 0 D691', 'add 1 D6911', 'reviseFrom 1 L02232', 'reviseTo 1 L02232',
    ]);
    assert.equal(result.changes[5]?.longTitle, 'Carbuncle of back [any part, except buttock and flank]');
    assert.deepEqual(result.summary.codes, { 2026: 74719, 2027: 74879 });
    assert.deepEqual(result.summary.headers, { 2026: 23467, 2027: 23524 });
  });

  it('applies billable changes to the previous year (demotion, addition, revision)', () => {
    const previous = new Map([
      ['D691', 'Qualitative platelet defects'],
      ['L02232', 'Carbuncle of back [any part, except buttock]'],
    ]);
    const { billable, problems } = applyAddenda(previous, parseOrderAddenda(sample).changes);
    assert.deepEqual(problems, []);
    assert.deepEqual([...billable.keys()].sort(), ['C7831', 'D6911', 'L02232']);
    assert.equal(billable.get('L02232'), 'Carbuncle of back [any part, except buttock and flank]');
  });

  it('reports damaged change lines and inconsistent deletions', () => {
    const damaged = [
      'Add:         X C7831   Secondary malignant neoplasm of larynx                       Secondary malignant neoplasm of larynx',
      'Delete:      1 C78.1   Secondary malignant neoplasm of mediastinum                  Secondary malignant neoplasm of mediastinum',
      'Delete:      1 C7999   Not a code anywhere                                          Not a code anywhere',
    ].join('\n');
    const result = parseOrderAddenda(damaged);
    assert.deepEqual(result.problems.map((problem) => problem.line), [1, 2]);
    const applied = applyAddenda(new Map(), result.changes);
    assert.deepEqual(applied.problems.map((problem) => problem.line), [3]);
  });
});

describe('header derivation', () => {
  it('takes proper prefixes of three or more characters that are not billable', () => {
    assert.deepEqual(deriveHeaders(['C7800', 'C7801', 'C781', 'C61']), ['C78', 'C780']);
  });

  it('skips placeholder X runs before a 7th character but keeps real X subcategories', () => {
    // T14.91XA: T14.91X pads to the 7th character. S06.0X0A: S06.0X is a real subcategory.
    assert.deepEqual(deriveHeaders(['T1491XA', 'T1491XD']), ['T14', 'T149', 'T1491']);
    assert.deepEqual(deriveHeaders(['S060X0A', 'S060X1A']), ['S06', 'S060', 'S060X', 'S060X0', 'S060X1']);
    // H21.1X is a real subcategory with six-character codes below it.
    assert.deepEqual(deriveHeaders(['H211X1', 'H211X9']), ['H21', 'H211', 'H211X']);
  });
});

describe('release file names', () => {
  it('recognises CDC and CMS spellings and reads the year', () => {
    assert.deepEqual(classifyReleaseFile('icd10cm-codes-2027.txt'), { kind: 'codes', year: 2027 });
    assert.deepEqual(classifyReleaseFile('icd10cm_codes_2028.txt'), { kind: 'codes', year: 2028 });
    assert.deepEqual(classifyReleaseFile('icd10cm-codes-2027.derived.txt'), { kind: 'codes', year: 2027 });
    assert.deepEqual(classifyReleaseFile('icd10cm-order-Jan-2021.txt'), { kind: 'order', year: 2021 });
    assert.deepEqual(classifyReleaseFile('icd10cm_order_addenda_2027.txt'), { kind: 'addenda', year: 2027 });
    assert.deepEqual(classifyReleaseFile('icd10cm-order-addenda-2027.txt'), { kind: 'addenda', year: 2027 });
    assert.deepEqual(classifyReleaseFile('icd10cm_tabular_2021.xml'), { kind: 'tabular', year: 2021 });
    assert.deepEqual(classifyReleaseFile('icd10cm-tabular-2027.neoplasm-excerpt.xml'), { kind: 'tabular', year: 2027 });
    assert.equal(classifyReleaseFile('README.md'), undefined);
    assert.equal(classifyReleaseFile('icd10cm-2027-changes-from-addenda.json'), undefined);
  });

  it('recognises the Tabular List and the Table of Neoplasms of CDC’s Table and Index zip, and nothing else in it', () => {
    // The file names of data/icd10cm/2025 (CDC's icd10cm-table-index-April-2025.zip, chapter 2 cut out).
    assert.deepEqual(classifyReleaseFile('icd-10-cm-tabular-2025_ch2.xml'), { kind: 'tabular', year: 2025 });
    assert.deepEqual(classifyReleaseFile('icd-10-cm-tabular-2025.xml'), { kind: 'tabular', year: 2025 });
    assert.deepEqual(classifyReleaseFile('icd-10-cm-neoplasm-2025.xml'), { kind: 'neoplasm', year: 2025 });
    assert.equal(classifyReleaseFile('icd-10-cm-tabular-2025.xsd'), undefined);
    assert.equal(classifyReleaseFile('icd-10-cm-drug-neoplasm-2025.xsd'), undefined);
  });

  it('reads a gzip copy as the release file it holds', () => {
    assert.deepEqual(classifyReleaseFile('icd10cm-order-Jan-2021.txt.gz'), { kind: 'order', year: 2021 });
    assert.deepEqual(classifyReleaseFile('icd10cm_tabular_2021.xml.gz'), { kind: 'tabular', year: 2021 });
    assert.deepEqual(classifyReleaseFile('icd10cm-codes-2027.derived.txt.GZ'), { kind: 'codes', year: 2027 });
    assert.deepEqual(classifyReleaseFile('icd-10-cm-neoplasm-2025.xml.gz'), { kind: 'neoplasm', year: 2025 });
    assert.equal(classifyReleaseFile('icd10cm-2027-changes-from-addenda.json.gz'), undefined);
    assert.equal(classifyReleaseFile('icd10cm-codes-2027.gz'), undefined);
  });
});
