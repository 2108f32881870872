import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeIndexFile, encodeIndexFile, indexFileName, loadBundledCodeSets, provenanceOf } from '../../../server/src/node/codeSetLoader';
import { buildCodeIndex, fiscalYearDates } from '../../../server/src/service/codes/buildIndex';
import { createCodeSets } from '../../../server/src/service/codes/indexedCodeSets';
import { formatNotesText, splitNotesText } from '../../../server/src/service/codes/indexData';
import type { CodeIndexProvenance, NoteRecord } from '../../../server/src/service/codes/indexData';
import { testCodeSets, testDataDir } from '../../helpers/codeSets';

const provenance: CodeIndexProvenance = { format: 2, generator: 'test', generatedAt: '2026-11-25T00:00:00.000Z', sources: [], licence: 'public domain', notes: [] };

function smallIndex() {
  return buildCodeIndex({
    years: [{ year: 2027, ...fiscalYearDates(2027), billable: new Set(['C7800', 'C7801', 'Z853']) }],
    titleSources: [new Map([['C7801', 'Secondary malignant neoplasm of right lung'], ['C780', 'Secondary malignant neoplasm of lung']])],
    shortTitleSources: [new Map([['C7801', { short: 'Sec mal neo right lung', long: 'Secondary malignant neoplasm of right lung' }]])],
    structures: [],
    noteSources: [{ owners: new Set(['Z85']), notes: [{ owner: 'Z85', kind: 'codeFirst', text: 'any follow-up examination after treatment of malignant neoplasm (Z08)', sourceYear: 2027 }] }],
  });
}

describe('code index file', () => {
  it('round-trips an index through the file layout', () => {
    const decoded = decodeIndexFile(encodeIndexFile(provenance, smallIndex()));
    assert.deepEqual(decoded.provenance, provenance);
    const codeSets = createCodeSets(decoded.data);
    assert.equal(codeSets.status('C7801', 2027), 'billable');
    assert.equal(codeSets.status('C78', 2027), 'header');
    assert.equal(codeSets.title('C780'), 'Secondary malignant neoplasm of lung');
    assert.equal(codeSets.title('C78'), undefined);
    assert.equal(codeSets.shortTitle?.('C7801'), 'Sec mal neo right lung');
    assert.equal(codeSets.shortTitle?.('C780'), undefined);
    assert.deepEqual(codeSets.notes('Z853').map((note) => [note.owner, note.refs]), [['Z85', [{ first: 'Z08', last: 'Z08' }]]]);
  });

  it('rejects a truncated index with a clear message', () => {
    const bytes = encodeIndexFile(provenance, smallIndex());
    assert.throws(() => decodeIndexFile(bytes.subarray(0, bytes.length - 5)), /truncated/);
    assert.throws(() => decodeIndexFile(Buffer.from('no header line')), /no header line/);
  });

  it('keeps the short titles out of the core section that every start unpacks', () => {
    const bytes = encodeIndexFile(provenance, smallIndex());
    const header = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8')) as { sections: { core: number; titles: number[]; shortTitles: number[] } };
    assert.equal(header.sections.shortTitles.length, header.sections.titles.length);
    const coreStart = bytes.indexOf(0x0a) + 1;
    const core = gunzipSync(bytes.subarray(coreStart, coreStart + header.sections.core)).toString('utf8');
    assert.ok(!core.includes('Sec mal neo') && !core.includes('shortTitles'));
  });

  it('reads each status character of a year: B billable, H header, any other absent (a character beyond ASCII too)', () => {
    const index = smallIndex();
    const codes = index.codes.split('\n');
    const written = new Map([['C78', 'H'], ['C780', 'B'], ['C7800', '-'], ['C7801', '\u00c2'], ['Z85', 'h'], ['Z853', 'B']]);
    assert.deepEqual([...codes].sort(), [...written.keys()].sort());
    const codeSets = createCodeSets({ ...index, status: { 2027: codes.map((code) => written.get(code)).join('') } });
    const read = codes.map((code) => [code, codeSets.status(code, 2027) ?? 'absent', codeSets.yearsWith(code).length]);
    const expected = new Map([['C78', 'header'], ['C780', 'billable'], ['C7800', 'absent'], ['C7801', 'absent'], ['Z85', 'absent'], ['Z853', 'billable']]);
    assert.deepEqual(read, codes.map((code) => [code, expected.get(code), expected.get(code) === 'absent' ? 0 : 1]));
    assert.deepEqual(codeSets.billableWithPrefix('C78', 2027, 10), ['C780']);
  });

  it('writes the notes section in ASCII, letters beyond it as JSON escapes that read back as written', () => {
    const records: NoteRecord[] = [['excludes1', 'Ménière\'s disease (H81.0-)', 2027, 'H810'], ['inclusionTerm', 'Küttner tumour; naïve “quoted” 𝔸', 2026, '']];
    const text = formatNotesText(new Map([['H81', records]]));
    assert.ok([...text].every((character) => character.charCodeAt(0) < 0x80), text);
    assert.deepEqual(JSON.parse(splitNotesText(text).get('H81') ?? 'null'), records);
    const bytes = readFileSync(path.join(testDataDir, indexFileName));
    const header = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8')) as { sections: { core: number; titles: number[]; shortTitles: number[]; notes: number } };
    const sum = (lengths: number[]): number => lengths.reduce((total, length) => total + length, 0);
    const notesStart = bytes.indexOf(0x0a) + 1 + header.sections.core + sum(header.sections.titles) + sum(header.sections.shortTitles);
    const notes = gunzipSync(bytes.subarray(notesStart, notesStart + header.sections.notes));
    assert.ok(notes.length > 100_000 && notes.every((byte) => byte < 0x80), 'the bundled index holds a byte beyond ASCII in its notes');
    assert.ok(notes.includes('M\\u00e9ni\\u00e8re'), 'the bundled notes name Ménière escaped');
  });

  it('reads a code\'s notes, its block\'s and its chapter\'s included, without unpacking a title chunk', () => {
    const { data } = decodeIndexFile(readFileSync(path.join(testDataDir, indexFileName)));
    assert.ok(typeof data.titles === 'object' && 'chunk' in data.titles, 'the bundled titles are chunked');
    const reads: number[] = [];
    const titles = data.titles;
    const codeSets = createCodeSets({ ...data, titles: { ...titles, chunk: (index: number) => (reads.push(index), titles.chunk(index)) } });
    const owners = new Set(codeSets.notes('J449').map((note) => note.owner));
    assert.deepEqual(reads, [], 'no title chunk is unpacked for the notes');
    // In the bundled index J44.9 has notes of its own, of category J44, of block J40-J47 and of chapter 10.
    assert.deepEqual([...owners], ['J44.9', 'J44', 'J40-J47', 'chapter 10']);
    assert.deepEqual(codeSets.notes('J449'), testCodeSets().notes('J449'));
    assert.equal(codeSets.path('J449').category?.title, 'Other chronic obstructive pulmonary disease');
    assert.equal(reads.length, 1, 'the path shows the category title');
  });

  it('rejects an index of another format version', () => {
    assert.throws(() => createCodeSets({ ...smallIndex(), format: 99 }), /format 99 is not supported/);
  });

  it('finds server/data by default when run from the sources', () => {
    const codeSets = loadBundledCodeSets();
    assert.equal(codeSets.newest.year, 2027);
  });

  it('says how to build the bundled index when it is missing', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'icd-noindex-'));
    try {
      assert.throws(() => loadBundledCodeSets(empty), /npm run build:index/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('carries the provenance of the bundled index: every source file with its sha256', () => {
    const bytes = readFileSync(path.join(testDataDir, indexFileName));
    const provenanceLine = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8')) as CodeIndexProvenance;
    const tabular2021 = provenanceLine.sources.find((source) => source.file === '2021/icd10cm_tabular_2021.xml.gz');
    // The sha256 of the official (unpacked) file, as data/icd10cm/2021/README.md states it.
    assert.equal(tabular2021?.sha256, '436905e9470018c8667b25cdf646f6a2f4f0c95dbaeabd8692b530775db71afd');
    assert.equal(tabular2021?.bytes, 9253467);
    const chapter2 = provenanceLine.sources.find((source) => source.file === '2025/icd-10-cm-tabular-2025_ch2.xml.gz');
    // data/icd10cm/2025/README.md: the FY2025 Tabular List cut to chapter 2.
    assert.equal(chapter2?.sha256, '5438a1fbf301b7b4aa72f2993f6fe8801c2c24ddffadfd54f49d39d86cca9350');
    const table = provenanceLine.sources.find((source) => source.file === '2025/icd-10-cm-neoplasm-2025.xml.gz');
    // data/icd10cm/2025/README.md: the FY2025 Table of Neoplasms, unchanged bytes.
    assert.equal(table?.sha256, '20ce857cc0424666e42d2ab5df912d4809090aeb580dfb71b596f7d8989abb48');
    // Files that are not release files (the schemas, the addenda summary) are not read.
    assert.ok(!provenanceLine.sources.some((source) => /\.xsd|\.json/.test(source.file)));
    assert.match(provenanceLine.generator, /buildCodeIndex/);
    assert.ok(provenanceOf(testCodeSets()));
  });
});
