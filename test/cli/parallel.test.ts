import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, UsageError } from '../../server/src/cli/args';
import { checkInParallel } from '../../server/src/cli/parallel/parallelCheck';
import type { CheckOptions } from '../../server/src/cli/check';
import type { OutputFormat } from '../../server/src/cli/output';
import { x12FixtureDir } from '../helpers/dataFiles';
import { build837 } from '../protocol/samples';
import { asRun, check, checkOnThisThread, examplesDir, repoRoot, sameRun, stringSink, workerScript, writeBatch } from './parallelRuns';
import type { Run } from './parallelRuns';

/**
 * `icd-claim-check --jobs N` must print exactly what `--jobs 1` prints (the single-threaded path):
 * the same bytes on stdout, the same problems on stderr in the same order, the same exit status,
 * however the files are cut and whichever worker finishes first.
 */

/** A piece at every claim boundary, read in small steps. */
const tinyPieces: CheckOptions = { pieces: { targetChars: 1, maxPieceChars: 1 << 30 }, readBytes: 1 << 10 };

/** The same paths checked by the parallel checker in this process, with the same tiny pieces. */
async function checkInTinyPieces(paths: readonly string[], format: OutputFormat, jobs: number): Promise<Run> {
  const { sink, text } = stringSink();
  const outcome = await checkInParallel(paths, { jobs, format, codeSet: undefined, sink, workerScript, pieces: tinyPieces.pieces, charsPerWorker: 1 });
  return asRun(outcome.problems, outcome.sawError, text());
}

/** Envelope damage, an undeclared component separator on one line, CR LF and a byte order mark. */
function awkwardBatch(): string {
  const claims = (prefix: string, count: number): Array<{ account: string; codes: string[] }> =>
    Array.from({ length: count }, (_, index) => ({ account: `${prefix}${index}`, codes: index % 3 === 0 ? ['C7801'] : ['C3491', 'C7951', 'C509'] }));
  const badSe = build837(claims('B', 4), '000000002').replace(/SE\*\d+\*0001/, 'SE*7*0002');
  // The header declares ':' but the composites use '>': later pieces must learn it from earlier ones.
  const undeclared = build837(claims('F', 6), '000000006').replace(/~\n/g, '!').replace(/\*/g, '|').replace(/ABK:/g, 'ABK>').replace(/ABF:/g, 'ABF>');
  const crlf = build837(claims('G', 4), '000000007').replace(/~\n/g, '~\r\n');
  const noIea = build837(claims('H', 3), '000000008').replace('IEA*1*000000008~\n', '');
  return `\ufeff${badSe}${undeclared}\n${crlf}junk after the trailer\n${noIea}`;
}

describe('icd-claim-check --jobs', function () {
  this.timeout(300_000);
  let dir: string;
  let denseBatch: string;
  let sparseBatch: string;
  let awkward: string;
  before(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'icd-parallel-'));
    denseBatch = path.join(dir, 'dense.837');
    writeBatch(denseBatch, '--claims', '3000', '--layout', 'single', '--seed', '16', '--violation-share', '0.45');
    sparseBatch = path.join(dir, 'sparse.837');
    writeBatch(sparseBatch, '--claims', '3000', '--layout', 'lines', '--seed', '17', '--interchanges', '3');
    awkward = path.join(dir, 'awkward.837');
    writeFileSync(awkward, awkwardBatch());
  });
  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a whole number of jobs and refuses anything else', function () {
    assert.equal(parseArgs(['--jobs', '3', 'a.837']).jobs, 3);
    assert.equal(parseArgs(['--jobs=1', 'a.837']).jobs, 1);
    assert.equal(parseArgs(['a.837']).jobs, undefined);
    for (const bad of ['0', '-1', '1.5', 'many', '65']) assert.throws(() => parseArgs(['--jobs', bad, 'a.837']), UsageError, bad);
    assert.throws(() => parseArgs(['a.837', '--jobs']), UsageError);
  });

  for (const json of [false, true]) {
    const format = json ? '--json' : 'text';
    it(`prints every fixture and example exactly as --jobs 1 does (${format})`, function () {
      const args = [...(json ? ['--json'] : []), examplesDir, x12FixtureDir, path.join(repoRoot, 'no-such-file.837')];
      const single = check('--jobs', '1', ...args);
      assert.equal(single.status, 2, 'the examples have error findings and one path is missing');
      assert.ok(single.stdout.length > 1000, 'the examples produce findings');
      sameRun(check('--jobs', '2', ...args), single);
      sameRun(check('--jobs', '3', ...args), single);
    });

    it(`prints generated batches exactly as --jobs 1 does (${format})`, function () {
      const args = [...(json ? ['--json'] : []), denseBatch, sparseBatch, awkward];
      const single = check('--jobs', '1', ...args);
      assert.ok(single.stdout.split('\n').length > 1500, 'the rule-dense batch has many findings');
      sameRun(check('--jobs', '2', ...args), single);
    });

    it(`gives the same output when every claim is a piece of its own (${format})`, async function () {
      const paths = [examplesDir, x12FixtureDir, denseBatch, awkward];
      const single = await checkOnThisThread(paths, json ? 'json' : 'text', tinyPieces);
      sameRun(await checkInTinyPieces(paths, json ? 'json' : 'text', 3), single);
    });
  }

  it('checks a file again on a worker without the heap limit when it outgrows the limit', async function () {
    const paths = [denseBatch];
    const single = await checkOnThisThread(paths, 'json', tinyPieces);
    const { sink, text } = stringSink();
    const outcome = await checkInParallel(paths, {
      jobs: 2, format: 'json', codeSet: undefined, sink, workerScript, pieces: tinyPieces.pieces, charsPerWorker: 1, heapLimits: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 },
    });
    sameRun(asRun(outcome.problems, outcome.sawError, text()), single);
  });

  it('writes each JSON finding exactly as JSON.stringify writes it', function () {
    const run = check('--jobs', '1', '--json', examplesDir, x12FixtureDir, denseBatch);
    const elements = run.stdout.split('\n').slice(1, -2).map((line) => line.replace(/,$/, ''));
    assert.ok(elements.length > 1500);
    for (const element of elements) assert.equal(JSON.stringify(JSON.parse(element)), element);
  });

  it('checks with a --code-set folder imported by each worker as by the main thread', function () {
    const args = ['--code-set', path.join(repoRoot, 'data', 'icd10cm', '2027'), examplesDir];
    const single = check('--jobs', '1', ...args);
    assert.equal(single.status, 1);
    sameRun(check('--jobs', '2', ...args), single);
  });

  it('prints an empty array and exits 0 when nothing is found', function () {
    const clean = path.join(examplesDir, 'clean-claim.837');
    assert.deepEqual(check('--jobs', '2', '--json', clean), { status: 0, stdout: '[]\n', stderr: '' });
  });
});
