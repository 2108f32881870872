import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLanguageService } from '../../../server/src/service/index';
import type { DocumentSnapshot, TextReader } from '../../../server/src/service/index';
import { testCodeSets } from '../../helpers/codeSets';

/**
 * "An edit never makes the server read the whole text" as a test: after an edit inside a code of a
 * generated 837, hover, completion, inlay hints, pointer navigation, semantic tokens and code lenses
 * are answered from a snapshot whose reader records every read, and none of them asks for more than a
 * claim's worth of text. The parse and the validation read through the same pieces (the document's
 * host derives the parse from the edit), which the incremental tests compare with a full parse.
 */

const repoRoot = path.resolve(__dirname, '..', '..', '..');

function generateBatch(claims: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'icd-reads-'));
  try {
    const file = path.join(dir, 'batch.837');
    execFileSync(process.execPath, [path.join(repoRoot, 'bench', 'generate837.mjs'), '--claims', String(claims), '--layout', 'lines', '--seed', '11', '--violation-share', '0.45', '--out', file], { stdio: 'pipe' });
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A reader that remembers the longest read and whether the whole text was asked for. */
function recording(reader: TextReader): TextReader & { longest: number; whole: boolean } {
  const spy = {
    longest: 0,
    whole: false,
    get length() {
      return reader.length;
    },
    charCodeAt: (offset: number) => reader.charCodeAt(offset),
    slice(start: number, end: number): string {
      const text = reader.slice(start, end);
      spy.longest = Math.max(spy.longest, text.length);
      if (text.length === reader.length) spy.whole = true;
      return text;
    },
  };
  return spy;
}

describe('document session: features read a claim, not the text', () => {
  it('answers requests after an edit without reading more than a claim of a 200 KB 837', () => {
    const service = createLanguageService({ codeSets: testCodeSets() });
    const text = generateBatch(500);
    const host = service.open('file:///reads.837', 'x12-837', text, 1);
    const before = host.snapshot();
    const at = text.indexOf('ABF:', Math.floor(text.length / 2)) + 4;
    const start = before.positionAt(at);
    host.applyChanges([{ range: { start, end: { line: start.line, character: start.character + 1 } }, text: 'C' }], 2);
    const after = host.snapshot();
    const text2 = recording(after.text);
    const spied: DocumentSnapshot = {
      uri: after.uri, version: after.version, revision: after.revision, languageId: after.languageId, parsed: after.parsed, text: text2,
      positionAt: (offset) => after.positionAt(offset), offsetAt: (position) => after.offsetAt(position),
    };
    const cursor = after.positionAt(at + 1);
    const screen = { start: { line: Math.max(0, cursor.line - 30), character: 0 }, end: { line: cursor.line + 30, character: 0 } };
    assert.ok(service.doComplete(spied, cursor).items.length > 0, 'completion offers codes');
    assert.ok(service.doHover(spied, cursor) !== null, 'the hover explains the code');
    service.doHover(spied, { line: cursor.line, character: 1 });
    service.provideInlayHints(spied, screen);
    service.findDefinition(spied, cursor);
    service.findReferences(spied, cursor, true);
    service.provideSemanticTokens(spied, screen);
    const settings = { rules: {}, maxNumberOfProblems: 1000 };
    service.showClaim(spied, { position: cursor }, settings, true);
    const run = host.createValidationRun(spied, settings);
    while (!run.step(64));
    assert.ok(run.diagnostics().length > 0);
    assert.equal(text2.whole, false, 'a feature read the whole text');
    // Completion looks back at most 4 KB for the start of the segment under the cursor.
    assert.ok(text2.longest <= 4096, `a feature read ${text2.longest} characters at once`);
  });
});
