import type { AssertionTrigger } from './assertionTrigger';

/**
 * Active cues of a haematological neoplasm watched without treatment, as data: a leukaemia or lymphoma under observation
 * ("watch and wait") is current disease (Guideline I.C.2.d; ANNOTATION.md, d341), while a resected solid cancer "on
 * observation" is a history, so each cue keeps only a leukaemia, lymphoma or myeloma current. Each entry is tested in
 * `test/service/narrative/knownMissesRound15.test.ts`.
 */

/** The morphology codes of the haematological neoplasms: lymphomas, leukaemias and myeloma (C81–C96), MDS and MPN (D45–D47). */
export const HAEMATOLOGIC_CODE = /^(C8[1-9]|C9[0-6]|D4[5-7])/;

const both = (...words: string[]): AssertionTrigger[] =>
  words.map((entry) => ({ words: entry, assertion: 'active', direction: 'both', haematologicOnly: true }));

export const WATCHED_DISEASE_TRIGGERS: readonly AssertionTrigger[] = [
  // "Hx of CLL, Rai 0, observation only", "hx CLL (not on tx, followed by heme)".
  ...both('observation only', 'on observation', 'under observation', 'observation alone', 'not on tx', 'not on treatment',
    'no treatment needed', 'not requiring treatment', 'followed by heme', 'followed by hematology'),
];

/**
 * "Hx of L renal angiomyolipoma (stable, 1.2 cm, followed)": a benign or uncertain lesion whose own parenthesis calls it
 * stable or followed is still there, a lasting condition rather than one excised or treated (ANNOTATION.md, "Codes by
 * assertion": history is excised or treated with no current disease). Only in the lesion's own parenthesis, and never for a
 * malignancy, whose "stable" speaks of its response.
 */
export const WATCHED_LESION_TRIGGERS: readonly AssertionTrigger[] = ['stable', 'followed', 'unchanged', 'being followed', 'monitored']
  .map((words) => ({ words, assertion: 'active', direction: 'post', parenthesisedOnly: true, benignOnly: true }));
