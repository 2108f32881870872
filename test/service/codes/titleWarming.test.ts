import * as assert from 'node:assert/strict';
import { buildCodeIndex, fiscalYearDates } from '../../../server/src/service/codes/buildIndex';
import type { CodeSets } from '../../../server/src/service/codes/codeSet';
import { CodeIndexFormatError, createCodeSets, indexDataOf, warmCodeSets } from '../../../server/src/service/codes/indexedCodeSets';
import type { ChunkedTitles, CodeIndexData, LoadableCodeIndex } from '../../../server/src/service/codes/indexData';

/**
 * Title and short-title chunks are unpacked once each: by the first lookup that needs one, or ahead of time by
 * `warmCodeSets`, after which no lookup unpacks anything (the binding warms between requests so that
 * no hover pays for it). Counted through the chunk reader the index data provides, not by timing.
 */

const billable = ['C7800', 'C7801', 'C7802', 'C781', 'C782', 'C7830', 'C7839', 'Z853', 'Z8543'];
const titleOf: Record<string, string> = {
  C7801: 'Secondary malignant neoplasm of right lung',
  C780: 'Secondary malignant neoplasm of lung',
  C781: 'Secondary malignant neoplasm of mediastinum',
  Z853: 'Personal history of malignant neoplasm of breast',
};

function plainIndex(): CodeIndexData {
  return buildCodeIndex({
    years: [{ year: 2027, ...fiscalYearDates(2027), billable: new Set(billable) }],
    titleSources: [new Map(Object.entries(titleOf))],
    shortTitleSources: [new Map([['C781', { short: 'Secondary malignant neoplasm of mediastinum', long: titleOf.C781 as string }], ['Z853', { short: 'Personal history of malignant neoplasm of breast', long: titleOf.Z853 as string }]])],
    structures: [],
    noteSources: [],
  });
}

/** Cuts `\n`-joined lines into chunks of `chunkSize` lines, counting each chunk read in `reads`. */
function chunksOf(text: string, chunkSize: number, reads: string[], name: string, damaged?: number): ChunkedTitles {
  const lines = text.split('\n');
  const chunks: string[] = [];
  for (let start = 0; start < lines.length; start += chunkSize) chunks.push(lines.slice(start, start + chunkSize).join('\n'));
  if (damaged !== undefined) chunks[damaged] = `${chunks[damaged]}\nan extra title`;
  return { chunkSize, chunkCount: chunks.length, chunk: (index: number) => (reads.push(`${name}${index}`), chunks[index] as string) };
}

/** The same index with its titles and short titles cut into chunks of `chunkSize` codes, counting each chunk read. */
function chunkedIndex(chunkSize: number, damaged?: number): { data: LoadableCodeIndex; reads: string[]; chunkCount: number } {
  const plain = plainIndex();
  const reads: string[] = [];
  const titles = chunksOf(plain.titles, chunkSize, reads, 'title', damaged);
  const shortTitles = chunksOf(plain.shortTitles, chunkSize, reads, 'short');
  return { data: { ...plain, titles, shortTitles }, reads, chunkCount: titles.chunkCount };
}

function allCodes(data: CodeIndexData | LoadableCodeIndex): string[] {
  return data.codes.split('\n');
}

describe('title chunks and warming', () => {
  it('unpacks a chunk on its first lookup only, with the same titles as unchunked data', () => {
    const { data, reads } = chunkedIndex(3);
    const chunked = createCodeSets(data);
    const plain = createCodeSets(plainIndex());
    for (const code of allCodes(data)) {
      assert.equal(chunked.title(code), plain.title(code), code);
      assert.equal(chunked.shortTitle?.(code), plain.shortTitle?.(code), code);
    }
    const readsAfterFirstPass = reads.length;
    for (const code of allCodes(data)) {
      chunked.title(code);
      chunked.shortTitle?.(code);
    }
    assert.equal(reads.length, readsAfterFirstPass);
    assert.deepEqual([...reads].sort(), [...new Set(reads)].sort(), 'no chunk is read twice');
    assert.equal(chunked.title('C7801'), 'Secondary malignant neoplasm of right lung');
    assert.equal(chunked.title('C7800'), undefined, 'an untitled code has no title');
    assert.equal(chunked.shortTitle?.('Z853'), 'Personal history of malignant neoplasm of breast');
    assert.equal(chunked.shortTitle?.('C7801'), undefined, 'a code no source gives a short title has none');
  });

  it('warms one title chunk per unit of budget and says when nothing is left', () => {
    const { data, reads, chunkCount } = chunkedIndex(2);
    const codeSets = createCodeSets(data);
    assert.ok(chunkCount >= 4);
    assert.equal(warmCodeSets(codeSets, 0), false, 'budget 0 does no work and reports work left');
    assert.equal(reads.length, 0);
    assert.equal(warmCodeSets(codeSets, 1), false);
    assert.deepEqual(reads, ['title0']);
    assert.equal(warmCodeSets(codeSets, chunkCount), true);
    assert.equal(reads.length, chunkCount);
    assert.equal(warmCodeSets(codeSets, 1), true);
    assert.equal(reads.length, chunkCount);
    assert.ok(reads.every((read) => read.startsWith('title')), 'short titles are left packed until a lookup needs them');
  });

  it('after warming, title lookups unpack nothing and a short-title lookup unpacks only its own chunk', () => {
    const { data, reads, chunkCount } = chunkedIndex(2);
    const codeSets = createCodeSets(data);
    while (!warmCodeSets(codeSets, 1));
    assert.equal(reads.length, chunkCount);
    for (const code of allCodes(data)) codeSets.title(code);
    codeSets.path('C7801');
    assert.equal(reads.length, chunkCount);
    // Z85.3 has a short title: reading it unpacks its short-title chunk once, and its long title is already unpacked.
    const chunk = Math.floor(allCodes(data).indexOf('Z853') / 2);
    assert.equal(codeSets.shortTitle?.('Z853'), 'Personal history of malignant neoplasm of breast');
    assert.equal(codeSets.shortTitle?.('Z853'), 'Personal history of malignant neoplasm of breast');
    assert.deepEqual(reads.slice(chunkCount), [`short${chunk}`]);
  });

  it('does not unpack again a chunk a lookup already unpacked', () => {
    const { data, reads, chunkCount } = chunkedIndex(2);
    const codeSets = createCodeSets(data);
    codeSets.title(allCodes(data).at(-1) as string);
    assert.deepEqual(reads, [`title${chunkCount - 1}`]);
    while (!warmCodeSets(codeSets, 1));
    assert.equal(reads.length, chunkCount);
    assert.equal(new Set(reads).size, chunkCount);
  });

  it('rebuilds the plain titles and short titles whether or not chunks were unpacked', () => {
    const { data } = chunkedIndex(3);
    const codeSets = createCodeSets(data);
    codeSets.title('C7801');
    assert.equal(indexDataOf(codeSets)?.titles, plainIndex().titles);
    assert.equal(indexDataOf(codeSets)?.shortTitles, plainIndex().shortTitles);
  });

  it('reports a chunk whose titles do not match its codes, on lookup and when warming', () => {
    const { data } = chunkedIndex(2, 1);
    const codeSets = createCodeSets(data);
    const damagedCode = allCodes(data)[2] as string;
    assert.throws(() => codeSets.title(damagedCode), CodeIndexFormatError);
    const warming = createCodeSets(chunkedIndex(2, 1).data);
    assert.equal(warmCodeSets(warming, 1), false, 'the first chunk is sound');
    assert.throws(() => warmCodeSets(warming, 1), CodeIndexFormatError);
    assert.doesNotThrow(() => codeSets.title(allCodes(data)[0] as string), 'other chunks still answer');
  });

  it('has nothing to warm for code sets it did not make', () => {
    const other = { years: [], newest: undefined } as unknown as CodeSets;
    assert.equal(warmCodeSets(other, 1), true);
  });
});
