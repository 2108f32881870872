import { isPrimaryBySite } from '../codes/roles';
import type { Finding, Rule } from './rule';
import { listCodes } from './ruleHelpers';
import { CodeClasses } from './codeClasses';

/** C80.1 says no primary site can be determined; a reported primary site contradicts it (I.C.2.k). */
export const unknownPrimaryWithKnownPrimary: Rule = {
  id: 'unknown-primary-with-known-primary',
  defaultSeverity: 'warning',
  summary: 'C80.1 (primary site unknown) is reported together with a known primary site code.',
  grounding: 'ICD-10-CM Guidelines I.C.2.k',
  reactsTo: { codes: [{ some: CodeClasses.unknownPrimary }, { some: CodeClasses.primaryBySite }] },
  check({ diagnoses, memo }): readonly Finding[] {
    const unknown = diagnoses.findIndex((code) => code === 'C801');
    if (unknown < 0) return [];
    const primaries = diagnoses.codesWhere(isPrimaryBySite);
    if (primaries.length === 0) return [];
    const codes = listCodes(primaries);
    return [{
      span: diagnoses.span(unknown),
      // One string per list of primaries, however many claims carry it.
      message: memo.rememberByCode('unknown-primary-with-known-primary message', 0, codes, () => `C80.1 (malignant neoplasm, primary site unknown) is reported with the known primary ${codes}; remove C80.1, which is only for a primary site that cannot be determined (ICD-10-CM Guidelines I.C.2.k).`),
    }];
  },
};
