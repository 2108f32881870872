import * as assert from 'node:assert/strict';
import { testCodeSets } from '../../helpers/codeSets';
import { readDataFile } from '../../helpers/dataFiles';

// Expected values come from the code-set READMEs (counts) and from grep over the official files
// in data/icd10cm (titles, presence per year); none is copied from this code's output.

describe('bundled code sets: years and counts', () => {
  it('loads FY2027 and FY2026, newest first, with their effective dates', () => {
    const codeSets = testCodeSets();
    assert.deepEqual(codeSets.years.map((year) => year.year), [2027, 2026]);
    assert.equal(codeSets.newest.year, 2027);
    assert.equal(codeSets.newest.label, 'ICD-10-CM FY2027');
    assert.equal(codeSets.years[0]?.effectiveFrom, '2026-10-01');
    assert.equal(codeSets.years[0]?.effectiveTo, '2027-09-30');
    assert.equal(codeSets.years[1]?.effectiveFrom, '2025-10-01');
    assert.equal(codeSets.years[1]?.effectiveTo, '2026-09-30');
  });

  it('has the billable counts of the codes files (wc -l: 74,879 and 74,719)', () => {
    const [fy2027, fy2026] = testCodeSets().years;
    assert.equal(fy2027?.billableCount, 74879);
    assert.equal(fy2026?.billableCount, 74719);
  });

  it('derives the header counts the FY2027 addenda summary states (23,524 and 23,467)', () => {
    const codeSets = testCodeSets();
    const [fy2027, fy2026] = codeSets.years;
    assert.equal(fy2027?.headerCount, 23524);
    assert.equal(fy2026?.headerCount, 23467);
    // Billable plus headers is the order file's row count: 98,403 for FY2027, 98,186 for FY2026.
    assert.equal(codeSets.countWithPrefix('', 2027), 98403);
    assert.equal(codeSets.countWithPrefix('', 2026), 98186);
  });

  it('picks the year by date of service', () => {
    const codeSets = testCodeSets();
    assert.equal(codeSets.yearFor('2026-09-30').year, 2026);
    assert.equal(codeSets.yearFor('2026-10-01').year, 2027);
    assert.equal(codeSets.yearFor('2025-10-01').year, 2026);
    assert.equal(codeSets.yearFor(undefined).year, 2027);
    assert.equal(codeSets.yearFor('2030-01-01').year, 2027);
    assert.equal(codeSets.yearFor('2020-01-01').year, 2026);
    assert.equal(codeSets.yearFor('20261001').year, 2027, 'a date not in ISO form counts as no date');
  });
});

describe('bundled code sets: status per year', () => {
  it('has the FY2027 additions C78.31, C78.32 and C79.83 in FY2027 only', () => {
    const codeSets = testCodeSets();
    for (const code of ['C7831', 'C7832', 'C7983']) {
      assert.equal(codeSets.status(code, 2027), 'billable', code);
      assert.equal(codeSets.status(code, 2026), undefined, code);
      assert.deepEqual(codeSets.yearsWith(code), [2027], code);
    }
  });

  it('drops a pure addenda deletion (S23.420A) from FY2027 but keeps it in FY2026', () => {
    const codeSets = testCodeSets();
    assert.equal(codeSets.status('S23420A', 2027), undefined);
    assert.equal(codeSets.status('S23420A', 2026), 'billable');
    assert.equal(codeSets.status('T528X1A', 2027), undefined);
  });

  it('demotes D69.1 to a header in FY2027 while FY2026 bills it', () => {
    const codeSets = testCodeSets();
    assert.equal(codeSets.status('D691', 2027), 'header');
    assert.equal(codeSets.status('D691', 2026), 'billable');
    assert.equal(codeSets.status('D6911', 2027), 'billable');
    assert.equal(codeSets.status('D6911', 2026), undefined);
  });

  it('knows C78.0, C78 and C50.91 as headers and C78.09 as unknown', () => {
    const codeSets = testCodeSets();
    assert.equal(codeSets.status('C780', 2027), 'header');
    assert.equal(codeSets.status('C78', 2027), 'header');
    assert.equal(codeSets.status('C5091', 2027), 'header');
    assert.equal(codeSets.status('C50911', 2027), 'billable');
    assert.equal(codeSets.status('C7809', 2027), undefined);
    assert.equal(codeSets.status('C7809', 2026), undefined);
  });

  it('treats placeholder X prefixes as neither billable nor header (T14.91X in T14.91XA)', () => {
    const codeSets = testCodeSets();
    assert.equal(codeSets.status('T1491XA', 2027), 'billable');
    assert.equal(codeSets.status('T1491X', 2027), undefined);
    assert.equal(codeSets.status('T1491', 2027), 'header');
  });

  it('never makes a FY2021-only code valid', () => {
    // O35.0XX0 is billable in the FY2021 order file and in neither the FY2026 nor the FY2027 list
    // (grep -c '^O350XX0 ' = 0 in both): it was restructured since.
    const codeSets = testCodeSets();
    assert.equal(codeSets.status('O350XX0', 2027), undefined);
    assert.equal(codeSets.status('O350XX0', 2026), undefined);
    assert.deepEqual(codeSets.yearsWith('O350XX0'), []);
    assert.equal(codeSets.title('O350XX0'), undefined);
  });
});

describe('bundled code sets: titles', () => {
  it('takes billable titles from the codes file lines', () => {
    const codeSets = testCodeSets();
    assert.equal(codeSets.title('C7801'), 'Secondary malignant neoplasm of right lung');
    assert.equal(codeSets.title('C7831'), 'Secondary malignant neoplasm of larynx');
    assert.equal(codeSets.title('C7983'), 'Secondary malignant neoplasm of oral cavity');
    assert.equal(codeSets.title('Z853'), 'Personal history of malignant neoplasm of breast');
    assert.equal(codeSets.title('C50911'), 'Malignant neoplasm of unspecified site of right female breast');
  });

  it('takes header titles from the FY2027 tabular excerpt, else the FY2021 order file', () => {
    const codeSets = testCodeSets();
    // In the excerpt: <name>C78.0</name><desc>Secondary malignant neoplasm of lung</desc>.
    assert.equal(codeSets.title('C780'), 'Secondary malignant neoplasm of lung');
    assert.equal(codeSets.title('C78'), 'Secondary malignant neoplasm of respiratory and digestive organs');
    // Outside the excerpt: the FY2021 order file's long title for C50.91.
    assert.equal(codeSets.title('C5091'), 'Malignant neoplasm of breast of unspecified site, female');
    // A demoted code keeps its title (addenda "Add: 0 D691 Qualitative platelet defects").
    assert.equal(codeSets.title('D691'), 'Qualitative platelet defects');
  });

  it('has no title for unknown codes', () => {
    assert.equal(testCodeSets().title('C7809'), undefined);
  });
});

describe('bundled code sets: prefix queries', () => {
  it('lists billable C78 codes of FY2027 in code order (15 in the codes file)', () => {
    const codeSets = testCodeSets();
    const codes = codeSets.billableWithPrefix('C78', 2027, 100);
    assert.equal(codes.length, 15);
    assert.deepEqual(codes.slice(0, 3), ['C7800', 'C7801', 'C7802']);
    assert.ok(codes.includes('C7831'));
    assert.equal(codeSets.billableWithPrefix('C78', 2026, 100).length, 13);
  });

  it('honours the limit and counts headers too', () => {
    const codeSets = testCodeSets();
    assert.deepEqual(codeSets.billableWithPrefix('C78', 2027, 2), ['C7800', 'C7801']);
    assert.deepEqual(codeSets.codesWithPrefix('C780', 2027, 10), ['C780', 'C7800', 'C7801', 'C7802']);
    assert.equal(codeSets.countWithPrefix('C780', 2027), 4);
    assert.equal(codeSets.countWithPrefix('C7809', 2027), 0);
  });

  it('suggests the nearest valid codes for an unknown one', () => {
    const suggestions = testCodeSets().nearest('C7809', 2027, 3);
    assert.equal(suggestions.length, 3);
    for (const code of suggestions) assert.ok(code.startsWith('C780'), code);
  });
});

describe('bundled code sets against the whole codes files', () => {
  function readCodesFile(relative: string): Array<[string, string]> {
    return readDataFile(relative)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => [line.slice(0, 8).trim(), line.slice(8).trim()]);
  }

  it('bills every line of the FY2027 codes file in FY2027 under the title of that line', () => {
    const codeSets = testCodeSets();
    const lines = readCodesFile('2027/icd10cm-codes-2027.derived.txt.gz');
    assert.equal(lines.length, 74879);
    for (const [code, title] of lines) {
      assert.equal(codeSets.status(code, 2027), 'billable', code);
      assert.equal(codeSets.title(code), title, code);
    }
  });

  it('bills every line of the FY2026 codes file in FY2026; titles differ only where FY2027 revised them', () => {
    const codeSets = testCodeSets();
    const lines = readCodesFile('2026/icd10cm-codes-2026.txt.gz');
    assert.equal(lines.length, 74719);
    const revised: string[] = [];
    for (const [code, title] of lines) {
      assert.equal(codeSets.status(code, 2026), 'billable', code);
      if (codeSets.title(code) !== title) revised.push(code);
    }
    // The four "Revise to:" lines of the FY2027 addenda.
    assert.deepEqual(revised.sort(), ['L02232', 'L03312', 'L03322', 'Z2914']);
  });
});
