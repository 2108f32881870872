import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { distinctBillableCodes, scalingShapes } from '../../bench/scalingShapes';
import { createLanguageService } from '../../server/src/service';
import type { LanguageService } from '../../server/src/service';
import { testCodeSets } from '../helpers/codeSets';
import { logGrowth, MAX_LINEAR_RATIO, quarterGrowth } from './growth';
import type { GrowthRuns } from './growth';

/**
 * One regression test per scaling shape of `npm run bench` (bench/scalingShapes.ts): parse, validate
 * with every rule, and hover in the middle, at the shape's regression size and at a quarter of it, and
 * compare the two CPU times: a ratio rather than a time limit, so the test holds on a slow host as on
 * a fast one (see {@link MAX_LINEAR_RATIO} for why the ratio tells linear work from quadratic). The
 * growth exponent itself is measured by the bench, not here.
 */

/**
 * Two runs of each size, the least time of each compared (see `quarterGrowth`): a second run takes
 * most of the noise of a shared host out, and the full-size runs are most of the test's time.
 */
const runs: GrowthRuns = { quarter: 2, full: 2 };

describe('safety: the scaling shapes stay linear at their regression size', function () {
  // Mocha's timeout counts wall time, which a shared host stretches several times over the CPU time
  // measured here; a shape that became quadratic again takes minutes and fails by its ratio or by this.
  this.timeout(240_000);
  let service: LanguageService;
  let codes: string[];

  before(function () {
    const codeSets = testCodeSets();
    service = createLanguageService({ codeSets });
    codes = distinctBillableCodes(codeSets, Math.max(...scalingShapes.map((shape) => shape.regressionSize)));
  });

  for (const shape of scalingShapes) {
    const n = shape.regressionSize;
    it(`${shape.title}: CPU time at n = ${n.toLocaleString('en-US')} within ${MAX_LINEAR_RATIO} times that at n / 4`, function () {
      const texts = new Map([n, Math.floor(n / 4)].map((size) => [size, shape.make(size, codes)]));
      const growth = quarterGrowth((size, run) => {
        const text = texts.get(size) ?? '';
        // A document of its own for every run, so no run answers from an earlier run's parse.
        const document = TextDocument.create(`file:///scaling/${shape.id}/${run}`, shape.languageId, 1, text);
        const host = service.open(document.uri, shape.languageId, text, 1);
        const parsed = host.snapshot();
        service.doValidation(parsed, { rules: {}, maxNumberOfProblems: 1000 });
        service.doHover(parsed, document.positionAt(text.length >> 1));
        host.dispose();
      }, n, runs, MAX_LINEAR_RATIO);
      logGrowth(shape.title, growth);
      const figures = `${Math.round(growth.fullMs)} ms at n, ${Math.round(growth.quarterMs)} ms at n / 4: ratio ${growth.ratio.toFixed(1)}`;
      assert.ok(growth.ratio <= MAX_LINEAR_RATIO, figures);
    });
  }
});
