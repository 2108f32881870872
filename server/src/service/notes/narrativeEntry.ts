import { createNarrativeContext } from '../narrative/context';
import { readNarrative } from '../narrative/reader';
import type { NarrativeModule } from './narrativeModule';

/**
 * The narrative reader linked in: what `createLanguageService` reads notes with, and the entry point of
 * the reader's own bundle (server/out/narrative.js), which the Node server loads on the first note.
 */
export const narrativeModule: NarrativeModule = { createNarrativeContext, readNarrative };
