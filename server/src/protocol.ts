/**
 * The contract between the VS Code client and the language server: the settings shape and the
 * custom method names. This is the only server file the client may import (enforced by lint).
 */

import type { RuleLevel } from './service/languageService';

export type { RuleLevel };

/** The client switches a `json` document to `fhir-json` by the same test the server and the checker use. */
export { FHIR_HEAD_LENGTH, isFhirJsonHead } from './service/fhir/detect';

/** The `icdClaimCoder.*` settings, as the server sees them after narrowing at the edge. */
export interface Settings {
  /** Per-rule level keyed by rule id; a rule missing here uses its default severity. */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** A folder holding a newer official ICD-10-CM release to load instead of the bundled years. */
  readonly codeSetPath: string;
  /** A user-supplied CSV of CPT descriptions (`code,description`), read locally, never shipped. */
  readonly cptDescriptionsPath: string;
  /** The most diagnostics reported for one document; the rest are summarised in one message. */
  readonly maxNumberOfProblems: number;
}

/** The settings section read with `workspace/configuration`. */
export const settingsSection = 'icdClaimCoder';

/** Defaults, identical to the defaults declared in package.json. */
export const defaultSettings: Settings = {
  rules: {},
  codeSetPath: '',
  cptDescriptionsPath: '',
  maxNumberOfProblems: 1000,
};

/** Custom request: the loaded code-set years with their counts (used by the status bar and `--info`). */
export const codeSetInfoRequest = 'icdClaimCoder/codeSetInfo';

/** The answer to {@link codeSetInfoRequest}. */
export interface CodeSetInfo {
  readonly years: ReadonlyArray<{
    readonly year: number;
    readonly label: string;
    readonly billableCount: number;
    readonly headerCount: number;
    readonly source: string;
  }>;
}
