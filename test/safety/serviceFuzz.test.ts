import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Diagnostic, Position, Range } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import type { LanguageId, LanguageService, ValidationSettings } from '../../server/src/service';
import { testCodeSets } from '../helpers/codeSets';
import { fhirTextArbitrary, fhirTexts, jsonMutationArbitrary, mutateJson } from './fhirInputs';
import { budget, casesRun, countCase, interchangeArbitrary, mutate, mutationArbitrary, noteArbitrary, x12Fixtures } from './fuzzSupport';
import { snapshotOf } from '../helpers/snapshot';

/**
 * The whole service on damaged input: parse, validation, hover, completion (and resolve), code actions
 * and symbols at random positions never throw, never report a rule crash, and answer with ranges
 * that lie inside the document.
 */

const settingsArbitrary: fc.Arbitrary<ValidationSettings> = fc.record({
  rules: fc.dictionary(fc.constantFrom('secondary-without-primary', 'unknown-code', 'code-not-billable', 'history-first-listed', 'no-such-rule'),
    fc.constantFrom('off', 'hint', 'information', 'warning', 'error')),
  maxNumberOfProblems: fc.oneof(fc.constant(1000), fc.integer({ min: 1, max: 5 })),
});

/** A position anywhere in or beyond the document, or right at a character the parsers care about. */
function positionsArbitrary(): fc.Arbitrary<Array<{ line: number; character: number } | number>> {
  return fc.array(fc.oneof(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.record({ line: fc.nat(200), character: fc.nat(400) }),
    fc.record({ line: fc.constantFrom(0, 2 ** 31 - 1), character: fc.constantFrom(0, 2 ** 31 - 1) }),
  ), { minLength: 1, maxLength: 6 });
}

function isInside(document: TextDocument, position: Position): boolean {
  if (position.line < 0 || position.line >= document.lineCount || position.character < 0) return false;
  const lineText = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
  return position.character <= lineText.replace(/\r?\n$/, '').length + (lineText.endsWith('\r\n') ? 1 : 0);
}

function assertRange(document: TextDocument, range: Range | undefined, what: string): void {
  if (range === undefined) return;
  assert.ok(isInside(document, range.start) && isInside(document, range.end), `${what}: range ${JSON.stringify(range)} outside the document`);
  assert.ok(document.offsetAt(range.start) <= document.offsetAt(range.end), `${what}: range ${JSON.stringify(range)} ends before it starts`);
}

/** What the fuzzed service answered, so a service that silently answers nothing fails the suite. */
const answered = { diagnostics: 0, hovers: 0, completions: 0 };

function exercise(service: LanguageService, text: string, languageId: LanguageId, settings: ValidationSettings, positions: ReadonlyArray<{ line: number; character: number } | number>): void {
  const extension = { 'x12-837': '837', 'clinical-note': 'note', 'fhir-json': 'fhir.json' }[languageId];
  const document = TextDocument.create(`file:///fuzz/input.${extension}`, languageId, 1, text);
  const parsed = snapshotOf(service, document, languageId);
  const diagnostics = service.doValidation(parsed, settings);
  const crashes = diagnostics.filter((diagnostic) => diagnostic.code === 'rule-failed' || diagnostic.code === 'parse-failed');
  assert.deepEqual(crashes.map((diagnostic) => diagnostic.message), [], 'a rule or the parser crashed');
  diagnostics.forEach((diagnostic) => assertRange(document, diagnostic.range, `diagnostic ${String(diagnostic.code)}`));
  answered.diagnostics += diagnostics.length;
  assert.ok(diagnostics.length <= settings.maxNumberOfProblems + 1, `${diagnostics.length} diagnostics over the limit ${settings.maxNumberOfProblems}`);
  for (const raw of positions) {
    const position = typeof raw === 'number' ? document.positionAt(Math.floor(raw * (text.length + 1))) : raw;
    const hover = service.doHover(parsed, position);
    if (hover?.range !== undefined) assertRange(document, hover.range, 'hover');
    if (hover !== null) answered.hovers++;
    const completion = service.doComplete(parsed, position);
    if (completion.items.length > 0) answered.completions++;
    for (const item of completion.items.slice(0, 3)) {
      checkCompletionItem(document, item);
      checkCompletionItem(document, service.doResolveCompletion(item));
    }
  }
  const everything: Range = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  const actions = service.doCodeActions(parsed, everything, diagnostics as Diagnostic[]);
  for (const action of actions) {
    for (const edits of Object.values(action.edit?.changes ?? {})) edits.forEach((edit) => assertRange(document, edit.range, `quick fix '${action.title}'`));
  }
  service.findDocumentSymbols(parsed).forEach((symbol) => assertRange(document, symbol.range, `symbol ${symbol.name}`));
}

function checkCompletionItem(document: TextDocument, item: CompletionItem): void {
  const edit = item.textEdit;
  if (edit === undefined) return;
  if ('range' in edit) assertRange(document, edit.range, `completion ${item.label}`);
  else {
    assertRange(document, edit.insert, `completion ${item.label}`);
    assertRange(document, edit.replace, `completion ${item.label}`);
  }
}

describe('safety: the whole service on damaged input (fast-check)', function () {
  this.timeout(120_000);
  let service: LanguageService;
  const fixtures = x12Fixtures();

  before(function () {
    service = createLanguageService({ codeSets: testCodeSets() });
  });

  after(function () {
    const groups = [...casesRun].filter(([group]) => group.startsWith('service-'));
    console.log(`      service fuzz cases: ${groups.reduce((sum, [, count]) => sum + count, 0)} (${groups.map(([group, count]) => `${group} ${count}`).join(', ')}); answered ${JSON.stringify(answered)}`);
  });

  it('validates, hovers, completes and fixes mutated fixtures without throwing', function () {
    fc.assert(fc.property(fc.integer({ min: 0, max: fixtures.length - 1 }), fc.array(mutationArbitrary, { maxLength: 5 }), settingsArbitrary, positionsArbitrary(),
      (index, mutations, settings, positions) => {
        exercise(service, mutations.reduce(mutate, fixtures[index]?.text ?? ''), 'x12-837', settings, positions);
        countCase('service-x12');
      }), budget(2500));
    assert.ok(answered.diagnostics > 0 && answered.hovers > 0 && answered.completions > 0, JSON.stringify(answered));
  });

  it('does the same on generated interchanges', function () {
    fc.assert(fc.property(interchangeArbitrary, fc.array(mutationArbitrary, { maxLength: 2 }), settingsArbitrary, positionsArbitrary(),
      ({ text }, mutations, settings, positions) => {
        exercise(service, mutations.reduce(mutate, text), 'x12-837', settings, positions);
        countCase('service-generated-837');
      }), budget(800));
  });

  it('does the same on generated and mutated notes, and on 837 text opened as a note', function () {
    fc.assert(fc.property(fc.oneof(noteArbitrary.map((note) => note.text), fc.constantFrom(...fixtures.map((fixture) => fixture.text))),
      fc.array(mutationArbitrary, { maxLength: 3 }), settingsArbitrary, positionsArbitrary(),
      (text, mutations, settings, positions) => {
        exercise(service, mutations.reduce(mutate, text), 'clinical-note', settings, positions);
        countCase('service-note');
      }), budget(1000));
  });

  it('does the same on generated, real and mutated FHIR (resources, Bundles, NDJSON), and on 837 text opened as FHIR', function () {
    const real = fhirTexts();
    fc.assert(fc.property(fc.oneof(fhirTextArbitrary, fc.constantFrom(...real), fc.constantFrom(...fixtures.slice(0, 3).map((fixture) => fixture.text))),
      fc.array(jsonMutationArbitrary, { maxLength: 4 }), settingsArbitrary, positionsArbitrary(),
      (text, mutations, settings, positions) => {
        exercise(service, mutations.reduce(mutateJson, text), 'fhir-json', settings, positions);
        countCase('service-fhir');
      }), budget(800));
  });
});
