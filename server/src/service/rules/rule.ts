import type { CodeSets, CodeSetYear, TabularNote, TabularNoteKind } from '../codes/codeSet';
import type { DiagnosisList, DiagnosisMention, Encounter, ParsedDocument, Severity } from '../model';
import type { EncounterNarrative } from '../notes/encounterNarrative';
import type { Span } from '../spans';
import type { CodeClass, NamingNoteKind, Reaction } from './reaction';

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

/**
 * Answers derived from the code sets that the rules share. A batch repeats a few thousand codes across
 * tens of thousands of claims, so each answer is worked out once; the object that remembers them is
 * created by the service with its code sets and goes away with them, never a module-level cache.
 */
export interface RuleMemo {
  readonly codeSets: CodeSets;
  /** `derive()`, computed once per key; keys start with what they answer (`nearest 2027 5 C7899`). */
  remember<T>(key: string, derive: () => T): T;
  /**
   * `derive()`, computed once per answer `kind` (a constant such as `'nearest'`), `scope` (a number that
   * says what else the answer depends on, such as `limit * 10_000 + year`: years have four digits) and code. Nothing is concatenated into a
   * key: the rules ask this for every code of every flagged claim, and the code strings are shared.
   */
  rememberByCode<T>(kind: string, scope: number, code: string, derive: () => T): T;
  /**
   * {@link rememberByCode} with a derivation that is given the code and one argument rather than
   * capturing them: the rules ask for a message or a list on every finding, and a closure made for each
   * ask (with the variables it captures) cost an allocation per finding though the answer was known.
   * `derive` is a function made once (a module's function), `argument` an object the caller has anyway.
   */
  rememberByCodeOf<A, T>(kind: string, scope: number, code: string, argument: A, derive: (code: string, argument: A) => T): T;
  /**
   * The notes of one kind for a code, own and inherited, leaving out references that cover the code
   * itself: a category's note naming its own range is about other members of the range.
   */
  notesOfKind(code: string, kind: TabularNoteKind): readonly TabularNote[];
  /**
   * Whether the dotless code belongs to the class, from the code's remembered facts: a rule asks it of
   * every code of every claim it runs on, and the facts were worked out when the claim was screened.
   */
  inClass(code: string, codeClass: CodeClass): boolean;
  /** The first note of `kind` at `carrier` (own or inherited) that names `other`, if any. */
  noteNaming(carrier: string, kind: NamingNoteKind, other: string): TabularNote | undefined;
}

/**
 * The diagnoses a rule checks, by index: the encounter's ICD-10-CM codes that are checked, in reporting
 * order, the first `listedCount` of them listed (the rest written in a note's background sections). A
 * rule asks for codes by index and for a span or a whole mention only for the diagnosis a finding is
 * about: a claim keeps its diagnoses as numbers, and most of them never become objects.
 */
export interface EncounterDiagnoses {
  readonly count: number;
  /** How many, from the first, are listed (count for first-listed and order). */
  readonly listedCount: number;
  /** Every diagnosis as written, ICD-9-CM ones included, so that a message can name a code written under the wrong qualifier. */
  readonly written: DiagnosisList;
  code(index: number): string;
  /** Where the code of diagnosis `index` is written: all a finding needs that offers no fix. */
  span(index: number): Span;
  /** The whole mention of diagnosis `index`: its span, dot style and qualifier, for a fix. */
  mention(index: number): DiagnosisMention;
  /** The codes of the first `count` diagnoses (all by default), in order, as one array. */
  codes(count?: number): string[];
  /** The index of the first diagnosis before `to` (default: all) whose code passes `test`, or -1. */
  findIndex(test: (code: string) => boolean, to?: number): number;
  some(test: (code: string) => boolean): boolean;
  /** The index of the first appearance of each distinct code, in order. */
  firstOfEachCode(): number[];
  /** The distinct codes that pass `test`, in order of first appearance. */
  codesWhere(test: (code: string) => boolean): string[];
}

/**
 * What a rule sees: one encounter, its diagnoses by index, the code tables, and the year that covers its
 * date of service.
 */
export interface RuleContext {
  readonly document: ParsedDocument;
  /**
   * The encounter: its label, dates, setting, procedures and insertion point. Its diagnoses are read
   * through {@link diagnoses}, never through `encounter.diagnoses`: a claim keeps them as numbers.
   */
  readonly encounter: Encounter;
  /** The ICD-10-CM diagnoses that are checked, in reporting order, and every diagnosis as written. */
  readonly diagnoses: EncounterDiagnoses;
  readonly codeSets: CodeSets;
  readonly year: CodeSetYear;
  /** What the rules remember about these code sets (notes, nearest codes, fix titles). */
  readonly memo: RuleMemo;
  /** What the words of a note encounter document; absent for claims and notes read without a reader. */
  readonly narrative?: EncounterNarrative;
  /** False when nobody will read the findings' quick fixes (the command line): rules may leave them out. */
  readonly wantsFixes: boolean;
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
   * What the rule reacts to (rules/reaction.ts): the engine runs {@link check} only where this holds and
   * does not build the claims of a batch on which it cannot hold. It must be a necessary condition of
   * every finding, and it is the only place the rule states it.
   */
  readonly reactsTo: Reaction;
  check(context: RuleContext): readonly Finding[];
}
