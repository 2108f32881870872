import type { DiagnosisMention, Encounter, ParsedDocumentBase, StructuralProblem } from '../modelBase';
import type { Span } from '../spans';

/**
 * The parse of a FHIR R4 JSON resource, Bundle or NDJSON export. Rules read `encounters` like those
 * of an 837 or a note; the FHIR-specific rules, the hover and completion also read the codings as
 * written (system, code and display with their places), which the shared model has no room for.
 */

/** Where a string value stands: `span` covers its content, without the quotes. */
export interface FhirText {
  readonly value: string;
  readonly span: Span;
}

/** Which resource an encounter comes from. */
export type FhirResourceKind = 'Claim' | 'ExplanationOfBenefit' | 'Condition';

/** One `Coding` that holds, or looks as if it should hold, an ICD-10-CM diagnosis code. */
export interface FhirCoding {
  /** Index of the encounter the coding belongs to. */
  readonly encounterIndex: number;
  readonly code: FhirText;
  readonly system?: FhirText;
  readonly display?: FhirText;
  /** The offset just after the coding's `{`, where a missing `"system"` is inserted. */
  readonly objectStart: number;
  /** The mention the rules see; absent when the coding is ICD-9-CM or another system. */
  readonly mention?: DiagnosisMention;
}

/** One entry of `Claim.diagnosis` / `ExplanationOfBenefit.diagnosis` as it is numbered. */
export interface FhirDiagnosisEntry {
  /** The entry's object, for a finding about the entry as a whole. */
  readonly span: Span;
  /** The `sequence` as written; absent when the entry has none. */
  readonly sequence?: { readonly text: string; readonly span: Span };
}

/** What the FHIR rules need of one encounter beyond the shared model. */
export interface FhirEncounterDetail {
  readonly resource: FhirResourceKind;
  /** The diagnosis entries in document order (empty for Conditions). */
  readonly entries: readonly FhirDiagnosisEntry[];
  /** The encounter's ICD codings in reporting order. */
  readonly codings: readonly FhirCoding[];
}

/** A `system` or diagnosis `type` value the hover explains. */
export interface FhirValueNote {
  readonly span: Span;
  readonly kind: 'system' | 'diagnosis-type';
  readonly value: string;
}

/** A parsed FHIR document: its own `languageId`, so a union of document kinds can tell it apart. */
export interface FhirDocument extends ParsedDocumentBase {
  readonly languageId: 'fhir-json';
  readonly encounters: readonly Encounter[];
  readonly problems: readonly StructuralProblem[];
  /** Every ICD-shaped coding in the diagnosis places, sorted by the offset of its code. */
  readonly codings: readonly FhirCoding[];
  /** Per encounter (by index), its FHIR details. */
  readonly details: readonly FhirEncounterDetail[];
  /** System and diagnosis-type values, sorted by offset. */
  readonly valueNotes: readonly FhirValueNote[];
}

/** Whether a parsed document is a FHIR document. */
export function isFhirDocument(parsed: { readonly languageId: string }): parsed is FhirDocument {
  return parsed.languageId === 'fhir-json';
}
