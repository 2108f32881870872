import assert from 'node:assert/strict';
import { detectLanguageId, parseDocument } from '../../../server/src/service/parse';
import { isFhirJsonHead } from '../../../server/src/service/fhir/detect';
import { looksLikeNdjson } from '../../../server/src/service/fhir/parseFhir';

/**
 * Which files are FHIR, and where the FHIR reader reports damage: the problem sits on the character
 * where the JSON breaks, a non-resource is named, and the rest of the document is still read.
 */

function problemsOf(text: string): { id: string; at: string; severity: string }[] {
  return parseDocument(text, 'fhir-json').problems.map((problem) => ({
    id: problem.id, at: text.slice(problem.span.offset, problem.span.offset + problem.span.length), severity: problem.severity,
  }));
}

describe('FHIR detection and structural problems', () => {
  it('detects FHIR by name, and a plain *.json only by a resourceType among its first members', () => {
    assert.equal(detectLanguageId('file:///a/export.ndjson', ''), 'fhir-json');
    assert.equal(detectLanguageId('file:///a/Claim.fhir.json', ''), 'fhir-json');
    assert.equal(detectLanguageId('file:///a/eob.json', '{\n  "resourceType": "ExplanationOfBenefit",\n  "id": "x"'), 'fhir-json');
    assert.equal(detectLanguageId('file:///a/eob.json', '\ufeff{"id": "x", "meta": "y", "resourceType": "Claim"'), 'fhir-json');
    assert.equal(detectLanguageId('file:///a/package.json', '{\n  "name": "icd-claim-coder",\n  "version": "0.1.0"'), undefined);
    assert.equal(detectLanguageId('file:///a/settings.json', '{"editor.tabSize": 2, "resource": {"resourceType": "Claim"}}'), undefined);
    assert.equal(detectLanguageId('file:///a/notes.txt', '{"resourceType": "Claim"}'), undefined);
    assert.equal(isFhirJsonHead(`{${' '.repeat(300)}"resourceType": "Claim"}`), false, 'only the first 256 characters are read');
  });

  it('tells NDJSON from a pretty-printed resource', () => {
    assert.equal(looksLikeNdjson('{"resourceType":"Claim"}\n{"resourceType":"Claim"}\n'), true);
    assert.equal(looksLikeNdjson('{\n  "resourceType": "Claim"\n}\n'), false);
    assert.equal(looksLikeNdjson('{"resourceType":"Claim"}\n'), false);
  });

  it('reports broken JSON where it breaks and still reads the diagnoses before it', () => {
    const text = '{"resourceType": "Claim", "diagnosis": [{"sequence": 1 "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.7"}]}}]}';
    assert.deepEqual(problemsOf(text), [{ id: 'fhir-json-syntax', at: '"', severity: 'error' }]);
    assert.deepEqual(parseDocument(text, 'fhir-json').encounters[0]?.diagnoses.map((mention) => mention.code), ['C787']);
  });

  it('reports an unclosed object at its opening brace and a trailing comma at the comma', () => {
    assert.deepEqual(problemsOf('{"resourceType": "Claim", "diagnosis": [\n'), [
      { id: 'fhir-json-syntax', at: '[', severity: 'error' },
      { id: 'fhir-json-syntax', at: '{', severity: 'error' },
    ]);
    assert.deepEqual(problemsOf('{"resourceType": "Claim",}').map((problem) => problem.at), [',']);
  });

  it('names a JSON value that is not a resource, and says nothing about an empty document', () => {
    assert.deepEqual(problemsOf('[1, 2]'), [{ id: 'fhir-not-a-resource', at: '[', severity: 'warning' }]);
    assert.deepEqual(problemsOf('{"id": "x"}'), [{ id: 'fhir-not-a-resource', at: '{', severity: 'warning' }]);
    assert.deepEqual(problemsOf('  \n'), []);
  });

  it('in NDJSON, a broken line damages only itself', () => {
    const good = '{"resourceType": "Condition", "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7"}]}}';
    const broken = '{"resourceType": "Condition", "code": ';
    const parsed = parseDocument(`${good}\n${broken}\n${good}\n`, 'fhir-json');
    // The broken line is still a Condition, with nothing readable in it; the lines around it are whole.
    assert.deepEqual(parsed.encounters.map((encounter) => encounter.diagnoses.map((mention) => mention.code)), [['C187'], [], ['C187']]);
    // The missing value and the unclosed object, both on the broken line.
    assert.deepEqual(parsed.problems.map((problem) => problem.id), ['fhir-json-syntax', 'fhir-json-syntax']);
    const lineStart = good.length + 1;
    for (const problem of parsed.problems) assert.ok(problem.span.offset >= lineStart && problem.span.offset + problem.span.length <= lineStart + broken.length, JSON.stringify(problem));
  });
});
