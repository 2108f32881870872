import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validate } from '../../server/src/service/features/validationRun';
import { parseDocument } from '../../server/src/service/parse';
import { testCodeSets } from '../helpers/codeSets';
import { sourceOf } from '../helpers/snapshot';

/**
 * The checker on FHIR files: `*.json` files that open a resource are found in folders (other JSON is
 * not), NDJSON is checked line by line with the lines' own numbers, a broken line damages only itself,
 * and the findings equal the editor's on the whole text.
 */

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = process.env.ICD_CHECK_BIN ?? path.join(repoRoot, 'bin', 'icd-claim-check.js');

interface JsonFinding {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: string;
  rule: string;
}

function checkJson(...args: string[]): { status: number | null; findings: JsonFinding[]; stderr: string } {
  const result = spawnSync(process.execPath, [bin, '--json', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, findings: JSON.parse(result.stdout || '[]') as JsonFinding[], stderr: result.stderr };
}

const CM = 'http://hl7.org/fhir/sid/icd-10-cm';
const eob = (id: string, ...codes: string[]): string => JSON.stringify({
  resourceType: 'ExplanationOfBenefit', id, billablePeriod: { start: '2026-11-15' },
  diagnosis: codes.map((code, index) => ({ sequence: index + 1, diagnosisCodeableConcept: { coding: [{ system: CM, code }] } })),
});

describe('icd-claim-check on FHIR', function () {
  let dir: string;
  const ndjson = [eob('a', 'C18.7', 'C78.7'), eob('b', 'C78.7'), '{"resourceType": "ExplanationOfBenefit", "diagnosis": [', '', eob('c', 'C787')].join('\n') + '\n';

  before(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'icd-claim-check-fhir-'));
    writeFileSync(path.join(dir, 'export.ndjson'), ndjson);
    writeFileSync(path.join(dir, 'eob.json'), JSON.stringify(JSON.parse(eob('d', 'C78.7')), null, 2));
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ name: 'not-fhir', diagnosis: 'C78.7' }, null, 2));
  });

  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds a pretty-printed FHIR *.json by its content and leaves other JSON alone', function () {
    const { findings } = checkJson(dir);
    const files = new Set(findings.map((finding) => path.basename(finding.file)));
    assert.ok(files.has('eob.json'), JSON.stringify([...files]));
    assert.ok(!files.has('settings.json'));
  });

  it('checks NDJSON line by line: numbers lines, reports a broken line where it is, and goes on after it', function () {
    const { status, findings } = checkJson(path.join(dir, 'export.ndjson'));
    assert.equal(status, 1, 'the broken line is an error');
    const described = findings.map((finding) => `${finding.range.start.line + 1} ${finding.rule}`);
    assert.deepEqual(described, [
      '2 secondary-without-primary',
      // The array and the object that the line leaves open.
      '3 fhir-json-syntax',
      '3 fhir-json-syntax',
      '5 secondary-without-primary',
      '5 fhir-code-format',
    ]);
  });

  it('reports what the editor reports on the whole file', function () {
    const { findings } = checkJson(path.join(dir, 'export.ndjson'));
    const document = TextDocument.create('file:///export.ndjson', 'fhir-json', 1, ndjson);
    const editor = validate(sourceOf(document), parseDocument(ndjson, 'fhir-json'), testCodeSets(), { rules: {}, maxNumberOfProblems: 1000 });
    const key = (rule: string, range: JsonFinding['range']): string => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${rule}`;
    assert.deepEqual(findings.map((finding) => key(finding.rule, finding.range)).sort(), editor.map((diagnostic) => key(String(diagnostic.code), diagnostic.range)).sort());
  });
});
