import type { createNarrativeContext } from '../narrative/context';
import type { readNarrative } from '../narrative/reader';

/**
 * The narrative reader's entry points, as one object the service is given rather than imports: the
 * reader is half of the service's code and only a clinical note needs it, so the Node server keeps it
 * in a bundle of its own and loads it the first time a note is read (see node/narrativeBundle.ts),
 * while the command line, the web worker and the tests pass the reader they were built with.
 */
export interface NarrativeModule {
  readonly createNarrativeContext: typeof createNarrativeContext;
  readonly readNarrative: typeof readNarrative;
}

/** Gives the reader's entry points; called once per service, the first time a note is read. */
export type NarrativeModuleLoader = () => NarrativeModule;
