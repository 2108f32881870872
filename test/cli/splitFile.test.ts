import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Position } from 'vscode-languageserver-types';
import type { CheckOptions } from '../../server/src/cli/check';
import { defaultCheckOptions } from '../../server/src/cli/check';
import type { OutputFormat } from '../../server/src/cli/output';
import { hasInterchangeCut, interchangeRanges } from '../../server/src/cli/parallel/interchangeCutter';
import type { FileRange } from '../../server/src/cli/parallel/interchangeCutter';
import { checkInParallel } from '../../server/src/cli/parallel/parallelCheck';
import { x12FixtureDir } from '../helpers/dataFiles';
import { asRun, check, checkOnThisThread, examplesDir, repoRoot, sameRun, stringSink, workerScript, writeBatch } from './parallelRuns';
import type { Run } from './parallelRuns';

/**
 * One large claim file split among the workers at interchange boundaries (parallel/interchangeCutter.ts)
 * must print exactly what `--jobs 1` prints. The tests split at every boundary the cutter accepts and
 * read in small steps, so every cut, and every refusal to cut, is exercised on small files.
 */

/** The shared copy of the fixtures, when this checkout sits where the project's layout puts it. */
const sharedFixtures = [path.resolve(repoRoot, '..', 'shared', 'fixtures'), path.resolve(repoRoot, '..', '..', 'shared', 'fixtures')].filter((dir) => existsSync(dir));

/** The interchanges of a generated batch, each from its ISA to the line break after its IEA. */
function interchangesOf(text: string): string[] {
  return text.split(/(?=ISA\*)/).filter((part) => part !== '');
}

/**
 * Six interchanges with what must keep two interchanges in one range (a missing IEA, text between
 * them) and what positions must survive (a byte order mark, CR LF, characters of two, three and four
 * bytes in UTF-8 before a cut).
 */
function damaged(batch: string): string {
  const parts = interchangesOf(batch);
  assert.equal(parts.length, 6);
  parts[0] = (parts[0] as string).replace(/NM1\*IL\*1\*[A-Z]+/, 'NM1*IL*1*JOSÉ€𝄞');
  assert.match(parts[1] as string, /IEA\*\d+\*\d+~\n/);
  parts[1] = (parts[1] as string).replace(/IEA\*\d+\*\d+~\n/, '');
  parts[2] = `${parts[2] as string}junk between the interchanges\n`;
  parts[4] = (parts[4] as string).replace(/~\n/g, '~\r\n');
  return `\ufeff${parts.join('')}`;
}

/** Binary junk in the second and fourth of five interchanges: the file's junk reports are counted across interchanges. */
function withBinaryJunk(batch: string): string {
  const parts = interchangesOf(batch);
  parts[1] = (parts[1] as string).replace(/\nCLM\*/, '\n\u0001\u0002CLM*');
  parts[3] = (parts[3] as string).replace(/\nCLM\*/g, '\n\u0003CLM*');
  return parts.join('');
}

/** The line and character of a byte offset, counted on the decoded text as an editor counts them. */
function positionOfByte(bytes: Buffer, offset: number): Position {
  const text = bytes.subarray(0, offset).toString('utf8').replace(/^\ufeff/, '');
  const lines = text.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: (lines[lines.length - 1] as string).length };
}

async function rangesOf(file: string, giveUpBytes?: number, cutSpacing = 1): Promise<FileRange[]> {
  const ranges: FileRange[] = [];
  for await (const range of interchangeRanges(file, 1, 300, giveUpBytes, cutSpacing)) ranges.push(range);
  return ranges;
}

/**
 * How the tests cut: `cutSpacing` 1 ends a piece at every interchange boundary (so every one may
 * start a range), 50,000 at every second or third one of these batches (so the chain of cuts is
 * followed); pieces of a few claims make an interchange span several pieces, so a trailer found
 * missing is reported by a later piece than its envelope's, as in a large file with the default cut.
 */
function cutOptions(cutSpacing: number, targetChars = defaultCheckOptions.pieces.targetChars): CheckOptions {
  return { ...defaultCheckOptions, pieces: { ...defaultCheckOptions.pieces, targetChars, cutSpacing } };
}

/** The paths checked by workers that split every claim file at every boundary the reader ends a piece at. */
async function checkSplit(paths: readonly string[], format: OutputFormat, jobs: number, options: CheckOptions): Promise<Run> {
  const { sink, text } = stringSink();
  const outcome = await checkInParallel(paths, {
    jobs, format, codeSet: undefined, sink, workerScript, charsPerWorker: 1, rangeBytes: 1, splitReadBytes: 300, pieces: options.pieces,
  });
  return asRun(outcome.problems, outcome.sawError, text());
}

describe('icd-claim-check --jobs N splitting one claim file at interchanges', function () {
  this.timeout(300_000);
  let dir: string;
  const batches: Record<string, string> = {};
  before(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'icd-split-'));
    const generated = (name: string, ...options: string[]): string => {
      const file = path.join(dir, `${name}.837`);
      writeBatch(file, '--violation-share', '0.45', ...options);
      return file;
    };
    batches.lines = generated('lines', '--claims', '400', '--interchanges', '5', '--layout', 'lines', '--seed', '21');
    batches.single = generated('single', '--claims', '400', '--interchanges', '4', '--layout', 'single', '--seed', '22');
    // One line of four interchanges whose names hold characters of two, three and four bytes in UTF-8 before every cut:
    // the cutter counts the characters of the line in UTF-16 units without decoding it.
    batches.wide = path.join(dir, 'wide.837');
    writeFileSync(batches.wide, readFileSync(batches.single, 'utf8').replace(/NM1\*IL\*1\*([A-Z]+)/g, (_, name: string) => `NM1*IL*1*${name}É€𝄞`));
    const six = readFileSync(generated('six', '--claims', '300', '--interchanges', '6', '--layout', 'lines', '--seed', '23'), 'utf8');
    batches.damaged = path.join(dir, 'damaged.837');
    writeFileSync(batches.damaged, damaged(six));
    batches.binary = path.join(dir, 'binary.837');
    writeFileSync(batches.binary, withBinaryJunk(readFileSync(batches.lines, 'utf8')));
    batches.noLastIea = path.join(dir, 'no-last-iea.837');
    const whole = readFileSync(batches.lines, 'utf8');
    const withoutLastIea = whole.replace(/IEA\*\d+\*\d+~\n$/, '');
    assert.ok(withoutLastIea.length < whole.length, 'the last IEA is gone');
    writeFileSync(batches.noLastIea, withoutLastIea);
  });
  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it('cuts in front of every ISA that follows an IEA, with the line and character of the cut', async function () {
    for (const name of ['lines', 'single', 'damaged', 'wide']) {
      const file = batches[name] as string;
      const bytes = readFileSync(file);
      const ranges = await rangesOf(file);
      assert.equal(ranges[0]?.startByte, 0, name);
      assert.equal(ranges.at(-1)?.endByte, undefined, name);
      ranges.forEach((range, index) => {
        if (index > 0) assert.equal(ranges[index - 1]?.endByte, range.startByte, `${name}: ranges follow each other`);
        if (index > 0) assert.equal(bytes.subarray(range.startByte, range.startByte + 4).toString('latin1'), 'ISA*', `${name}: range ${index}`);
        assert.deepEqual(range.origin, positionOfByte(bytes, range.startByte), `${name}: origin of range ${index}`);
      });
      // The damaged file keeps interchanges 2 and 3 (no IEA) and 3 and 4 (text between) together.
      assert.equal(ranges.length, { lines: 5, single: 4, damaged: 4, wide: 4 }[name], name);
    }
  });

  it('cuts nothing after binary junk or a character that did not decode', async function () {
    const bytes = readFileSync(batches.binary as string);
    const firstJunk = bytes.indexOf(1);
    const ranges = await rangesOf(batches.binary as string);
    assert.ok(ranges.every((range) => range.startByte < firstJunk));
    assert.ok(ranges.length <= 2);
    const undecodable = path.join(dir, 'latin1.837');
    writeFileSync(undecodable, Buffer.from(readFileSync(batches.lines as string, 'utf8').replace('NM1*IL*1*', 'NM1*IL*1*JOS\u00c9'), 'latin1'));
    assert.equal((await rangesOf(undecodable)).length, 1);
  });

  it('stops cutting once a range has grown too long without a cut', async function () {
    const bytes = readFileSync(batches.lines as string);
    const second = bytes.indexOf('ISA*', 1);
    // Looking no further than half the first interchange finds no cut; looking through the file finds all four.
    assert.equal((await rangesOf(batches.lines as string, Math.floor(second / 2))).length, 1);
    assert.equal((await rangesOf(batches.lines as string, bytes.length)).length, 5);
    // Only the cuts the reader ends a piece at: none closer than the spacing to the one before.
    const spaced = await rangesOf(batches.lines as string, undefined, 2 * second);
    assert.ok(spaced.length > 1 && spaced.length < 5, `${spaced.length} ranges`);
    spaced.slice(1).forEach((range, index) => assert.ok(range.startByte - (spaced[index] as FileRange).startByte >= 2 * second));
  });

  it('finds by a byte search whether a file has a place to cut, for the default --jobs', function () {
    const lines = batches.lines as string;
    const second = readFileSync(lines).indexOf('ISA*', 1);
    assert.equal(hasInterchangeCut(lines, second + 200), true);
    assert.equal(hasInterchangeCut(lines, second + 200, 500), true, 'across small reads');
    assert.equal(hasInterchangeCut(lines, second - 500, 500), false, 'not within the first interchange');
    const one = path.join(dir, 'one.837');
    writeBatch(one, '--claims', '300', '--layout', 'single', '--seed', '24');
    assert.equal(hasInterchangeCut(one, 1 << 30), false, 'one interchange');
    const junkBetween = path.join(dir, 'junk-between.837');
    writeFileSync(junkBetween, interchangesOf(readFileSync(lines, 'utf8')).join('junk\n'));
    assert.equal(hasInterchangeCut(junkBetween, 1 << 30), false, 'text between the interchanges');
  });

  for (const json of [false, true]) {
    const format = json ? 'json' : 'text';
    it(`prints every fixture, example and generated batch split at interchanges exactly as --jobs 1 does (${format})`, async function () {
      const paths = [examplesDir, x12FixtureDir, ...sharedFixtures, ...Object.values(batches), path.join(repoRoot, 'no-such-file.837')];
      const everyCut = cutOptions(1);
      const single = await checkOnThisThread(paths, format, everyCut);
      assert.equal(single.status, 2, 'the batches have error findings and one path is missing');
      assert.ok(single.stdout.split('\n').length > 500, 'the rule-dense batches produce findings');
      sameRun(await checkSplit(paths, format, 2, everyCut), single);
      sameRun(await checkSplit(paths, format, 3, everyCut), single);
      // The default cut: no piece of these small files ends at an interchange, and none is split.
      sameRun(await checkSplit(paths, format, 2, defaultCheckOptions), check('--jobs', '1', ...(json ? ['--json'] : []), ...paths));
    });

    it(`prints split batches in the order of --jobs 1 when interchanges span several pieces (${format})`, async function () {
      const paths = [x12FixtureDir, ...Object.values(batches)];
      for (const options of [cutOptions(1, 3000), cutOptions(50_000, 3000)]) {
        const single = await checkOnThisThread(paths, format, options);
        assert.match(single.stdout, /x12-missing-trailer/, 'an IEA is found missing by a later piece');
        sameRun(await checkSplit(paths, format, 2, options), single);
      }
    });
  }
});
