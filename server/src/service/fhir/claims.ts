import type { DiagnosisMention, DiagnosisRole, Encounter, InsertionPoint } from '../model';
import { spanOf } from '../spans';
import { codeStringsOf, firstCodeOf, readCodings, textOf } from './codings';
import type { FhirCollector } from './collector';
import type { FhirCoding, FhirDiagnosisEntry } from './fhirModel';
import { arrayMember, member, stringMember } from './jsonTree';
import type { JsonObject, JsonValue } from './jsonTree';
import { ICD10CM_SYSTEM } from './systems';

/**
 * A `Claim` or `ExplanationOfBenefit` as one encounter: its diagnoses ordered by `sequence` with the
 * principal (by `type`, or the lowest sequence) first, the date of service from `billablePeriod` or the
 * items, and inpatient when the claim is institutional and its type of bill (where given) is 11x.
 */

const ROLE_OF_TYPE: Readonly<Record<string, DiagnosisRole>> = {
  principal: 'principal',
  admitting: 'admitting',
  patientreasonforvisit: 'reason-for-visit',
  externalcauseofinjury: 'external-cause',
};

interface Entry {
  readonly entry: FhirDiagnosisEntry;
  readonly sequence: number;
  readonly typed: DiagnosisRole;
  readonly codings: FhirCoding[];
  readonly order: number;
}

/** Reads one Claim or ExplanationOfBenefit into the collector. */
export function readClaim(resource: JsonObject, kind: 'Claim' | 'ExplanationOfBenefit', collector: FhirCollector): void {
  const encounterIndex = collector.nextIndex;
  const inpatient = isInpatient(resource);
  const entries = readEntries(resource, encounterIndex, collector);
  const ordered = orderEntries(entries);
  const codings = ordered.flatMap((entry) => entry.codings);
  const diagnoses = codings.map((coding) => coding.mention).filter((mention): mention is DiagnosisMention => mention !== undefined);
  const date = serviceDateOf(resource, inpatient);
  const id = stringMember(resource, 'id')?.value;
  const insertionPoint = insertionPointOf(resource, entries);
  const encounter: Encounter = {
    index: encounterIndex,
    label: `${kind}${id === undefined ? ` ${encounterIndex + 1}` : ` ${id.slice(0, 40)}`}`,
    span: spanOf(resource.offset, resource.offset + resource.length),
    source: 'fhir',
    diagnoses,
    procedures: [],
    inpatient,
    ...(date === undefined ? {} : { serviceDate: date.value, ...(date.discharge ? { dateIsDischarge: true } : {}) }),
    ...(insertionPoint === undefined ? {} : { insertionPoint }),
  };
  collector.addEncounter(encounter, { resource: kind, entries: entries.map((entry) => entry.entry), codings }, codings);
}

function readEntries(resource: JsonObject, encounterIndex: number, collector: FhirCollector): Entry[] {
  return arrayMember(resource, 'diagnosis').flatMap((item, order): Entry[] => {
    if (item.kind !== 'object') return [];
    const sequenceValue = member(item, 'sequence');
    const sequence = sequenceValue !== undefined && sequenceValue.kind !== 'object' && sequenceValue.kind !== 'array'
      ? { text: sequenceValue.kind === 'string' ? JSON.stringify(sequenceValue.value) : sequenceValue.text, span: spanOf(sequenceValue.offset, sequenceValue.offset + sequenceValue.length) }
      : undefined;
    const number = sequenceValue?.kind === 'number' ? Number(sequenceValue.text) : Number.POSITIVE_INFINITY;
    const types = member(item, 'type');
    for (const code of codeStringsOf(types)) collector.valueNotes.push({ span: textOf(code).span, kind: 'diagnosis-type', value: code.value });
    const typeCode = firstCodeOf(types)?.toLowerCase();
    const typed = typeCode === undefined ? 'other' : (ROLE_OF_TYPE[typeCode] ?? 'other');
    const location = `diagnosis[${order}]${sequence === undefined ? '' : ` (sequence ${sequence.text})`}`;
    const codings = readCodings(member(item, 'diagnosisCodeableConcept'), { encounterIndex, role: typed, location }, collector.valueNotes);
    const entry: FhirDiagnosisEntry = { span: spanOf(item.offset, item.offset + item.length), ...(sequence === undefined ? {} : { sequence }) };
    return [{ entry, sequence: number, typed, codings, order }];
  });
}

/**
 * The principal first (typed `principal`, or else the lowest sequence, which then takes the principal
 * role), the rest by sequence, entries without a sequence last in document order.
 */
function orderEntries(entries: readonly Entry[]): Entry[] {
  const ordered = [...entries].sort((a, b) => a.sequence - b.sequence || a.order - b.order);
  const principal = ordered.findIndex((entry) => entry.typed === 'principal');
  if (principal > 0) ordered.unshift(...ordered.splice(principal, 1));
  if (principal < 0 && ordered[0] !== undefined) {
    const first = ordered[0];
    ordered[0] = { ...first, codings: first.codings.map((coding) => asPrincipal(coding)) };
  }
  return ordered;
}

function asPrincipal(coding: FhirCoding): FhirCoding {
  return coding.mention === undefined ? coding : { ...coding, mention: { ...coding.mention, role: 'principal' } };
}

/** Institutional claims are inpatient unless a type of bill says otherwise (11x is inpatient) or the profile says outpatient. */
function isInpatient(resource: JsonObject): boolean {
  if (firstCodeOf(member(resource, 'type'))?.toLowerCase() !== 'institutional') return false;
  const billType = typeOfBill(resource);
  if (billType !== undefined) return /^0?11/.test(billType);
  const profiles = arrayMember(member(resource, 'meta'), 'profile');
  return !profiles.some((profile) => profile.kind === 'string' && /outpatient/i.test(profile.value));
}

/** The type of bill of CARIN's `supportingInfo` (category `typeofbill`), or of `subType`'s NUBC coding. */
function typeOfBill(resource: JsonObject): string | undefined {
  for (const info of arrayMember(resource, 'supportingInfo')) {
    if (firstCodeOf(member(info, 'category'))?.toLowerCase() === 'typeofbill') return firstCodeOf(member(info, 'code'));
  }
  return undefined;
}

/** An ISO date at the start of a FHIR date or dateTime. */
function isoDate(value: JsonValue | undefined): string | undefined {
  return value?.kind === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.value) ? value.value.slice(0, 10) : undefined;
}

/** The date that picks the code set: an inpatient claim's discharge (period end), else the first day of service. */
function serviceDateOf(resource: JsonObject, inpatient: boolean): { value: string; discharge: boolean } | undefined {
  const period = member(resource, 'billablePeriod');
  const end = isoDate(member(period, 'end'));
  if (inpatient && end !== undefined) return { value: end, discharge: true };
  const start = isoDate(member(period, 'start')) ?? end;
  if (start !== undefined) return { value: start, discharge: false };
  const itemDates = arrayMember(resource, 'item')
    .map((item) => isoDate(member(item, 'servicedDate')) ?? isoDate(member(member(item, 'servicedPeriod'), 'start')))
    .filter((date): date is string => date !== undefined)
    .sort();
  return itemDates[0] === undefined ? undefined : { value: itemDates[0], discharge: false };
}

/** After the last diagnosis entry, a new entry with the next sequence and the ICD-10-CM system. */
function insertionPointOf(resource: JsonObject, entries: readonly Entry[]): InsertionPoint | undefined {
  const list = member(resource, 'diagnosis');
  if (list?.kind !== 'array') return undefined;
  const last = entries[entries.length - 1];
  const next = entries.reduce((high, entry) => (Number.isFinite(entry.sequence) ? Math.max(high, entry.sequence) : high), 0) + 1;
  const body = `{"sequence": ${next}, "diagnosisCodeableConcept": {"coding": [{"system": "${ICD10CM_SYSTEM}", "code": "`;
  if (last === undefined) return { offset: list.offset + 1, prefix: body, suffix: '"}]}}', dotted: true };
  return { offset: last.entry.span.offset + last.entry.span.length, prefix: `, ${body}`, suffix: '"}]}}', dotted: true };
}
