import type { CodeSets } from '../codes/codeSet';
import type { NeoplasmTable } from '../codes/neoplasm/model';
import type { NarrativeContext } from '../narrative/context';
import type { NarrativeModule, NarrativeModuleLoader } from './narrativeModule';
import type { NarrativeReader } from './narrativeReadings';

/**
 * The service's narrative reader: `readNarrative` with one reader context per release year, made on
 * first use and held by the returned function (which the service owns and drops with its code sets).
 * The year is the one covering the encounter's date of service, the newest when it gives none. The
 * reader's code is obtained on the first read, so a failure to load it is a failure of that reading,
 * reported like any other (and remembered, not retried), and a note whose readings are never asked for
 * never loads it.
 */
export function createServiceReader(table: NeoplasmTable, codeSets: CodeSets, loadNarrative: NarrativeModuleLoader): NarrativeReader {
  const contexts = new Map<number, NarrativeContext>();
  let narrative: NarrativeModule | undefined;
  let loadFailure: unknown;
  const loaded = (): NarrativeModule => {
    // A reader that failed to load fails every later reading the same way without trying again: the
    // bundle does not appear while the server runs, and a retry per encounter would repeat a file-system
    // search on every hover and keystroke. A service made afresh (the code sets changed) tries again.
    if (loadFailure !== undefined) throw loadFailure;
    try {
      narrative ??= loadNarrative();
    } catch (failure) {
      loadFailure = failure ?? new Error('the narrative reader could not be loaded');
      throw loadFailure;
    }
    return narrative;
  };
  return (text, span, serviceDate) => {
    const reader = loaded();
    const year = codeSets.yearFor(serviceDate).year;
    let context = contexts.get(year);
    if (context === undefined) {
      context = reader.createNarrativeContext(table, codeSets, year);
      contexts.set(year, context);
    }
    return reader.readNarrative(text, span, context);
  };
}

/**
 * The Table of Neoplasms and the reader over it. The table is unpacked when a clinical note is first
 * parsed or the service prepares in idle time: that is a noticeable part of starting a check, and a run
 * over claim files or FHIR resources never reads a note. The reader's code is obtained only when an
 * encounter is first read, never in idle time, so a server that only ever sees claim files never loads it.
 */
export class NoteReading {
  readonly #tableOf: () => NeoplasmTable | undefined;
  readonly #codeSets: CodeSets;
  readonly #loadNarrative: NarrativeModuleLoader;
  #tableMade = false;
  #table: NeoplasmTable | undefined;
  #reader: NarrativeReader | undefined;
  #prepared = false;

  constructor(tableOf: () => NeoplasmTable | undefined, codeSets: CodeSets, loadNarrative: NarrativeModuleLoader) {
    this.#tableOf = tableOf;
    this.#codeSets = codeSets;
    this.#loadNarrative = loadNarrative;
  }

  /** The reader, or undefined when there is no table. */
  reader(): NarrativeReader | undefined {
    const table = this.#makeTable();
    if (table !== undefined && this.#reader === undefined) this.#reader = createServiceReader(table, this.#codeSets, this.#loadNarrative);
    return this.#reader;
  }

  /** Builds the table's indexes once; true when that was done now (one step of idle work). */
  prepare(): boolean {
    const table = this.#makeTable();
    if (table === undefined || this.#prepared) return false;
    table.prepare();
    this.#prepared = true;
    return true;
  }

  #makeTable(): NeoplasmTable | undefined {
    if (!this.#tableMade) {
      this.#tableMade = true;
      this.#table = this.#tableOf();
    }
    return this.#table;
  }
}
