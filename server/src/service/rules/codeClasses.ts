import {
  isHistory, isMalignant, isNeoplasm, isPrimaryBySite, isPrimaryMalignancy, isSecondary, isSecondaryNeedingPrimary, roleOf,
} from '../codes/roles';
import type { CodeRole } from '../codes/roles';
import type { CodeClass } from './reaction';

/**
 * The classes of codes the rules react to (rules/reaction.ts), each defined by the predicate the rules'
 * checks use (codes/roles.ts) or by what the loaded code sets say of the code. A rule about a new kind
 * of code adds a class here (or defines one next to itself); the engine gives each class its bit.
 */

/** A class of the codes that play one oncology role (codes/roles.ts `roleOf`). */
function playing(role: CodeRole, name: string): CodeClass {
  return { name, test: (code) => roleOf(code) === role };
}

export const CodeClasses = {
  /** In no loaded release. */
  unknown: { name: 'in no loaded release', test: (code, codeSets) => codeSets.yearsWith(code).length === 0 },
  /** Missing from at least one loaded release while present in another. */
  missingInSomeYear: {
    name: 'missing from some loaded release',
    test: (code, codeSets) => {
      const years = codeSets.yearsWith(code).length;
      return years > 0 && years < codeSets.years.length;
    },
  },
  /** A header (not billable) in at least one loaded release. */
  headerInSomeYear: {
    name: 'a header in some loaded release',
    test: (code, codeSets) => codeSets.yearsWith(code).some((year) => codeSets.status(code, year) === 'header'),
  },
  /** C77–C79 and C7B.0-: a secondary site that needs a primary on the encounter. */
  secondaryNeedingPrimary: { name: 'secondary site needing a primary', test: isSecondaryNeedingPrimary },
  /** C77–C79 and C7B. */
  secondary: { name: 'secondary site', test: isSecondary },
  /** C00–C76, C7A, C81–C96. */
  primaryBySite: { name: 'primary by site', test: isPrimaryBySite },
  /** A primary by site or C80.- */
  primaryMalignancy: { name: 'primary malignancy', test: isPrimaryMalignancy },
  /** Z85.- */
  history: { name: 'personal history of malignancy', test: isHistory },
  /** Malignant (C00–C96) and not a secondary site. */
  activeMalignancy: { name: 'active malignancy', test: (code) => isMalignant(code) && !isSecondary(code) },
  /** C00–D49. */
  neoplasm: { name: 'neoplasm', test: isNeoplasm },
  /** C80.0. */
  disseminated: playing('disseminated', 'disseminated malignancy'),
  /** C80.1. */
  unknownPrimary: playing('unknown-primary', 'primary site unknown'),
  /** Z51.5. */
  palliative: playing('palliative', 'encounter for palliative care'),
  /** Z51.0, Z51.11, Z51.12. */
  antineoplasticTreatment: playing('antineoplastic-treatment', 'encounter for antineoplastic treatment'),
} as const satisfies Readonly<Record<string, CodeClass>>;
