import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkFile } from '../../server/src/cli/check';
import type { CheckOptions } from '../../server/src/cli/check';
import { toFinding } from '../../server/src/cli/output';
import type { Finding } from '../../server/src/cli/output';
import { createLanguageService } from '../../server/src/service';
import { testCodeSets } from '../helpers/codeSets';
import { x12FixtureDir } from '../helpers/dataFiles';
import { build837 } from '../protocol/samples';
import { snapshotOf } from '../helpers/snapshot';

/**
 * The command line checks an 837 in pieces of whole claims, each parsed by the service's resumable
 * parse behind the seed the piece before it left. Its findings must be exactly those of parsing and
 * validating the whole file at once, whatever the piece and read sizes: the same rules, messages,
 * ranges and order.
 */

const service = createLanguageService({ codeSets: testCodeSets() });
const fixtureFolder = x12FixtureDir;
const exampleFolder = path.join(__dirname, '..', '..', 'examples');

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** The reference: the whole text parsed and validated in one go, findings in file order. */
function wholeFindings(file: string, text: string): Finding[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const document = TextDocument.create('file:///whole.837', 'x12-837', 1, body);
  const parsed = snapshotOf(service, document, 'x12-837');
  const settings = { rules: {}, maxNumberOfProblems: Number.MAX_SAFE_INTEGER };
  return service.doValidation(parsed, settings).map((diagnostic) => toFinding(file, diagnostic)).sort(byPosition);
}

async function chunkedFindings(file: string, options: CheckOptions): Promise<Finding[]> {
  const findings: Finding[] = [];
  for await (const finding of checkFile(service, { path: file, languageId: 'x12-837' }, options)) findings.push(finding);
  return findings;
}

/** Piece and read sizes from "a piece per claim, read seven characters at a time" to "one piece". */
const cuttings: ReadonlyArray<{ readonly name: string; readonly options: CheckOptions }> = [
  { name: 'a piece at every claim boundary, 7-character reads', options: { pieces: { targetChars: 1, maxPieceChars: 1 << 30 }, readBytes: 7 } },
  { name: '2,000-character pieces, 64-byte reads', options: { pieces: { targetChars: 2000, maxPieceChars: 1 << 30 }, readBytes: 64 } },
  { name: 'one piece per interchange', options: { pieces: { targetChars: 1 << 30, maxPieceChars: 1 << 30 }, readBytes: 1 << 16 } },
];

/** Whole-file findings, except that a trailer found missing is reported where it is found missing, in the piece that finds it. */
function sameFindings(actual: Finding[], expected: Finding[], label: string): void {
  assert.deepEqual([...actual].sort(byPosition), expected, label);
  const lateTrailers = actual.filter((finding, index) => index > 0 && byPosition(finding, actual[index - 1] as Finding) < 0);
  for (const finding of lateTrailers) assert.equal(finding.rule, 'x12-missing-trailer', `${label}: only missing trailers may come late`);
}

/** A batch of interchanges with envelope damage of every kind the walker reports. */
function damagedBatch(): string {
  const claims = (prefix: string, count: number): Array<{ account: string; codes: string[] }> =>
    Array.from({ length: count }, (_, index) => ({ account: `${prefix}${index}`, codes: index % 3 === 0 ? ['C7801'] : ['C3491', 'C7951'] }));
  const clean = build837(claims('A', 6), '000000001');
  const badSe = build837(claims('B', 4), '000000002').replace(/SE\*\d+\*0001/, 'SE*7*0002');
  const badGeIea = build837(claims('C', 3), '000000003').replace('GE*1*1', 'GE*2*9').replace('IEA*1*000000003', 'IEA*x*000000099');
  const noSe = build837(claims('D', 3), '000000004').replace(/SE\*\d+\*0001~\n/, '');
  const noGe = build837(claims('E', 3), '000000005').replace('GE*1*1~\n', '');
  // Other delimiters on one line, and a component separator the header does not declare.
  const oneLine = build837(claims('F', 5), '000000006').replace(/~\n/g, '!').replace(/\*/g, '|').replace(/\|:!/, '|:!')
    .replace(/ABK:/g, 'ABK>').replace(/ABF:/g, 'ABF>');
  // Binary junk, once at the start of a segment, where the scanner's fast path must not stall.
  const crlf = build837(claims('G', 4), '000000007').replace(/~\n/g, '~\r\n').replace('LX*1~', '\u0001LX*1~').replace('N3*1 MAIN', 'N3*1\u0002MAIN');
  const noIea = build837(claims('H', 3), '000000008').replace('IEA*1*000000008~\n', '');
  return `\ufeff${clean}${badSe}\n\n${badGeIea}${noSe}${noGe}${oneLine}${crlf}junk after the trailer\n${noIea}`;
}

describe('chunked check equals the whole-file check', function () {
  let dir: string;
  before(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'icd-chunked-'));
  });
  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  const fixtures = readdirSync(fixtureFolder).filter((name) => name !== 'README.md').sort();
  for (const name of fixtures) {
    it(`on fixture ${name}`, async function () {
      const file = path.join(fixtureFolder, name);
      const expected = wholeFindings(file, readFileSync(file, 'utf8'));
      for (const { name: cutting, options } of cuttings) sameFindings(await chunkedFindings(file, options), expected, cutting);
    });
  }

  const examples = readdirSync(exampleFolder).filter((name) => name.endsWith('.837')).sort();
  for (const name of examples) {
    it(`on example ${name}`, async function () {
      const file = path.join(exampleFolder, name);
      const expected = wholeFindings(file, readFileSync(file, 'utf8'));
      for (const { name: cutting, options } of cuttings) sameFindings(await chunkedFindings(file, options), expected, cutting);
    });
  }

  it('on a batch with more binary junk than a file reports, spread over many pieces', async function () {
    const claims = Array.from({ length: 40 }, (_, index) => ({ account: `J${index}`, codes: ['C3491'] }));
    const text = build837(claims).replace(/DOE\*JANE/g, 'DOE\u0002*JANE');
    const file = path.join(dir, 'junk.837');
    writeFileSync(file, text);
    const expected = wholeFindings(file, text);
    assert.equal(expected.filter((finding) => finding.rule === 'x12-binary-junk').length, 20);
    for (const { name: cutting, options } of cuttings) sameFindings(await chunkedFindings(file, options), expected, cutting);
  });

  it('on a batch with envelope damage, other delimiters, CR LF and a byte order mark', async function () {
    const text = damagedBatch();
    const file = path.join(dir, 'damaged.837');
    writeFileSync(file, text);
    const expected = wholeFindings(file, text);
    const rules = new Set(expected.map((finding) => finding.rule));
    for (const rule of ['x12-se-count-mismatch', 'x12-ge-count-mismatch', 'x12-iea-count-mismatch', 'x12-control-number-mismatch',
      'x12-missing-trailer', 'x12-component-separator-mismatch', 'x12-text-outside-interchange', 'x12-binary-junk']) {
      assert.ok(rules.has(rule), `the batch should provoke ${rule}`);
    }
    for (const { name: cutting, options } of cuttings) sameFindings(await chunkedFindings(file, options), expected, cutting);
  });
});
