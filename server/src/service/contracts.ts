import type { CodeSets, CodeSetYear } from './codes/codeSet';

/**
 * The small contracts that features, the document host and the facade share (settings, cancellation,
 * CPT descriptions). They live here, not in languageService.ts, so that no feature imports the facade.
 */

/** A rule's configured level, `off` or a severity (same values as the `icdClaimCoder.rules.*` settings). */
export type RuleLevel = 'off' | 'hint' | 'information' | 'warning' | 'error';

/** What validation needs from the user's settings, already narrowed and defaulted by the binding. */
export interface ValidationSettings {
  readonly rules: Readonly<Record<string, RuleLevel>>;
  readonly maxNumberOfProblems: number;
  /**
   * Whether findings carry their quick fixes (default true). The command line prints no fixes, and on a
   * rule-dense batch building up to twenty replacement fixes per finding is much of the rules' work.
   */
  readonly quickFixes?: boolean;
}

/** A cancellation signal the service can poll between claims without depending on the LSP runtime. */
export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

/** CPT descriptions the user supplied (AMA-licensed content is never bundled beyond a handful of seed codes). */
export interface CptDescriptions {
  describe(code: string): { readonly description: string; readonly source: string } | undefined;
}

/** The paragraphs that explain an ICD-10-CM code (hover, completion details), kept by the service that made them. */
export interface CodeDescriber {
  /** The title first; `where` names the unit the rules look at (`claim` or `encounter`). */
  describe(code: string, year: CodeSetYear, where: string, serviceDate?: string, dateKind?: string): string[];
}

/** What the code-reading features (hover, completion, the outline) need besides the document. */
export interface FeatureEnvironment {
  readonly codeSets: CodeSets;
  /** The user's CPT descriptions; the bundled seed descriptions are used when absent. */
  readonly cpt: CptDescriptions | undefined;
  readonly descriptions: CodeDescriber;
}
