import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { FindingBatch } from '../../server/src/cli/findingBatch';
import { inReportOrder } from '../../server/src/cli/output';
import { PieceDocument } from '../../server/src/cli/pieceDocument';
import { createLanguageService } from '../../server/src/service';
import type { LanguageId, PendingDiagnostic, ValidationSettings } from '../../server/src/service/languageService';
import { testCodeSets } from '../helpers/codeSets';
import { x12FixtureDir } from '../helpers/dataFiles';
import { seededRandom } from '../helpers/random';

/**
 * The command line writes the service's findings by offset (`doValidationByOffset`), placed and put in
 * report order by `FindingBatch`, instead of the editor's LSP diagnostics. Both must give the same
 * findings, ranges and order on every fixture and example, whatever the rule that fired.
 */

const service = createLanguageService({ codeSets: testCodeSets() });
const settings: ValidationSettings = { rules: {}, maxNumberOfProblems: Number.MAX_SAFE_INTEGER, quickFixes: false };
const examples = path.join(__dirname, '..', '..', 'examples');

/** One row per finding: what the command line writes of it. */
function rowsOf(batch: FindingBatch): string[] {
  return batch.fields.map((fields, index) => `${batch.positions.slice(index * 4, index * 4 + 4).join(',')} ${fields.severity} ${fields.code} ${fields.message}`);
}

function languageOf(file: string): LanguageId | undefined {
  if (/\.(837|x12|edi)$/i.test(file)) return 'x12-837';
  if (/\.(note|txt)$/i.test(file)) return 'clinical-note';
  if (/\.json$/i.test(file)) return 'fhir-json';
  return undefined;
}

const files = [
  ...readdirSync(x12FixtureDir).map((name) => path.join(x12FixtureDir, name)),
  ...readdirSync(examples).map((name) => path.join(examples, name)),
].filter((file) => languageOf(file) !== undefined);

describe('cli/findingBatch: findings by offset', () => {
  it('covers fixtures with findings', () => {
    assert.ok(files.length >= 10, `only ${files.length} files`);
  });

  for (const file of files) {
    it(`writes the editor's findings, ranges and order for ${path.basename(file)}`, () => {
      const languageId = languageOf(file) as LanguageId;
      const document = new PieceDocument(`file://${file}`, readFileSync(file, 'utf8'), { line: 0, character: 0 });
      const editor = inReportOrder(service.doValidation(service.analyze(document, languageId), settings));
      const byOffset = FindingBatch.ofPending(document, service.doValidationByOffset(service.analyze(document, languageId), settings));
      assert.deepEqual(rowsOf(byOffset), rowsOf(FindingBatch.ofDiagnostics(editor)));
    });
  }

  it('applies no problem limit', () => {
    // The claim file with the most findings, so that a limit of one leaves some out.
    const claimFiles = files.filter((file) => languageOf(file) === 'x12-837').map((file) => {
      const document = new PieceDocument(`file://${file}`, readFileSync(file, 'utf8'), { line: 0, character: 0 });
      return { document, all: service.doValidation(service.analyze(document, 'x12-837'), settings).length };
    });
    const { document, all } = claimFiles.reduce((most, next) => (next.all > most.all ? next : most));
    const limited = service.doValidationByOffset(service.analyze(document, 'x12-837'), { ...settings, maxNumberOfProblems: 1 });
    assert.ok(all > 2, `only ${all} findings`);
    assert.equal(limited.length, all);
  });

  it('puts findings in order of their start, keeping the service order at one position', () => {
    const document = new PieceDocument('file:///order.837', 'AB\nCD\r\nEF', { line: 4, character: 2 });
    const pending = (offset: number, message: string): PendingDiagnostic => ({ span: { offset, length: 1 }, severity: 1, code: 'r', message });
    const batch = FindingBatch.ofPending(document, [pending(8, 'third line'), pending(0, 'first a'), pending(4, 'second'), pending(0, 'first b'), pending(1, 'first line, later')]);
    assert.deepEqual(batch.fields.map((fields) => fields.message), ['first a', 'first b', 'first line, later', 'second', 'third line']);
    // The first line of a piece starts at its position in the file; later lines at character 0.
    assert.deepEqual(batch.positions, [4, 2, 4, 3, 4, 2, 4, 3, 4, 3, 4, 4, 5, 1, 5, 2, 6, 1, 6, 2]);
  });

  it('orders findings out of place nearby and far away as a stable sort by start does', () => {
    const text = 'ABCDEFGHIJ\nKLMNOPQRST\r\nUVWXYZ0123\n'.repeat(40);
    const document = new PieceDocument('file:///order.837', text, { line: 0, character: 0 });
    const random = seededRandom(16);
    // Offsets in runs, as claims give them, each run shuffled a little; some findings moved far back,
    // past the local bound; few distinct offsets, so that ties are common.
    for (const [count, farMoves, spread] of [[10, 0, 3], [300, 0, 4], [300, 3, 4], [600, 40, 2], [2000, 1, 30]] as const) {
      const offsets = Array.from({ length: count }, (_, index) => Math.floor(index / 3) * spread + Math.floor(random() * spread));
      for (let move = 0; move < farMoves; move++) {
        const from = Math.floor(random() * count);
        const to = Math.min(count - 1, from + 40 + Math.floor(random() * 200));
        offsets.splice(to, 0, ...offsets.splice(from, 1));
      }
      const pending = offsets.map((offset, index): PendingDiagnostic => ({ span: { offset: offset % text.length, length: 1 }, severity: 1, code: 'r', message: String(index) }));
      const batch = FindingBatch.ofPending(document, pending);
      const expected = pending.map((_, index) => index).sort((a, b) => (pending[a]?.span.offset ?? 0) - (pending[b]?.span.offset ?? 0));
      assert.deepEqual(batch.fields.map((fields) => Number(fields.message)), expected, `${count} findings, ${farMoves} moved far`);
      for (let index = 0; index < batch.length; index++) {
        const at = document.positionAt(pending[expected[index] as number]?.span.offset ?? 0);
        assert.deepEqual(batch.positions.slice(index * 4, index * 4 + 2), [at.line, at.character]);
      }
    }
  });

  it('keeps diagnostics already in report order as they are', () => {
    const at = (line: number, message: string): Diagnostic => ({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, message });
    const batch = FindingBatch.ofDiagnostics([at(1, 'a'), at(1, 'b'), at(2, 'c')]);
    assert.deepEqual(batch.fields.map((fields) => fields.message), ['a', 'b', 'c']);
    assert.deepEqual(batch.positions, [1, 0, 1, 1, 1, 0, 1, 1, 2, 0, 2, 1]);
  });
});
