/**
 * The contract between the VS Code client and the language server: the settings shape and the
 * custom method names. This is the only server file the client may import (enforced by lint).
 */

import type { RuleLevel } from './service/languageService';

export type { RuleLevel };
/** The answer to {@link claimViewRequest}; defined by the service that fills it. */
export type { ClaimViewModel } from './service/features/claimView';

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
  /** Inlay hints in 837 files: qualifier meanings, code titles, the codes diagnosis pointers name. */
  readonly inlayHints: boolean;
}

/** The settings section read with `workspace/configuration`. */
export const settingsSection = 'icdClaimCoder';

/** Defaults, identical to the defaults declared in package.json. */
export const defaultSettings: Settings = {
  rules: {},
  codeSetPath: '',
  cptDescriptionsPath: '',
  maxNumberOfProblems: 1000,
  inlayHints: true,
};

/** Custom request: the loaded code-set years with their counts (used by the status bar and `--info`). */
export const codeSetInfoRequest = 'icdClaimCoder/codeSetInfo';

/**
 * Custom request: the edits that lay an open 837 out one segment per line (`lines`) or on one line
 * (`single`), for the layout commands. Only whitespace between segments changes.
 */
export const layoutRequest = 'icdClaimCoder/layout';

/** The parameters of {@link layoutRequest}; the answer is a `TextEdit[]`. */
export interface LayoutParams {
  readonly textDocument: { readonly uri: string };
  readonly layout: 'lines' | 'single';
}

/**
 * Custom request: the text of an open 837 or note with patient identifiers replaced by synthetic values
 * (`{ text }`), for the "Mask Patient Identifiers" command, which opens it as a new untitled document.
 */
export const maskRequest = 'icdClaimCoder/mask';

/**
 * Custom request: the claim view model (see `ClaimViewModel` in the service) of the claim `claimIndex`,
 * or of the claim at `position`, for the claim webview; patient data masked unless `masked` is false.
 */
export const claimViewRequest = 'icdClaimCoder/claimView';

/** The parameters of {@link claimViewRequest}. */
export interface ClaimViewParams {
  readonly textDocument: { readonly uri: string };
  readonly claimIndex?: number;
  readonly position?: { readonly line: number; readonly character: number };
  readonly masked?: boolean;
}

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
