import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeSets } from '../../../server/src/service/codes/codeSet';
import type { LanguageId, ValidationSettings } from '../../../server/src/service/languageService';
import { parseDocument } from '../../../server/src/service/parse';
import { createClaimScreen } from '../../../server/src/service/rules/claimScreen';
import { CodeClasses } from '../../../server/src/service/rules/codeClasses';
import { rules } from '../../../server/src/service/rules/index';
import type { Reaction } from '../../../server/src/service/rules/reaction';
import { createRuleTables } from '../../../server/src/service/rules/ruleTables';
import { secondaryListedFirst } from '../../../server/src/service/rules/secondary-listed-first';
import { testCodeSets } from '../../helpers/codeSets';
import { x12FixtureDir } from '../../helpers/dataFiles';
import { seededRandom as random } from '../../helpers/random';
import { assertReactionsSkipNothing } from '../../helpers/reactionGuard';
import { realReader } from '../../helpers/realReader';
import { interchange837 } from '../x12/x12TestFiles';
import { sourceOf } from '../../helpers/snapshot';

/**
 * Rules declare what they react to (`Rule.reactsTo`) and the engine runs a rule only there, and builds
 * only the claims of a batch some rule reacts to. This file holds every declaration to account on
 * documents of every kind: each is validated as the engine does it and with every rule run on every
 * encounter (test/helpers/reactionGuard.ts), and the findings must agree rule by rule. The caret fixtures
 * of the rule tests go through the same comparison (test/helpers/checkDiagnostics.ts).
 */

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const settings: ValidationSettings = { rules: {}, maxNumberOfProblems: Number.MAX_SAFE_INTEGER };

function languageOf(file: string): LanguageId | undefined {
  if (/\.(837|txt|edi|x12)$/i.test(file)) return 'x12-837';
  if (/\.note$/i.test(file)) return 'clinical-note';
  if (/\.fhir\.json$/i.test(file)) return 'fhir-json';
  return undefined;
}

/** Every document under a folder the service has a language for, with that language. */
function documentsUnder(folder: string): { file: string; languageId: LanguageId }[] {
  const found: { file: string; languageId: LanguageId }[] = [];
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) found.push(...documentsUnder(file));
    else if (!/readme/i.test(name)) {
      const languageId = languageOf(name);
      if (languageId !== undefined) found.push({ file, languageId });
    }
  }
  return found;
}

/** Asserts the reactions skip nothing on the text; returns the ids of the rules that reported on it. */
function assertSkipsNothing(text: string, languageId: LanguageId, label: string): Set<string> {
  const document = TextDocument.create(`file:///guard.${languageId}`, languageId, 1, text);
  const parsed = parseDocument(text, languageId, languageId === 'clinical-note' ? { note: { reader: realReader() } } : undefined);
  return new Set(assertReactionsSkipNothing(sourceOf(document), parsed, testCodeSets(), settings, label).map((diagnostic) => String(diagnostic.code)));
}

/** The rules that react to claims by their codes or parts: the ones a generated batch must make report. */
const claimRules = rules.filter((rule) => rule.reactsTo.narrative !== true && (rule.reactsTo.languages ?? ['x12-837']).includes('x12-837')).map((rule) => rule.id);

/**
 * Codes for generated claims, taken from the code sets by the classes the rules react to (a few of
 * each, spread over the code order), codes of one year only, codes in no year, and codes whose
 * Excludes1 or "code first" notes name another code, with a code they name: nothing hand-picked.
 */
function generatedPool(codeSets: CodeSets): { codes: string[]; pairs: [string, string][] } {
  const all = [...new Set(codeSets.years.flatMap((year) => codeSets.codesWithPrefix('', year.year, 1_000_000)))].sort();
  const codes = new Set<string>(['C7899', 'Z8599', 'C50X', 'A000Z']);
  for (const codeClass of Object.values(CodeClasses)) {
    const members = all.filter((code) => codeClass.test(code, codeSets));
    for (let i = 0; i < 8 && members.length > 0; i++) codes.add(members[Math.floor((i * members.length) / 8)] as string);
  }
  const tables = createRuleTables(codeSets);
  const pairs: [string, string][] = [];
  const newest = (codeSets.years[0] as { year: number }).year;
  for (let index = 0; index < all.length && pairs.length < 120; index += 97) {
    const carrier = all[index] as string;
    for (const kind of ['excludes1', 'codeFirst'] as const) {
      const ref = tables.notesOfKind(carrier, kind)[0]?.refs[0];
      const named = ref === undefined ? undefined : codeSets.codesWithPrefix(ref.first, newest, 1)[0];
      if (named !== undefined) pairs.push([carrier, named]);
    }
  }
  return { codes: [...codes], pairs };
}

/** One claim of 1–9 codes from the pool, sometimes with a note pair in either order, and service-line pointers. */
function generatedClaim(index: number, pool: { codes: string[]; pairs: [string, string][] }, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const codes = Array.from({ length: 1 + Math.floor(next() * 7) }, () => pick(pool.codes));
  if (pool.pairs.length > 0 && next() < 0.4) {
    const pair = pick(pool.pairs);
    const at = Math.floor(next() * (codes.length + 1));
    codes.splice(at, 0, ...(next() < 0.5 ? pair : [pair[1], pair[0]]));
  }
  const composites = codes.slice(0, 12).map((code, position) => `${position === 0 ? 'ABK' : 'ABF'}:${code}`);
  const pointer = 1 + Math.floor(next() * (composites.length + 2));
  const date = next() < 0.5 ? '20260301' : '20261101';
  const kind = next() < 0.2 ? '11:A:1' : '11:B:1';
  return [`CLM*GEN${index}*100***${kind}*Y*A*Y*Y`, `DTP*472*D8*${date}`, `HI*${composites.join('*')}`, 'LX*1', `SV1*HC:99214*100*UN*1***${pointer}`]
    .map((line) => `${line}~`).join('\n');
}

describe('rule reactions', () => {
  it('leave the claim screen in use for the registry: no rule reacts to every claim', () => {
    assert.ok(createClaimScreen(createRuleTables(testCodeSets()), rules, {}) !== undefined);
  });

  it('skip nothing on the examples, the real 837 fixtures and their notes and FHIR files', () => {
    const documents = [...documentsUnder(path.join(repoRoot, 'examples')), ...documentsUnder(x12FixtureDir)];
    assert.ok(documents.length >= 25, `expected the examples and fixtures, found ${documents.length}`);
    const reported = new Set<string>();
    for (const { file, languageId } of documents) {
      for (const id of assertSkipsNothing(readFileSync(file, 'utf8'), languageId, path.relative(repoRoot, file))) reported.add(id);
    }
    assert.deepEqual(rules.map((rule) => rule.id).filter((id) => !reported.has(id)), [], 'every rule reports on some example');
  });

  it('skip nothing on a rule-dense generated batch (bench/generate837.mjs, 45 % of claims breaking a rule)', function () {
    this.timeout(120_000);
    const text = execFileSync(process.execPath, [path.join(repoRoot, 'bench', 'generate837.mjs'), '--claims', '1500', '--violation-share', '0.45', '--seed', '11'], {
      encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'],
    });
    assertSkipsNothing(text, 'x12-837', 'generated batch');
  });

  it('skip nothing on 1,500 claims drawn from every class the rules react to and from note pairs of the code sets', function () {
    this.timeout(120_000);
    const pool = generatedPool(testCodeSets());
    assert.ok(pool.codes.length > 60 && pool.pairs.length > 20, `a pool of ${pool.codes.length} codes and ${pool.pairs.length} note pairs`);
    const next = random(2027);
    const claims = Array.from({ length: 1500 }, (_, index) => generatedClaim(index, pool, next)).join('\n');
    const reported = assertSkipsNothing(interchange837(claims), 'x12-837', 'claims from the classes');
    assert.deepEqual(claimRules.filter((id) => !reported.has(id)), [], 'every claim rule reports on some generated claim');
  });

  it('catch a declaration that misses an encounter its check reports on', () => {
    const text = readFileSync(path.join(repoRoot, 'examples', 'secondary-listed-first.837'), 'utf8');
    const rule = secondaryListedFirst as { reactsTo: Reaction };
    const declared = rule.reactsTo;
    // Too narrow on purpose: a secondary site first-listed with a primary no longer counts unless Z85 is there.
    rule.reactsTo = { codes: [...(declared.codes ?? []), { some: CodeClasses.history }] };
    try {
      assert.throws(() => assertSkipsNothing(text, 'x12-837', 'narrowed'), /secondary-listed-first did not react/);
    } finally {
      rule.reactsTo = declared;
    }
    assertSkipsNothing(text, 'x12-837', 'as declared');
  });
});
