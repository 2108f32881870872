import type { DiagnosisMention, Encounter } from '../model';
import type { Span } from '../spans';
import { spanContains } from '../spans';
import type { FhirCoding, FhirDocument, FhirValueNote } from './fhirModel';
import { DIAGNOSIS_TYPES, describeSystem } from './systems';

/**
 * What the hover finds in a FHIR document: the diagnosis coding under the cursor (by binary search over
 * the codings, which are sorted by offset, because Condition groups make encounter spans overlap), and
 * the explanation of a `system` URI or a diagnosis `type` code.
 */

/** The last element of a sorted list whose span starts at or before the offset, if it contains it. */
function containing<T>(items: readonly T[], spanOfItem: (item: T) => Span, offset: number): T | undefined {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spanOfItem(items[middle] as T).offset <= offset) low = middle + 1;
    else high = middle;
  }
  const found = items[low - 1];
  return found !== undefined && spanContains(spanOfItem(found), offset) ? found : undefined;
}

/** The coding whose code string holds the offset. */
export function fhirCodingAt(document: FhirDocument, offset: number): FhirCoding | undefined {
  return containing(document.codings, (coding) => coding.code.span, offset);
}

/** The diagnosis mention under the offset, with its encounter. */
export function fhirMentionAt(document: FhirDocument, offset: number): { encounter: Encounter; diagnosis: DiagnosisMention } | undefined {
  const coding = fhirCodingAt(document, offset);
  const encounter = coding === undefined ? undefined : document.encounters[coding.encounterIndex];
  if (coding?.mention === undefined || encounter === undefined) return undefined;
  return { encounter, diagnosis: coding.mention };
}

/** The hover line that says where a diagnosis sits in the resource. */
export function fhirDiagnosisContext(document: FhirDocument, mention: DiagnosisMention, encounter: Encounter): string {
  const resource = document.details[encounter.index]?.resource ?? 'resource';
  const role = mention.role === 'listed' ? 'a listed condition' : `${mention.role.replace(/-/g, ' ')} diagnosis`;
  return `FHIR: \`${resource}.${mention.location ?? 'code'}\` · ${role}, on ${encounter.label}`;
}

/** The explanation of a `system` or diagnosis `type` value under the offset. */
export function fhirValueHover(document: FhirDocument, offset: number): { span: Span; markdown: string } | undefined {
  const note: FhirValueNote | undefined = containing(document.valueNotes, (value) => value.span, offset);
  if (note === undefined) return undefined;
  if (note.kind === 'system') return { span: note.span, markdown: `**Code system** \`${note.value.slice(0, 80)}\`\n\n${describeSystem(note.value)}` };
  const meaning = DIAGNOSIS_TYPES[note.value.toLowerCase()];
  const role = note.value.toLowerCase() === 'principal'
    ? 'The rules treat this diagnosis as principal (first-listed), whatever its sequence.'
    : 'The principal is the diagnosis typed `principal`, or else the one with the lowest sequence.';
  return { span: note.span, markdown: `**Diagnosis type** \`${note.value.slice(0, 40)}\`: ${meaning ?? 'a diagnosis type the extension does not know.'}\n\n${role}` };
}
