import { isPrimaryBySite, isSecondary } from '../codes/roles';
import type { Finding, Rule } from './rule';
import { shown, swapFix } from './ruleHelpers';
import { CodeClasses } from './codeClasses';

/**
 * When both a primary and a secondary site are reported, the primary is usually first-listed; a
 * secondary site comes first only when the encounter treats the metastasis alone (I.C.2.b, I.C.2.l).
 * A Z85 history code is not an active primary, so it never makes this rule fire (I.C.2.d).
 */
export const secondaryListedFirst: Rule = {
  id: 'secondary-listed-first',
  defaultSeverity: 'information',
  summary: 'A secondary site is first-listed while an active primary malignancy is also reported.',
  grounding: 'ICD-10-CM Guidelines I.C.2.a, I.C.2.b, I.C.2.l',
  reactsTo: { codes: [{ first: CodeClasses.secondary }, { some: CodeClasses.primaryBySite }] },
  check({ diagnoses, memo, wantsFixes }): readonly Finding[] {
    if (diagnoses.listedCount === 0 || !isSecondary(diagnoses.code(0))) return [];
    // A primary written only in a background section (history) is not swapped into the diagnosis list.
    const primaryIndex = diagnoses.findIndex(isPrimaryBySite, diagnoses.listedCount);
    if (primaryIndex < 0) return [];
    const secondary = diagnoses.code(0);
    const primary = diagnoses.code(primaryIndex);
    return [{
      span: diagnoses.span(0),
      // One string per pair of codes, however many claims list them so.
      message: memo.rememberByCode('secondary-listed-first message', 0, `${secondary} ${primary}`, () => `The secondary site ${shown(secondary)} is first-listed while the primary ${shown(primary)} is also reported; list ${shown(primary)} first unless this encounter treats only the metastasis (ICD-10-CM Guidelines I.C.2.a, I.C.2.b).`),
      fixes: wantsFixes ? [swapFix(diagnoses.mention(0), diagnoses.mention(primaryIndex), `List ${shown(primary)} first`)] : undefined,
    }];
  },
};
