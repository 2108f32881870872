import type { StructuralProblem } from '../model';
import { spanOf } from '../spans';
import { readClaim } from './claims';
import { FhirCollector } from './collector';
import { conditionGroup, readConditions } from './conditions';
import type { PendingCondition } from './conditions';
import type { FhirDocument } from './fhirModel';
import { arrayMember, member, readJson, stringMember } from './jsonTree';
import type { JsonObject, JsonValue } from './jsonTree';

/**
 * Parses FHIR R4 JSON: one resource, a Bundle (its `entry[].resource`, nested Bundles too), or an
 * NDJSON bulk export (one resource per line, each line read on its own so a broken line damages only
 * itself). Never throws; JSON damage and non-resources become structural problems where they are.
 */

/** The diagnostic code of broken JSON. */
export const FHIR_JSON_SYNTAX = 'fhir-json-syntax';
/** The diagnostic code of a JSON value that is not a FHIR resource. */
export const FHIR_NOT_A_RESOURCE = 'fhir-not-a-resource';

/** Bundles nest rarely and shallowly; deeper nesting is not followed. */
const MAX_BUNDLE_DEPTH = 8;

/** Parses the text; `ndjson` reads it line by line (the default guesses from the text). */
export function parseFhir(text: string, ndjson = looksLikeNdjson(text)): FhirDocument {
  const collector = new FhirCollector();
  if (ndjson) {
    let start = 0;
    while (start <= text.length) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      if (text.slice(start, end).trim() !== '') readRoot(text, start, end, collector);
      start = end + 1;
    }
  } else {
    readRoot(text, 0, text.length, collector);
  }
  return collector.finish();
}

/**
 * Whether the text is NDJSON: a first line that is a complete object on its own and a second
 * non-empty line. A pretty-printed resource has `{` alone on its first line.
 */
export function looksLikeNdjson(text: string): boolean {
  const newline = text.indexOf('\n');
  if (newline < 0) return false;
  const first = text.slice(0, newline).trim();
  return first.startsWith('{') && first.endsWith('}') && first.length > 2 && text.slice(newline + 1).trim() !== '';
}

/** A JSON problem, at least one character long where the text has one, never past `end`. */
function syntaxProblem(offset: number, length: number, end: number, message: string): StructuralProblem {
  const start = Math.min(offset, end);
  return { id: FHIR_JSON_SYNTAX, span: spanOf(start, Math.min(end, start + Math.max(1, length))), severity: 'error', message };
}

/**
 * Reads one root value. Its Conditions are grouped among themselves only: the lines of an export are
 * separate resources, and the command line, which streams an export line by line, must see the same.
 */
function readRoot(text: string, start: number, end: number, collector: FhirCollector): void {
  // An empty document (a new file) is not damaged, only empty.
  if (text.slice(start, end).trim() === '') return;
  const { value, problems } = readJson(text, start, end);
  for (const problem of problems) collector.problems.push(syntaxProblem(problem.offset, problem.length, end, problem.message));
  if (value === undefined) return;
  if (value.kind !== 'object' || stringMember(value, 'resourceType') === undefined) {
    collector.problems.push({
      id: FHIR_NOT_A_RESOURCE,
      span: spanOf(value.offset, value.offset + 1),
      severity: 'warning',
      message: 'This JSON value is not a FHIR resource: a resource is an object with a "resourceType".',
    });
    return;
  }
  const conditions: PendingCondition[] = [];
  readResource(value, collector, conditions, 0);
  readConditions(conditions, collector);
}

function readResource(resource: JsonObject, collector: FhirCollector, conditions: PendingCondition[], depth: number): void {
  const type = stringMember(resource, 'resourceType')?.value;
  if (type === 'Claim' || type === 'ExplanationOfBenefit') readClaim(resource, type, collector);
  else if (type === 'Condition') conditions.push({ resource, group: conditionGroup(resource) });
  else if (type === 'Bundle' && depth < MAX_BUNDLE_DEPTH) readBundle(resource, collector, conditions, depth + 1);
}

function readBundle(bundle: JsonObject, collector: FhirCollector, conditions: PendingCondition[], depth: number): void {
  for (const entry of arrayMember(bundle, 'entry')) {
    const resource: JsonValue | undefined = member(entry, 'resource');
    if (resource?.kind === 'object') readResource(resource, collector, conditions, depth);
  }
}
