import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { secondaryOnlyClaim } from '../protocol/samples';

/**
 * `icd-claim-check --extract [--json]` as NARRATIVE.md fixes it: one JSON array of {file, range
 * (0-based), text, code (dotted or null), candidates, column, assertion, section}, or text lines
 * `file:line:col assertion code text`. Codes: C78.7 (Table of Neoplasms: liver → Malignant
 * Secondary), C79.51 (bone → Malignant Secondary), C34.11 (lung, upper lobe, right → Malignant
 * Primary), Z85.3 (history of breast cancer, I.C.2.d).
 */

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = process.env.ICD_CHECK_BIN ?? path.join(repoRoot, 'bin', 'icd-claim-check.js');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return runWithInput('', ...args);
}

function runWithInput(input: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000, input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Extracted {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  code: string | null;
  candidates: string[];
  column: string | null;
  assertion: string;
  section: string | null;
}

const NOTE = [
  'HPI: History of breast cancer, s/p mastectomy 2015.',
  'Assessment: right upper lobe adenocarcinoma with hepatic metastases. No evidence of osseous metastases.',
  'Dx: C34.11',
  '',
].join('\n');

describe('icd-claim-check --extract', function () {
  let dir: string;
  let note: string;
  let claims: string;

  before(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'icd-claim-extract-'));
    note = path.join(dir, 'visit.note');
    writeFileSync(note, NOTE);
    claims = path.join(dir, 'claims.837');
    writeFileSync(claims, secondaryOnlyClaim);
  });

  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it('--json prints one array in the NARRATIVE.md contract, 0-based, codes dotted, sections named', function () {
    const result = run('--extract', '--json', note);
    assert.equal(result.status, 0, result.stderr);
    const mentions = JSON.parse(result.stdout) as Extracted[];
    const liver = mentions.find((mention) => mention.text === 'hepatic metastases');
    assert.deepEqual(liver, {
      file: note,
      range: { start: { line: 1, character: 49 }, end: { line: 1, character: 67 } },
      text: 'hepatic metastases',
      code: 'C78.7',
      candidates: [],
      column: 'secondary',
      assertion: 'present',
      section: 'Assessment',
    });
    for (const mention of mentions) assert.deepEqual(Object.keys(mention), ['file', 'range', 'text', 'code', 'candidates', 'column', 'assertion', 'section']);
    assert.equal(mentions.find((mention) => mention.text === 'osseous metastases')?.assertion, 'negated');
    assert.equal(mentions.find((mention) => mention.text === 'breast cancer')?.assertion, 'history');
  });

  it('prints file:line:col assertion code text without --json (1-based)', function () {
    const result = run('--extract', note);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.ok(lines.includes(`${note}:2:50 present C78.7 hepatic metastases`), result.stdout);
    assert.ok(lines.includes(`${note}:2:85 negated C79.51 osseous metastases`), result.stdout);
  });

  it('lists nothing for a claim file, and an empty array in JSON', function () {
    assert.equal(run('--extract', claims).stdout, '');
    assert.equal(run('--extract', '--json', claims).stdout, '[]\n');
  });

  it('exits 2 on a missing path and rejects --info with --extract', function () {
    assert.equal(run('--extract', path.join(dir, 'missing.note')).status, 2);
    const both = run('--extract', '--info');
    assert.equal(both.status, 2);
    assert.match(both.stderr, /--info and --extract cannot be combined/);
  });

  it('--help documents --extract', function () {
    assert.match(run('--help').stdout, /--extract \[--json\]/);
  });

  it('reads *.txt notes found in a folder (notes exported as plain text), and only *.note files when checking', function () {
    const folder = path.join(dir, 'exported');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'visit.txt'), NOTE);
    writeFileSync(path.join(folder, 'visit.log'), NOTE);
    const lines = run('--extract', folder).stdout.trim().split('\n');
    assert.ok(lines.includes(`${path.join(folder, 'visit.txt')}:2:50 present C78.7 hepatic metastases`), lines.join('\n'));
    assert.ok(lines.every((line) => line.startsWith(path.join(folder, 'visit.txt'))), 'a *.log file is not a note');
    assert.equal(run(folder).stdout, '', 'checking keeps to the documented file types');
  });

  it('reads one note from standard input when the path is -', function () {
    const result = runWithInput(NOTE, '--extract', '--json', '-');
    assert.equal(result.status, 0, result.stderr);
    const mentions = JSON.parse(result.stdout) as Extracted[];
    assert.deepEqual(mentions.find((mention) => mention.code === 'C78.7')?.file, '-');
    assert.deepEqual(mentions.find((mention) => mention.code === 'C78.7')?.range.start, { line: 1, character: 49 });
    const checking = runWithInput(NOTE, '-');
    assert.equal(checking.status, 2);
    assert.match(checking.stderr, /- names standard input, which only --extract reads/);
  });
});
