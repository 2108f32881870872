import type { CodeSets } from '../codes/codeSet';
import type { NeoplasmTable } from '../codes/neoplasm/model';
import type { SectionHeaderEntry } from './sectionHeaders';
import { headerLookup } from './sectionHeaders';

/**
 * What the narrative reader needs from the service: the Table of Neoplasms, the code list of the
 * release that covers the note (every code the reader produces must be valid there), and the
 * reader's own compiled vocabularies. The service creates one context per loaded release and drops
 * it with the code sets; nothing is cached at module level.
 */

/** Code look-ups in one release (codes dotless, upper case). */
export interface NarrativeCodeLookup {
  /** The display name of the release, e.g. `ICD-10-CM FY2027`. */
  readonly release: string;
  /** Whether the code can be reported on its own in the release. */
  isBillable(code: string): boolean;
  /** Whether the code exists in the release, billable or as a header. */
  exists(code: string): boolean;
  /** The billable codes that start with the prefix, in code order (at most 64). */
  billableWithPrefix(prefix: string): readonly string[];
  /** The official long title, if known. */
  title(code: string): string | undefined;
}

export interface NarrativeContext {
  readonly table: NeoplasmTable;
  readonly codes: NarrativeCodeLookup;
  /** Section header spellings, normalised, to their entries. */
  readonly headers: ReadonlyMap<string, SectionHeaderEntry>;
}

/** The code look-ups of one year of the service's code sets. */
export function codeLookupFor(codeSets: CodeSets, year: number): NarrativeCodeLookup {
  const label = codeSets.years.find((entry) => entry.year === year)?.label ?? `ICD-10-CM FY${year}`;
  return {
    release: label,
    isBillable: (code) => codeSets.status(code, year) === 'billable',
    exists: (code) => codeSets.status(code, year) !== undefined,
    billableWithPrefix: (prefix) => codeSets.billableWithPrefix(prefix, year, 64),
    title: (code) => codeSets.title(code),
  };
}

/** Builds the reader's context for a table and one release of the code sets (the newest by default). */
export function createNarrativeContext(table: NeoplasmTable, codeSets: CodeSets, year: number = codeSets.newest.year): NarrativeContext {
  return { table, codes: codeLookupFor(codeSets, year), headers: headerLookup() };
}
