import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import type { DocumentSnapshot, LanguageService } from '../../server/src/service';
import { testCodeSets } from '../helpers/codeSets';
import { cpuMs, logGrowth, MAX_CONSTANT_RATIO, quarterGrowth } from './growth';
import type { GrowthRuns } from './growth';

/**
 * A request about one position of an 837 costs the same in a segment of ten elements and in a damaged
 * segment of a hundred thousand: the segment's elements are read only as far as the position, and not
 * past the first thousand (server/src/service/x12/segmentElements.ts). Each request is made in the
 * middle of one huge segment of `n` elements and of `n / 4` elements, and the CPU times compared; they
 * grew four times over while every request split the whole segment into element objects.
 */

const ISA = 'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260105*0930*^*00501*000000117*0*T*:~';

/** Elements in the full-size segment: a tenth of the megabyte a segment that never ends can reach. */
const ELEMENTS = 40_000;

/**
 * Requests in the batch that sizes a measured run: one takes a fraction of a millisecond, too little for
 * the CPU clock alone.
 */
const CALIBRATION_REQUESTS = 100;

/**
 * The least CPU time a measured run should take at the quarter size. Runs of one or two milliseconds
 * let a single page fault or timer interrupt on a loaded CI host double a run's time (a ratio of 2.09
 * was seen on a request whose ratio is 0.9–1.04 on an idle host); each request's batch is therefore
 * lengthened until a run takes about this long.
 */
const RUN_TARGET_MS = 20;

/** The most requests in one run, so a request far slower than expected cannot make the test slow. */
const MAX_REQUESTS_PER_RUN = 20_000;

/** Seven runs of each size: one garbage collection can still fall in a run, and the least is kept. */
const runs: GrowthRuns = { quarter: 7, full: 7 };

/** Damaged segments of `size` elements, each in a claim: the request is made in the middle of the text, inside the segment. */
const segments: ReadonlyArray<{ readonly title: string; readonly make: (size: number) => string }> = [
  { title: 'a CLM that never ends (empty elements to the end of the file)', make: (size) => `${ISA}\nCLM*X${'*'.repeat(size)}` },
  { title: 'an NTE of one-letter elements', make: (size) => `${ISA}\nCLM*X~NTE*${'A*'.repeat(size)}A~` },
  { title: 'an HI of diagnosis composites', make: (size) => `${ISA}\nCLM*X~HI*${'ABF:C7801*'.repeat(size)}ABF:C7801~` },
];

/**
 * The requests about one position that read the segment under it; each must cost the same however long
 * that segment is. Completion and code actions read no element of an 837 segment, and take too little
 * time (hundredths of a millisecond) for a ratio of CPU times to mean anything.
 */
const requests: ReadonlyArray<{ readonly name: string; readonly ask: (service: LanguageService, snapshot: DocumentSnapshot, position: Position) => unknown }> = [
  { name: 'hover', ask: (service, snapshot, position) => service.doHover(snapshot, position) },
  { name: 'go to definition', ask: (service, snapshot, position) => service.findDefinition(snapshot, position) },
  { name: 'find references', ask: (service, snapshot, position) => service.findReferences(snapshot, position, true) },
  {
    name: 'the claim view at the position',
    ask: (service, snapshot, position) => service.showClaim(snapshot, { position }, { rules: {}, maxNumberOfProblems: 1000 }, true),
  },
];

/** An opened segment: the parsed document and the position in its middle. */
interface Opened {
  readonly snapshot: DocumentSnapshot;
  readonly middle: Position;
}

describe('safety: a request about one position of a huge segment costs the same as in a short one', function () {
  // Wall time on a shared host stretches well past the CPU time measured; the ratio decides.
  this.timeout(240_000);
  const service = createLanguageService({ codeSets: testCodeSets() });

  for (const segment of segments) {
    describe(segment.title, function () {
      const opened = new Map<number, Opened>();
      const hosts: Array<{ dispose(): void }> = [];

      before(function () {
        for (const size of [ELEMENTS, Math.floor(ELEMENTS / 4)]) {
          const text = segment.make(size);
          const document = TextDocument.create(`file:///single-segment/${opened.size}-${size}.837`, 'x12-837', 1, text);
          const host = service.open(document.uri, 'x12-837', text, 1);
          hosts.push(host);
          opened.set(size, { snapshot: host.snapshot(), middle: document.positionAt(text.length >> 1) });
        }
      });

      after(function () {
        for (const host of hosts) host.dispose();
      });

      for (const request of requests) {
        it(`${request.name}: CPU time at ${ELEMENTS.toLocaleString('en-US')} elements within ${MAX_CONSTANT_RATIO} times that at a quarter`, function () {
          const ask = (size: number, count: number): void => {
            const { snapshot, middle } = opened.get(size) as Opened;
            for (let asked = 0; asked < count; asked++) request.ask(service, snapshot, middle);
          };
          // The first batches, at both sizes, compile the request's code; the quickest of three warm ones sizes the runs.
          for (const size of [ELEMENTS, Math.floor(ELEMENTS / 4)]) ask(size, CALIBRATION_REQUESTS);
          let calibrationMs = Number.POSITIVE_INFINITY;
          for (let batch = 0; batch < 3; batch++) calibrationMs = Math.min(calibrationMs, cpuMs(() => ask(Math.floor(ELEMENTS / 4), CALIBRATION_REQUESTS)));
          const requestsPerRun = requestsForRun(calibrationMs);
          const growth = quarterGrowth((size) => ask(size, requestsPerRun), ELEMENTS, runs, MAX_CONSTANT_RATIO);
          logGrowth(`${segment.title}: ${request.name}`, growth);
          const figures = `${growth.fullMs.toFixed(2)} ms at n, ${growth.quarterMs.toFixed(2)} ms at n / 4: ratio ${growth.ratio.toFixed(2)}`;
          assert.ok(growth.ratio <= MAX_CONSTANT_RATIO, figures);
        });
      }
    });
  }
});

/** How many requests make a run of about {@link RUN_TARGET_MS}, given the CPU time of {@link CALIBRATION_REQUESTS} of them. */
function requestsForRun(calibrationMs: number): number {
  const perRequestMs = Math.max(calibrationMs, 0.001) / CALIBRATION_REQUESTS;
  return Math.min(MAX_REQUESTS_PER_RUN, Math.max(CALIBRATION_REQUESTS, Math.ceil(RUN_TARGET_MS / perRequestMs)));
}
