import { isHistory, isPrimaryMalignancy, isSecondaryNeedingPrimary } from '../codes/roles';
import type { DiagnosisList, DiagnosisMention } from '../model';
import type { Span } from '../spans';
import type { EncounterDiagnoses, Finding, QuickFix, Rule } from './rule';
import { insertFix, listCodes, shown } from './ruleHelpers';
import { CodeClasses } from './codeClasses';

/** The ICD-10-CM qualifier for each ICD-9-CM diagnosis qualifier (X12 005010 HI composites). */
const ICD10_QUALIFIER: Readonly<Record<string, string>> = { BK: 'ABK', BF: 'ABF', BJ: 'ABJ', PR: 'APR', BN: 'ABN' };

/**
 * A secondary (metastatic) site needs a primary on the same encounter: the primary site code, a Z85
 * history code when the primary was eradicated (I.C.2.d), or C80.1 when the primary is unknown
 * (I.C.2.k). C7B.1 (Merkel cell, nodal presentation) is exempt because its primary is often unknown.
 * A primary or Z85 code written under an ICD-9-CM qualifier (`BF:Z853`) does not count, because the
 * claim reports it as ICD-9-CM; the finding then names it and offers the ICD-10-CM qualifier.
 */
export const secondaryWithoutPrimary: Rule = {
  id: 'secondary-without-primary',
  defaultSeverity: 'warning',
  summary: 'A secondary malignant neoplasm code (C77–C79, C7B.0-) is reported without a primary malignancy, C80.1 or a Z85 history code.',
  grounding: 'ICD-10-CM Guidelines I.C.2 (introduction), I.C.2.d, I.C.2.k',
  reactsTo: {
    codes: [{ some: CodeClasses.secondaryNeedingPrimary }, { none: CodeClasses.primaryMalignancy }, { none: CodeClasses.history }],
  },
  check({ encounter, diagnoses, memo, wantsFixes }): readonly Finding[] {
    const firstIndex = diagnoses.findIndex(isSecondaryNeedingPrimary);
    if (firstIndex < 0) return [];
    if (diagnoses.some(isPrimaryOrHistory)) return [];
    const span = diagnoses.span(firstIndex);
    const codes = listCodes(diagnoses.codesWhere(isSecondaryNeedingPrimary));
    const several = lastIndexWhere(diagnoses, isSecondaryNeedingPrimary) !== firstIndex;
    const subject = `${codes} ${several ? 'are secondary sites' : 'is a secondary site'}`;
    const misfiled = misfiledPrimary(diagnoses.written);
    if (misfiled !== undefined) return [misfiledFinding(span, subject, misfiled)];
    const fixes: QuickFix[] = wantsFixes && encounter.insertionPoint
      ? [insertFix(encounter.insertionPoint, 'C801', 'Add C80.1 (malignant neoplasm, primary site unknown)')]
      : [];
    return [{
      span,
      // One string per list of secondary codes, however many claims carry it.
      message: memo.rememberByCode('secondary-without-primary message', 0, subject, () => `${subject} with no primary malignancy on this encounter; add the primary site code, a Z85.- history code if the primary was eradicated, or C80.1 if the primary site is unknown (ICD-10-CM Guidelines I.C.2.d, I.C.2.k).`),
      fixes,
    }];
  },
};

function isPrimaryOrHistory(code: string): boolean {
  return isPrimaryMalignancy(code) || isHistory(code);
}

/** The index of the last checked diagnosis whose code passes `test`, or -1. */
function lastIndexWhere(diagnoses: EncounterDiagnoses, test: (code: string) => boolean): number {
  for (let index = diagnoses.count - 1; index >= 0; index--) if (test(diagnoses.code(index))) return index;
  return -1;
}

/** The first primary or history code written under an ICD-9-CM qualifier, if any. */
function misfiledPrimary(written: DiagnosisList): DiagnosisMention | undefined {
  for (let index = 0; index < written.length; index++) {
    if (written.systemAt(index) === 'icd9cm' && isPrimaryOrHistory(written.codeAt(index))) return written.mentionAt(index);
  }
  return undefined;
}

/** The finding when the primary or history code is there, but under an ICD-9-CM qualifier. */
function misfiledFinding(span: Span, subject: string, misfiled: DiagnosisMention): Finding {
  const written = misfiled.qualifier ?? 'BF';
  const qualifier = ICD10_QUALIFIER[written] ?? 'ABF';
  const fixes: QuickFix[] = misfiled.qualifierSpan === undefined
    ? []
    : [{ title: `Report ${shown(misfiled)} with the ICD-10-CM qualifier ${qualifier}`, edits: [{ span: misfiled.qualifierSpan, newText: qualifier }], isPreferred: true }];
  return {
    span,
    message: `${subject} with no primary malignancy counted on this encounter: ${shown(misfiled)} is there, but under the ICD-9-CM qualifier ${written}, so the claim does not report it as ICD-10-CM; write it as ${qualifier}:${misfiled.code} (ICD-10-CM Guidelines I.C.2.d, I.C.2.k).`,
    fixes,
  };
}
