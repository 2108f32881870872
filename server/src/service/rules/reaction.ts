import type { CodeSets } from '../codes/codeSet';
import type { ParsedDocument } from '../model';

/**
 * What a rule reacts to, declared as data: the engine reads these declarations to decide which rules
 * run on an encounter and, for an 837 batch, which claims need to be built at all (rules/claimScreen.ts).
 * A declaration is a necessary condition: wherever it does not hold, the rule's check must find nothing.
 * test/service/features/ruleReactions.test.ts runs every check unconditionally to hold the rules to it.
 */

/**
 * A class of codes, such as "a secondary site" or "a header in some loaded year". The engine asks each
 * distinct code once per code set and remembers the answer as one bit, so a class costs nothing per claim.
 * Define a class with the same predicate the rule's check uses (codes/roles.ts), never a second copy.
 */
export interface CodeClass {
  /** Words for tests and messages: `secondary site needing a primary`. */
  readonly name: string;
  /** Whether a dotless, upper-case code belongs to the class; it may read the loaded code sets. */
  readonly test: (code: string, codeSets: CodeSets) => boolean;
}

/** The kinds of tabular notes whose naming of another code of the encounter a rule can react to. */
export type NamingNoteKind = 'excludes1' | 'codeFirst';

/**
 * A condition on an encounter's ICD-10-CM codes in reporting order (principal or first-listed first):
 * - `some`: at least one code is of the class; `none`: no code is;
 * - `first`: the first code is of the class (false when there is no code);
 * - `noteNames`: a note of that kind at one code (own or inherited) names another code of the
 *   encounter, with `later: true` one listed after the carrier;
 * - `not`, `anyOf`: the negation of a condition, and the disjunction of several.
 */
export type CodeCondition =
  | { readonly some: CodeClass }
  | { readonly none: CodeClass }
  | { readonly first: CodeClass }
  | { readonly noteNames: NamingNoteKind; readonly later?: true }
  | { readonly not: CodeCondition }
  | { readonly anyOf: readonly CodeCondition[] };

/** Parts of a claim besides its codes that a rule reads. */
export type ClaimPart =
  /**
   * The service lines' diagnosis pointers (SV107). The claims reader sends every claim whose pointers
   * do not all name one of its diagnoses to be built, so the claim screen never passes a claim for this
   * part alone; a built encounter reacts when one of its service lines carries a pointer.
   */
  | 'diagnosis-pointers';

/** Everything a rule reacts to. Every field narrows; a rule that declares `{}` runs on every encounter. */
export interface Reaction {
  /** The document kinds the rule checks; absent means every kind. */
  readonly languages?: readonly ParsedDocument['languageId'][];
  /** Conditions on the codes, all of which must hold. */
  readonly codes?: readonly CodeCondition[];
  /**
   * The rule reads what the note's words document (`RuleContext.narrative`): it runs on every encounter
   * that has a reading, whatever its codes, and on none that has not (every claim).
   */
  readonly narrative?: true;
  /** Parts of a claim the rule reads besides its codes; it reacts only to an encounter that has them. */
  readonly claimParts?: readonly ClaimPart[];
}
