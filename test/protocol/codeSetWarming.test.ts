import assert from 'node:assert/strict';
import { CodeSetState } from '../../server/src/lsp/codeSetState';
import type { CodeSetLoaders } from '../../server/src/lsp/codeSetState';
import type { Logger } from '../../server/src/lsp/log';
import { createLanguageService } from '../../server/src/service';
import { buildCodeIndex, fiscalYearDates } from '../../server/src/service/codes/buildIndex';
import type { CodeSets } from '../../server/src/service/codes/codeSet';
import { createCodeSets } from '../../server/src/service/codes/indexedCodeSets';
import type { LoadableCodeIndex } from '../../server/src/service/codes/indexData';

/**
 * The binding warms the code sets in the background once a request about a document needs the
 * service, so that no hover unpacks titles itself; a server with nothing open keeps them packed.
 * Observed through the chunk reader of the index data (how many chunks were read), not by timing.
 */

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (line) => lines.push(line), warn: (line) => lines.push(line), error: (line) => lines.push(line) };
}

/** An index of a few codes whose titles come in chunks of two, counting reads; `failing` throws on that chunk. */
function countingIndex(failing?: number): { data: LoadableCodeIndex; reads: number[]; chunkCount: number; codes: string[] } {
  const plain = buildCodeIndex({
    years: [{ year: 2027, ...fiscalYearDates(2027), billable: new Set(['C7800', 'C7801', 'C7802', 'C781', 'C782', 'Z853']) }],
    titleSources: [new Map([['C7801', 'Secondary malignant neoplasm of right lung']])],
    structures: [],
    noteSources: [],
  });
  const lines = plain.titles.split('\n');
  const chunks: string[] = [];
  for (let start = 0; start < lines.length; start += 2) chunks.push(lines.slice(start, start + 2).join('\n'));
  const reads: number[] = [];
  const chunk = (index: number): string => {
    if (index === failing) throw new Error('unreadable chunk');
    reads.push(index);
    return chunks[index] as string;
  };
  return { data: { ...plain, titles: { chunkSize: 2, chunkCount: chunks.length, chunk } }, reads, chunkCount: chunks.length, codes: plain.codes.split('\n') };
}

function stateOver(data: LoadableCodeIndex, logger: Logger): { state: CodeSetState; codeSets: CodeSets } {
  const codeSets = createCodeSets(data);
  const loaders: CodeSetLoaders = {
    loadBundled: () => codeSets,
    importFolder: (_dir, bundled) => ({ codeSets: bundled, problems: [] }),
    createService: (init) => createLanguageService(init),
  };
  return { state: new CodeSetState(loaders, logger, () => undefined), codeSets };
}

/** Lets several turns of the event loop pass, as when the server is idle. */
async function idleTurns(count: number): Promise<void> {
  for (let turn = 0; turn < count; turn++) await new Promise((resolve) => setImmediate(resolve));
}

describe('code-set warming in the binding', function () {
  it('keeps titles packed while only the code sets are loaded (nothing open)', async function () {
    const { data, reads } = countingIndex();
    const { state } = stateOver(data, recordingLogger());
    state.load();
    state.info();
    await idleTurns(20);
    assert.deepEqual(reads, []);
  });

  it('unpacks every title chunk once after the first document request, so later lookups unpack nothing', async function () {
    const { data, reads, chunkCount, codes } = countingIndex();
    const logger = recordingLogger();
    const { state, codeSets } = stateOver(data, logger);
    const service = state.service;
    await state.warmed;
    assert.equal(reads.length, chunkCount);
    assert.equal(new Set(reads).size, chunkCount, 'no chunk is read twice');
    // Later requests neither restart the warming nor unpack anything.
    assert.equal(state.service, service);
    await state.warmed;
    for (const code of codes) codeSets.title(code);
    assert.equal(codeSets.title('C7801'), 'Secondary malignant neoplasm of right lung');
    assert.equal(reads.length, chunkCount);
    assert.ok(logger.lines.some((line) => /Unpacked the code titles/.test(line)), logger.lines.join('\n'));
  });

  it('logs a chunk that cannot be unpacked and leaves it to the lookups, without failing', async function () {
    const { data, reads } = countingIndex(1);
    const logger = recordingLogger();
    const { state } = stateOver(data, logger);
    void state.service;
    await state.warmed;
    assert.deepEqual(reads, [0]);
    assert.ok(logger.lines.some((line) => /Unpacking the code titles ahead of use failed \(Error\)/.test(line)), logger.lines.join('\n'));
    assert.ok(logger.lines.every((line) => !line.includes('unreadable chunk')), 'the error message is not logged');
  });
});
