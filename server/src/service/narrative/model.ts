import type { NeoplasmColumn } from '../codes/neoplasm/model';
import type { Span } from '../spans';

/**
 * What the narrative reader finds in the words of a clinical note: its sections and the neoplasm
 * diagnoses the clinician documented, each with its assertion (present, negated, …) and the code the
 * Table of Neoplasms or the guidelines give it. The reader produces this model; rules, hovers,
 * completion, the outline and `icd-claim-check --extract` consume it. Contract:
 * `../shared/design/NARRATIVE.md`.
 */

/** The kinds of note section the reader recognises; `other` is a header it does not classify. */
export type SectionKind =
  | 'chief-complaint'
  | 'hpi'
  | 'past-medical-history'
  | 'past-surgical-history'
  | 'family-history'
  | 'social-history'
  | 'review-of-systems'
  | 'medications'
  | 'allergies'
  | 'exam'
  | 'results'
  | 'pathology'
  | 'assessment'
  | 'assessment-and-plan'
  | 'impression'
  | 'diagnoses'
  | 'problem-list'
  | 'plan'
  | 'discharge-diagnoses'
  | 'other';

/** One section of a note: its header and the text up to the next header or the encounter's end. */
export interface NoteSection {
  readonly kind: SectionKind;
  /** The display name of the kind (`Past Medical History`), for hovers, the outline and `--extract`. */
  readonly name: string;
  /** The header exactly as written (`PMH:`, `A/P`), without the colon. */
  readonly title: string;
  readonly headerSpan: Span;
  /** From the start of the header to the end of the section's text. */
  readonly span: Span;
}

/** What the text says about a documented condition (NegEx/ConText-style assertion). */
export type Assertion = 'present' | 'negated' | 'history' | 'uncertain' | 'hypothetical' | 'family';

/** The trigger phrase that decided a mention's assertion, for the hover ("negated by 'no evidence of'"). */
export interface AssertionEvidence {
  readonly trigger: string;
  readonly span: Span;
}

/** One neoplasm diagnosis documented in words. */
export interface DocumentedMention {
  /** The phrase as written, from its first to its last word ("RUL adenocarcinoma"). */
  readonly span: Span;
  readonly text: string;
  /** The code, normalised like every code in the service (upper case, no dot); null when the text lacks the detail. */
  readonly code: string | null;
  /** Codes that fit when `code` is null or several fit (normalised); empty otherwise. */
  readonly candidates: readonly string[];
  /** The Table of Neoplasms column, or null for histologies classified by morphology (melanoma, lymphoma, …). */
  readonly column: NeoplasmColumn | null;
  readonly assertion: Assertion;
  /** The trigger that made the assertion other than `present`; absent for `present`. */
  readonly evidence?: AssertionEvidence;
  /** The section the mention stands in, if the note has section headers. */
  readonly section?: NoteSection;
  /**
   * Where the code came from, said the way a coder cites it: "Table of Neoplasms: liver → Malignant
   * Secondary", "Index: Melanoma, skin", "Guideline I.C.2.d".
   */
  readonly source: string;
  /** What the text would need for a single billable code ("laterality", "sub-site"), when `code` is null. */
  readonly missing?: string;
}

/** Everything the reader found in one encounter of a note. */
export interface NarrativeReading {
  readonly sections: readonly NoteSection[];
  readonly mentions: readonly DocumentedMention[];
}
