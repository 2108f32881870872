import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createValidationRun } from '../../../server/src/service/features/validationRun';
import type { ValidationSettings } from '../../../server/src/service/languageService';
import { createClaimScreen } from '../../../server/src/service/rules/claimScreen';
import { rules } from '../../../server/src/service/rules/index';
import { testCodeSets } from '../../helpers/codeSets';
import { x12FixtureDir } from '../../helpers/dataFiles';
import { seededRandom as random } from '../../helpers/random';
import { interchange837, parse837 } from '../x12/x12TestFiles';
import { sourceOf } from '../../helpers/snapshot';

/**
 * The claim screen lets validation skip building the claims no rule can fire on. It must never change
 * a diagnostic: every file here is validated with and without the screen and the answers must be equal.
 * The random claims mix every code fact the rules read (secondaries with and without primaries, Z85,
 * C80.0/C80.1, Z51.x, headers, unknown and FY2027-only codes, Excludes1 and "code first" pairs) with
 * the structural damage that must make the screen give up (empty composites, missing qualifiers,
 * ICD-9 qualifiers, punctuation in codes), principals written after other diagnoses and lower case.
 */

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const settings: ValidationSettings = { rules: {}, maxNumberOfProblems: Number.MAX_SAFE_INTEGER };

/**
 * Codes checked against the FY2026 and FY2027 code files: billable in both unless noted. C78.31 is
 * FY2027 only; C50.9, E11 and C50 are headers; C78.09 and C78.99 are in neither year. C83.30 + C77.2
 * and C79.9 + C80.1 are Excludes1 pairs; D63.0 carries "code first" the neoplasm.
 */
const codePool = [
  'C787', 'C50911', 'C50912', 'Z853', 'C801', 'C800', 'C7800', 'Z5111', 'Z5112', 'Z510', 'Z515', 'C509', 'E11', 'C50',
  'C7809', 'C7899', 'E119', 'E1122', 'N1830', 'D630', 'D649', 'C189', 'I10', 'C7951', 'Z08', 'C799', 'C7B02', 'C7A012',
  'C3490', 'Z8546', 'R64', 'R634', 'C7831', 'C329', 'C8330', 'C772', 'K219',
];

/** One random claim: 1–8 codes, sometimes damaged, sometimes with its principal written second. */
function randomClaim(index: number, next: () => number): string {
  const pick = (): string => codePool[Math.floor(next() * codePool.length)] as string;
  const count = 1 + Math.floor(next() * 8);
  const composites = Array.from({ length: count }, (_, position) => `${position === 0 ? 'ABK' : 'ABF'}:${pick()}`);
  const roll = next();
  if (roll < 0.1 && composites.length > 1) composites.push(composites.shift() as string);
  else if (roll < 0.15) composites[0] = (composites[0] as string).toLowerCase().replace('abk', 'ABK');
  else if (roll < 0.18) composites.splice(1, 0, '');
  else if (roll < 0.21) composites.push('ABF');
  else if (roll < 0.24) composites[0] = 'BK:1749';
  else if (roll < 0.27) composites.push('ABF:C78.7');
  else if (roll < 0.3) composites.push('ABF:');
  else if (roll < 0.33) composites.push('BH:A1:D8:20260101');
  else if (roll < 0.36) composites.push('');
  const date = next() < 0.5 ? '20260301' : '20261101';
  const hi = composites.length > 12 ? composites.slice(0, 12) : composites;
  return [`CLM*ACCT${index}*100***11:B:1*Y*A*Y*Y`, `DTP*472*D8*${date}`, `HI*${hi.join('*')}`, 'LX*1', 'SV1*HC:99214*100*UN*1***1'].map((line) => `${line}~`).join('\n');
}

function diagnosticsOf(text: string, screenClaims: boolean): unknown[] {
  const document = TextDocument.create('file:///screen.837', 'x12-837', 1, text);
  const run = createValidationRun(sourceOf(document), parse837(text), testCodeSets(), settings, { screenClaims });
  while (!run.done) run.step(1000);
  return run.diagnostics();
}

function assertSameWithAndWithoutScreen(text: string, label: string): void {
  assert.deepEqual(diagnosticsOf(text, true), diagnosticsOf(text, false), `${label}: the screen changed the diagnostics`);
}

/** Every `.837`, `.txt` and `.edi` file under a folder. */
function x12Files(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) found.push(...x12Files(file));
    else if (/\.(837|txt|edi|x12)$/i.test(name) && !/readme/i.test(name)) found.push(file);
  }
  return found;
}

describe('claim screen', () => {
  it('changes no diagnostic on 600 random claims mixing every rule trigger and structural damage', () => {
    const next = random(42);
    const claims = Array.from({ length: 600 }, (_, index) => randomClaim(index, next)).join('\n');
    assertSameWithAndWithoutScreen(interchange837(claims), 'random claims');
  });

  it('changes no diagnostic on the real 837 fixtures and the examples', () => {
    const files = [...x12Files(x12FixtureDir), ...x12Files(path.join(repoRoot, 'examples'))];
    assert.ok(files.length >= 10, `expected the real fixtures and the examples, found ${files.length} files`);
    for (const file of files) assertSameWithAndWithoutScreen(readFileSync(file, 'utf8'), path.relative(repoRoot, file));
  });

  it('passes claims no rule can fire on and stops those one can', () => {
    const screen = createClaimScreen(testCodeSets(), rules, {});
    assert.ok(screen !== undefined);
    const mayFind = (...codes: string[]): boolean => screen.mayFind(codes, codes.length);
    assert.equal(mayFind('E119', 'I10', 'K219'), false, 'common comorbidities');
    assert.equal(mayFind('C50911', 'C787', 'D630'), false, 'a primary, its metastasis, then D63.0 after the neoplasm it asks for first');
    assert.equal(mayFind('Z08', 'Z853'), false, 'follow-up with the history code second');
    assert.equal(mayFind('C787'), true, 'secondary without primary');
    assert.equal(mayFind('D630', 'C50911'), true, 'D63.0 listed before the neoplasm its note asks for first');
    assert.equal(mayFind('C8330', 'C772'), true, 'C77 Excludes1 C81-C86');
    assert.equal(mayFind('Z853'), true, 'Z85 first-listed');
    assert.equal(mayFind('C50'), true, 'a header');
    assert.equal(mayFind('C7899'), true, 'an unknown code');
  });

  it('is not used when an enabled rule declares nothing to screen by, and skips rules that are off', () => {
    const codeSets = testCodeSets();
    const undeclared = { id: 'always', defaultSeverity: 'warning' as const, summary: '', grounding: '', check: () => [] };
    assert.equal(createClaimScreen(codeSets, [...rules, undeclared], {}), undefined);
    assert.ok(createClaimScreen(codeSets, [...rules, undeclared], { always: 'off' }) !== undefined);
    const withoutSecondaryRule = createClaimScreen(codeSets, rules, { 'secondary-without-primary': 'off' });
    assert.equal(withoutSecondaryRule?.mayFind(['C787'], 1), false);
  });

  it('reads claim codes in reporting order and gives up on claims with structural problems', () => {
    const document = parse837(interchange837([
      'CLM*A1*100***11:B:1*Y*A*Y*Y~', 'HI*ABF:e119*ABK:C50911*BH:A1:D8:20260101*BBR:0DTJ4ZZ~', 'HI*ABF:I10~',
      'CLM*A2*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C50911**ABF:I10~',
      'CLM*A3*100***11:B:1*Y*A*Y*Y~', 'HI*BK:1749~',
      'CLM*A4*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C50.911~',
      'CLM*A5*100***11:B:1*Y*A*Y*Y~', 'HI*ABK*C50911~',
      'CLM*A6*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C50911*~',
    ].join('\n')));
    const out: string[] = [];
    const read = (claim: number): string[] | number => {
      const count = document.claimCodes(claim, out);
      return count < 0 ? count : out.slice(0, count);
    };
    assert.deepEqual(read(0), ['C50911', 'E119', 'I10'], 'principal first, upper case, other qualifiers skipped');
    assert.equal(read(1), -1, 'an empty composite between two diagnoses');
    assert.equal(read(2), -1, 'ICD-9-CM');
    assert.equal(read(3), -1, 'a dot in an X12 code');
    assert.equal(read(4), -1, 'qualifier and code as separate elements');
    assert.deepEqual(read(5), ['C50911'], 'a trailing empty composite is harmless');
  });

  it('leaves the claims of an interchange whose composites use another separator than ISA16 to the builder', () => {
    // ISA16 is ':' but the composites are written with '>': the builder adopts '>' and warns once.
    const document = parse837(interchange837(['CLM*A1*100***11>B>1*Y*A*Y*Y~', 'HI*ABK>C50911*ABF>E119~'].join('\n')));
    assert.equal(document.interchanges[0]?.observedComponent, '>');
    assert.equal(document.claimCodes(0, []), -1);
    assert.deepEqual(document.buildEncounter(0).encounter.diagnoses.map((mention) => mention.code), ['C50911', 'E119']);
  });
});
