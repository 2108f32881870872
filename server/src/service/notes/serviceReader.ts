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
