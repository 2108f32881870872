import { isPrimaryBySite, isSecondary } from '../codes/roles';
import type { Finding, Rule } from './rule';
import { listCodes } from './ruleHelpers';
import { CodeClasses } from './codeClasses';

/** C80.0 is only for advanced disease with no known primary or secondary sites (I.C.2.j). */
export const disseminatedWithKnownSites: Rule = {
  id: 'disseminated-with-known-sites',
  defaultSeverity: 'warning',
  summary: 'C80.0 (disseminated malignant neoplasm) is reported together with a specific primary or secondary site code.',
  grounding: 'ICD-10-CM Guidelines I.C.2.j',
  reactsTo: {
    codes: [{ some: CodeClasses.disseminated }, { anyOf: [{ some: CodeClasses.primaryBySite }, { some: CodeClasses.secondary }] }],
  },
  check({ diagnoses, memo }): readonly Finding[] {
    const disseminated = diagnoses.findIndex((code) => code === 'C800');
    if (disseminated < 0) return [];
    const sites = diagnoses.codesWhere((code) => isPrimaryBySite(code) || isSecondary(code));
    if (sites.length === 0) return [];
    const codes = listCodes(sites);
    return [{
      span: diagnoses.span(disseminated),
      // One string per list of sites, however many claims carry it.
      message: memo.rememberByCode('disseminated-with-known-sites message', 0, codes, () => `C80.0 (disseminated malignant neoplasm, unspecified) is reported with the known site ${codes}; code the known primary and secondary sites and remove C80.0 (ICD-10-CM Guidelines I.C.2.j).`),
    }];
  },
};
