import type { CodeSets } from '../codes/codeSet';
import type { Finding, QuickFix, Rule, RuleContext, RuleMemo } from './rule';
import { listAlternatives, replaceFix, replacementTitle, shown } from './ruleHelpers';
import { CodeClasses } from './codeClasses';

/** How many billable children are offered as quick fixes. */
export const MAX_CHILD_FIXES = 20;
/** How many children are read before sorting, so categories with hundreds of codes stay cheap. */
const CHILDREN_READ = 200;

/**
 * The billable codes under a header, the most specific first: codes are ordered by how many times
 * their title says "unspecified" (C50.911 "unspecified site of right female breast" before C50.919
 * "unspecified site of unspecified female breast"), then in code order. A coder sees the specific
 * choices first and falls back to "unspecified" only when the record gives no more detail.
 */
export function billableChildren(memo: RuleMemo, code: string, year: number, limit: number): readonly string[] {
  // A batch reports the same few headers on claim after claim: sort each header's children once.
  return memo.rememberByCode('billable children', limit * 10_000 + year, code, () => sortedBillableChildren(memo.codeSets, code, year, limit));
}

function sortedBillableChildren(codeSets: CodeSets, code: string, year: number, limit: number): string[] {
  const children = codeSets.billableWithPrefix(code, year, CHILDREN_READ).filter((child) => child !== code);
  const unspecified = (child: string): number => (codeSets.title(child) ?? '').match(/\bunspecified\b/gi)?.length ?? 0;
  return children
    .map((child, order) => ({ child, order, last: unspecified(child) }))
    .sort((a, b) => a.last - b.last || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.child);
}

/** A category or subcategory that has children must be reported at its highest level of detail (I.B.2). */
export const codeNotBillable: Rule = {
  id: 'code-not-billable',
  defaultSeverity: 'error',
  summary: 'A valid ICD-10-CM category or subcategory that needs more characters to be billable is reported.',
  grounding: 'ICD-10-CM Guidelines I.B.2 (level of detail in coding)',
  reactsTo: { codes: [{ some: CodeClasses.headerInSomeYear }] },
  check(context): readonly Finding[] {
    const { diagnoses, codeSets, year, memo, wantsFixes } = context;
    const findings: Finding[] = [];
    for (let index = 0; index < diagnoses.count; index++) {
      const code = diagnoses.code(index);
      if (codeSets.status(code, year.year) !== 'header') continue;
      // The children are read for the fixes, and for the message the first time a header is met.
      const fixes: QuickFix[] | undefined = !wantsFixes
        ? undefined
        : billableChildren(memo, code, year.year, MAX_CHILD_FIXES).map((child) => replaceFix(diagnoses.mention(index), child, replacementTitle(memo, child)));
      findings.push({
        span: diagnoses.span(index),
        // One string per header and year, however many claims report the header.
        message: memo.rememberByCodeOf('code-not-billable message', year.year, code, context, notBillableMessage),
        fixes,
      });
    }
    return findings;
  },
};

/** The message for the header `code` in the context's year. */
function notBillableMessage(code: string, { memo, year }: RuleContext): string {
  const children = billableChildren(memo, code, year.year, MAX_CHILD_FIXES);
  const kind = code.length === 3 ? 'category' : 'subcategory';
  const examples = children.length > 0 ? `, such as ${listAlternatives(children.slice(0, 3))}` : '';
  return `${shown(code)} is a ${kind} heading in ${year.label}, not a billable code; report one of its billable codes${examples} (ICD-10-CM Guidelines I.B.2, code to the highest level of detail).`;
}
