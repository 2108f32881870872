import type { Connection } from 'vscode-languageserver/node';
import { defaultSettings, settingsSection } from '../protocol';
import type { RuleLevel, Settings } from '../protocol';
import type { Logger } from './log';
import { isEmptyAnswer, sectionOfPayload, workspaceTrustedFrom } from './settingsPayload';

/**
 * The user's `icdClaimCoder.*` settings as the server uses them. Settings are pulled per resource
 * with `workspace/configuration`, narrowed here (anything malformed falls back to its default and is
 * named once in the log, never thrown), and cached per URI until the configuration changes.
 */

const ruleLevels: readonly RuleLevel[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Narrows one rule level; undefined when the value is not a level. */
export function ruleLevelFrom(value: unknown): RuleLevel | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  // "info" is what people type; VS Code and LSP spell it "information".
  if (lower === 'info') return 'information';
  return (ruleLevels as readonly string[]).includes(lower) ? (lower as RuleLevel) : undefined;
}

/** Narrows the `rules` object; entries that are not levels are dropped so the rule keeps its default. */
export function rulesFrom(value: unknown, complaints: string[]): Readonly<Record<string, RuleLevel>> {
  if (value === undefined || value === null) return defaultSettings.rules;
  if (typeof value !== 'object' || Array.isArray(value)) {
    complaints.push(`${settingsSection}.rules is not an object; every rule keeps its default severity.`);
    return defaultSettings.rules;
  }
  const rules: Record<string, RuleLevel> = {};
  for (const [id, raw] of Object.entries(value as Record<string, unknown>)) {
    const level = ruleLevelFrom(raw);
    if (level === undefined) {
      complaints.push(`${settingsSection}.rules.${id} is not one of ${ruleLevels.join('|')}; the rule keeps its default severity.`);
      continue;
    }
    rules[id] = level;
  }
  return rules;
}

function pathFrom(value: unknown, key: string, complaints: string[]): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    complaints.push(`${settingsSection}.${key} is not a string; it is ignored.`);
    return '';
  }
  return value.trim();
}

function limitFrom(value: unknown, complaints: string[]): number {
  if (value === undefined || value === null) return defaultSettings.maxNumberOfProblems;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1) {
    complaints.push(`${settingsSection}.maxNumberOfProblems is not a positive number; using ${defaultSettings.maxNumberOfProblems}.`);
    return defaultSettings.maxNumberOfProblems;
  }
  return Math.floor(value);
}

/** Narrows an on/off setting. */
function switchFrom(value: unknown, key: string, fallback: boolean, complaints: string[]): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') {
    complaints.push(`${settingsSection}.${key} is not true or false; using ${String(fallback)}.`);
    return fallback;
  }
  return value;
}

/** Narrows the raw configuration section; never throws. Each fallback is described in `complaints`. */
export function settingsFrom(raw: unknown, complaints: string[] = []): Settings {
  if (raw === undefined || raw === null) return defaultSettings;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    complaints.push(`The ${settingsSection} settings are not an object; using the defaults.`);
    return defaultSettings;
  }
  const section = raw as Record<string, unknown>;
  return {
    rules: rulesFrom(section.rules, complaints),
    codeSetPath: pathFrom(section.codeSetPath, 'codeSetPath', complaints),
    cptDescriptionsPath: pathFrom(section.cptDescriptionsPath, 'cptDescriptionsPath', complaints),
    maxNumberOfProblems: limitFrom(section.maxNumberOfProblems, complaints),
    inlayHints: switchFrom(section.inlayHints, 'inlayHints', defaultSettings.inlayHints, complaints),
  };
}

/** The settings that name files the server reads; read only in a workspace the client says is trusted. */
const fileSettingKeys = ['codeSetPath', 'cptDescriptionsPath'] as const;

/**
 * Per-resource settings with a cache. Settings are pulled when the client can be asked; the pushed
 * ones (`initializationOptions`, then each `didChangeConfiguration` that carries our section) apply
 * when it cannot, or when its answer is empty. File paths are dropped unless the workspace is trusted.
 */
export class SettingsStore {
  readonly #connection: Connection;
  readonly #logger: Logger;
  readonly #byUri = new Map<string, Promise<Settings>>();
  /** Complaints already logged, so a broken setting is reported once per change, not per request. */
  readonly #reported = new Set<string>();
  #canPull = false;
  #pushed: Settings = defaultSettings;
  #trusted = false;

  constructor(connection: Connection, logger: Logger) {
    this.#connection = connection;
    this.#logger = logger;
  }

  /** Whether the client answers `workspace/configuration` (decided at initialize). */
  set canPull(value: boolean) {
    this.#canPull = value;
  }

  /** Takes the trust flag and the first pushed settings from the `initializationOptions`. */
  initialize(initializationOptions: unknown): void {
    this.#trusted = workspaceTrustedFrom(initializationOptions);
    const section = sectionOfPayload(initializationOptions);
    if (section !== undefined) this.#pushed = this.#narrow(section);
  }

  /** The settings that apply to a document (or, without a URI, the window-wide settings). */
  get(uri?: string): Promise<Settings> {
    if (!this.#canPull) return Promise.resolve(this.#pushed);
    const key = uri ?? '';
    let settings = this.#byUri.get(key);
    if (settings === undefined) {
      settings = this.#pull(uri);
      this.#byUri.set(key, settings);
    }
    return settings;
  }

  /** Forgets cached settings after `workspace/didChangeConfiguration`; `pushed` is its `settings` payload. */
  reset(pushed: unknown): void {
    this.#byUri.clear();
    this.#reported.clear();
    // VS Code sends null to a pulling server; other clients send their whole settings, in either shape.
    const section = sectionOfPayload(pushed);
    if (section !== undefined) this.#pushed = this.#narrow(section);
  }

  /** Forgets the settings of a closed document. */
  forget(uri: string): void {
    this.#byUri.delete(uri);
  }

  async #pull(uri: string | undefined): Promise<Settings> {
    try {
      const raw: unknown = await this.#connection.workspace.getConfiguration(
        uri === undefined ? { section: settingsSection } : { scopeUri: uri, section: settingsSection },
      );
      // A client with nothing configured for the section answers null; the pushed settings apply then.
      return isEmptyAnswer(raw) ? this.#pushed : this.#narrow(raw);
    } catch {
      this.#logger.warn(`Could not read the ${settingsSection} settings from the client; using the defaults.`);
      return defaultSettings;
    }
  }

  #narrow(raw: unknown): Settings {
    const complaints: string[] = [];
    const settings = this.#withoutUntrustedPaths(settingsFrom(raw, complaints), complaints);
    for (const complaint of complaints) {
      if (this.#reported.has(complaint)) continue;
      this.#reported.add(complaint);
      this.#logger.warn(complaint);
    }
    return settings;
  }

  #withoutUntrustedPaths(settings: Settings, complaints: string[]): Settings {
    if (this.#trusted || fileSettingKeys.every((key) => settings[key] === '')) return settings;
    for (const key of fileSettingKeys) {
      if (settings[key] !== '') complaints.push(`${settingsSection}.${key} is ignored: the client did not say that the workspace is trusted (initializationOptions.workspaceTrusted).`);
    }
    return { ...settings, codeSetPath: '', cptDescriptionsPath: '' };
  }
}
