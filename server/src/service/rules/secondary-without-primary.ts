import { isHistory, isPrimaryMalignancy, isSecondaryNeedingPrimary } from '../codes/roles';
import type { Finding, QuickFix, Rule } from './rule';
import { distinctCodes, insertFix, listCodes } from './ruleHelpers';
import { anyHas, Fact } from './codeFacts';

/**
 * A secondary (metastatic) site needs a primary on the same encounter: the primary site code, a Z85
 * history code when the primary was eradicated (I.C.2.d), or C80.1 when the primary is unknown
 * (I.C.2.k). C7B.1 (Merkel cell, nodal presentation) is exempt because its primary is often unknown.
 */
export const secondaryWithoutPrimary: Rule = {
  id: 'secondary-without-primary',
  defaultSeverity: 'warning',
  summary: 'A secondary malignant neoplasm code (C77–C79, C7B.0-) is reported without a primary malignancy, C80.1 or a Z85 history code.',
  grounding: 'ICD-10-CM Guidelines I.C.2 (introduction), I.C.2.d, I.C.2.k',
  relevantFacts: Fact.secondaryNeedingPrimary,
  mayFire: (input) => anyHas(input, Fact.secondaryNeedingPrimary) && !anyHas(input, Fact.primaryMalignancy) && !anyHas(input, Fact.history),
  check({ encounter }): readonly Finding[] {
    const secondaries = encounter.diagnoses.filter((mention) => isSecondaryNeedingPrimary(mention.code));
    const first = secondaries[0];
    if (first === undefined) return [];
    if (encounter.diagnoses.some((mention) => isPrimaryMalignancy(mention.code) || isHistory(mention.code))) return [];
    const codes = listCodes(distinctCodes(secondaries));
    const fixes: QuickFix[] = encounter.insertionPoint
      ? [insertFix(encounter.insertionPoint, 'C801', 'Add C80.1 (malignant neoplasm, primary site unknown)')]
      : [];
    return [{
      span: first.span,
      message: `${codes} ${secondaries.length > 1 ? 'are secondary sites' : 'is a secondary site'} with no primary malignancy on this encounter; add the primary site code, a Z85.- history code if the primary was eradicated, or C80.1 if the primary site is unknown (ICD-10-CM Guidelines I.C.2.d, I.C.2.k).`,
      fixes,
    }];
  },
};
