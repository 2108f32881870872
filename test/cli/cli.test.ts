import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build837, secondaryOnlyClaim, secondaryOnlyNote } from '../protocol/samples';

/**
 * `icd-claim-check` as users run it: `node bin/icd-claim-check.js` on temporary files, checking the
 * output formats and exit statuses PRODUCT.md fixes.
 */

const repoRoot = path.resolve(__dirname, '..', '..');
/** The command as installed; ICD_CHECK_BIN points the tests at another build of the checker. */
const bin = process.env.ICD_CHECK_BIN ?? path.join(repoRoot, 'bin', 'icd-claim-check.js');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function check(...args: string[]): Run {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonFinding {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: string;
  rule: string;
  message: string;
}

describe('icd-claim-check', function () {
  let dir: string;
  let warningNote: string;
  let errorNote: string;
  let cleanNote: string;
  let claimFile: string;

  before(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'icd-claim-check-'));
    warningNote = path.join(dir, 'followup.note');
    writeFileSync(warningNote, secondaryOnlyNote);
    errorNote = path.join(dir, 'typo.note');
    writeFileSync(errorNote, 'Dx: C34.91 and C78.09\n');
    cleanNote = path.join(dir, 'clean.note');
    writeFileSync(cleanNote, 'Dx: C34.91 malignant neoplasm of unspecified part of unspecified lung\n');
    claimFile = path.join(dir, 'claims.837');
    writeFileSync(claimFile, secondaryOnlyClaim);
  });

  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints file:line:col severity rule-id message with 1-based positions', function () {
    const run = check(warningNote);
    assert.equal(run.status, 0, run.stderr);
    const line = run.stdout.split('\n').find((candidate) => candidate.includes('secondary-without-primary'));
    assert.ok(line, run.stdout);
    const expectedLine = secondaryOnlyNote.split('\n').findIndex((text) => text.includes('C78.01')) + 1;
    const expectedColumn = (secondaryOnlyNote.split('\n')[expectedLine - 1] ?? '').indexOf('C78.01') + 1;
    assert.equal(line, `${warningNote}:${expectedLine}:${expectedColumn} warning secondary-without-primary ${line.split(' secondary-without-primary ')[1]}`);
    assert.match(line, /C78\.01/);
  });

  it('exits 1 when a finding is an error, and says nothing for a clean note', function () {
    const failing = check(errorNote);
    assert.equal(failing.status, 1, failing.stdout + failing.stderr);
    assert.match(failing.stdout, /:1:16 error unknown-code /);
    const clean = check(cleanNote);
    assert.equal(clean.status, 0, clean.stderr);
    assert.equal(clean.stdout, '');
  });

  it('counts columns without a byte order mark, as editors show them', function () {
    const file = path.join(dir, 'bom.note');
    writeFileSync(file, '\ufeffDx: C34.91 and C78.09\n');
    assert.match(check(file).stdout, /bom\.note:1:16 error unknown-code /);
  });

  it('prints one JSON array with 0-based LSP ranges', function () {
    const run = check('--json', warningNote, errorNote);
    assert.equal(run.status, 1, run.stderr);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    assert.ok(Array.isArray(findings) && findings.length >= 2);
    for (const finding of findings) {
      assert.deepEqual(Object.keys(finding).sort(), ['file', 'message', 'range', 'rule', 'severity']);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(finding.severity));
    }
    const unknown = findings.find((finding) => finding.rule === 'unknown-code');
    assert.deepEqual(unknown?.range, { start: { line: 0, character: 15 }, end: { line: 0, character: 21 } });
    assert.equal(unknown?.file, errorNote);
    assert.deepEqual(JSON.parse(check('--json', cleanNote).stdout), []);
  });

  it('checks X12 837 claims and reports positions in the whole file', function () {
    const run = check('--json', claimFile);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    const secondary = findings.find((finding) => finding.rule === 'secondary-without-primary');
    assert.ok(secondary, run.stdout);
    const lines = secondaryOnlyClaim.split('\n');
    const hiLine = lines.findIndex((text) => text.startsWith('HI*'));
    assert.equal(secondary.range.start.line, hiLine);
  });

  it('keeps positions right across several interchanges in one file', function () {
    const first = build837([{ account: 'A1', codes: ['C3491'] }], '000000001');
    const second = build837([{ account: 'B2', codes: ['C7801'] }], '000000002');
    const file = path.join(dir, 'two-interchanges.x12');
    writeFileSync(file, first + second);
    const findings = JSON.parse(check('--json', file).stdout) as JsonFinding[];
    const secondary = findings.filter((finding) => finding.rule === 'secondary-without-primary');
    assert.equal(secondary.length, 1, JSON.stringify(findings));
    const all = (first + second).split('\n');
    const hiOfSecond = all.findIndex((text, index) => index >= first.split('\n').length - 1 && text.startsWith('HI*'));
    assert.equal(secondary[0]?.range.start.line, hiOfSecond);
  });

  it('searches folders recursively for claim files, notes and ISA-headed files', function () {
    const folder = path.join(dir, 'batch');
    mkdirSync(path.join(folder, 'nested'), { recursive: true });
    writeFileSync(path.join(folder, 'nested', 'a.note'), secondaryOnlyNote);
    writeFileSync(path.join(folder, 'nested', 'inbound.txt'), secondaryOnlyClaim);
    writeFileSync(path.join(folder, 'readme.txt'), 'Dx: C78.09 is not a file to check\n');
    const run = check(folder);
    assert.equal(run.status, 0, run.stderr);
    const files = new Set(run.stdout.trim().split('\n').map((line) => line.split(':')[0]));
    assert.deepEqual([...files].sort(), [path.join(folder, 'nested', 'a.note'), path.join(folder, 'nested', 'inbound.txt')]);
  });

  it('prints the loaded code-set years with --info', function () {
    const run = check('--info');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^ICD-10-CM FY2027: \d+ billable codes, \d+ header codes \(bundled\)$/m);
    const info = JSON.parse(check('--info', '--json').stdout) as { years: Array<{ year: number; billableCount: number }> };
    assert.equal(info.years[0]?.year, 2027);
    assert.ok((info.years[0]?.billableCount ?? 0) > 70_000);
  });

  it('prints help and exits 0', function () {
    const run = check('--help');
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: icd-claim-check \[--json\] \[--code-set DIR\] PATH\.\.\./);
  });

  it('exits 2 with a message on usage errors', function () {
    for (const args of [[], ['--bogus', warningNote], ['--code-set']]) {
      const run = check(...args);
      assert.equal(run.status, 2, `args ${args.join(' ')}`);
      assert.match(run.stderr, /^icd-claim-check: /);
      assert.equal(run.stdout, '');
    }
  });

  it('exits 2 on a missing path but still checks the others', function () {
    const missing = path.join(dir, 'missing.837');
    const run = check(warningNote, missing);
    assert.equal(run.status, 2);
    assert.match(run.stderr, new RegExp(`${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} does not exist`));
    assert.match(run.stdout, /secondary-without-primary/);
  });

  it('exits 2 when --code-set names an unusable folder', function () {
    const run = check('--code-set', path.join(dir, 'no-such-release'), warningNote);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no-such-release/);
  });
});
