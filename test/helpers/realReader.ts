import type { NarrativeReader } from '../../server/src/service/notes/narrativeReadings';
import { narrativeModule } from '../../server/src/service/notes/narrativeEntry';
import { createServiceReader } from '../../server/src/service/notes/serviceReader';
import { testCodeSets } from './codeSets';
import { officialNeoplasmTable } from './neoplasmTable';

let reader: NarrativeReader | undefined;

/** The service's narrative reader over the official FY2025 Table of Neoplasms and the bundled code sets. */
export function realReader(): NarrativeReader {
  reader ??= createServiceReader(officialNeoplasmTable(), testCodeSets(), () => narrativeModule);
  return reader;
}
