import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import type { LanguageService } from '../../server/src/service';
import { testCodeSets } from '../helpers/codeSets';
import { snapshotOf } from '../helpers/snapshot';

/**
 * The catalogue of structural diagnostics, data-driven: each entry is a small damaged 837 whose
 * expected range is marked with «…». The whole service must report exactly one diagnostic with that
 * id, at exactly that range, with the catalogued severity and a one-sentence message saying what is
 * wrong. docs/structural-diagnostics.md must list every id the parser can report.
 */

const repoRoot = path.resolve(__dirname, '..', '..');

export const ISA = 'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260105*0930*^*00501*000000117*0*T*:~';
const GS = 'GS*HC*SENDER*RECEIVER*20260105*0930*117*X*005010X222A1~';
const HEAD = ['ST*837*0001*005010X222A1~', 'BHT*0019*00*0123*20260105*0930*CH~', 'HL*1**20*1~', 'HL*2*1*22*0~'];

/** A whole interchange around claim segments, with SE01 counted right unless `se` is given. */
function interchange(claim: readonly string[], options: { isa?: string; se?: string; ge?: string; iea?: string; gs?: string } = {}): string {
  const body = [...HEAD, ...claim];
  const se = options.se ?? `SE*${body.length + 1}*0001~`;
  return [options.isa ?? ISA, options.gs ?? GS, ...body, se, options.ge ?? 'GE*1*117~', options.iea ?? 'IEA*1*000000117~'].join('\n') + '\n';
}

const CLM = 'CLM*PT1*100***11:B:1*Y*A*Y*Y~';

/** One catalogued diagnostic and the example that shows it. */
export interface CatalogueEntry {
  readonly id: string;
  readonly severity: 'error' | 'warning' | 'information';
  /** What the brief calls the case. */
  readonly title: string;
  /** The document, with the expected range between « and ». */
  readonly example: string;
  /** What the message must say. */
  readonly message: RegExp;
  /** Validation settings when the default ones do not show it. */
  readonly maxNumberOfProblems?: number;
}

export const catalogue: readonly CatalogueEntry[] = [
  {
    id: 'x12-missing-isa', severity: 'error', title: 'missing ISA header',
    example: interchange([CLM, 'HI*ABK:C7951~']).replace(`${ISA}\n${GS}`, `«${GS}»`),
    message: /no ISA interchange header/,
  },
  {
    id: 'x12-short-isa', severity: 'error', title: 'ISA header cut short',
    example: '«ISA*00*          *00*          *ZZ*SENDER»',
    message: /ISA header is cut short.*ISA16/,
  },
  {
    id: 'x12-short-isa', severity: 'error', title: 'ISA header with a letter where the element separator belongs',
    example: `«ISA»X00*          *00*\n${GS}\n`,
    message: /cut short/,
  },
  {
    id: 'x12-delimiter-conflict', severity: 'error', title: 'ISA16 equal to the element separator',
    example: interchange([CLM, 'HI*ABK:C7951~'], { isa: `«${ISA.slice(0, -2)}*~»` }),
    message: /same character for two delimiters.*component '\*'/,
  },
  {
    id: 'x12-delimiter-conflict', severity: 'error', title: 'ISA16 equal to the segment terminator',
    example: interchange([CLM, 'HI*ABK:C7951~'], { isa: `«${ISA.slice(0, -2)}~~»` }),
    message: /same character for two delimiters.*component '~', segment '~'/,
  },
  {
    id: 'x12-delimiter-conflict', severity: 'error', title: 'a letter where ISA16 belongs',
    example: interchange([CLM, 'HI*ABK:C7951~'], { isa: `«${ISA.slice(0, -2)}A~»` }),
    message: /ends with a letter or digit where ISA16 and the segment terminator belong \('A~'\)/,
  },
  {
    id: 'x12-unterminated-segment', severity: 'error', title: 'unterminated last segment',
    example: interchange([CLM, 'HI*ABK:C7951~'], { iea: '«IEA*1*000000117»' }).replace(/\n$/, ''),
    message: /last segment is not closed by the segment terminator '~'/,
  },
  {
    id: 'x12-se-count-mismatch', severity: 'warning', title: 'SE01 disagrees with the segment count',
    example: interchange([CLM, 'HI*ABK:C7951~'], { se: 'SE*«99»*0001~' }),
    message: /SE01 says the transaction set has 99 segments, but ST through SE count 7/,
  },
  {
    id: 'x12-ge-count-mismatch', severity: 'warning', title: 'GE01 disagrees with the number of transaction sets',
    example: interchange([CLM, 'HI*ABK:C7951~'], { ge: 'GE*«2»*117~' }),
    message: /GE01 says the functional group has 2 transaction sets, but it holds 1/,
  },
  {
    id: 'x12-iea-count-mismatch', severity: 'warning', title: 'IEA01 disagrees with the number of functional groups',
    example: interchange([CLM, 'HI*ABK:C7951~'], { iea: 'IEA*«3»*000000117~' }),
    message: /IEA01 says the interchange has 3 functional groups, but it holds 1/,
  },
  {
    id: 'x12-control-number-mismatch', severity: 'warning', title: 'trailer control number differs from its header',
    example: interchange([CLM, 'HI*ABK:C7951~'], { ge: 'GE*1*«118»~' }),
    message: /GE02 '118' does not match GS06 '117'/,
  },
  {
    id: 'x12-missing-trailer', severity: 'error', title: 'functional group without GE',
    example: interchange([CLM, 'HI*ABK:C7951~'], { gs: `«GS»${GS.slice(2)}`, ge: '' }).replace('\n\nIEA', '\nIEA'),
    message: /GS functional group has no GE trailer before IEA/,
  },
  {
    id: 'x12-hi-missing-qualifier', severity: 'error', title: 'HI composite without qualifier',
    example: interchange([CLM, 'HI*ABK:C7951*«C50911»~']),
    message: /HI02 'C50911' is not a qualifier:code composite/,
  },
  {
    id: 'x12-hi-missing-qualifier', severity: 'error', title: 'HI qualifier and code written as separate elements',
    example: interchange([CLM, 'HI*«ABK*C7951»~']),
    message: /HI01 holds the qualifier ABK and HI02 the code C7951 as separate elements; write them as one composite \(ABK:C7951\)/,
  },
  {
    id: 'x12-empty-composite', severity: 'warning', title: 'empty composite between diagnoses',
    example: interchange([CLM, 'HI*ABK:C7951«**»ABF:C50911~']),
    message: /HI02 is empty/,
  },
  {
    id: 'x12-empty-composite', severity: 'warning', title: 'qualifier without a code',
    example: interchange([CLM, 'HI*ABK:C7951*«ABF:»~']),
    message: /HI02 has the qualifier ABF but no code/,
  },
  {
    id: 'x12-code-illegal-characters', severity: 'error', title: 'a code with illegal characters',
    example: interchange([CLM, 'HI*ABK:«C79.51»~']),
    message: /HI01-2 'C79\.51' contains characters other than letters and digits/,
  },
  {
    id: 'x12-mixed-icd-versions', severity: 'warning', title: 'ICD-9 and ICD-10 qualifiers in one claim',
    example: interchange([CLM, 'HI*ABK:C7951*«BF»:1739~']),
    message: /mixes ICD-9-CM and ICD-10-CM qualifiers \(ABK and BF\)/,
  },
  {
    id: 'icd9-after-icd10-date', severity: 'error', title: 'ICD-9-CM qualifiers on a claim dated after 2015-09-30',
    example: interchange([CLM, 'DTP*472*D8*20260304~', 'HI*«BK:1739»*BF:4019~']),
    message: /ICD-9-CM qualifier BK for the date of service 2026-03-04.*not valid for dates on or after 2015-10-01/,
  },
  {
    id: 'icd9-not-checked', severity: 'information', title: 'a claim coded in ICD-9-CM',
    example: interchange([CLM, 'HI*«BK:1739»*BF:4019~']),
    message: /uses ICD-9-CM qualifiers \(BK\).*not checked/,
  },
  {
    id: 'x12-component-separator-mismatch', severity: 'warning', title: 'composites use another separator than ISA16',
    example: interchange([CLM, 'HI*«BK>1739»*BF>4019~']),
    message: /declares ':' as component separator \(ISA16\), but composites here use '>'/,
  },
  {
    id: 'x12-text-outside-interchange', severity: 'error', title: 'text before the ISA header',
    example: `«garbage line»\n${interchange([CLM, 'HI*ABK:C7951~'])}`,
    message: /outside any ISA…IEA interchange/,
  },
  {
    id: 'x12-binary-junk', severity: 'error', title: 'binary data in the file',
    example: interchange([CLM, 'NM1*85*2*CLI«\u0001\u0002»NIC~', 'HI*ABK:C7951~']),
    message: /binary data here \(\\x01 and more\)/,
  },
  {
    id: 'problem-limit', severity: 'information', title: 'more problems than icdClaimCoder.maxNumberOfProblems',
    example: interchange([CLM, 'HI*ABK:C79.51*«ABF:»*ABF:C78.1~']),
    // The range is the first diagnostic left out (here the second structural problem of the claim).
    message: /^\d+ more problems? (was|were) left out because this document reached the limit of 1 \(setting icdClaimCoder\.maxNumberOfProblems\)/,
    maxNumberOfProblems: 1,
  },
];

/** Splits an example into the text and the marked offsets. */
export function unmark(example: string): { text: string; start: number; end: number } {
  const start = example.indexOf('«');
  const end = example.indexOf('»') - 1;
  assert.ok(start !== -1 && end >= start, `example without «…»: ${example}`);
  return { text: example.replace('«', '').replace('»', ''), start, end };
}

/** One sentence: it ends with a full stop and no other sentence end (". " before a capital) comes earlier. */
export function isOneSentence(message: string): boolean {
  return /[.)]$/.test(message) && !/[.!?]\s+[A-Z]/.test(message.slice(0, -1));
}

const severityNumber = { error: 1, warning: 2, information: 3 } as const;

describe('safety: structural diagnostics catalogue', function () {
  let service: LanguageService;

  before(function () {
    service = createLanguageService({ codeSets: testCodeSets() });
  });

  for (const entry of catalogue) {
    it(`${entry.id}: ${entry.title}`, function () {
      const { text, start, end } = unmark(entry.example);
      const document = TextDocument.create('file:///catalogue/example.837', 'x12-837', 1, text);
      const parsed = snapshotOf(service, document, 'x12-837');
      const diagnostics: Diagnostic[] = service.doValidation(parsed, { rules: {}, maxNumberOfProblems: entry.maxNumberOfProblems ?? 1000 });
      const matching = diagnostics.filter((diagnostic) => diagnostic.code === entry.id);
      assert.equal(matching.length, 1, `expected one ${entry.id}, got ${JSON.stringify(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message]))}`);
      const [diagnostic] = matching;
      assert.ok(diagnostic);
      const covered = text.slice(document.offsetAt(diagnostic.range.start), document.offsetAt(diagnostic.range.end));
      assert.deepEqual(diagnostic.range, { start: document.positionAt(start), end: document.positionAt(end) },
        `${entry.id} covers '${covered}', expected '${text.slice(start, end)}'`);
      assert.equal(diagnostic.severity, severityNumber[entry.severity]);
      assert.equal(diagnostic.source, 'icd-claim-coder');
      assert.match(diagnostic.message, entry.message);
      assert.ok(isOneSentence(diagnostic.message), `not one sentence: ${diagnostic.message}`);
    });
  }

  it('covers every structural id the parsers can report, and the docs page lists each with its severity', function () {
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) sources.push(readFileSync(full, 'utf8'));
      }
    };
    walk(path.join(repoRoot, 'server', 'src', 'service', 'x12'));
    const emitted = new Set(sources.flatMap((source) => [...source.matchAll(/'((?:x12|icd9)-[a-z0-9-]+)'/g)].map((match) => match[1] ?? ''))
      .filter((id) => !['x12-837', 'x12-837i', 'x12-837p'].includes(id)));
    const catalogued = new Set(catalogue.map((entry) => entry.id));
    assert.deepEqual([...emitted].filter((id) => !catalogued.has(id)).sort(), [], 'ids the parser reports but the catalogue does not test');
    const docs = readFileSync(path.join(repoRoot, 'docs', 'structural-diagnostics.md'), 'utf8');
    for (const entry of catalogue) {
      const row = docs.split('\n').find((line) => line.startsWith(`| \`${entry.id}\``));
      assert.ok(row, `docs/structural-diagnostics.md has no table row for ${entry.id}`);
      assert.ok(row.includes(entry.severity), `docs row for ${entry.id} should name its severity ${entry.severity}`);
    }
    assert.ok(docs.includes('`parse-failed`') && docs.includes('`rule-failed`'), 'the docs also list the internal-failure ids');
  });
});
