import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dataDir } from '../helpers/dataFiles';

// `npm run data:verify` (scripts/verifyData.mjs) is what makes the stored release files traceable:
// it must pass on the project's data/ and fail on a changed byte, a wrong count or an unlisted file.

const repoRoot = path.resolve(__dirname, '..', '..');
const verifier = path.join(repoRoot, 'scripts', 'verifyData.mjs');

function verify(folder?: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [verifier, ...(folder ? [folder] : [])], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('data:verify', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'icd-data-'));
    // The FY2027 folder is small enough to copy for each case.
    cpSync(path.join(dataDir, '2027'), path.join(root, '2027'), { recursive: true });
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('passes on the release files stored in the project and prints the counts the READMEs claim', function () {
    this.timeout(30000);
    const { status, output } = verify();
    assert.equal(status, 0, output);
    // Counts stated in data/icd10cm/2021/README.md and data/icd10cm/2025/README.md.
    assert.match(output, /billable rows \(flag 1 in column 15\): 72,621 ok/);
    assert.match(output, /<cell> elements: 10,916 ok/);
    assert.match(output, /every file matches its manifest and README/);
  });

  it('fails when a stored file no longer holds the official bytes', () => {
    const file = path.join(root, '2027', 'icd10cm_order_addenda_2027.txt.gz');
    const text = gunzipSync(readFileSync(file)).toString('latin1');
    writeFileSync(file, gzipSync(Buffer.from(text.replace('Add:', 'Add:  '), 'latin1')));
    const { status, output } = verify(root);
    assert.equal(status, 1, output);
    assert.match(output, /icd10cm_order_addenda_2027\.txt\.gz: sha256 [0-9a-f]{64}, the manifest says d64c57ef/);
  });

  it('fails when a count differs from the manifest', () => {
    const manifestFile = path.join(root, '2027', 'manifest.json');
    writeFileSync(manifestFile, readFileSync(manifestFile, 'utf8').replace('"expected": 74879', '"expected": 74880'));
    const { status, output } = verify(root);
    assert.equal(status, 1, output);
    assert.match(output, /codes \(wc -l\): 74879, the manifest says 74880/);
  });

  it('fails on a file the manifest does not list', () => {
    writeFileSync(path.join(root, '2027', 'icd10cm-codes-2027.txt.gz'), gzipSync('C7800   untraced\n'));
    const { status, output } = verify(root);
    assert.equal(status, 1, output);
    assert.match(output, /icd10cm-codes-2027\.txt\.gz: not listed in manifest\.json/);
  });
});
