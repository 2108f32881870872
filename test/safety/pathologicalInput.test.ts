import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service';
import type { LanguageId, LanguageService } from '../../server/src/service';
import { testCodeSets } from '../helpers/codeSets';
import { build837 } from '../protocol/samples';
import { snapshotOf } from '../helpers/snapshot';

/**
 * No request blocks the server for long: inputs of about 200 kB built to hit worst cases (one endless
 * line, one segment without terminator, thousands of codes in one claim or one note) are parsed,
 * validated, hovered, completed and outlined within a fixed budget. Quadratic work shows up here as
 * seconds; linear work takes a few milliseconds.
 */

const budgetMs = Number(process.env.SAFETY_BUDGET_MS ?? 2000);
const size = 200_000;
const ISA = 'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260105*0930*^*00501*000000117*0*T*:~';

/** Repeats `unit` up to about `size` characters after `head`. */
function fill(head: string, unit: string, tail = ''): string {
  return head + unit.repeat(Math.ceil((size - head.length) / unit.length)) + tail;
}

/** Codes that vary, so per-code caches do not hide per-pair work: C009 … C999, all valid shapes. */
function manyCodes(format: (code: string) => string, count: number): string {
  return Array.from({ length: count }, (_, index) => format(`C${String(index % 100).padStart(2, '0')}9`)).join('');
}

let service: LanguageService;

/** Runs every feature once and returns the milliseconds taken. */
function timeEverything(text: string, languageId: LanguageId): number {
  const document = TextDocument.create(`file:///pathological/input.${languageId === 'x12-837' ? '837' : 'note'}`, languageId, 1, text);
  const started = performance.now();
  const parsed = snapshotOf(service, document, languageId);
  service.doValidation(parsed, { rules: {}, maxNumberOfProblems: 1000 });
  const middle = document.positionAt(text.length >> 1);
  service.doHover(parsed, middle);
  service.doComplete(parsed, middle);
  service.findDocumentSymbols(parsed);
  return performance.now() - started;
}

const linearCases: ReadonlyArray<[string, () => string, LanguageId]> = [
  ['a note of short lines, one encounter per line pair', () => fill('', '---\nC78.01 and C34.91\n'), 'clinical-note'],
  ['a note that is one run of opening parentheses', () => fill('', '(', ' C7801'), 'clinical-note'],
  ['a note with a CPT table of thousands of rows', () => fill('|CPT|Description|\n', '|99214|visit|\n'), 'clinical-note'],
  ['a note listing thousands of CPT codes on one line', () => fill('CPT ', '99214, '), 'clinical-note'],
  ['an 837 with one HI segment of 20,000 composites', () => fill(`${ISA}\nCLM*X~HI*`, 'ABF:C7801*', '~'), 'x12-837'],
  ['an 837 of empty segments', () => fill(ISA, '~'), 'x12-837'],
  ['an 837 of thousands of interchange headers', () => fill('', ISA), 'x12-837'],
  ['an 837 of thousands of cut-off headers', () => fill('', 'ISA*'), 'x12-837'],
  ['an 837 full of binary junk', () => fill(ISA, '\u0001a'), 'x12-837'],
  ['an 837 without an ISA header', () => fill('GS*', 'x~'), 'x12-837'],
  ['an 837 of 30,000 empty claims', () => fill(ISA, 'CLM*1~'), 'x12-837'],
];

/** Inputs that were quadratic in the parsers (fixed: bounded separator searches, one pass per note line). */
const formerlyQuadratic: ReadonlyArray<[string, () => string, LanguageId]> = [
  ['an 837 whose last segment never ends (800 kB of empty elements, hovered in the middle)', () => `${ISA}\nCLM*X${'*'.repeat(800_000)}`, 'x12-837'],
  ['an 837 of 32,000 claims whose composites use > while ISA16 is : (7 MB)', () => build837(Array.from({ length: 32_000 }, (_, index) => ({ account: `A${index}`, codes: ['C3491', 'C7801'] }))).replace(/:/g, '>').replace(/\*>~/, '*:~'), 'x12-837'],
  ['a note of bare tokens on one line (vitamin B12 …)', () => fill('', 'B12 '), 'clinical-note'],
];

/** Inputs whose parse is linear, timed on the parse alone (their validation is timed below). */
const parseOnly: ReadonlyArray<[string, () => string]> = [
  ['a note whose codes are all on one line', () => fill('', 'C78.01 ')],
  ['a note with one long "Dx:" list of dotless codes', () => fill('Dx: ', 'C7801, ')],
];

/**
 * Inputs that were quadratic while the note rules and the claim screen compared every pair of mentions
 * or codes; they now look note references up in the encounter's sorted codes (rules/encounterCodes.ts).
 * test/safety/scaling.test.ts and the bench's scaling section cover the same shapes at larger sizes.
 */
const formerlyQuadraticInRules: ReadonlyArray<[string, () => string, LanguageId, string]> = [
  ['a note whose codes are all on one line', () => fill('', 'C78.01 '), 'clinical-note',
    'the note rules compared every pair of mentions in one encounter'],
  ['a note with one long "Dx:" list of dotless codes', () => fill('Dx: ', 'C7801, '), 'clinical-note',
    'the note rules compared every pair of mentions in one encounter'],
  ['an 837 claim with 8,000 HI segments of a hundred different codes', () => `${ISA}CLM*1~${manyCodes((code) => `HI*ABF:${code}~`, 8000)}`, 'x12-837',
    'excludes1-conflict and the claim screen compared every pair of codes'],
  ['a note of 20,000 lines with one code each, one encounter', () => manyCodes((code) => `${code.slice(0, 3)}.${code.slice(3)}\n`, 20_000), 'clinical-note',
    'excludes1-conflict and code-first-order compared every pair of codes'],
];

describe('safety: worst-case inputs stay within a time budget', function () {
  this.timeout(120_000);

  before(function () {
    service = createLanguageService({ codeSets: testCodeSets() });
    timeEverything(`${ISA}CLM*1~HI*ABK:C7801~`, 'x12-837');
  });

  for (const [title, make, languageId] of linearCases) {
    it(`${title}: within ${budgetMs} ms`, function () {
      const elapsed = timeEverything(make(), languageId);
      assert.ok(elapsed < budgetMs, `${Math.round(elapsed)} ms`);
    });
  }

  for (const [title, make, languageId] of formerlyQuadratic) {
    // Twice the budget: these inputs are large (800 kB, 7 MB) and were 3 to 4 times over it when quadratic.
    it(`${title}: within ${2 * budgetMs} ms`, function () {
      const elapsed = timeEverything(make(), languageId);
      assert.ok(elapsed < 2 * budgetMs, `${Math.round(elapsed)} ms`);
    });
  }

  for (const [title, make] of parseOnly) {
    it(`${title}: parsed within ${budgetMs / 4} ms`, function () {
      const text = make();
      const started = performance.now();
      service.open('file:///pathological/parse.note', 'clinical-note', text).snapshot();
      const elapsed = performance.now() - started;
      assert.ok(elapsed < budgetMs / 4, `${Math.round(elapsed)} ms`);
    });
  }

  for (const [title, make, languageId, cause] of formerlyQuadraticInRules) {
    it(`${title}: within ${budgetMs} ms (formerly quadratic: ${cause})`, function () {
      const elapsed = timeEverything(make(), languageId);
      assert.ok(elapsed < budgetMs, `${Math.round(elapsed)} ms`);
    });
  }
});
