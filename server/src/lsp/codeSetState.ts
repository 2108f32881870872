import type { CodeSetInfo } from '../protocol';
import type { CodeSets, CodeSetYear } from '../service/codes/codeSet';
import type { CptDescriptions, LanguageService, LanguageServiceInit } from '../service/languageService';
import type { Logger } from './log';

/**
 * Which code tables the server runs on, and the language service built over them. The bundled years
 * load once, on first use; `icdClaimCoder.codeSetPath` adds an official release folder on top and
 * `icdClaimCoder.cptDescriptionsPath` a CPT CSV. A broken folder or CSV is reported (file and line)
 * and the server keeps running on what it had.
 */

/** One problem with a user-supplied file, as the user should see it. */
export interface SourceProblem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

/** The loaders the state needs, injected so the loading code stays in codeSetLoader.ts and cpt.ts. */
export interface CodeSetLoaders {
  loadBundled(): CodeSets;
  /** Imports a release folder over the bundled years; throws only when the folder cannot be read at all. */
  importFolder(dir: string, bundled: CodeSets): { readonly codeSets: CodeSets; readonly problems: readonly SourceProblem[] };
  /** Reads a user's file as UTF-8 text (the CPT CSV); rejects with an error carrying `code` on failure. */
  readTextFile(file: string): Promise<string>;
  /** Parses a CPT CSV; undefined when the project has no CSV parser yet. */
  parseCpt?(text: string, file: string): { readonly cpt: CptDescriptions; readonly problems: readonly SourceProblem[] };
  createService(init: LanguageServiceInit): LanguageService;
}

/** How problems reach the user: an error message in the window, besides the log. */
export type ShowError = (message: string) => void;

/**
 * The loaded years with their counts and where each came from: `bundled` when the bundled index
 * holds the same year with the same counts, otherwise the release folder the user named.
 */
export function describeLoadedYears(current: CodeSets, bundled: CodeSets | undefined, folder: string): CodeSetInfo {
  const isBundled = (year: CodeSetYear): boolean => (bundled?.years ?? []).some((candidate) => candidate.year === year.year
    && candidate.billableCount === year.billableCount && candidate.headerCount === year.headerCount);
  return {
    years: current.years.map((year) => ({
      year: year.year,
      label: year.label,
      billableCount: year.billableCount,
      headerCount: year.headerCount,
      source: isBundled(year) ? 'bundled' : folder,
    })),
  };
}

/** How many problems of one import are shown as separate messages; the rest go to the log. */
const shownProblemLimit = 3;

export class CodeSetState {
  readonly #loaders: CodeSetLoaders;
  readonly #logger: Logger;
  readonly #showError: ShowError;
  #bundled: CodeSets | undefined;
  #current: CodeSets | undefined;
  #service: LanguageService | undefined;
  #folder = '';
  #cptFile = '';
  #cpt: CptDescriptions | undefined;

  constructor(loaders: CodeSetLoaders, logger: Logger, showError: ShowError) {
    this.#loaders = loaders;
    this.#logger = logger;
    this.#showError = showError;
  }

  /** The language service over the current code sets, loading the bundled years on first use. */
  get service(): LanguageService {
    return this.load();
  }

  /** Loads the bundled years and builds the service now, unless that has happened already. */
  load(): LanguageService {
    if (this.#service === undefined) {
      const started = Date.now();
      this.#bundled ??= this.#loaders.loadBundled();
      this.#current ??= this.#bundled;
      this.#service = this.#loaders.createService({ codeSets: this.#current, ...(this.#cpt === undefined ? {} : { cpt: this.#cpt }) });
      this.#logger.info(`Loaded ${this.#current.years.map((year) => year.label).join(', ')} in ${Date.now() - started} ms.`);
    }
    return this.#service;
  }

  /** The loaded years with their counts, for the status bar and the `codeSetInfo` request. */
  info(): CodeSetInfo {
    this.load();
    return describeLoadedYears(this.#current as CodeSets, this.#bundled, this.#folder);
  }

  /**
   * Applies the window-wide `codeSetPath` and `cptDescriptionsPath`. Returns true when the service
   * changed, so the caller can drop cached parses and ask the client to refresh diagnostics.
   */
  async apply(codeSetPath: string, cptDescriptionsPath: string): Promise<boolean> {
    let changed = false;
    if (codeSetPath !== this.#folder) {
      this.#folder = codeSetPath;
      changed = this.#importFolder(codeSetPath) || changed;
    }
    if (cptDescriptionsPath !== this.#cptFile) {
      this.#cptFile = cptDescriptionsPath;
      changed = (await this.#readCpt(cptDescriptionsPath)) || changed;
    }
    return changed;
  }

  #importFolder(dir: string): boolean {
    const bundled = (this.#bundled ??= this.#loaders.loadBundled());
    if (dir === '') {
      if (this.#current === bundled) return false;
      this.#replace(bundled);
      this.#logger.info('icdClaimCoder.codeSetPath is empty; using the bundled code sets.');
      return true;
    }
    try {
      const { codeSets, problems } = this.#loaders.importFolder(dir, bundled);
      this.#report(`The ICD-10-CM release folder ${dir}`, problems);
      // An unusable folder comes back as the bundled tables, with the problems saying why.
      if (codeSets === this.#current) return false;
      this.#replace(codeSets);
      if (codeSets !== bundled) this.#logger.info(`Loaded ${codeSets.years.map((year) => year.label).join(', ')} with the release folder ${dir}.`);
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.#showError(`ICD-10 Claim Coder could not load the release folder ${dir} (${reason}); it keeps using ${bundled.newest.label}.`);
      this.#logger.error(`icdClaimCoder.codeSetPath ${dir} could not be loaded; keeping the previous code sets.`);
      return false;
    }
  }

  async #readCpt(file: string): Promise<boolean> {
    if (file === '') {
      if (this.#cpt === undefined) return false;
      this.#cpt = undefined;
      this.#service?.setCptDescriptions(undefined);
      return true;
    }
    if (this.#loaders.parseCpt === undefined) {
      this.#logger.warn('icdClaimCoder.cptDescriptionsPath is set, but this build cannot read CPT descriptions yet.');
      return false;
    }
    let text: string;
    try {
      text = await this.#loaders.readTextFile(file);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'read error';
      this.#showError(`ICD-10 Claim Coder could not read the CPT descriptions file ${file} (${code}); CPT hovers stay neutral.`);
      return false;
    }
    const { cpt, problems } = this.#loaders.parseCpt(text, file);
    this.#report(`The CPT descriptions file ${file}`, problems);
    this.#cpt = cpt;
    this.#service?.setCptDescriptions(cpt);
    return true;
  }

  #replace(codeSets: CodeSets): void {
    this.#current = codeSets;
    this.#service = this.#loaders.createService({ codeSets, ...(this.#cpt === undefined ? {} : { cpt: this.#cpt }) });
  }

  /** One message per problem naming file and line: the first few in the window, all in the log. */
  #report(what: string, problems: readonly SourceProblem[]): void {
    problems.forEach((problem, index) => {
      const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
      const message = `${where}: ${problem.message}`;
      this.#logger.warn(message);
      if (index < shownProblemLimit) this.#showError(`ICD-10 Claim Coder: ${message}`);
    });
    if (problems.length > shownProblemLimit) {
      this.#showError(`${what} has ${problems.length - shownProblemLimit} more problems; see the ICD-10 Claim Coder output.`);
    }
  }
}
