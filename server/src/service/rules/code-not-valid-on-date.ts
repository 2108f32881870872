import type { Finding, Rule } from './rule';
import { MAX_NEAREST } from './unknown-code';
import { listNearestBillable, nearestBillable, replaceFix, replacementTitle, shown } from './ruleHelpers';
import { CodeClasses } from './codeClasses';

/**
 * A claim is coded with the release in effect on its date of service. A code that exists in another
 * loaded release but not in the one covering the date (added later, or deleted) is reported here;
 * a code in no release at all is `unknown-code`. With one release loaded this rule cannot fire.
 */
export const codeNotValidOnDate: Rule = {
  id: 'code-not-valid-on-date',
  defaultSeverity: 'warning',
  summary: "A code is not in the ICD-10-CM release that covers the claim's date of service.",
  grounding: 'ICD-10-CM release in effect on the date of service (annual update effective October 1)',
  reactsTo: { codes: [{ some: CodeClasses.missingInSomeYear }] },
  check({ encounter, diagnoses, codeSets, year, memo, wantsFixes }): readonly Finding[] {
    if (codeSets.years.length < 2) return [];
    const findings: Finding[] = [];
    for (let index = 0; index < diagnoses.count; index++) {
      const code = diagnoses.code(index);
      if (codeSets.status(code, year.year) !== undefined) continue;
      const validIn = codeSets.yearsWith(code);
      if (validIn.length === 0) continue;
      const labels = codeSets.years.filter((loaded) => validIn.includes(loaded.year)).map((loaded) => loaded.label).join(', ');
      const when = encounter.serviceDate === undefined
        ? `${year.label}, the release used when no date of service is given`
        : `${year.label}, the release covering the ${encounter.dateIsDischarge === true ? 'discharge date' : 'date of service'} ${encounter.serviceDate}`;
      const nearest = nearestBillable(memo, code, year.year, MAX_NEAREST);
      const instead = nearest.length > 0 ? ` such as ${listNearestBillable(memo, code, year.year, MAX_NEAREST)}` : '';
      findings.push({
        span: diagnoses.span(index),
        message: `${shown(code)} is not valid in ${when} (it exists only in ${labels}); use a code of ${year.label}${instead} (code with the ICD-10-CM release in effect on the date of service).`,
        fixes: !wantsFixes ? undefined : nearest.map((near) => replaceFix(diagnoses.mention(index), near, replacementTitle(memo, near))),
      });
    }
    return findings;
  },
};
