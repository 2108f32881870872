import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { secondaryOnlyClaim } from '../protocol/samples';

/**
 * bin/icd-claim-check.js compiles the bundled command line with the code cache the build wrote beside
 * it. V8 accepts a cache made from any source of the same length, so the command must recognise a
 * cache of other source itself, and a run with the cache must print what a run without it prints.
 */

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = path.join(repoRoot, 'bin', 'icd-claim-check.js');
const WRITE_CACHE = 'ICD_CLAIM_CHECK_WRITE_CODE_CACHE';

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [command, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('icd-claim-check code cache', function () {
  let dir: string;

  before(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'icd-claim-check-cache-'));
  });

  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a cache headed by the hash of the bundle when the build asks, and prints the same with it and without', function () {
    const claims = path.join(dir, 'claims.837');
    writeFileSync(claims, secondaryOnlyClaim);
    const cache = path.join(dir, 'cli.js.cache');
    const writing = run(bin, ['--json', claims], { [WRITE_CACHE]: cache });
    assert.ok(existsSync(cache), 'the cache is written as the command exits');
    const bundle = readFileSync(path.join(repoRoot, 'server', 'out', 'cli.js'), 'utf8');
    assert.deepEqual(readFileSync(cache).subarray(0, 32), createHash('sha256').update(bundle).digest());
    const plain = run(path.join(repoRoot, 'server', 'out', 'cli.js'), ['--json', claims]);
    assert.ok(plain.stdout.includes('"rule"'), 'the claim has findings');
    assert.deepEqual(writing, plain);
    assert.deepEqual(run(bin, ['--json', claims]), plain);
  });

  it('compiles the bundle afresh when its cache was made from other source of the same length', function () {
    // An installation of its own: the command, and a bundle that prints one word.
    mkdirSync(path.join(dir, 'bin'), { recursive: true });
    mkdirSync(path.join(dir, 'server', 'out'), { recursive: true });
    const installed = path.join(dir, 'bin', 'icd-claim-check.js');
    copyFileSync(bin, installed);
    const bundle = path.join(dir, 'server', 'out', 'cli.js');
    writeFileSync(bundle, "process.stdout.write('one\\n');\n");
    const first = run(installed, [], { [WRITE_CACHE]: `${bundle}.cache` });
    assert.equal(first.stdout, 'one\n');
    assert.equal(run(installed, []).stdout, 'one\n');
    // A rebuilt bundle of the same length: V8 alone would run the cached 'one'.
    writeFileSync(bundle, "process.stdout.write('two\\n');\n");
    assert.equal(run(installed, []).stdout, 'two\n');
  });
});
