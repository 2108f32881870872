import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

/**
 * FHIR inputs for the property-based tests: the real CARIN examples (test/fixtures/fhir), the FHIR
 * examples of examples/, generated claims and Bundles, and JSON-aware mutations (brackets, quotes,
 * commas and escapes dropped or doubled, lines of an export joined or split).
 */

const fixtureFolder = path.resolve(__dirname, '..', 'fixtures', 'fhir');
const examplesFolder = path.resolve(__dirname, '..', '..', 'examples');

/** The real and example FHIR texts. */
export function fhirTexts(): string[] {
  const read = (folder: string, pattern: RegExp): string[] => readdirSync(folder).filter((name) => pattern.test(name)).sort()
    .map((name) => readFileSync(path.join(folder, name), 'utf8'));
  return [...read(fixtureFolder, /\.json$/), ...read(examplesFolder, /\.(fhir\.json|ndjson)$/)];
}

const codeArbitrary = fc.oneof(
  fc.constantFrom('C78.7', 'C787', 'c78.7', 'C18.7', 'Z85.3', 'C80.1', 'C80.0', 'C50.911', 'Z51.11', 'C78.0', 'Q99.99', '', ' C78.7 ', '363406005', 'V10.3'),
  fc.string({ maxLength: 9 }),
);
const systemArbitrary = fc.option(fc.constantFrom(
  'http://hl7.org/fhir/sid/icd-10-cm', 'http://hl7.org/fhir/sid/icd-10', 'urn:oid:2.16.840.1.113883.6.90', 'http://snomed.info/sct',
  'http://hl7.org/fhir/sid/icd-9-cm', 'ICD10CM', '',
), { nil: undefined });

const codingArbitrary = fc.record({ system: systemArbitrary, code: codeArbitrary, display: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }) }, { requiredKeys: [] });

const diagnosisArbitrary = fc.record({
  sequence: fc.option(fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constant('1')), { nil: undefined }),
  type: fc.option(fc.constantFrom('principal', 'admitting', 'secondary', 'other').map((code) => [{ coding: [{ code }] }]), { nil: undefined }),
  diagnosisCodeableConcept: fc.array(codingArbitrary, { maxLength: 3 }).map((coding) => ({ coding })),
}, { requiredKeys: ['diagnosisCodeableConcept'] });

const claimArbitrary = fc.record({
  resourceType: fc.constantFrom('Claim', 'ExplanationOfBenefit'),
  type: fc.constantFrom('professional', 'institutional').map((code) => ({ coding: [{ code }] })),
  billablePeriod: fc.option(fc.constantFrom('2026-03-15', '2026-11-15', '2019-01-01', 'not a date').map((start) => ({ start })), { nil: undefined }),
  diagnosis: fc.array(diagnosisArbitrary, { maxLength: 5 }),
}, { requiredKeys: ['resourceType', 'diagnosis'] });

const conditionArbitrary = fc.record({
  resourceType: fc.constant('Condition'),
  encounter: fc.option(fc.constantFrom('Encounter/1', 'Encounter/2').map((reference) => ({ reference })), { nil: undefined }),
  code: fc.array(codingArbitrary, { maxLength: 2 }).map((coding) => ({ coding })),
}, { requiredKeys: ['resourceType', 'code'] });

const resourceArbitrary = fc.oneof(claimArbitrary, conditionArbitrary);

/** A generated FHIR text: one resource (compact or pretty), a Bundle, or an NDJSON export. */
export const fhirTextArbitrary: fc.Arbitrary<string> = fc.oneof(
  resourceArbitrary.map((resource) => JSON.stringify(resource, null, 2)),
  fc.array(resourceArbitrary, { maxLength: 5 }).map((resources) => JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) })),
  fc.array(resourceArbitrary, { minLength: 2, maxLength: 5 }).map((resources) => resources.map((resource) => JSON.stringify(resource)).join('\n') + '\n'),
);

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/** One JSON-aware mutation: a structural character inserted, deleted or doubled at a position. */
export const jsonMutationArbitrary = fc.record({
  at: fraction,
  kind: fc.constantFrom('insert', 'delete', 'double', 'truncate'),
  character: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', '\n', '\\u12', 'null', '-', '\ud83d', '\u0000'),
});

export function mutateJson(text: string, mutation: { at: number; kind: string; character: string }): string {
  const position = Math.floor(mutation.at * (text.length + 1));
  if (mutation.kind === 'insert') return text.slice(0, position) + mutation.character + text.slice(position);
  if (mutation.kind === 'delete') return text.slice(0, position) + text.slice(position + 1);
  if (mutation.kind === 'double') return text.slice(0, position + 1) + text.slice(position, position + 1) + text.slice(position + 1);
  return text.slice(0, position);
}
