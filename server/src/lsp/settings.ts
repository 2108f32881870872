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

/** How long the server waits for the client to answer `workspace/configuration`. */
export const CONFIGURATION_TIMEOUT_MS = 3000;

/** How long settings that stand in for an unanswered request are used before the client is asked again. */
const FALLBACK_RETRY_MS = 30_000;

/** The settings that name files the server reads; read only in a workspace the client says is trusted. */
const fileSettingKeys = ['codeSetPath', 'cptDescriptionsPath'] as const;

/**
 * Per-resource settings with a cache. Settings are pulled when the client can be asked; the pushed
 * ones (`initializationOptions`, then each `didChangeConfiguration` that carries our section) apply
 * when it cannot, or when its answer is empty. File paths are dropped unless the workspace is trusted.
 * A client that does not answer `workspace/configuration` in time never holds a request up: the last
 * settings it did send (or the pushed ones, or the defaults) are used, this is logged once, and the next
 * request asks again, so the server recovers as soon as the client answers.
 */
export class SettingsStore {
  readonly #connection: Connection;
  readonly #logger: Logger;
  readonly #timeoutMs: number;
  readonly #byUri = new Map<string, Promise<Settings>>();
  /** The last settings the client answered with, per key, for when it stops answering. */
  readonly #lastGood = new Map<string, Settings>();
  /** Keys whose cached settings are a fallback after a timeout, with the time to ask the client again. */
  readonly #fallbackUntil = new Map<string, number>();
  /** Complaints already logged, so a broken setting is reported once per change, not per request. */
  readonly #reported = new Set<string>();
  #canPull = false;
  #pushed: Settings = defaultSettings;
  #trusted = false;
  #timeoutLogged = false;
  /** Set where files cannot be read at all (the web worker): why the path settings do nothing. */
  #filePathsUnavailable: string | undefined;

  constructor(connection: Connection, logger: Logger, timeoutMs = CONFIGURATION_TIMEOUT_MS) {
    this.#connection = connection;
    this.#logger = logger;
    this.#timeoutMs = timeoutMs;
  }

  /** Whether the client answers `workspace/configuration` (decided at initialize). */
  set canPull(value: boolean) {
    this.#canPull = value;
  }

  /**
   * Takes the trust flag and the first pushed settings from the `initializationOptions`.
   * `filePathsUnavailable`, when given, is why this platform never reads the path settings.
   */
  initialize(initializationOptions: unknown, filePathsUnavailable?: string): void {
    this.#filePathsUnavailable = filePathsUnavailable;
    this.#trusted = filePathsUnavailable === undefined && workspaceTrustedFrom(initializationOptions);
    const section = sectionOfPayload(initializationOptions);
    if (section !== undefined) this.#pushed = this.#narrow(section);
  }

  /** The settings that apply to a document (or, without a URI, the window-wide settings). */
  get(uri?: string): Promise<Settings> {
    if (!this.#canPull) return Promise.resolve(this.#pushed);
    const key = uri ?? '';
    let settings = this.#byUri.get(key);
    const retryAt = this.#fallbackUntil.get(key);
    if (retryAt !== undefined && Date.now() >= retryAt) settings = undefined;
    if (settings === undefined) {
      this.#fallbackUntil.delete(key);
      settings = this.#pull(uri);
      this.#byUri.set(key, settings);
    }
    return settings;
  }

  /** Forgets cached settings after `workspace/didChangeConfiguration`; `pushed` is its `settings` payload. */
  reset(pushed: unknown): void {
    this.#byUri.clear();
    this.#fallbackUntil.clear();
    this.#reported.clear();
    // VS Code sends null to a pulling server; other clients send their whole settings, in either shape.
    const section = sectionOfPayload(pushed);
    if (section !== undefined) this.#pushed = this.#narrow(section);
  }

  /** Forgets the settings of a closed document. */
  forget(uri: string): void {
    this.#byUri.delete(uri);
    this.#lastGood.delete(uri);
    this.#fallbackUntil.delete(uri);
  }

  async #pull(uri: string | undefined): Promise<Settings> {
    const key = uri ?? '';
    const asked = this.#connection.workspace.getConfiguration(
      uri === undefined ? { section: settingsSection } : { scopeUri: uri, section: settingsSection },
    ).then((raw: unknown) => ({ raw }));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.#timeoutMs);
    });
    try {
      const answer = await Promise.race([asked, late]);
      if (answer === undefined) {
        // A late answer still counts: it replaces the fallback as soon as it arrives.
        void asked.then((lateAnswer) => this.#acceptLate(key, lateAnswer.raw), () => undefined);
        return this.#fallBack(key);
      }
      return this.#accept(key, answer.raw);
    } catch {
      this.#byUri.delete(key);
      this.#logger.warn(`Could not read the ${settingsSection} settings from the client; using the defaults.`);
      return defaultSettings;
    } finally {
      clearTimeout(timer);
    }
  }

  #accept(key: string, raw: unknown): Settings {
    this.#timeoutLogged = false;
    // A client with nothing configured for the section answers null; the pushed settings apply then.
    const settings = isEmptyAnswer(raw) ? this.#pushed : this.#narrow(raw);
    this.#lastGood.set(key, settings);
    return settings;
  }

  /** An answer that came after the timeout, while the fallback is still cached for its key. */
  #acceptLate(key: string, raw: unknown): void {
    if (!this.#fallbackUntil.has(key)) return;
    this.#fallbackUntil.delete(key);
    this.#byUri.set(key, Promise.resolve(this.#accept(key, raw)));
  }

  /**
   * The settings to use when the client did not answer in time: the last it sent for this key (or
   * window-wide, or the defaults). They are cached for {@link FALLBACK_RETRY_MS}, so later requests do
   * not wait again, and then the client is asked again.
   */
  #fallBack(key: string): Settings {
    this.#fallbackUntil.set(key, Date.now() + FALLBACK_RETRY_MS);
    if (!this.#timeoutLogged) {
      this.#timeoutLogged = true;
      this.#logger.warn(`The client did not answer workspace/configuration within ${this.#timeoutMs} ms; using the last ${settingsSection} settings it sent (or the defaults) until it answers.`);
    }
    return this.#lastGood.get(key) ?? this.#lastGood.get('') ?? this.#pushed;
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
    const reason = this.#filePathsUnavailable ?? 'is ignored: the client did not say that the workspace is trusted (initializationOptions.workspaceTrusted).';
    for (const key of fileSettingKeys) {
      if (settings[key] !== '') complaints.push(`${settingsSection}.${key} ${reason}`);
    }
    return { ...settings, codeSetPath: '', cptDescriptionsPath: '' };
  }
}
