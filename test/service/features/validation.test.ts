import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { validateEncounter } from '../../../server/src/service/features/validation';
import { validate } from '../../../server/src/service/features/validationRun';
import { parseDocument } from '../../../server/src/service/parse';
import { rules } from '../../../server/src/service/rules/index';
import { checkDiagnostics, validateFixture } from '../../helpers/checkDiagnostics';
import { testCodeSets } from '../../helpers/codeSets';
import { sourceOf } from '../../helpers/snapshot';

/** Three note encounters, each with one secondary site alone (one finding each). */
const threeEncounters = 'Dx: C78.7\n---\nDx: C79.51\n---\nDx: C78.01\n';

describe('validation engine', () => {
  it('registers the 13 rules of the product table, the diagnosis-pointer rule, the 3 narrative rules (NARRATIVE.md) and the 4 FHIR rules with their default severities, once each', () => {
    const table: Record<string, string> = {
      'secondary-without-primary': 'warning',
      'history-with-active-cancer': 'warning',
      'unknown-primary-with-known-primary': 'warning',
      'disseminated-with-known-sites': 'warning',
      'excludes1-conflict': 'warning',
      'code-first-order': 'warning',
      'treatment-encounter-order': 'information',
      'palliative-first-listed': 'information',
      'secondary-listed-first': 'information',
      'history-first-listed': 'warning',
      'code-not-billable': 'error',
      'unknown-code': 'error',
      'code-not-valid-on-date': 'warning',
      // NARRATIVE.md: new rules default to information or hint, never a false "must fix".
      'diagnosis-pointer-invalid': 'error',
      'documented-not-coded': 'information',
      'coded-against-documentation': 'information',
      'coded-not-documented': 'hint',
      'fhir-icd10cm-system': 'error',
      'fhir-code-format': 'warning',
      'fhir-display-mismatch': 'information',
      'fhir-diagnosis-sequence': 'warning',
    };
    assert.deepEqual(Object.fromEntries(rules.map((rule) => [rule.id, rule.defaultSeverity])), table);
    assert.equal(rules.length, 21);
  });

  it('drops a rule that the user turned off', () => {
    checkDiagnostics('Dx: C78.7', { rules: { 'secondary-without-primary': 'off' } });
  });

  it('reports a rule at the level the user chose', () => {
    checkDiagnostics(`
      Dx: C78.7
          ^^^^^ error secondary-without-primary
    `, { rules: { 'secondary-without-primary': 'error' } });
    checkDiagnostics(`
      Dx: C78.7
          ^^^^^ hint secondary-without-primary
    `, { rules: { 'secondary-without-primary': 'hint' } });
  });

  it('keeps the finding\'s own severity when the setting equals the default (the untouched value)', () => {
    checkDiagnostics(`
      CLM*ACCT11*5000***11:A:1**A*Y*Y~
      HI*ABK:Z853~
             ^^^^ error history-first-listed
    `, { language: '837I', rules: { 'history-first-listed': 'warning' } });
  });

  it('fills code, source, docs link and serialisable fix data', () => {
    const { diagnostics } = validateFixture('Dx: C78.7');
    const [diagnostic] = diagnostics;
    assert.ok(diagnostic);
    assert.equal(diagnostic.code, 'secondary-without-primary');
    assert.equal(diagnostic.source, 'icd-claim-coder');
    assert.equal(diagnostic.codeDescription?.href, 'https://github.com/icd-claim-coder/icd-claim-coder/blob/main/docs/rules/secondary-without-primary.md');
    assert.deepEqual(JSON.parse(JSON.stringify(diagnostic.data)), diagnostic.data);
    assert.deepEqual(diagnostic.data, {
      source: 'icd-claim-coder',
      fixes: [{ title: 'Add C80.1 (malignant neoplasm, primary site unknown)', edits: [{ offset: 9, length: 0, newText: ', C80.1' }] }],
    });
  });

  it('leaves the quick fixes out, and nothing else, when the caller asks for none (the command line)', () => {
    // C78.0 is a subcategory heading (code-not-billable offers its children), C99.99 is no code (unknown-code
    // offers the nearest), and C78.7 alone is a secondary without a primary (the rule offers C80.1).
    const text = 'Dx: C78.0, C99.99, C78.7';
    const document = TextDocument.create('file:///fixes.note', 'clinical-note', 1, text);
    const run = (quickFixes?: boolean) => validate(sourceOf(document), parseDocument(text, 'clinical-note'), testCodeSets(), {
      rules: {}, maxNumberOfProblems: 100, ...(quickFixes === undefined ? {} : { quickFixes }),
    });
    const withFixes = run();
    const withoutFixes = run(false);
    assert.deepEqual(withFixes.map((diagnostic) => diagnostic.code).sort(), ['code-not-billable', 'secondary-without-primary', 'unknown-code']);
    assert.ok(withFixes.every((diagnostic) => diagnostic.data !== undefined), 'each of these findings offers a fix by default');
    assert.ok(withoutFixes.every((diagnostic) => diagnostic.data === undefined));
    assert.deepEqual(withoutFixes, withFixes.map(({ data: _data, ...rest }) => rest));
  });

  it('uses the docs base URL the binding names', () => {
    const text = 'Dx: C78.7';
    const document = TextDocument.create('file:///a.note', 'clinical-note', 1, text);
    const diagnostics = validate(sourceOf(document), parseDocument(text, 'clinical-note'), testCodeSets(), { rules: {}, maxNumberOfProblems: 100 }, undefined, 'https://example.test/rules');
    assert.equal(diagnostics[0]?.codeDescription?.href, 'https://example.test/rules/secondary-without-primary.md');
  });

  it('caps the problems and says how many were left out', () => {
    const { diagnostics } = validateFixture(threeEncounters, { maxNumberOfProblems: 2 });
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['secondary-without-primary', 'secondary-without-primary', 'problem-limit']);
    const last = diagnostics[2];
    assert.equal(last?.severity, DiagnosticSeverity.Information);
    assert.match(last?.message ?? '', /^1 more problem was left out .*limit of 2/);
  });

  it('adds no limit message when everything fits', () => {
    const { diagnostics } = validateFixture(threeEncounters, { maxNumberOfProblems: 3 });
    assert.equal(diagnostics.length, 3);
  });

  it('polls the token between encounters and returns what is done when cancelled', () => {
    let polls = 0;
    const token = { get isCancellationRequested(): boolean { polls++; return polls > 1; } };
    const { diagnostics } = validateFixture(threeEncounters, { token });
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]?.range.start.line, 0);
    assert.equal(polls, 2);
  });

  it('polls the token between the claims of an 837', () => {
    let polls = 0;
    const token = { get isCancellationRequested(): boolean { polls++; return polls > 1; } };
    const claims = `
      CLM*A1*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C787~
      CLM*A2*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C7951~
    `;
    assert.equal(validateFixture(claims, { language: '837P' }).diagnostics.length, 2);
    const { document, diagnostics } = validateFixture(claims, { language: '837P', token });
    assert.deepEqual(diagnostics.map((diagnostic) => document.getText(diagnostic.range)), ['C787']);
  });

  it('checks each claim of an 837 with the year covering its own date of service', () => {
    checkDiagnostics(`
      CLM*A1*100***11:B:1*Y*A*Y*Y~
      DTP*472*D8*20260301~
      HI*ABK:C329*ABF:C7831~
                      ^^^^^ warning code-not-valid-on-date
      LX*1~
      SV1*HC:99214*100*UN*1***1~
      CLM*A2*100***11:B:1*Y*A*Y*Y~
      DTP*472*D8*20261101~
      HI*ABK:C329*ABF:C7831~
      LX*1~
      SV1*HC:99214*100*UN*1***1~
    `, { language: '837P' });
  });

  it('reports structural problems with their own ids, before rule findings', () => {
    const text = 'ISA*00*garbage~\nCLM*X~\n';
    const document = TextDocument.create('file:///b.837', 'x12-837', 1, text);
    const parsed = parseDocument(text, 'x12-837');
    assert.ok(parsed.problems.length > 0, 'the damaged header is a structural problem');
    const diagnostics = validate(sourceOf(document), parsed, testCodeSets(), { rules: {}, maxNumberOfProblems: 100 });
    assert.equal(diagnostics.length, parsed.problems.length);
    assert.equal(diagnostics[0]?.code, parsed.problems[0]?.id);
    assert.equal(diagnostics[0]?.source, 'icd-claim-coder');
  });

  it('re-checks one encounter on its own with the same result as the whole document', () => {
    const text = threeEncounters;
    const document = TextDocument.create('file:///c.note', 'clinical-note', 1, text);
    const parsed = parseDocument(text, 'clinical-note');
    const settings = { rules: {}, maxNumberOfProblems: 100 };
    const all = validate(sourceOf(document), parsed, testCodeSets(), settings);
    const second = parsed.encounters[1];
    assert.ok(second);
    assert.deepEqual(validateEncounter(sourceOf(document), parsed, second, testCodeSets(), settings), [all[1]]);
  });

  it('reports a rule that throws and still runs the others', () => {
    const real = testCodeSets();
    const broken = new Proxy(real, {
      get(target, property) {
        if (property === 'notes') return () => { throw new Error('notes unavailable'); };
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const { diagnostics } = validateFixture('Dx: C78.7', { codeSets: broken });
    const codes = diagnostics.map((diagnostic) => diagnostic.code);
    assert.ok(codes.includes('secondary-without-primary'));
    const failed = diagnostics.filter((diagnostic) => diagnostic.code === 'rule-failed');
    assert.ok(failed.length > 0);
    assert.match(failed[0]?.message ?? '', /notes unavailable/);
  });
});
