import type { FhirDocument } from './fhir/fhirModel';
import type { NoteDocument } from './notes/encounterNarrative';
import type { X12Document } from './x12/x12Model';

/**
 * The language-neutral model that features and rules consume (`modelBase.ts`), and the parsed document
 * as the union of the three kinds. The kinds import the base, never this file, so no import circle runs
 * through the model.
 */
export type * from './modelBase';

/**
 * A parsed document, told apart by `languageId`: an 837, a clinical note or FHIR JSON. A parse that
 * failed is an empty document of its own kind with the failure among its problems, so a feature
 * narrows by the language and never tests for methods.
 */
export type ParsedDocument = X12Document | NoteDocument | FhirDocument;
