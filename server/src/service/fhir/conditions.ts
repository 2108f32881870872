import type { DiagnosisMention, Encounter } from '../model';
import { spanOf } from '../spans';
import { readCodings } from './codings';
import type { FhirCollector } from './collector';
import type { FhirCoding } from './fhirModel';
import { member, stringMember } from './jsonTree';
import type { JsonObject } from './jsonTree';

/**
 * `Condition` resources as encounters. In a Bundle, the Conditions that name the same `encounter`
 * reference are one encounter, in the order they appear; a Condition without one stands alone.
 */

/** Conditions waiting to be grouped, with the key of their encounter reference. */
export interface PendingCondition {
  readonly resource: JsonObject;
  readonly group: string | undefined;
}

/** The key that groups a Condition: its `encounter.reference`, or undefined. */
export function conditionGroup(resource: JsonObject): string | undefined {
  return stringMember(member(resource, 'encounter'), 'reference')?.value;
}

/** Reads the Conditions into encounters, one per encounter reference (first-seen order) or per lone Condition. */
export function readConditions(conditions: readonly PendingCondition[], collector: FhirCollector): void {
  const groups = new Map<string, JsonObject[]>();
  const units: JsonObject[][] = [];
  for (const { resource, group } of conditions) {
    if (group === undefined) {
      units.push([resource]);
      continue;
    }
    let members = groups.get(group);
    if (members === undefined) {
      members = [];
      groups.set(group, members);
      units.push(members);
    }
    members.push(resource);
  }
  for (const unit of units) readConditionUnit(unit, collector);
}

function readConditionUnit(resources: readonly JsonObject[], collector: FhirCollector): void {
  const first = resources[0];
  if (first === undefined) return;
  const encounterIndex = collector.nextIndex;
  const codings: FhirCoding[] = [];
  resources.forEach((resource, position) => {
    const id = stringMember(resource, 'id')?.value;
    const location = `Condition${id === undefined ? ` ${position + 1}` : `/${id.slice(0, 40)}`}.code`;
    codings.push(...readCodings(member(resource, 'code'), { encounterIndex, role: 'listed', location }, collector.valueNotes));
  });
  const diagnoses = codings.map((coding) => coding.mention).filter((mention): mention is DiagnosisMention => mention !== undefined);
  const group = conditionGroup(first);
  const date = resources.map(dateOf).find((value) => value !== undefined);
  const encounter: Encounter = {
    index: encounterIndex,
    label: group === undefined ? `Condition ${stringMember(first, 'id')?.value.slice(0, 40) ?? encounterIndex + 1}` : `Conditions of ${group.slice(0, 60)}`,
    // From the first Condition to the end of the last, so the outline's children lie inside it.
    span: spanOf(first.offset, resources.reduce((end, resource) => Math.max(end, resource.offset + resource.length), 0)),
    source: 'fhir',
    diagnoses,
    procedures: [],
    inpatient: false,
    ...(date === undefined ? {} : { serviceDate: date }),
  };
  collector.addEncounter(encounter, { resource: 'Condition', entries: [], codings }, codings);
}

/** The date a Condition was recorded (or its onset), as `YYYY-MM-DD`. */
function dateOf(resource: JsonObject): string | undefined {
  for (const key of ['recordedDate', 'onsetDateTime']) {
    const value = stringMember(resource, key)?.value;
    if (value !== undefined && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  }
  return undefined;
}
