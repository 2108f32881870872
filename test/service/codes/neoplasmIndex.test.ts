import * as assert from 'node:assert/strict';
import path from 'node:path';
import { decodeIndexFile, encodeIndexFile, importCodeSetFolder, provenanceOf } from '../../../server/src/node/codeSetLoader';
import { buildCodeIndex, fiscalYearDates } from '../../../server/src/service/codes/buildIndex';
import { CodeIndexFormatError, createCodeSets, indexDataOf } from '../../../server/src/service/codes/indexedCodeSets';
import type { CodeIndexProvenance, NeoplasmIndexSection } from '../../../server/src/service/codes/indexData';
import { formatNeoplasmRows, NeoplasmRowsFormatError, parseNeoplasmRows } from '../../../server/src/service/codes/neoplasm/rowText';
import { classifyReleaseFile } from '../../../server/src/service/codes/releaseFiles';
import { testCodeSets } from '../../helpers/codeSets';
import { officialNeoplasmImport } from '../../helpers/neoplasmTable';
import { useTempFolders } from '../../helpers/tempFolders';

/**
 * The Table of Neoplasms in the code index: the release file names it is read from, the row text of
 * its section, the lazily unpacked section of the index file, the bundled FY2025 table, and a user's
 * newer table replacing it at run time.
 */

const provenance: CodeIndexProvenance = { format: 1, generator: 'test', generatedAt: '2026-12-02T00:00:00.000Z', sources: [], licence: 'public domain', notes: [] };

/** A small table in the official layout (its rows copied from the FY2025 file: liver, line 8065; lung, 8093). */
function sampleTableXml(version: number, liverSecondary = 'C78.7'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.index><version>${version}</version><letter><title>N</title><mainTerm><title>Neoplasm, neoplastic</title>
<cell col="2">C80.1</cell><cell col="3">C79.9</cell><cell col="4">D09.9</cell><cell col="5">D36.9</cell><cell col="6">D48.9</cell><cell col="7">D49.9</cell>
<term level="1"><title>liver</title><seeAlso>Index to disease, by histology</seeAlso><cell col="2">C22.9</cell><cell col="3">${liverSecondary}</cell><cell col="4">D01.5</cell><cell col="5">D13.4</cell><cell col="6">D37.6</cell><cell col="7">D49.0</cell></term>
<term level="1"><title>lung</title><cell col="2">C34.9-</cell><cell col="3">C78.0-</cell><cell col="4">D02.2-</cell><cell col="5">D14.3-</cell><cell col="6">D38.1</cell><cell col="7">D49.1</cell>
<term level="2"><title>upper lobe</title><cell col="2">C34.1-</cell><cell col="3">C78.0-</cell><cell col="4">D02.2-</cell><cell col="5">D14.3-</cell><cell col="6">D38.1</cell><cell col="7">D49.1</cell></term></term>
</mainTerm></letter></ICD10CM.index>`;
}

function smallIndex(neoplasms?: NeoplasmIndexSection) {
  return buildCodeIndex({
    years: [{ year: 2027, ...fiscalYearDates(2027), billable: new Set(['C787', 'C7801']) }],
    titleSources: [],
    structures: [],
    noteSources: [],
    ...(neoplasms ? { neoplasms } : {}),
  });
}

describe('Table of Neoplasms: release file names', () => {
  it('recognises the names CDC has used for the table, and the year in them', () => {
    assert.deepEqual(classifyReleaseFile('icd10cm_neoplasm_2027.xml'), { kind: 'neoplasm', year: 2027 });
    assert.deepEqual(classifyReleaseFile('icd-10-cm-neoplasm-2025.xml'), { kind: 'neoplasm', year: 2025 });
    assert.deepEqual(classifyReleaseFile('icd10cm-neoplasm-April-1-2026.xml'), { kind: 'neoplasm', year: 2026 });
    assert.deepEqual(classifyReleaseFile('ICD10CM_Neoplasm.xml'), { kind: 'neoplasm' });
  });

  it('does not take the schema, the drug table or the tabular excerpt for the table', () => {
    assert.equal(classifyReleaseFile('icd-10-cm-drug-neoplasm-2025.xsd'), undefined);
    assert.equal(classifyReleaseFile('icd10cm_drug_2025.xml'), undefined);
    assert.equal(classifyReleaseFile('icd10cm_neoplasm_2027.xsd'), undefined);
    assert.deepEqual(classifyReleaseFile('icd10cm-tabular-2027.neoplasm-excerpt.xml'), { kind: 'tabular', year: 2027 });
  });
});

describe('Table of Neoplasms: index section', () => {
  it('writes and reads back every row of the official table unchanged', () => {
    const rows = officialNeoplasmImport().rows;
    assert.deepEqual(parseNeoplasmRows(formatNeoplasmRows(rows)), rows);
  });

  it('refuses damaged row text', () => {
    assert.throws(() => parseNeoplasmRows('1\tliver\t\t\t\t\tC22.9\t\t\t\t\t'), NeoplasmRowsFormatError, 'the first row must be the main term');
    assert.throws(() => parseNeoplasmRows('0\tNeoplasm\t\t\t\t\t\t\t\t\t\t\n2\tdeep\t\t\t\t\t\t\t\t\t\t'), NeoplasmRowsFormatError, 'a row cannot skip a level');
    assert.throws(() => parseNeoplasmRows('0\tNeoplasm'), NeoplasmRowsFormatError, 'too few fields');
  });

  it('round-trips the table through the index file and unpacks it only when asked', () => {
    const rows = officialNeoplasmImport().rows;
    const decoded = decodeIndexFile(encodeIndexFile(provenance, smallIndex({ release: 'FY2025', rows: formatNeoplasmRows(rows) })));
    let unpacked = 0;
    const section = decoded.data.neoplasms;
    assert.ok(section && typeof section.rows === 'function');
    const rowsOf = section.rows as () => string;
    const codeSets = createCodeSets({ ...decoded.data, neoplasms: { release: section.release, rows: () => (unpacked++, rowsOf()) } });
    assert.equal(unpacked, 0, 'creating the code sets does not unpack the table');
    const table = codeSets.neoplasmTable?.();
    assert.equal(unpacked, 1);
    assert.equal(table?.release, 'FY2025');
    assert.equal(table?.rows.length, 1939);
    assert.equal(codeSets.neoplasmTable?.(), table, 'the code sets keep the table they unpacked');
    assert.equal(unpacked, 1);
    assert.deepEqual(indexDataOf(codeSets)?.neoplasms?.rows, formatNeoplasmRows(rows));
  });

  it('has no table when no release file gave one, and reports a damaged section as an index format error', () => {
    assert.equal(createCodeSets(decodeIndexFile(encodeIndexFile(provenance, smallIndex())).data).neoplasmTable?.(), undefined);
    const damaged = createCodeSets(smallIndex({ release: 'FY2025', rows: '3\tliver' }));
    assert.throws(() => damaged.neoplasmTable?.(), CodeIndexFormatError);
  });

  it('ships the official FY2025 table in the bundled index, as the file prints it', () => {
    const codeSets = testCodeSets();
    const table = codeSets.neoplasmTable?.();
    assert.equal(table?.release, 'FY2025');
    assert.deepEqual(table?.rows, officialNeoplasmImport().rows);
    const sources = provenanceOf(codeSets)?.sources.map((source) => source.file) ?? [];
    assert.ok(sources.some((file) => file.endsWith('icd-10-cm-neoplasm-2025.xml.gz')), `sources: ${sources.join(', ')}`);
  });
});

describe('Table of Neoplasms: a newer table in the user\'s release folder', () => {
  const folder = useTempFolders('icd-neoplasm-');

  it('replaces the bundled table and keeps the bundled years', function () {
    this.timeout(60000);
    const bundled = testCodeSets();
    const dir = folder('april-2026', { 'icd10cm-neoplasm-April-1-2026.xml': sampleTableXml(2026) });
    const { codeSets, problems } = importCodeSetFolder(dir, bundled);
    assert.deepEqual(problems, []);
    const table = codeSets.neoplasmTable?.();
    assert.equal(table?.release, 'FY2026');
    assert.equal(table?.rows.length, 4);
    assert.deepEqual(table?.path(table.findChild((table.findSite('lung')[0]?.id ?? -1), 'upper lobe')?.id ?? -1), ['lung', 'upper lobe']);
    assert.deepEqual(codeSets.years.map((year) => year.year), bundled.years.map((year) => year.year));
    assert.equal(bundled.neoplasmTable?.()?.release, 'FY2025', 'the bundled code sets are not changed');
  });

  it('keeps the bundled table when the folder adds a year without a table', function () {
    this.timeout(60000);
    const bundled = testCodeSets();
    const dir = folder('fy2028-codes', { 'icd10cm-codes-2028.txt': 'C7800   Secondary malignant neoplasm of unspecified lung\nC7801   Secondary malignant neoplasm of right lung\n' });
    const { codeSets, problems } = importCodeSetFolder(dir, bundled);
    assert.deepEqual(problems, []);
    assert.equal(codeSets.years[0]?.year, 2028);
    assert.equal(codeSets.neoplasmTable?.()?.release, 'FY2025');
    assert.equal(codeSets.neoplasmTable?.()?.rows.length, 1939);
  });

  it('names the file and line of a damaged table and keeps the bundled one', function () {
    this.timeout(60000);
    const bundled = testCodeSets();
    const dir = folder('damaged', { 'icd10cm_neoplasm_2028.xml': sampleTableXml(2028, 'C78.7x') });
    const { codeSets, problems } = importCodeSetFolder(dir, bundled);
    const file = path.join(dir, 'icd10cm_neoplasm_2028.xml');
    assert.ok(problems.some((problem) => problem.file === file && problem.line === 4 && /"C78.7x" in column 3/.test(problem.message)), JSON.stringify(problems));
    assert.equal(codeSets.neoplasmTable?.()?.release, 'FY2025');
  });
});
