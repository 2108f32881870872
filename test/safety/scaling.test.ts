import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { distinctBillableCodes, scalingShapes } from '../../bench/scalingShapes';
import { createLanguageService } from '../../server/src/service';
import type { LanguageService } from '../../server/src/service';
import { testCodeSets } from '../helpers/codeSets';

/**
 * One regression test per scaling shape of `npm run bench` (bench/scalingShapes.ts): parse, validate
 * with every rule, and hover in the middle, at a size where the former quadratic code took more than
 * ten times this limit (seconds to minutes), while linear code takes a fraction of it. The growth
 * exponent itself is measured by the bench, not here.
 */

const limitMs = Number(process.env.SAFETY_BUDGET_MS ?? 2000);

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
    it(`${shape.title}, n = ${shape.regressionSize.toLocaleString('en-US')}: within ${limitMs} ms`, function () {
      const text = shape.make(shape.regressionSize, codes);
      const document = TextDocument.create(`file:///scaling/${shape.id}`, shape.languageId, 1, text);
      const started = performance.now();
      const parsed = service.parse(document, shape.languageId);
      service.doValidation(document, parsed, { rules: {}, maxNumberOfProblems: 1000 });
      service.doHover(document, parsed, document.positionAt(text.length >> 1));
      const elapsed = performance.now() - started;
      assert.ok(elapsed < limitMs, `${Math.round(elapsed)} ms`);
    });
  }
});
