import type { Finding, QuickFix, Rule, RuleContext, RuleMemo } from './rule';
import { listNearestBillable, nearestBillable, replaceFix, replacementTitle, shown } from './ruleHelpers';
import { CodeClasses } from './codeClasses';

/** How many nearest valid codes the message and the quick fixes offer. */
export const MAX_NEAREST = 5;

/** The loaded releases as the message names them (`FY2025, FY2026`), worked out once per code set. */
function loadedReleases(memo: RuleMemo): string {
  return memo.remember('unknown-code releases', () => memo.codeSets.years.map((loaded) => loaded.label.replace(/^ICD-10-CM /, '')).join(', '));
}

/**
 * Text shaped like an ICD-10-CM code that no loaded release knows. Mentions that are only shaped like
 * a code (a bare token in a note) never reach this rule unless the code set knows them; the engine
 * drops them, so ordinary words are not reported.
 */
export const unknownCode: Rule = {
  id: 'unknown-code',
  defaultSeverity: 'error',
  summary: 'Text shaped like an ICD-10-CM code is not a code in any loaded release.',
  grounding: 'ICD-10-CM Tabular List of the loaded releases',
  reactsTo: { codes: [{ some: CodeClasses.unknown }] },
  check(context): readonly Finding[] {
    const { diagnoses, year, memo, wantsFixes } = context;
    const findings: Finding[] = [];
    for (let index = 0; index < diagnoses.count; index++) {
      const code = diagnoses.code(index);
      if (!memo.inClass(code, CodeClasses.unknown)) continue;
      findings.push({
        span: diagnoses.span(index),
        // One string per code and year, however many claims carry the code: a batch repeats a few unknown codes.
        message: memo.rememberByCodeOf('unknown-code message', year.year, code, context, unknownMessage),
        fixes: !wantsFixes ? undefined : nearestFixes(context, code, index),
      });
    }
    return findings;
  },
};

/** The message for the unknown `code` in the context's year. */
function unknownMessage(code: string, { memo, year }: RuleContext): string {
  const nearest = nearestBillable(memo, code, year.year, MAX_NEAREST);
  const suggestion = nearest.length > 0 ? `replace it with a valid code such as ${listNearestBillable(memo, code, year.year, MAX_NEAREST)}` : 'check the code against the record';
  return `${shown(code)} is not a code in any loaded ICD-10-CM release (${loadedReleases(memo)}); ${suggestion} (ICD-10-CM Tabular List).`;
}

/** A fix per nearest billable code, the only one preferred. */
function nearestFixes({ diagnoses, memo, year }: RuleContext, code: string, index: number): QuickFix[] {
  const nearest = nearestBillable(memo, code, year.year, MAX_NEAREST);
  return nearest.map((near, at) => replaceFix(diagnoses.mention(index), near, replacementTitle(memo, near), at === 0 && nearest.length === 1));
}
