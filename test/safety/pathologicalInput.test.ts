import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service';
import type { DocumentSnapshot, LanguageId, LanguageService } from '../../server/src/service';
import { testCodeSets } from '../helpers/codeSets';
import { build837 } from '../protocol/samples';
import { logGrowth, MAX_LINEAR_RATIO, quarterGrowth } from './growth';
import type { GrowthRuns } from './growth';

/**
 * No request blocks the server for long: inputs built to hit worst cases (one endless line, one
 * segment without terminator, thousands of codes in one claim or one note) are parsed, validated,
 * hovered, completed and outlined at a size `n` and at `n / 4`, and the CPU times compared. Work that
 * grows faster than the input (a scan per segment, a comparison per pair of codes) is what turns such
 * an input into a frozen editor; a ratio tells it from linear work on a slow, shared host as on a fast
 * one, where a fixed time limit failed for reasons unrelated to the code (see test/safety/growth.ts).
 * How long a user waits is bounded where the claim is about the user: cancellation, in
 * test/safety/protocolAbuse.test.ts.
 *
 * The file runs in a mocha process of its own with the other growth tests (`npm run test:growth`): inside
 * the whole suite the heap held what thousands of earlier tests left, and a full-size run that triggered a
 * major collection paid for marking all of it (CI once measured linear inputs at 192 ms against 12 ms), so
 * a case needed a floor of 300 ms below which its ratio did not count. On a fresh heap the ratio alone decides.
 */

const ISA = 'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260105*0930*^*00501*000000117*0*T*:~';

/** The characters of a filled input at full size: 200 kB, the size of a large real batch or note. */
const FILLED_SIZE = 200_000;

/**
 * Runs per size (see `quarterGrowth`): three at the quarter size, because the quickest of these inputs
 * take a few milliseconds there, where one garbage collection is a large part of a run, and a third
 * quarter run costs less than a quarter of a full one; three at the full size too, so that one disturbed
 * full run (a burst of load, a collection) is outvoted.
 */
const runs: GrowthRuns = { quarter: 3, full: 3 };

/** Repeats `unit` after `head` up to about `size` characters, then appends `tail`. */
function fill(size: number, head: string, unit: string, tail = ''): string {
  return head + unit.repeat(Math.max(1, Math.ceil((size - head.length) / unit.length))) + tail;
}

/** Codes that vary, so per-code caches do not hide per-pair work: C009 … C999, all valid shapes. */
function manyCodes(format: (code: string) => string, count: number): string {
  return Array.from({ length: count }, (_, index) => format(`C${String(index % 100).padStart(2, '0')}9`)).join('');
}

/** A worst-case input whose cost must grow linearly with `size`, its length in the case's own unit. */
interface GrowthCase {
  readonly title: string;
  readonly languageId: LanguageId;
  /** The full size; the growth is measured from `n / 4` to `n`. */
  readonly n: number;
  readonly make: (size: number) => string;
  /** For inputs that once were quadratic: which code was. */
  readonly cause?: string;
}

/** A case of `FILLED_SIZE` characters made by {@link fill}. */
function filled(title: string, languageId: LanguageId, head: string, unit: string, tail = ''): GrowthCase {
  return { title, languageId, n: FILLED_SIZE, make: (size) => fill(size, head, unit, tail) };
}

const linearCases: readonly GrowthCase[] = [
  filled('a note of short lines, one encounter per line pair', 'clinical-note', '', '---\nC78.01 and C34.91\n'),
  filled('a note that is one run of opening parentheses', 'clinical-note', '', '(', ' C7801'),
  filled('a note with a CPT table of thousands of rows', 'clinical-note', '|CPT|Description|\n', '|99214|visit|\n'),
  filled('a note listing thousands of CPT codes on one line', 'clinical-note', 'CPT ', '99214, '),
  filled('an 837 with one HI segment of 20,000 composites', 'x12-837', `${ISA}\nCLM*X~HI*`, 'ABF:C7801*', '~'),
  filled('an 837 of empty segments', 'x12-837', ISA, '~'),
  // Four times the common size: at 200 kB its quarter-size sample took a few milliseconds, and a clean-clone CI run failed it
  // twice by a ratio just over the limit that local runs never came near; a longer sample leaves less to one collection.
  { ...filled('an 837 of thousands of interchange headers', 'x12-837', '', ISA), n: 4 * FILLED_SIZE },
  filled('an 837 of thousands of cut-off headers', 'x12-837', '', 'ISA*'),
  filled('an 837 full of binary junk', 'x12-837', ISA, '\u0001a'),
  filled('an 837 without an ISA header', 'x12-837', 'GS*', 'x~'),
  filled('an 837 of 30,000 empty claims', 'x12-837', ISA, 'CLM*1~'),
];

/** Inputs that were quadratic in the parsers (fixed: bounded separator searches, one pass per note line). */
const formerlyQuadratic: readonly GrowthCase[] = [
  {
    // Its hover once split the whole segment into element objects (seconds at this size); the segment's element view
    // now reads only up to the hovered position (test/safety/singleSegment.test.ts measures that on its own).
    title: 'an 837 whose last segment never ends (800 kB of empty elements, hovered in the middle)',
    languageId: 'x12-837',
    n: 800_000,
    make: (size) => `${ISA}\nCLM*X${'*'.repeat(size)}`,
    cause: 'separator searches in the X12 reader were unbounded',
  },
  {
    title: 'an 837 of 32,000 claims whose composites use > while ISA16 is : (7 MB)',
    languageId: 'x12-837',
    n: 32_000,
    make: (size) => build837(Array.from({ length: size }, (_, index) => ({ account: `A${index}`, codes: ['C3491', 'C7801'] })))
      .replace(/:/g, '>').replace(/\*>~/, '*:~'),
    cause: 'separator searches in the X12 reader were unbounded',
  },
  {
    title: 'a note of bare tokens on one line (vitamin B12 …)',
    languageId: 'clinical-note',
    n: FILLED_SIZE,
    make: (size) => fill(size, '', 'B12 '),
    cause: 'the note reader made more than one pass over a line',
  },
];

/**
 * Inputs that were quadratic while the note rules and the claim screen compared every pair of mentions
 * or codes; they now look note references up in the encounter's sorted codes (rules/encounterCodes.ts).
 * test/safety/scaling.test.ts and the bench's scaling section cover the same shapes at larger sizes.
 */
const formerlyQuadraticInRules: readonly GrowthCase[] = [
  { ...filled('a note whose codes are all on one line', 'clinical-note', '', 'C78.01 '),
    cause: 'the note rules compared every pair of mentions in one encounter' },
  { ...filled('a note with one long "Dx:" list of dotless codes', 'clinical-note', 'Dx: ', 'C7801, '),
    cause: 'the note rules compared every pair of mentions in one encounter' },
  {
    title: 'an 837 claim with 8,000 HI segments of a hundred different codes',
    languageId: 'x12-837',
    n: 8000,
    make: (size) => `${ISA}CLM*1~${manyCodes((code) => `HI*ABF:${code}~`, size)}`,
    cause: 'excludes1-conflict and the claim screen compared every pair of codes',
  },
  {
    title: 'a note of 20,000 lines with one code each, one encounter',
    languageId: 'clinical-note',
    n: 20_000,
    make: (size) => manyCodes((code) => `${code.slice(0, 3)}.${code.slice(3)}\n`, size),
    cause: 'excludes1-conflict and code-first-order compared every pair of codes',
  },
];

/** Inputs whose parse alone must be linear (their validation is measured with the rules' cases above). */
const parseOnly: readonly GrowthCase[] = [
  filled('a note whose codes are all on one line', 'clinical-note', '', 'C78.01 '),
  filled('a note with one long "Dx:" list of dotless codes', 'clinical-note', 'Dx: ', 'C7801, '),
];

/** A worst-case input opened in the service. */
interface OpenedInput {
  readonly document: TextDocument;
  parse(): DocumentSnapshot;
  dispose(): void;
}

/** Opens `text` as a document of its own for run `run`, so no run answers from an earlier run's parse. */
function openFresh(service: LanguageService, text: string, languageId: LanguageId, run: number): OpenedInput {
  const extension = languageId === 'x12-837' ? '837' : 'note';
  const document = TextDocument.create(`file:///pathological/${run}.${extension}`, languageId, 1, text);
  const host = service.open(document.uri, languageId, text, 1);
  return { document, dispose: () => host.dispose(), parse: () => host.snapshot() };
}

/** Parses, validates, hovers and completes in the middle, and outlines: every feature once. */
function runEverything(service: LanguageService, text: string, languageId: LanguageId, run: number): void {
  const opened = openFresh(service, text, languageId, run);
  const parsed = opened.parse();
  service.doValidation(parsed, { rules: {}, maxNumberOfProblems: 1000 });
  const middle = opened.document.positionAt(text.length >> 1);
  service.doHover(parsed, middle);
  service.doComplete(parsed, middle);
  service.findDocumentSymbols(parsed);
  opened.dispose();
}

/** Measures `work` on the case's texts at `n / 4` and `n` (built before timing) and asserts linear growth. */
function assertLinear(testCase: GrowthCase, work: (text: string, run: number) => void): void {
  const texts = new Map([testCase.n, Math.floor(testCase.n / 4)].map((size) => [size, testCase.make(size)]));
  const growth = quarterGrowth((size, run) => work(texts.get(size) ?? '', run), testCase.n, runs, MAX_LINEAR_RATIO);
  logGrowth(testCase.title, growth);
  const figures = `${growth.fullMs.toFixed(1)} ms at n, ${growth.quarterMs.toFixed(1)} ms at n / 4: ratio ${growth.ratio.toFixed(1)}`;
  assert.ok(growth.ratio <= MAX_LINEAR_RATIO, figures);
}

describe('safety: worst-case inputs cost time in proportion to their size', function () {
  // Mocha's timeout counts wall time, which a shared host stretches well past the CPU time measured;
  // an input that became quadratic again fails by its ratio long before this.
  this.timeout(240_000);
  let service: LanguageService;

  before(function () {
    service = createLanguageService({ codeSets: testCodeSets() });
    runEverything(service, `${ISA}CLM*1~HI*ABK:C7801~`, 'x12-837', -1);
  });

  const within = `CPU time at n within ${MAX_LINEAR_RATIO} times that at n / 4`;
  for (const testCase of [...linearCases, ...formerlyQuadratic, ...formerlyQuadraticInRules]) {
    const formerly = testCase.cause === undefined ? '' : ` (formerly quadratic: ${testCase.cause})`;
    it(`${testCase.title}: ${within}${formerly}`, function () {
      assertLinear(testCase, (text, run) => runEverything(service, text, testCase.languageId, run));
    });
  }

  for (const testCase of parseOnly) {
    it(`${testCase.title}: parse ${within}`, function () {
      assertLinear(testCase, (text, run) => {
        const opened = openFresh(service, text, testCase.languageId, run);
        opened.parse();
        opened.dispose();
      });
    });
  }
});
