import { codedAgainstDocumentation } from './coded-against-documentation';
import { codedNotDocumented } from './coded-not-documented';
import { codeFirstOrder } from './code-first-order';
import { codeNotBillable } from './code-not-billable';
import { codeNotValidOnDate } from './code-not-valid-on-date';
import { documentedNotCoded } from './documented-not-coded';
import { diagnosisPointerInvalid } from './diagnosis-pointer-invalid';
import { disseminatedWithKnownSites } from './disseminated-with-known-sites';
import { excludes1Conflict } from './excludes1-conflict';
import { fhirCodeFormat } from './fhir-code-format';
import { fhirDiagnosisSequence } from './fhir-diagnosis-sequence';
import { fhirDisplayMismatch } from './fhir-display-mismatch';
import { fhirIcd10cmSystem } from './fhir-icd10cm-system';
import { historyFirstListed } from './history-first-listed';
import { historyWithActiveCancer } from './history-with-active-cancer';
import { palliativeFirstListed } from './palliative-first-listed';
import type { Rule } from './rule';
import { secondaryListedFirst } from './secondary-listed-first';
import { secondaryWithoutPrimary } from './secondary-without-primary';
import { treatmentEncounterOrder } from './treatment-encounter-order';
import { unknownCode } from './unknown-code';
import { unknownPrimaryWithKnownPrimary } from './unknown-primary-with-known-primary';

/**
 * Every coding rule, in the order the engine runs them and reports their findings. Adding a rule means
 * adding its file, one line here, its setting in package.json and its page under docs/rules.
 */
export const rules: readonly Rule[] = [
  unknownCode,
  codeNotValidOnDate,
  codeNotBillable,
  secondaryWithoutPrimary,
  historyWithActiveCancer,
  unknownPrimaryWithKnownPrimary,
  disseminatedWithKnownSites,
  excludes1Conflict,
  codeFirstOrder,
  treatmentEncounterOrder,
  palliativeFirstListed,
  secondaryListedFirst,
  historyFirstListed,
  documentedNotCoded,
  codedAgainstDocumentation,
  codedNotDocumented,
  diagnosisPointerInvalid,
  // FHIR documents only (each declares `languages`).
  fhirIcd10cmSystem,
  fhirCodeFormat,
  fhirDisplayMismatch,
  fhirDiagnosisSequence,
];
