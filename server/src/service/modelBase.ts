import type { Span } from './spans';

/**
 * The language-neutral model of a parsed document that features and rules consume. Both the X12 837
 * parser and the clinical-note parser produce it; rules never look at raw text.
 */

/** The languages the service understands: X12 837, clinical notes and FHIR R4 JSON (resources, Bundles, NDJSON). */
export type LanguageId = 'x12-837' | 'clinical-note' | 'fhir-json';

/** Which code system a diagnosis code is written in, decided by its qualifier or context. */
export type DiagnosisSystem = 'icd10cm' | 'icd9cm';

/** Where a diagnosis sits on the claim. Notes only know `listed` (order of appearance). */
export type DiagnosisRole =
  | 'principal'
  | 'other'
  | 'admitting'
  | 'reason-for-visit'
  | 'external-cause'
  | 'listed';

/** One diagnosis code as it appears in the document. */
export interface DiagnosisMention {
  /** The code normalised: upper case, no dot (`C7801`). */
  readonly code: string;
  /** The span of the code text exactly as written (dotted or dotless). */
  readonly span: Span;
  readonly system: DiagnosisSystem;
  readonly role: DiagnosisRole;
  /** Whether the text was written with a dot, so a fix can write the replacement the same way. */
  readonly writtenDotted: boolean;
  /** The X12 qualifier (`ABK`, `ABF`, `BK`, ...) and where it stands; absent in notes. */
  readonly qualifier?: string;
  readonly qualifierSpan?: Span;
  /** Human-readable position in the claim, e.g. `HI01-2` or `line 4`. */
  readonly location?: string;
  /**
   * True when only the shape says this is a code: a bare three-character token in a note outside any
   * code context (`B12` in "vitamin B12"). The service keeps such a mention only if the code set knows it.
   */
  readonly shapeOnly?: boolean;
}

/** A procedure code: CPT/HCPCS from `SV1`/`SV2` or from "CPT" context in a note. */
export interface ProcedureMention {
  readonly code: string;
  readonly span: Span;
  readonly system: 'cpt-hcpcs' | 'icd10pcs' | 'other';
  readonly qualifier?: string;
  /**
   * The diagnosis code pointers of an 837P service line (SV107), as written: each names a diagnosis by
   * its position in the claim's HI segment (1 = HI01). Absent when the line has none (and on 837I lines).
   */
  readonly pointers?: readonly DiagnosisPointer[];
}

/** One SV107 component. */
export interface DiagnosisPointer {
  readonly value: string;
  readonly span: Span;
}

/** The kind of source an encounter came from. */
export type EncounterSource = 'x12-837p' | 'x12-837i' | 'note' | 'fhir';

/** One claim (X12 2300 loop) or one note encounter (text between `---` lines). */
export interface Encounter {
  /** Zero-based position of the encounter in the document. */
  readonly index: number;
  /** Short label for the outline and messages, e.g. `Claim PTACCT42` or `Encounter 2`. */
  readonly label: string;
  readonly span: Span;
  readonly source: EncounterSource;
  /**
   * Diagnoses in reporting order: the first is principal / first-listed. A note lists them in text
   * order; the rules see a note with sections in section order (`notes/reportingOrder.ts`).
   */
  readonly diagnoses: readonly DiagnosisMention[];
  /**
   * How many of `diagnoses`, from the first, count as listed (first-listed and order); the rest were
   * written in a note's background sections (history, family, social, review of systems). Absent: all.
   */
  readonly listedCount?: number;
  readonly procedures: readonly ProcedureMention[];
  /**
   * The date that picks the code set, as `YYYY-MM-DD`, when the document gives one: the date of service,
   * or for an inpatient claim the discharge (statement through) date.
   */
  readonly serviceDate?: string;
  /** True when {@link serviceDate} is an inpatient claim's discharge date. */
  readonly dateIsDischarge?: boolean;
  /** True for an 837I claim whose bill type (CLM05-1) is 11x, inpatient. */
  readonly inpatient: boolean;
  /**
   * The setting a note states for itself ("Discharge Summary", "Admission date" → inpatient; "Clinic
   * visit", "Outpatient" → outpatient); absent when it says neither. Claims carry `inpatient` instead.
   */
  readonly setting?: 'inpatient' | 'outpatient';
  /** Where new diagnoses go for the "add a code" quick fixes; absent if the encounter cannot take more. */
  readonly insertionPoint?: InsertionPoint;
  /**
   * The same diagnoses as {@link diagnoses}, by index, when the encounter keeps them as numbers (a claim
   * built from the claim screen's reading, whose `diagnoses` are made only when first read). It is
   * defined on the encounter's class, not as an own field, so that a copy made by spreading the
   * encounter (which sets `diagnoses` itself) never carries a list that disagrees with its diagnoses.
   */
  readonly diagnosisList?: DiagnosisList;
}

/**
 * An encounter's diagnoses by index, as the rules read them: a code, its system and where it is
 * written, without an object per diagnosis. {@link mentionAt} makes the whole mention when a finding
 * needs it (its span, its dot style, its qualifier).
 */
export interface DiagnosisList {
  readonly length: number;
  /** The normalised code of diagnosis `index` (upper case, no dot). */
  codeAt(index: number): string;
  systemAt(index: number): DiagnosisSystem;
  /** Whether only its shape says diagnosis `index` is a code (a bare token in a note). */
  shapeOnlyAt(index: number): boolean;
  /** Where the code of diagnosis `index` is written: all a finding about it needs when it offers no fix. */
  spanAt(index: number): Span;
  mentionAt(index: number): DiagnosisMention;
}

/** What the encounter's date is called in messages: an inpatient claim's is its discharge date. */
export function dateName(encounter: Pick<Encounter, 'dateIsDischarge'>): string {
  return encounter.dateIsDischarge === true ? 'discharge date' : 'date of service';
}

/** Where and how a quick fix appends a diagnosis to an encounter. */
export interface InsertionPoint {
  /** Offset at which the new text is inserted. */
  readonly offset: number;
  /** Text placed before the code (e.g. `*ABF:` in X12 or `, ` in a note). */
  readonly prefix: string;
  /** Text placed after the code. */
  readonly suffix: string;
  /** Whether codes are written dotted here. */
  readonly dotted: boolean;
}

/** Severity names shared by rules, settings and the command line (LSP's names, lower case). */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A problem found while parsing (damaged structure), reported as a diagnostic. */
export interface StructuralProblem {
  /** Stable id, used as the diagnostic code, e.g. `x12-missing-isa`. */
  readonly id: string;
  readonly span: Span;
  readonly severity: Severity;
  /** One sentence that says what is wrong. */
  readonly message: string;
}

/** What every parsed document has. `encounters` is what rules run on; the rest serves hover, outline and fixes. */
export interface ParsedDocumentBase {
  readonly languageId: LanguageId;
  readonly encounters: readonly Encounter[];
  readonly problems: readonly StructuralProblem[];
}
