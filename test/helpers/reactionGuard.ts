import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CodeSets } from '../../server/src/service/codes/codeSet';
import { createValidationRun } from '../../server/src/service/features/validationRun';
import type { ValidationSettings } from '../../server/src/service/languageService';
import type { ParsedDocument } from '../../server/src/service/model';
import { rules } from '../../server/src/service/rules/index';
import { createRuleTables } from '../../server/src/service/rules/ruleTables';
import type { TextSource } from '../../server/src/service/spans';

/**
 * The guard of the rules' declarations (`Rule.reactsTo`): a document is validated twice, once as the
 * engine does it (claims screened, each rule run only where it reacts) and once with every enabled rule
 * run on every encounter and every claim built. The findings must be the same, rule by rule: a
 * declaration that skipped an encounter on which its check reports something shows up here, whatever
 * codes the encounter has.
 */

function diagnostics(document: TextSource, parsed: ParsedDocument, codeSets: CodeSets, settings: ValidationSettings, screen: boolean): Diagnostic[] {
  const run = createValidationRun(document, parsed, codeSets, settings, { ruleTables: createRuleTables(codeSets, { screen }) });
  while (!run.done) run.step(1000);
  return run.diagnostics();
}

/** The diagnostics with the reactions, and with every rule on every encounter. */
export function validateBothWays(
  document: TextSource, parsed: ParsedDocument, codeSets: CodeSets, settings: ValidationSettings,
): { readonly screened: Diagnostic[]; readonly everyRule: Diagnostic[] } {
  return { screened: diagnostics(document, parsed, codeSets, settings, true), everyRule: diagnostics(document, parsed, codeSets, settings, false) };
}

/** Asserts that the reactions skipped nothing any rule's check reports on the document; returns the diagnostics. */
export function assertReactionsSkipNothing(
  document: TextSource, parsed: ParsedDocument, codeSets: CodeSets, settings: ValidationSettings, label: string,
): Diagnostic[] {
  const { screened, everyRule } = validateBothWays(document, parsed, codeSets, settings);
  for (const rule of rules) {
    const ofRule = (list: readonly Diagnostic[]): Diagnostic[] => list.filter((diagnostic) => diagnostic.code === rule.id);
    assert.deepEqual(ofRule(screened), ofRule(everyRule), `${label}: ${rule.id} did not react to an encounter on which its check reports`);
  }
  assert.deepEqual(screened, everyRule, `${label}: running every rule everywhere changed the diagnostics`);
  return screened;
}
