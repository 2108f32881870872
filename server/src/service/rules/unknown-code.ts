import type { Finding, Rule } from './rule';
import { listCodes, replaceFix, shown } from './ruleHelpers';

/** How many nearest valid codes the message and the quick fixes offer. */
export const MAX_NEAREST = 5;

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
  check({ encounter, codeSets, year }): readonly Finding[] {
    const findings: Finding[] = [];
    for (const mention of encounter.diagnoses) {
      if (codeSets.yearsWith(mention.code).length > 0) continue;
      const nearest = codeSets.nearest(mention.code, year.year, MAX_NEAREST);
      const suggestion = nearest.length > 0
        ? `; did you mean ${listCodes(nearest).replace(/ and (?=[^,]*$)/, ' or ')}?`
        : '; check the code against the record.';
      const releases = codeSets.years.map((loaded) => loaded.label).join(', ');
      findings.push({
        span: mention.span,
        message: `${shown(mention)} is not an ICD-10-CM code in the Tabular List of ${releases}${suggestion}`,
        fixes: nearest.map((code, index) => {
          const title = codeSets.title(code);
          return replaceFix(mention, code, `Replace with ${shown(code)}${title ? ` ${title}` : ''}`, index === 0 && nearest.length === 1);
        }),
      });
    }
    return findings;
  },
};
