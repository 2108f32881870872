import type { Encounter, StructuralProblem } from '../model';
import type { FhirCoding, FhirDocument, FhirEncounterDetail, FhirValueNote } from './fhirModel';

/**
 * Gathers what the resource readers find into one {@link FhirDocument}. One collector serves one
 * parse; it is created by the parse and dropped with it.
 */
export class FhirCollector {
  readonly encounters: Encounter[] = [];
  readonly details: FhirEncounterDetail[] = [];
  readonly codings: FhirCoding[] = [];
  readonly valueNotes: FhirValueNote[] = [];
  readonly problems: StructuralProblem[] = [];

  /** The index the next encounter will get. */
  get nextIndex(): number {
    return this.encounters.length;
  }

  addEncounter(encounter: Encounter, detail: FhirEncounterDetail, codings: readonly FhirCoding[]): void {
    this.encounters.push(encounter);
    this.details.push(detail);
    for (const coding of codings) this.codings.push(coding);
  }

  finish(): FhirDocument {
    this.codings.sort((a, b) => a.code.span.offset - b.code.span.offset);
    this.valueNotes.sort((a, b) => a.span.offset - b.span.offset);
    return {
      languageId: 'fhir-json',
      encounters: this.encounters,
      problems: this.problems,
      codings: this.codings,
      details: this.details,
      valueNotes: this.valueNotes,
    };
  }
}
