import type { CodeSets } from '../codes/codeSet';
import type { NeoplasmTable } from '../codes/neoplasm/model';
import type { NarrativeContext } from '../narrative/context';
import { createNarrativeContext } from '../narrative/context';
import { readNarrative } from '../narrative/reader';
import type { NarrativeReader } from './narrativeReadings';

/**
 * The service's narrative reader: `readNarrative` with one reader context per release year, made on
 * first use and held by the returned function (which the service owns and drops with its code sets).
 * The year is the one covering the encounter's date of service, the newest when it gives none.
 */
export function createServiceReader(table: NeoplasmTable, codeSets: CodeSets): NarrativeReader {
  const contexts = new Map<number, NarrativeContext>();
  return (text, span, serviceDate) => {
    const year = codeSets.yearFor(serviceDate).year;
    let context = contexts.get(year);
    if (context === undefined) {
      context = createNarrativeContext(table, codeSets, year);
      contexts.set(year, context);
    }
    return readNarrative(text, span, context);
  };
}

/**
 * The Table of Neoplasms and the reader over it, made when a clinical note is first parsed or the
 * service prepares in idle time: unpacking the table is a noticeable part of starting a check, and a
 * run over claim files or FHIR resources never reads a note.
 */
export class NoteReading {
  readonly #tableOf: () => NeoplasmTable | undefined;
  readonly #codeSets: CodeSets;
  #made = false;
  #table: NeoplasmTable | undefined;
  #reader: NarrativeReader | undefined;
  #prepared = false;

  constructor(tableOf: () => NeoplasmTable | undefined, codeSets: CodeSets) {
    this.#tableOf = tableOf;
    this.#codeSets = codeSets;
  }

  /** The reader, or undefined when there is no table. */
  reader(): NarrativeReader | undefined {
    this.#make();
    return this.#reader;
  }

  /** Builds the table's indexes once; true when that was done now (one step of idle work). */
  prepare(): boolean {
    this.#make();
    if (this.#table === undefined || this.#prepared) return false;
    this.#table.prepare();
    this.#prepared = true;
    return true;
  }

  #make(): void {
    if (this.#made) return;
    this.#made = true;
    this.#table = this.#tableOf();
    this.#reader = this.#table === undefined ? undefined : createServiceReader(this.#table, this.#codeSets);
  }
}
