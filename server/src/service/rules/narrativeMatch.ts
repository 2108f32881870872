import type { CodeSets } from '../codes/codeSet';
import { toDotted } from '../codes/codeText';
import { isHistory, isNeoplasm } from '../codes/roles';
import type { Encounter } from '../model';
import type { DocumentedMention } from '../narrative/model';
import { historySites } from './history-with-active-cancer';
import type { RuleMemo } from './rule';
import { refsCover } from './ruleHelpers';
import { createRuleTables } from './ruleTables';

/**
 * How the narrative rules hold listed codes against documented mentions, in terms of the reader's
 * model only (code, candidates, column, assertion, evidence), never of the note's words.
 */

/**
 * Categories whose subcategories are different sites or meanings (C78.0 lung, C78.7 liver; C80.0
 * disseminated, C80.1 unknown primary; Z85.3 breast, Z85.1 lung): for them the 4-character
 * subcategory is "the category" a listed code must share with a documented one. Elsewhere the
 * 3-character category is, so that a more or less specific code of the same site (C34.10 for a
 * documented C34.11) counts as coded.
 */
const SITE_SUBCATEGORIES: ReadonlySet<string> = new Set(['C77', 'C78', 'C79', 'C7B', 'C80', 'Z85']);

/** The category a listed code and a documented code must share (`C787` → `C787`, `C3411` → `C34`). */
export function categoryKey(code: string): string {
  const category = code.slice(0, 3);
  return SITE_SUBCATEGORIES.has(category) ? code.slice(0, 4) : category;
}

/** `C78.7` or `C50.91-` (dotted), the way messages name a category key. */
export function shownCategory(key: string): string {
  return toDotted(key);
}

/** The codes a mention stands for: its code, or its candidates when the text lacks the detail. */
export function mentionCodes(mention: DocumentedMention): readonly string[] {
  return mention.code === null ? mention.candidates : [mention.code];
}

/** Whether a listed code falls under the narrative rules: C00–D49 and Z85 (I.C.2). */
export function isNarrativeScope(code: string): boolean {
  return isNeoplasm(code) || isHistory(code);
}

/** Whether the encounter is an inpatient admission, where uncertain diagnoses are coded as established. */
export function isInpatient(encounter: Encounter): boolean {
  return encounter.inpatient || encounter.setting === 'inpatient';
}

/**
 * Whether a documented code and a listed code are about the same condition: the same category
 * ({@link categoryKey}), a Z85 code and an active code of a site its "conditions classifiable to"
 * note covers, or C80.1 (primary unknown) and a documented secondary site.
 */
export function sameCondition(codeSets: CodeSets, listed: string, documented: string): boolean {
  if (categoryKey(listed) === categoryKey(documented)) return true;
  // Asked from a hover, one pair at a time: nothing is worth remembering beyond this question.
  if (isHistory(listed) && !isHistory(documented)) return coversSite(createRuleTables(codeSets), listed, documented);
  if (isHistory(documented) && !isHistory(listed)) return coversSite(createRuleTables(codeSets), documented, listed);
  return false;
}

/** Whether a Z85 code's "conditions classifiable to" note covers an active code's site. */
export function coversSite(memo: RuleMemo, history: string, active: string): boolean {
  const sites = historySites(memo, history);
  return sites !== undefined && refsCover(sites.refs, active);
}

/**
 * Whether a mention supports reporting the listed code: a present condition; a history for a Z85
 * code; an uncertain diagnosis on an inpatient admission (Guidelines II.H, III.C).
 */
export function supports(listed: string, mention: DocumentedMention, inpatient: boolean): boolean {
  switch (mention.assertion) {
    case 'present': return true;
    case 'history': return isHistory(listed);
    case 'uncertain': return inpatient;
    default: return false;
  }
}

/**
 * The Z85 code for the history of a condition: the mention's own Z85 code, or the billable Z85 code
 * of the year whose "conditions classifiable to" note covers the active code most specifically.
 */
export function historyCodeFor(memo: RuleMemo, year: number, mention: DocumentedMention, active: string): string | undefined {
  const own = mentionCodes(mention).find((code) => isHistory(code));
  if (own !== undefined) return own;
  return memo.remember(`history for ${year} ${active}`, () => {
    const covering = memo.codeSets.billableWithPrefix('Z85', year, 200).filter((code) => coversSite(memo, code, active));
    // The longest code is the most specific site (Z85.038 before Z85.09 for colon).
    return covering.sort((a, b) => b.length - a.length)[0];
  });
}

/**
 * History triggers that say outright that the cancer is gone and no longer treated (Guideline
 * I.C.2.d): only these make a contradiction with an active code a warning. "History of" alone does
 * not, as oncologists write it for cancers still under treatment; nor does "in remission", which
 * leukemia and myeloma code within their own categories (C90.01, C91.01).
 */
const ERADICATION_WORDS = /\b(?:ned|no evidence of (?:active |residual |recurrent )?(?:disease|malignancy|cancer|recurrence)|disease[- ]free|cancer[- ]free|cured|eradicated|resolved|completed (?:all )?(?:treatment|therapy|chemotherapy|radiation)|no longer (?:treated|on treatment)|off (?:all )?treatment)\b/i;

/** Whether a history mention's evidence says explicitly that the cancer was eradicated. */
export function isExplicitlyEradicated(mention: DocumentedMention): boolean {
  return mention.assertion === 'history' && mention.evidence !== undefined && ERADICATION_WORDS.test(mention.evidence.trigger);
}

/** `negated by 'no evidence of'`: how a mention's assertion came about, for messages and the hover. */
export function describeAssertion(mention: DocumentedMention): string {
  const trigger = mention.evidence === undefined ? '' : ` by '${mention.evidence.trigger}'`;
  switch (mention.assertion) {
    case 'present': return 'present';
    case 'negated': return `negated${trigger}`;
    case 'history': return `history${trigger}`;
    case 'uncertain': return `uncertain${trigger}`;
    case 'hypothetical': return `hypothetical${trigger}`;
    case 'family': return `family history${trigger}`;
  }
}
