import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { distinctBillableCodes, scalingShapes } from '../../bench/scalingShapes';
import { createLanguageService } from '../../server/src/service';
import type { LanguageService } from '../../server/src/service';
import { testCodeSets } from '../helpers/codeSets';
import { snapshotOf } from '../helpers/snapshot';

/**
 * One regression test per scaling shape of `npm run bench` (bench/scalingShapes.ts): parse, validate
 * with every rule, and hover in the middle, at a size where the former quadratic code took about a
 * minute or more (measured against the code before the fix, see the
 * numbers in bench/README.md), while linear code takes a fraction of it. The growth
 * exponent itself is measured by the bench, not here.
 */

/**
 * Generous, because CPU time differs between hosts: linear code needed under half of the former 5 s on the machines of
 * 25 November to 3 December, but 5–7 s of CPU (garbage collection threads included) on the slower host of 4 December
 * evening, where the same code of the morning was as slow. The quadratic code this guards against took a minute or more,
 * so twelve seconds still tells the two apart by a factor of four or more on any of these hosts.
 */
const limitMs = Number(process.env.SCALING_LIMIT_MS ?? 12_000);

describe('safety: the scaling shapes stay linear at their regression size', function () {
  this.timeout(120_000);
  let service: LanguageService;
  let codes: string[];

  before(function () {
    const codeSets = testCodeSets();
    service = createLanguageService({ codeSets });
    codes = distinctBillableCodes(codeSets, Math.max(...scalingShapes.map((shape) => shape.regressionSize)));
  });

  for (const shape of scalingShapes) {
    it(`${shape.title}, n = ${shape.regressionSize.toLocaleString('en-US')}: within ${limitMs} ms of CPU time`, function () {
      const text = shape.make(shape.regressionSize, codes);
      const document = TextDocument.create(`file:///scaling/${shape.id}`, shape.languageId, 1, text);
      // CPU time, not wall time: the machine may be shared, and what is tested is the work done.
      const started = process.cpuUsage();
      const parsed = snapshotOf(service, document, shape.languageId);
      service.doValidation(parsed, { rules: {}, maxNumberOfProblems: 1000 });
      service.doHover(parsed, document.positionAt(text.length >> 1));
      const used = process.cpuUsage(started);
      const elapsed = (used.user + used.system) / 1000;
      assert.ok(elapsed < limitMs, `${Math.round(elapsed)} ms of CPU time`);
    });
  }
});
