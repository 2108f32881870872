import type { CodeSets } from '../codes/codeSet';
import type { RuleLevel } from '../languageService';
import { codeFactsLookup } from './codeFacts';
import type { CodeFacts } from './codeFacts';
import type { Rule, ScreenInput } from './rule';

/**
 * The claim screen: whether any enabled rule could find something on a claim, answered from its
 * codes alone. Each rule declares the code facts it needs (`Rule.relevantFacts`) and, where that is
 * not specific enough, a necessary condition on them (`Rule.mayFire`: a secondary site without any
 * primary, Z85 first-listed, an Excludes1 note naming another code of the claim). Most claims of a
 * batch pass every rule's condition, and those claims are not built at all, which is most of what makes
 * a 100,000-claim batch cheap. The screen may say "maybe" when no rule fires (the claim is then simply
 * checked in full), but never "no" when one would.
 */
export interface ClaimScreen {
  /**
   * False only when no enabled rule can find anything on a claim whose ICD-10-CM codes, in reporting
   * order, are the first `count` entries of `codes`.
   */
  mayFind(codes: readonly string[], count: number): boolean;
}

/**
 * The screen for these rules at these levels, or undefined when screening would not be sound (an
 * enabled rule that declares neither facts nor a condition must see every claim).
 */
export function createClaimScreen(codeSets: CodeSets, rules: readonly Rule[], levels: Readonly<Record<string, RuleLevel>>): ClaimScreen | undefined {
  // Claims have no narrative, so the rules that read it never fire on a claim; the screen serves 837
  // batches only, so rules for other document kinds play no part in it either.
  const enabled = rules.filter((rule) => levels[rule.id] !== 'off' && rule.needsNarrative !== true
    && (rule.languages === undefined || rule.languages.includes('x12-837')));
  if (enabled.some((rule) => rule.relevantFacts === undefined && rule.mayFire === undefined)) return undefined;
  const factsOf = codeFactsLookup(codeSets);
  const facts: CodeFacts[] = [];
  const input = { codes: [] as readonly string[], facts, count: 0, codeSets };
  const screened = (): ScreenInput => input;

  return {
    mayFind(codes: readonly string[], count: number): boolean {
      let flags = 0;
      for (let i = 0; i < count; i++) {
        const codeFacts = factsOf(codes[i] as string);
        facts[i] = codeFacts;
        flags |= codeFacts.flags;
      }
      input.codes = codes;
      input.count = count;
      for (const rule of enabled) if (ruleMayFire(rule, flags, screened)) return true;
      return false;
    },
  };
}

/**
 * Whether `rule` could find something on codes whose facts' union is `flags`: its `relevantFacts`
 * first (a bit test), then its `mayFire` condition, whose input is only made when it is asked. A
 * condition that throws (a code set whose notes cannot be read) counts as yes, so the rule runs and
 * reports its failure. A rule that reads the narrative may fire exactly when the encounter has one. The
 * screen and the engine's per-rule skip both ask this.
 */
export function ruleMayFire(rule: Rule, flags: number, input: () => ScreenInput, hasNarrative = false): boolean {
  if (rule.needsNarrative === true) return hasNarrative;
  if (rule.relevantFacts !== undefined && (flags & rule.relevantFacts) === 0) return false;
  if (rule.mayFire === undefined) return true;
  try {
    return rule.mayFire(input());
  } catch {
    return true;
  }
}
