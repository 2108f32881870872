import assert from 'node:assert/strict';
import { createLanguageService } from '../../../server/src/service';
import { testCodeSets } from '../../helpers/codeSets';
import { withCursor } from '../../helpers/cursor';
import { officialTitle } from '../../helpers/officialCodes';
import { snapshotOf } from '../../helpers/snapshot';

/**
 * Hover and completion in FHIR JSON through the facade: the same code hover as in an 837 with the FHIR
 * place and role added, explanations of `system` and diagnosis `type` values, and dotted, titled codes
 * inside the `code` of an ICD-10-CM coding only.
 */

const service = createLanguageService({ codeSets: testCodeSets() });
const CM = 'http://hl7.org/fhir/sid/icd-10-cm';

function hoverAt(fixture: string): { markdown: string; hovered: string } | null {
  const { document, position, text } = withCursor(fixture, 'fhir-json', 'file:///fixture.fhir.json');
  const hover = service.doHover(snapshotOf(service, document, 'fhir-json'), position);
  if (hover === null || hover.range === undefined) return null;
  const hovered = text.slice(document.offsetAt(hover.range.start), document.offsetAt(hover.range.end));
  return { markdown: (hover.contents as { value: string }).value, hovered };
}

function labelsAt(fixture: string): string[] {
  const { document, position } = withCursor(fixture, 'fhir-json', 'file:///fixture.fhir.json');
  return service.doComplete(snapshotOf(service, document, 'fhir-json'), position).items.map((item) => item.label);
}

const eob = (coding: string, type = 'principal'): string =>
  `{"resourceType": "ExplanationOfBenefit", "id": "eob-7", "billablePeriod": {"start": "2026-11-15"}, "diagnosis": [{"sequence": 1, "type": [{"coding": [{"code": "${type}"}]}], "diagnosisCodeableConcept": {"coding": [${coding}]}}]}`;

describe('FHIR hover and completion', () => {
  it('hovers a code with its official title, the release of the date of service, its FHIR place and role', () => {
    const hover = hoverAt(eob(`{"system": "${CM}", "code": "C7$08.7"}`));
    assert.ok(hover);
    assert.equal(hover.hovered, 'C78.7');
    const title = officialTitle('C787');
    assert.ok(title !== undefined && hover.markdown.includes(title), hover.markdown);
    assert.ok(hover.markdown.includes('FY2027 (date of service 2026-11-15)'), hover.markdown);
    assert.ok(hover.markdown.includes('ExplanationOfBenefit.diagnosis[0] (sequence 1)'), hover.markdown);
    assert.ok(hover.markdown.includes('principal diagnosis'), hover.markdown);
    assert.ok(/secondary/i.test(hover.markdown), 'the oncology role is named');
  });

  it('explains WHO ICD-10 as a system and the diagnosis type', () => {
    const system = hoverAt(eob(`{"system": "http://hl7.org/fhir/sid/i$0cd-10", "code": "C78.7"}`));
    assert.ok(system?.markdown.includes('WHO ICD-10'), system?.markdown);
    assert.equal(system?.hovered, 'http://hl7.org/fhir/sid/icd-10');
    const type = hoverAt(eob(`{"system": "${CM}", "code": "C78.7"}`).replace('"code": "principal"', '"code": "princ$0ipal"'));
    assert.ok(type?.markdown.includes('principal diagnosis'), type?.markdown);
  });

  it('hovers a code inside a Condition of a Bundle', () => {
    const bundle = `{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Condition", "code": {"coding": [{"system": "${CM}", "code": "C50.9$011"}]}}}]}`;
    assert.equal(hoverAt(bundle)?.hovered, 'C50.911');
  });

  it('completes dotted codes with titles in an ICD-10-CM coding, and nothing under another system', () => {
    const labels = labelsAt(eob(`{"system": "${CM}", "code": "C78.0$0"}`));
    assert.deepEqual(labels.slice(0, 3), ['C78.00', 'C78.01', 'C78.02']);
    assert.deepEqual(labelsAt(eob(`{"system": "http://snomed.info/sct", "code": "C78$0"}`)), []);
    assert.deepEqual(labelsAt(eob(`{"system": "${CM}", "display": "C78$0"}`)), []);
  });

  it('completes when the code is typed before the system is written after it', () => {
    const labels = labelsAt(eob(`{"code": "C78.0$0", "system": "${CM}"}`));
    assert.ok(labels.includes('C78.01'), JSON.stringify(labels));
  });

  it('says an ICD-9-CM coding is not checked, in FHIR words', () => {
    const hover = hoverAt(eob(`{"system": "http://hl7.org/fhir/sid/icd-9-cm", "code": "17$04.9"}`));
    assert.ok(hover?.markdown.includes('ICD-9-CM diagnosis code') && hover.markdown.includes('coding\'s system is ICD-9-CM'), hover?.markdown);
  });
});
