import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/service/index';
import { parseDocument } from '../../../server/src/service/parse';
import type { DocumentSnapshot, LanguageService, OffsetEdit, TextChange, ValidationRun, ValidationSettings, X12Document } from '../../../server/src/service/index';
import { testCodeSets } from '../../helpers/codeSets';
import { seededRandom as random } from '../../helpers/random';
import { snapshotOf } from '../../helpers/snapshot';
import { segmentImage } from '../x12/x12TestFiles';

/**
 * Incremental re-parse and re-validation against the full answer: random edits on a generated batch
 * (code replacements inside HI segments, which take the fast path, and single-character insertions and
 * deletions anywhere, many of which must fall back to a full parse) are applied one by one, and after
 * each the reused result must equal a fresh parse and validation of the new text.
 */

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const codePool = ['C787', 'C50911', 'Z853', 'C801', 'C800', 'C7800', 'Z5111', 'Z515', 'C509', 'C7809', 'E119', 'D630', 'C189', 'I10', 'C7951', 'Z08', 'C7899'];

function generateBatch(claims: number, layout: 'lines' | 'single'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'icd-incremental-'));
  try {
    const file = path.join(dir, 'batch.837');
    execFileSync(process.execPath, [path.join(repoRoot, 'bench', 'generate837.mjs'), '--claims', String(claims), '--kind', 'mixed', '--layout', layout, '--seed', '7', '--out', file], { stdio: 'pipe' });
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the diagnosis codes of HI composites stand in the text. */
function codeSpans(text: string): Array<{ offset: number; length: number }> {
  const spans: Array<{ offset: number; length: number }> = [];
  for (const match of text.matchAll(/\*AB[KF]:([A-Z0-9]+)/g)) spans.push({ offset: (match.index ?? 0) + 5, length: match[1]?.length ?? 0 });
  return spans;
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** A random edit: mostly a code replaced in an HI composite, sometimes one character inserted or removed anywhere. */
function randomEdit(text: string, next: () => number): OffsetEdit {
  const kind = next();
  if (kind < 0.6) {
    const span = pick(codeSpans(text), next);
    return { offset: span.offset, length: span.length, text: pick(codePool, next) };
  }
  const offset = Math.floor(next() * text.length);
  if (kind < 0.8) return { offset, length: 0, text: pick(['1', 'A', '.', '*', '~', ':'], next) };
  return { offset, length: Math.min(1 + Math.floor(next() * 3), text.length - offset), text: '' };
}

/** The edit as an LSP change against the reference document, which it then updates too. */
function apply(document: TextDocument, edit: OffsetEdit): { document: TextDocument; change: TextChange } {
  const range = { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) };
  const change = { range, text: edit.text };
  return { document: TextDocument.update(document, [change], document.version + 1), change };
}

function finish(run: ValidationRun): ValidationRun {
  while (!run.step(7));
  return run;
}

/**
 * Every claim built one at a time, and its codes, as a full parse gives them: an incremental parse
 * reads its claims through windows cut from the text's pieces.
 */
function assertSameClaims(parsed: X12Document, fresh: X12Document, label: string): void {
  for (let claim = 0; claim < fresh.claims.length; claim++) {
    assert.deepEqual(parsed.buildEncounter(claim), fresh.buildEncounter(claim), `${label}: claim ${claim}`);
    const codes: string[] = [];
    const freshCodes: string[] = [];
    const count = parsed.claimCodes(claim, codes);
    assert.equal(count, fresh.claimCodes(claim, freshCodes), `${label}: codes of claim ${claim}`);
    assert.deepEqual(codes.slice(0, Math.max(0, count)), freshCodes.slice(0, Math.max(0, count)), `${label}: codes of claim ${claim}`);
  }
}

function x12Of(snapshot: DocumentSnapshot): X12Document {
  return snapshot.parsed as X12Document;
}

function editAndCompare(service: LanguageService, layout: 'lines' | 'single', settings: ValidationSettings, seed: number, edits: number): { reusedRuns: number } {
  let document = TextDocument.create(`file:///incremental-${layout}.837`, 'x12-837', 1, generateBatch(300, layout));
  const host = service.open(document.uri, 'x12-837', document.getText(), 1);
  let snapshot = host.snapshot();
  let run = finish(host.createValidationRun(snapshot, settings));
  assert.deepEqual(run.diagnostics(), service.doValidation(snapshot, settings));
  const next = random(seed);
  let reusedRuns = 0;
  for (let i = 0; i < edits; i++) {
    const edit = randomEdit(document.getText(), next);
    const applied = apply(document, edit);
    document = applied.document;
    host.applyChanges([applied.change], document.version);
    snapshot = host.snapshot();
    run = finish(host.createValidationRun(snapshot, settings));
    const fresh = snapshotOf(service, document, 'x12-837');
    const label = `edit ${i} ${JSON.stringify(edit)}`;
    assert.equal(snapshot.text.slice(0, snapshot.text.length), document.getText(), label);
    assert.deepEqual(run.diagnostics(), service.doValidation(fresh, settings), label);
    assert.deepEqual(x12Of(snapshot).claims, x12Of(fresh).claims, label);
    assert.deepEqual(x12Of(snapshot).interchanges, x12Of(fresh).interchanges, label);
    if (i % 10 === 0) assert.deepEqual(snapshot.parsed.encounters, fresh.parsed.encounters, label);
    assertSameClaims(x12Of(snapshot), x12Of(fresh), label);
    if (run.reused >= run.total - 1 && run.total > 1) reusedRuns++;
  }
  return { reusedRuns };
}

describe('incremental re-parse and re-validation of an 837', function () {
  this.timeout(120_000);
  const service = createLanguageService({ codeSets: testCodeSets() });

  it('equals a full parse and validation after each of many random edits (one segment per line)', () => {
    const { reusedRuns } = editAndCompare(service, 'lines', { rules: {}, maxNumberOfProblems: 1000 }, 1, 80);
    assert.ok(reusedRuns >= 30, `only ${reusedRuns} of 80 edits reused the other claims' findings`);
  });

  it('equals a full validation on a one-line batch, with a small problem limit and a rule turned off', () => {
    const settings: ValidationSettings = { rules: { 'excludes1-conflict': 'off', 'code-not-billable': 'warning' }, maxNumberOfProblems: 5 };
    const { reusedRuns } = editAndCompare(service, 'single', settings, 2, 60);
    assert.ok(reusedRuns >= 20, `only ${reusedRuns} of 60 edits reused the other claims' findings`);
  });

  it('equals a full parse after several edits at once, and earlier snapshots stay valid while later ones are read', () => {
    const settings: ValidationSettings = { rules: {}, maxNumberOfProblems: 1000 };
    let document = TextDocument.create('file:///batches.837', 'x12-837', 1, generateBatch(200, 'lines'));
    const host = service.open(document.uri, 'x12-837', document.getText(), 1);
    let snapshot = host.snapshot();
    finish(host.createValidationRun(snapshot, settings));
    const history: Array<{ text: string; snapshot: DocumentSnapshot }> = [{ text: document.getText(), snapshot }];
    const next = random(3);
    let reusedRuns = 0;
    for (let i = 0; i < 40; i++) {
      // Up to four changes in one notification, each relative to the text after the one before.
      const edits: OffsetEdit[] = [];
      const changes: TextChange[] = [];
      const count = 1 + Math.floor(next() * 4);
      for (let j = 0; j < count; j++) {
        // Code replacements take the fast path; removing the component separator before a code, or a
        // random character, must not, wherever the earlier edits of the batch moved the text.
        const kind = next();
        const span = pick(codeSpans(document.getText()), next);
        const edit = kind < 0.7 ? { offset: span.offset, length: span.length, text: pick(codePool, next) }
          : kind < 0.85 ? { offset: span.offset - 1, length: 1, text: '' } : randomEdit(document.getText(), next);
        edits.push(edit);
        const applied = apply(document, edit);
        document = applied.document;
        changes.push(applied.change);
      }
      host.applyChanges(changes, document.version);
      snapshot = host.snapshot();
      const run = finish(host.createValidationRun(snapshot, settings));
      const fresh = snapshotOf(service, document, 'x12-837');
      const label = `batch ${i} ${JSON.stringify(edits)}`;
      assert.deepEqual(run.diagnostics(), service.doValidation(fresh, settings), label);
      assert.deepEqual(x12Of(snapshot).interchanges, x12Of(fresh).interchanges, label);
      if (i % 8 === 0) assert.deepEqual(snapshot.parsed.encounters, fresh.parsed.encounters, label);
      assertSameClaims(x12Of(snapshot), x12Of(fresh), label);
      if (run.reused >= run.total - edits.length && run.total > 1) reusedRuns++;
      history.push({ text: document.getText(), snapshot });
      // Sometimes the text is made flat (as a pause does to a text in many pieces): the parse reads it directly.
      if (next() < 0.25) {
        host.flatten();
        assertSameClaims(x12Of(host.snapshot()), x12Of(fresh), `${label}: settled`);
      }
      // An earlier snapshot read between two later ones must still read its own text and offsets.
      const older = pick(history, next);
      const olderFresh = parseDocument(older.text, 'x12-837') as X12Document;
      const claim = Math.floor(next() * olderFresh.claims.length);
      assert.equal(older.snapshot.text.slice(0, older.snapshot.text.length), older.text, `${label}: text of an earlier version`);
      assert.deepEqual(x12Of(older.snapshot).buildEncounter(claim), olderFresh.buildEncounter(claim), `${label}: claim ${claim} of an earlier version`);
      const offset = Math.floor(next() * older.text.length);
      assert.deepEqual(segmentImage(x12Of(older.snapshot).segmentAt(offset)), segmentImage(olderFresh.segmentAt(offset)), `${label}: segment at ${offset} of an earlier version`);
    }
    assert.ok(reusedRuns >= 20, `only ${reusedRuns} of 40 batches reused the other claims' findings`);
  });

  it('equals a full parse after a batch whose second edit removes a separator behind a longer first edit', () => {
    const text = generateBatch(20, 'lines');
    const spans = codeSpans(text);
    const first = spans[0] as { offset: number; length: number };
    // A code in a later segment, which the first edit moved.
    const later = spans.find((span) => span.offset > text.indexOf('\n', first.offset)) as { offset: number; length: number };
    // The first edit makes the text longer; the second removes the ':' before a later code, in a segment
    // the first edit moved.
    const longer = 'C50911'.slice(0, first.length + 2);
    const edits: OffsetEdit[] = [
      { offset: first.offset, length: first.length, text: longer },
      { offset: later.offset - 1 + (longer.length - first.length), length: 1, text: '' },
    ];
    let document = TextDocument.create('file:///batch-check.837', 'x12-837', 1, text);
    const host = service.open(document.uri, 'x12-837', text, 1);
    host.snapshot();
    const changes: TextChange[] = [];
    for (const edit of edits) {
      const applied = apply(document, edit);
      document = applied.document;
      changes.push(applied.change);
    }
    host.applyChanges(changes, 2);
    assert.deepEqual(host.snapshot().parsed.encounters, snapshotOf(service, document, 'x12-837').parsed.encounters);
  });

  it('does not reuse findings across different settings', () => {
    const host = service.open('file:///settings.837', 'x12-837', generateBatch(50, 'lines'), 1);
    const snapshot = host.snapshot();
    const first = finish(host.createValidationRun(snapshot, { rules: {}, maxNumberOfProblems: 100 }));
    assert.equal(first.reused, 0);
    const quiet: ValidationSettings = { rules: { 'secondary-without-primary': 'off' }, maxNumberOfProblems: 100 };
    const second = finish(host.createValidationRun(snapshot, quiet));
    assert.equal(second.reused, 0);
    assert.deepEqual(second.diagnostics(), service.doValidation(snapshot, quiet));
    const third = finish(host.createValidationRun(snapshot, quiet));
    assert.equal(third.reused, third.total, 'the same version with the same settings reuses every claim');
  });

  it('keeps only the count of findings past the problem limit, and reports what a full validation does after edits', () => {
    const settings: ValidationSettings = { rules: {}, maxNumberOfProblems: 3 };
    let document = TextDocument.create('file:///counted.837', 'x12-837', 1, generateBatch(200, 'lines'));
    const host = service.open(document.uri, 'x12-837', document.getText(), 1);
    const first = finish(host.createValidationRun(host.snapshot(), settings));
    const finished = first.finished();
    assert.ok(finished !== undefined);
    const countedOnly = finished.perEncounter.filter((list, index) => list === undefined && (finished.counts[index] ?? 0) > 0).length;
    assert.ok(countedOnly >= 10, `only ${countedOnly} claims past the limit were kept as counts`);
    // Each claim's codes replaced in turn from the first: findings past the limit come into the report.
    const next = random(11);
    for (const span of codeSpans(document.getText()).slice(0, 12)) {
      const applied = apply(document, { ...span, text: pick(['Z853', 'C50911', 'I10'], next) });
      document = applied.document;
      host.applyChanges([applied.change], document.version);
      const run = finish(host.createValidationRun(host.snapshot(), settings));
      assert.deepEqual(run.diagnostics(), service.doValidation(snapshotOf(service, document, 'x12-837'), settings));
    }
  });

  it('returns the diagnostics found so far when a run is stopped early', () => {
    const host = service.open('file:///partial.837', 'x12-837', generateBatch(50, 'lines'), 1);
    const snapshot = host.snapshot();
    const run = host.createValidationRun(snapshot, { rules: {}, maxNumberOfProblems: 1000 });
    assert.equal(run.step(10), false);
    assert.equal(run.checked, 10);
    assert.equal(run.done, false);
    const partial = run.diagnostics();
    finish(run);
    const all = run.diagnostics();
    assert.deepEqual(partial, all.slice(0, partial.length));
  });
});

describe('document host: an edit the fast path refuses', function () {
  it('parses the edited text afresh when an edit cuts the ISA header (a reversed range at the start)', () => {
    const service = createLanguageService({ codeSets: testCodeSets() });
    const text = generateBatch(5, 'lines');
    const host = service.open('file:///cut-isa.837', 'x12-837', text, 1);
    host.snapshot();
    host.applyChanges([{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 0 } }, text: '' }], 2);
    const snapshot = host.snapshot();
    assert.equal(snapshot.text.slice(0, snapshot.text.length), text.slice(8));
    assert.deepEqual(snapshot.parsed.problems.map((problem) => problem.id), parseDocument(text.slice(8), 'x12-837').problems.map((problem) => problem.id));
    assert.ok(snapshot.parsed.problems.some((problem) => problem.id === 'x12-missing-isa'));
  });
});
