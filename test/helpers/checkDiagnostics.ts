import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { CodeSets } from '../../server/src/service/codes/codeSet';
import { codeActions } from '../../server/src/service/features/codeActions';
import { validate } from '../../server/src/service/features/validationRun';
import type { CancellationLike, RuleLevel, ValidationSettings } from '../../server/src/service/languageService';
import type { NarrativeReader } from '../../server/src/service/notes/narrativeReadings';
import { parseDocument } from '../../server/src/service/parse';
import { rules } from '../../server/src/service/rules/index';
import { testCodeSets } from './codeSets';
import { dedent, parseFixture, x12Envelope } from './fixture';
import { assertReactionsSkipNothing } from './reactionGuard';
import type { ClaimKind, ExpectedDiagnostic, SeverityName } from './fixture';
import { sourceOf } from './snapshot';

/**
 * The one place rule tests meet the service: parse a fixture, validate it, and compare with the caret
 * annotations. Tests call these helpers, never the service API, so an API change touches this file.
 */

/** How a fixture is checked. */
export interface CheckOptions {
  /** `note` (default) for a clinical note, or an 837 kind: the fixture lines are then claim lines wrapped in an envelope. */
  readonly language?: 'note' | ClaimKind | 'fhir';
  /** Per-rule levels, as the user's `icdClaimCoder.rules.*` settings. */
  readonly rules?: Readonly<Record<string, RuleLevel>>;
  readonly maxNumberOfProblems?: number;
  readonly token?: CancellationLike;
  readonly codeSets?: CodeSets;
  /** Reads the note's narrative (a scripted reader or the real one); without it the narrative rules are quiet. */
  readonly reader?: NarrativeReader;
}

/** A validated fixture: the document the service saw and what it reported. */
export interface Validated {
  readonly document: TextDocument;
  readonly diagnostics: Diagnostic[];
  readonly expected: readonly ExpectedDiagnostic[];
}

const severityNames: Readonly<Record<number, SeverityName>> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** The full document text for a fixture source, before caret lines are stripped. */
function fixtureSource(source: string, options: CheckOptions): string {
  const language = options.language ?? 'note';
  return language === 'note' || language === 'fhir' ? dedent(source) : x12Envelope(source, language);
}

/** Parses and validates a fixture without comparing anything. */
export function validateFixture(source: string, options: CheckOptions = {}): Validated {
  const fixture = parseFixture(fixtureSource(source, options));
  const language = options.language ?? 'note';
  const languageId = language === 'note' ? 'clinical-note' : language === 'fhir' ? 'fhir-json' : 'x12-837';
  const extension = { 'clinical-note': 'note', 'fhir-json': 'fhir.json', 'x12-837': '837' }[languageId];
  const document = TextDocument.create(`file:///fixture.${extension}`, languageId, 1, fixture.text);
  const settings: ValidationSettings = { rules: options.rules ?? {}, maxNumberOfProblems: options.maxNumberOfProblems ?? 1000 };
  const parsed = parseDocument(fixture.text, languageId, options.reader === undefined ? undefined : { note: { reader: options.reader } });
  const codeSets = options.codeSets ?? testCodeSets();
  const diagnostics = validate(sourceOf(document), parsed, codeSets, settings, options.token);
  // Every fixture also holds the rules to their declarations: no rule may skip an encounter it reports on.
  if (options.token === undefined) assertReactionsSkipNothing(sourceOf(document), parsed, codeSets, settings, 'fixture');
  return { document, diagnostics, expected: fixture.expected };
}

function describeActual(document: TextDocument, diagnostic: Diagnostic): string {
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const text = document.getText().slice(start, end);
  return `${severityNames[diagnostic.severity ?? 0] ?? 'none'} ${String(diagnostic.code)} "${text}"@${start}`;
}

function describeExpected(document: TextDocument, expected: ExpectedDiagnostic): string {
  const text = document.getText().slice(expected.offset, expected.offset + expected.length);
  return `${expected.severity} ${expected.rule} "${text}"@${expected.offset}`;
}

/**
 * Validates an annotated fixture and asserts that the diagnostics are exactly the annotated ones:
 * same rule, severity and range, message fragments included, nothing unexpected. Returns them.
 */
export function checkDiagnostics(source: string, options: CheckOptions = {}): Diagnostic[] {
  const { document, diagnostics, expected } = validateFixture(source, options);
  const actual = diagnostics.map((diagnostic) => describeActual(document, diagnostic)).sort();
  const wanted = expected.map((item) => describeExpected(document, item)).sort();
  assert.deepEqual(actual, wanted, diagnostics.map((diagnostic) => `${String(diagnostic.code)}: ${diagnostic.message}`).join('\n'));
  for (const item of expected) {
    const match = diagnostics.find((diagnostic) => diagnostic.code === item.rule && document.offsetAt(diagnostic.range.start) === item.offset);
    assert.ok(match, `no ${item.rule} at ${item.offset}`);
    if (item.messageFragment !== undefined) assert.ok(match.message.includes(item.messageFragment), `"${match.message}" lacks "${item.messageFragment}"`);
    assert.match(match.message, /^[^\n]+[.?]$/, 'a message is one sentence');
    assert.equal(match.source, 'icd-claim-coder');
    if (rules.some((rule) => rule.id === item.rule)) {
      assert.ok(match.codeDescription?.href.endsWith(`/${item.rule}.md`), 'a rule diagnostic links its rule page');
    }
  }
  return diagnostics;
}

/** The quick-fix code actions offered for the diagnostics of one rule in a fixture. */
export function fixesFor(source: string, rule: string, options: CheckOptions = {}): { document: TextDocument; actions: CodeAction[] } {
  const { document, diagnostics } = validateFixture(source, options);
  const mine = diagnostics.filter((diagnostic) => diagnostic.code === rule);
  assert.ok(mine.length > 0, `the fixture raised no ${rule}`);
  return { document, actions: codeActions(sourceOf(document), mine) };
}

/** The titles of the quick fixes offered for one rule. */
export function fixTitles(source: string, rule: string, options: CheckOptions = {}): string[] {
  return fixesFor(source, rule, options).actions.map((action) => action.title);
}

/**
 * Applies the quick fix whose title starts with `title` to the fixture and asserts the result equals
 * `expected` (caret lines are stripped from both; for an 837 both are wrapped in the same envelope).
 */
export function checkFix(source: string, rule: string, title: string, expected: string, options: CheckOptions = {}): void {
  const { document, actions } = fixesFor(source, rule, options);
  const action = actions.find((candidate) => candidate.title.startsWith(title));
  assert.ok(action, `no fix titled "${title}" among ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
  const edits = action.edit?.changes?.[document.uri] ?? [];
  const result = TextDocument.applyEdits(document, edits);
  assert.equal(result, parseFixture(fixtureSource(expected, options)).text);
}
