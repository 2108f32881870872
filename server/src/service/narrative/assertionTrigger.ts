import type { Assertion } from './model';

/**
 * NegEx/ConText triggers as data (Chapman 2001; Harkema 2009), written for oncology notes. A trigger
 * applies forward (`pre`: "no evidence of brain mets"), backward (`post`: "brain mets ruled out") or
 * both; its scope ends at the sentence end, at a terminator ("but", "however", "which"), and after
 * `MAX_SCOPE` tokens. `pseudo` triggers contain a trigger but mean nothing ("not only", "no change"),
 * so they are matched first and skipped. Every entry is tested in
 * `test/service/narrative/assertion.test.ts`.
 */
export type TriggerDirection = 'pre' | 'post' | 'both' | 'next';

export interface AssertionTrigger {
  readonly words: string;
  /** `other`: the condition is someone else's who is no blood relative ("her husband died of lung cancer"). */
  readonly assertion: Exclude<Assertion, 'present'> | 'pseudo' | 'active' | 'other';
  readonly direction: TriggerDirection;
  /** How many tokens after the mention a backward reading reaches, when not the default ("X vs Y": only X, right before it). */
  readonly postScope?: number;
  /** How many tokens after the mention a backward reading reaches when the trigger closes its clause ("Bladder cancer, hx (Z85.51)"). */
  readonly postScopeClosingClause?: number;
  /** Read backward only when the trigger closes its clause ("Secondary malignant neoplasm of liver - r/o;"), not before its own object ("- r/o recurrence"). */
  readonly postOnlyAtClauseEnd?: boolean;
  /** A weak cue that gives way to a history cue reaching the same mention ("HCC surveillance" is a screening, "h/o colon cancer, surveillance colonoscopy" a history). */
  readonly yieldsToHistory?: boolean;
  /** The cue speaks of the past only when its sentence carries a date or a year near it. */
  readonly dated?: boolean;
  /** An active cue that speaks only for the list item it stands in ("breast cancer as above, DLBCL 2011"). */
  readonly ownItem?: boolean;
  /** The cue counts only alone in parentheses after its diagnosis ("AML (current)"): elsewhere the word is too common. */
  readonly parenthesisedOnly?: boolean;
  /** A `post` history cue that also speaks for the sentence before it when it opens the next one, as a `next` cue does. */
  readonly opensNext?: boolean;
  /**
   * The cue makes history only of a benign, uncertain-behaviour or in-situ neoplasm: removing one ends it
   * (Z86.0-), while a resected malignancy stays current until the text says treatment is over (I.C.2.d).
   */
  readonly nonInvasiveOnly?: boolean;
  /**
   * A hypothetical cue that, opening its sentence outside a plan, is a study's indication: a rule-out
   * (uncertain), as "new headaches … Evaluate for intracranial metastases" (ANNOTATION.md).
   */
  readonly ruleOutWhenOpening?: boolean;
  /** A history cue that says how a disease was treated, not that it is gone: it does not end a metastasis (column secondary). */
  readonly notForMetastasis?: boolean;
  /** The cue speaks of the past only when a date follows it closely ("s/p R-CHOP x6 2019", "and RT (2012)"), not the diagnosis's date. */
  readonly datedAfter?: boolean;
  /** An active cue that keeps only a malignancy current: a stopped endocrine therapy leaves an excised DCIS a past one. */
  readonly invasiveOnly?: boolean;
  /** An active cue that keeps only a benign, uncertain-behaviour or in-situ neoplasm current ("angiomyolipoma (stable, followed)"). */
  readonly benignOnly?: boolean;
  /**
   * An active cue that keeps only a leukaemia, lymphoma or myeloma current: one watched without treatment is present
   * disease (Guideline I.C.2.d), while a resected solid cancer "on observation" is a history.
   */
  readonly haematologicOnly?: boolean;
  /** Read forward only right before the mention's words, as their adjective ("old melanoma excision site", "her old cancer"). */
  readonly preAdjacent?: boolean;
  /** Read backward only when no comma stands between the mention and the cue. */
  readonly postStopsAtComma?: boolean;
  /** An active cue that names a treatment given now ("on anastrozole", "on adjuvant", "receiving"): it speaks for the whole note's disease. */
  readonly treatment?: boolean;
  /** A cue that reaches its whole sentence's list forward, as a list's negation does ("FDA-approved for A, including B and C"). */
  readonly listScope?: boolean;
  /** A "consistent with" that concludes a tissue or cytology result reads no hedge (`tissueResult.ts`). */
  readonly tissueConclusion?: boolean;
}

/** Triggers of one assertion and direction, one per phrase: the shape every trigger table writes its plain entries in. */
export function triggersOf(assertion: AssertionTrigger['assertion'], direction: TriggerDirection, ...words: string[]): AssertionTrigger[] {
  return words.map((entry) => ({ words: entry, assertion, direction }));
}

/** Forward triggers ("no evidence of brain mets"). */
export const preTriggers = (assertion: AssertionTrigger['assertion'], ...words: string[]): AssertionTrigger[] => triggersOf(assertion, 'pre', ...words);
/** Backward triggers ("brain mets ruled out"). */
export const postTriggers = (assertion: AssertionTrigger['assertion'], ...words: string[]): AssertionTrigger[] => triggersOf(assertion, 'post', ...words);
/** Triggers read both ways. */
export const bothTriggers = (assertion: AssertionTrigger['assertion'], ...words: string[]): AssertionTrigger[] => triggersOf(assertion, 'both', ...words);
