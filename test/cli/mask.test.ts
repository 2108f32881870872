import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REAL_X12_DIR, realX12Bytes } from '../helpers/realX12';

/** `icd-claim-check --mask`: the built command line writes the masked copy, which checks like the original. */

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = process.env.ICD_CHECK_BIN ?? path.join(repoRoot, 'bin', 'icd-claim-check.js');

function run(...args: string[]): { status: number | null; stdout: Buffer; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** The findings without the file name, whose messages may name the (masked) claim id. */
function findingsOf(file: string): string[] {
  const { stdout } = run('--json', file);
  return (JSON.parse(stdout.toString('utf8')) as Array<{ range: unknown; code: string; severity: string }>).map((finding) => JSON.stringify([finding.range, finding.code, finding.severity]));
}

describe('icd-claim-check --mask', function () {
  const fixture = 'LinuxForHealth_x12__demo.ambulance.example5.837';
  let dir: string;

  before(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'icd-mask-'));
  });

  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a copy without the patient identifiers that checks like the original', function () {
    const original = path.join(REAL_X12_DIR, fixture);
    const result = run('--mask', original);
    assert.equal(result.status, 0, result.stderr);
    const masked = result.stdout.toString('latin1');
    for (const value of ['JONES', 'SARAH', '012345678A', '1129 REINDEER ROAD', '19630729', '051068']) assert.ok(!masked.includes(value), value);
    assert.equal(result.stdout.length, realX12Bytes(fixture).length);
    const copy = path.join(dir, 'masked.837');
    writeFileSync(copy, result.stdout);
    assert.deepEqual(findingsOf(copy), findingsOf(original));
    assert.deepEqual(run('--mask', original).stdout, result.stdout, 'the same input gives the same output');
  });

  it('takes exactly one file', function () {
    const result = run('--mask', path.join(REAL_X12_DIR, fixture), path.join(REAL_X12_DIR, fixture));
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--mask takes exactly one file/);
  });
});
