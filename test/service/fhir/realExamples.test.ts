import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validate } from '../../../server/src/service/features/validationRun';
import { isFhirDocument } from '../../../server/src/service/fhir/fhirModel';
import { parseDocument } from '../../../server/src/service/parse';
import { testCodeSets } from '../../helpers/codeSets';
import { sourceOf } from '../../helpers/snapshot';

/**
 * The published CARIN Blue Button ExplanationOfBenefit examples (test/fixtures/fhir/README.md): read
 * into the encounters their content says, quiet as published, and each FHIR rule fires when one
 * public mistake is put into them.
 */

const folder = resolve(__dirname, '..', '..', 'fixtures', 'fhir');
const readme = readFileSync(join(folder, 'README.md'), 'utf8');

function fixture(name: string): string {
  return readFileSync(join(folder, name), 'utf8');
}

function check(text: string): { rule: string; text: string }[] {
  const document = TextDocument.create('file:///eob.json', 'fhir-json', 1, text);
  return validate(sourceOf(document), parseDocument(text, 'fhir-json'), testCodeSets(), { rules: {}, maxNumberOfProblems: 1000 })
    .map((diagnostic) => ({ rule: String(diagnostic.code), text: text.slice(document.offsetAt(diagnostic.range.start), document.offsetAt(diagnostic.range.end)) }));
}

const expected = [
  { file: 'carin-bb-InpatientEOBExample1.json', codes: ['I214', 'I25118', 'E785', 'M1990'], date: '2017-05-23', inpatient: true },
  { file: 'carin-bb-OutpatientEOBExample1.json', codes: ['I951', 'I951', 'L97529', 'I739'], date: '2020-09-29', inpatient: false },
  { file: 'carin-bb-ProfessionalEOBExample1.json', codes: ['I70249', 'L97929'], date: '2020-08-04', inpatient: false },
];

describe('real FHIR examples (CARIN Blue Button)', () => {
  for (const { file, codes, date, inpatient } of expected) {
    it(`${file}: the bytes the README names`, () => {
      const sha = createHash('sha256').update(readFileSync(join(folder, file))).digest('hex');
      assert.ok(readme.includes(`\`${file}\``) && readme.includes(sha), `${file} sha256 ${sha} is not in the README`);
    });

    it(`${file}: one encounter with the diagnoses in sequence order, the principal first, its date and setting`, () => {
      const parsed = parseDocument(fixture(file), 'fhir-json');
      assert.ok(isFhirDocument(parsed));
      assert.deepEqual(parsed.problems, []);
      assert.equal(parsed.encounters.length, 1);
      const [encounter] = parsed.encounters;
      assert.ok(encounter);
      assert.deepEqual(encounter.diagnoses.map((mention) => mention.code), codes);
      assert.equal(encounter.diagnoses[0]?.role, 'principal');
      assert.equal(encounter.serviceDate, date);
      assert.equal(encounter.inpatient, inpatient);
    });

    it(`${file}: stays quiet as published`, () => {
      assert.deepEqual(check(fixture(file)), []);
    });
  }

  it('fires fhir-icd10cm-system on the WHO ICD-10 URI put into a published claim', () => {
    const text = fixture('carin-bb-ProfessionalEOBExample1.json').replace('"http://hl7.org/fhir/sid/icd-10-cm"', '"http://hl7.org/fhir/sid/icd-10"');
    assert.deepEqual(check(text), [{ rule: 'fhir-icd10cm-system', text: 'http://hl7.org/fhir/sid/icd-10' }]);
  });

  it('fires fhir-code-format on the dotless code and fhir-display-mismatch on another code\'s title', () => {
    const text = fixture('carin-bb-InpatientEOBExample1.json')
      .replace('"code": "E78.5"', '"code": "E785"')
      .replace('"code": "I21.4"', '"code": "I21.4", "display": "Acute transmural myocardial infarction of inferior wall"');
    // One encounter: its findings come in registry order.
    assert.deepEqual(check(text), [
      { rule: 'fhir-code-format', text: 'E785' },
      { rule: 'fhir-display-mismatch', text: 'Acute transmural myocardial infarction of inferior wall' },
    ]);
  });

  it('fires secondary-without-primary when the principal of a published claim becomes C78.7', () => {
    const text = fixture('carin-bb-ProfessionalEOBExample1.json').replace('"code": "I70.249"', '"code": "C78.7"');
    const rules = check(text).map((finding) => finding.rule);
    assert.ok(rules.includes('secondary-without-primary'), JSON.stringify(rules));
  });
});
