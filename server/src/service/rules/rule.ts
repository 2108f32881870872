import type { CodeSets, CodeSetYear } from '../codes/codeSet';
import type { DiagnosisMention, Encounter, ParsedDocument, Severity } from '../model';
import type { EncounterNarrative } from '../notes/encounterNarrative';
import type { Span } from '../spans';
import type { CodeFacts } from './codeFacts';

/** A text change, by offset, that a quick fix applies. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** A quick fix offered for a finding. Fixes are the only way the extension changes the user's text. */
export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly isPreferred?: boolean;
}

/** What a rule sees: one encounter, the code tables, and the year that covers its date of service. */
export interface RuleContext {
  readonly document: ParsedDocument;
  readonly encounter: Encounter;
  readonly codeSets: CodeSets;
  readonly year: CodeSetYear;
  /**
   * The facts of each diagnosis code, parallel to `encounter.diagnoses`, when the engine has worked
   * them out already (rules fall back to `codeFactsOf`).
   */
  readonly mentionFacts?: readonly CodeFacts[];
  /**
   * Every diagnosis as written, ICD-9-CM ones included (`encounter` holds only the ICD-10-CM codes that
   * are checked), so a message can name a code written under the wrong qualifier. Absent means the same
   * as `encounter.diagnoses`.
   */
  readonly writtenDiagnoses?: readonly DiagnosisMention[];
  /** What the words of a note encounter document; absent for claims and notes read without a reader. */
  readonly narrative?: EncounterNarrative;
}

/**
 * What a rule's screen sees of a claim before the claim is built: its ICD-10-CM codes (dotless, in
 * reporting order, principal first), their facts, and the code tables. Only `count` entries are valid.
 */
export interface ScreenInput {
  readonly codes: readonly string[];
  readonly facts: readonly CodeFacts[];
  readonly count: number;
  readonly codeSets: CodeSets;
  /**
   * The built encounter, when the engine has one. The screen, which never has one, only sees claims whose
   * structure the codes reader found sound (every SV107 pointer names a diagnosis, for instance).
   */
  readonly encounter?: Encounter;
}

/** One problem a rule found. The engine adds the rule id, severity and docs link. */
export interface Finding {
  readonly span: Span;
  /** One sentence naming the codes, what to do, and the guideline or tabular note. */
  readonly message: string;
  readonly fixes?: readonly QuickFix[];
  /** Overrides the rule's default severity for this finding (e.g. inpatient claims); user settings still win. */
  readonly severity?: Severity;
}

/** A coding rule. The id is the diagnostic code, the settings key and the docs page name. */
export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One sentence for the docs and the settings description. */
  readonly summary: string;
  /** The guideline section or tabular convention the rule rests on, e.g. `ICD-10-CM Guidelines I.C.2.d`. */
  readonly grounding: string;
  /**
   * Fact flags (`codeFacts.ts`) of which at least one code of the encounter must carry for the rule to find
   * anything; the engine skips the rule otherwise. Absent means the rule always runs.
   */
  readonly relevantFacts?: number;
  /**
   * A cheap necessary condition on the codes alone, asked only when `relevantFacts` matched: false
   * promises that {@link check} finds nothing on any encounter with these codes in this order, so the
   * engine need not build the claim. Absent means a matching `relevantFacts` is enough to run the rule.
   */
  mayFire?(input: ScreenInput): boolean;
  /**
   * The rule reads `context.narrative`: it runs on every encounter that has one, whatever its codes
   * (`relevantFacts` and `mayFire` are not asked), and never on one that has none (every 837 claim), so
   * the claim screen leaves it out.
   */
  readonly needsNarrative?: true;
  /**
   * The document kinds the rule checks (a FHIR rule reads codings that only FHIR has); absent means
   * every kind. A rule limited to other kinds never runs on, nor holds back screening of, an 837.
   */
  readonly languages?: readonly ParsedDocument['languageId'][];
  check(context: RuleContext): readonly Finding[];
}
