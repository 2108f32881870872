import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/service';
import type { CodeSets } from '../../../server/src/service/codes/codeSet';
import { cellInYear } from '../../../server/src/service/codes/neoplasm/cellInYear';
import { NEOPLASM_COLUMNS } from '../../../server/src/service/codes/neoplasm/model';
import type { NeoplasmRow } from '../../../server/src/service/codes/neoplasm/model';
import { cellCode } from '../../../server/src/service/codes/neoplasm/cells';
import { isNeoplasm } from '../../../server/src/service/codes/roles';
import { neoplasmTableLines } from '../../../server/src/service/features/neoplasmHover';
import { sideOfTitle } from '../../../server/src/service/features/laterality';
import { testCodeSets } from '../../helpers/codeSets';
import { withCursor } from '../../helpers/cursor';
import { officialBillableWithPrefix, officialTitle } from '../../helpers/officialCodes';
import { snapshotOf } from '../../helpers/snapshot';

/**
 * The Table of Neoplasms in the hover, and the judgement of a FY2025 cell for the year of the date of
 * service. Rows and cells were read from `../shared/codesets/icd10cm-2025/icd-10-cm-neoplasm-2025.xml`
 * (lines cited); titles and validity from the FY2026 and FY2027 code files; the FY2027 table changes
 * from `../shared/codesets/icd10cm-2025/README.md` ("Known differences from FY2027").
 */

function hoverMarkdown(fixture: string, codeSets: CodeSets = testCodeSets()): string {
  const service = createLanguageService({ codeSets });
  const { document, position } = withCursor(fixture, 'clinical-note');
  const hover: Hover | null = service.doHover(snapshotOf(service, document, 'clinical-note'), position);
  assert.ok(hover, 'expected a hover');
  return (hover.contents as { value: string }).value;
}

function tableParagraph(markdown: string): string {
  return markdown.split('\n\n').find((paragraph) => paragraph.startsWith('Table of Neoplasms')) ?? '';
}

describe('hover: Table of Neoplasms rows', () => {
  it('names the row that leads to C78.7 first: liver (line 8065), Malignant Secondary', () => {
    const paragraph = tableParagraph(hoverMarkdown('Dx: C78.$07\n'));
    assert.match(paragraph, /^Table of Neoplasms \(FY2025\): liver → Malignant Secondary; /);
    // grep -c ">C78.7</cell>" = 11: three are named, the other eight counted.
    assert.match(paragraph, /; and 8 more rows$/);
  });

  it('shows at most three rows, the site the code names before its sub-sites (lung, line 8093, for C78.01)', () => {
    const paragraph = tableParagraph(hoverMarkdown('Dx: C78.0$01\n'));
    assert.match(paragraph, /^Table of Neoplasms \(FY2025\): lung → Malignant Secondary; /);
    assert.equal(paragraph.split(' → ').length - 1, 3);
    assert.match(paragraph, /and 20 more rows$/, 'grep -c ">C78.0-</cell>" = 23');
  });

  it('names a sub-site with its site (C34.11: lung, upper lobe, line 8186, is among the first three)', () => {
    assert.ok(tableParagraph(hoverMarkdown('Dx: C34.$011\n')).includes('lung, upper lobe → Malignant Primary'));
  });

  it('names the row of a code printed once (C61: prostate, line 12547)', () => {
    assert.equal(tableParagraph(hoverMarkdown('Dx: C$061\n')), 'Table of Neoplasms (FY2025): prostate → Malignant Primary');
  });

  it('adds nothing for a code no row leads to', () => {
    assert.equal(tableParagraph(hoverMarkdown('Dx: E11.$09\n')), '');
  });

  it('says when a later table prints another code: C78.39 for larynx in FY2025, C78.31 in FY2027', () => {
    const markdown = hoverMarkdown('Dx: C78.3$09\n');
    assert.ok(markdown.includes('For ICD-10-CM FY2027: larynx, laryngeal NEC (and 7 more rows): the FY2027 table prints C78.31 here.'), markdown);
    const fy2026 = hoverMarkdown('Date of service: 2026-03-01\nDx: C78.3$09\n');
    assert.ok(!fy2026.includes('prints C78.31'), 'C78.31 does not exist in FY2026, so the FY2025 cell stands');
  });

  it('names the FY2027 row of a code the FY2025 table does not print (C78.31)', () => {
    assert.equal(tableParagraph(hoverMarkdown('Dx: C78.3$01\n')), 'Table of Neoplasms (FY2027, known change): larynx, laryngeal NEC → Malignant Secondary (the FY2025 table printed C78.39)');
  });

  it('prints only chapter 2 codes (C00–D49) in the cells of the table, which is why other codes skip it', () => {
    const table = testCodeSets().neoplasmTable?.();
    assert.ok(table);
    const cells = table.rows.flatMap((row) => NEOPLASM_COLUMNS.map((column) => row.cells[column] ?? '')).filter((cell) => cell !== '');
    // icd-10-cm-neoplasm-2025.xml has 10,916 <cell> elements: 1,898 print `-` (no code), 9,018 a code.
    assert.equal(cells.length, 9018);
    assert.deepEqual(cells.filter((cell) => !isNeoplasm(cellCode(cell).code)), []);
  });

  it('answers a code outside chapter 2 (Z51.11) without unpacking the table', () => {
    const bundled = testCodeSets();
    let unpacked = 0;
    const counting: CodeSets = new Proxy(bundled, {
      get: (target, key) => {
        const value: unknown = Reflect.get(target, key, target);
        if (key === 'neoplasmTable') return () => { unpacked++; return bundled.neoplasmTable?.(); };
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    assert.deepEqual(neoplasmTableLines('Z5111', bundled.newest, counting, (text) => text), []);
    assert.equal(unpacked, 0);
    assert.equal(neoplasmTableLines('C787', bundled.newest, counting, (text) => text).length, 1);
    assert.equal(unpacked, 1);
  });

  it('keeps the hover without a table when the code sets have none', () => {
    const bundled = testCodeSets();
    // The bundled sets with their table hidden; methods stay bound to the real object.
    const withoutTable: CodeSets = new Proxy(bundled, {
      get: (target, key) => {
        if (key === 'neoplasmTable') return undefined;
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const markdown = hoverMarkdown('Dx: C78.$07\n', withoutTable);
    assert.equal(tableParagraph(markdown), '');
    assert.ok(markdown.includes(officialTitle('C787')));
  });
});

describe('hover: a header lists its billable codes with laterality', () => {
  it('spells out the side of each code below C78.0', () => {
    assert.deepEqual(officialBillableWithPrefix('C780'), ['C7800', 'C7801', 'C7802']);
    const markdown = hoverMarkdown('Dx: C78.$00\n');
    assert.ok(markdown.includes(`Header, not billable: 3 billable codes below it:\n- C78.00 · unspecified side · ${officialTitle('C7800')}\n- C78.01 · right · ${officialTitle('C7801')}\n- C78.02 · left · ${officialTitle('C7802')}`), markdown);
  });

  it('lists the six breast codes of C50.9 (female and male, right, left and unspecified)', () => {
    const markdown = hoverMarkdown('Dx: C50.$09\n');
    for (const code of officialBillableWithPrefix('C509')) assert.ok(markdown.includes(`- C50.${code.slice(3)} · `), `${code} missing:\n${markdown}`);
    assert.equal(officialBillableWithPrefix('C509').length, 6);
  });

  it('keeps the short form for a header with many codes (C34), and finds no side in a title that names none', () => {
    const many = hoverMarkdown('Dx: C$034\n');
    assert.match(many, /Header, not billable: \d+ billable codes below it \(C34\.00, C34\.01, C34\.02, …\)\./);
    assert.equal(sideOfTitle('Neoplasm of unspecified behavior of other genitourinary organ'), undefined);
  });

  it('reads the side from a title', () => {
    assert.equal(sideOfTitle('Secondary malignant neoplasm of right lung'), 'right');
    assert.equal(sideOfTitle('Malignant neoplasm of upper lobe, left bronchus or lung'), 'left');
    assert.equal(sideOfTitle('Malignant neoplasm of bilateral ovaries'), 'bilateral');
  });
});

describe('Table of Neoplasms: a FY2025 cell judged for the year of service', () => {
  const codeSets = testCodeSets();
  const table = codeSets.neoplasmTable?.();
  const fy2027 = codeSets.yearFor('2026-11-15');
  const fy2026 = codeSets.yearFor('2026-03-01');
  const site = (...titles: string[]): NeoplasmRow => {
    let row = table?.findSite(titles[0] as string)[0];
    for (const title of titles.slice(1)) row = row && table?.findChild(row.id, title);
    assert.ok(row, titles.join(' › '));
    return row;
  };

  it('finds the FY2027 code years and a table', () => {
    assert.ok(table);
    assert.equal(fy2027.year, 2027);
    assert.equal(fy2026.year, 2026);
  });

  it('accepts a cell that exists in the year (liver C78.7 billable, lung C78.0- a header)', () => {
    if (!table) return;
    assert.deepEqual(cellInYear(table, { row: site('liver'), column: 'secondary' }, codeSets, fy2027), { printed: 'C78.7', code: 'C787', status: 'billable', usable: true });
    assert.deepEqual(cellInYear(table, { row: site('lung'), column: 'secondary' }, codeSets, fy2027), { printed: 'C78.0-', code: 'C780', status: 'header', usable: true });
  });

  it('replaces the larynx and top pharynx secondary cells from FY2027 on, not the sub-row that prints another code', () => {
    if (!table) return;
    const larynx = cellInYear(table, { row: site('larynx'), column: 'secondary' }, codeSets, fy2027);
    assert.equal(larynx.usable, false);
    assert.equal(larynx.replacement, 'C7831');
    assert.equal(cellInYear(table, { row: site('larynx', 'ventricular band'), column: 'secondary' }, codeSets, fy2027).replacement, 'C7831');
    assert.equal(cellInYear(table, { row: site('larynx', 'extrinsic'), column: 'secondary' }, codeSets, fy2027).replacement, 'C7831');
    assert.equal(cellInYear(table, { row: site('larynx', 'extrinsic', 'meaning hypopharynx'), column: 'secondary' }, codeSets, fy2027).usable, true, 'prints C79.89 (line 7589)');
    assert.equal(cellInYear(table, { row: site('pharynx'), column: 'secondary' }, codeSets, fy2027).replacement, 'C7832');
    assert.equal(cellInYear(table, { row: site('larynx'), column: 'secondary' }, codeSets, fy2026).usable, true, 'FY2026 has no C78.31');
  });

  it('says so when a cell is not a code of the year', () => {
    if (!table) return;
    const invented: NeoplasmRow = { ...site('liver'), cells: { secondary: 'C78.79' } };
    assert.deepEqual(cellInYear(table, { row: invented, column: 'secondary' }, codeSets, fy2027), { printed: 'C78.79', code: 'C7879', status: undefined, usable: false, reason: 'C78.79 is not a code in ICD-10-CM FY2027' });
  });
});
