/**
 * Pointers back to where the record describes a diagnosis ("as above", "see HPI"). In a list item with no status of its own
 * ("PMH: L breast cancer as above") the pointer makes the item the current disease the history of present illness
 * describes, so it is an active cue (`assertionTriggers.ts`). It says where the disease is described, not what its course
 * is: after a history lead of the item's own ("Hx sigmoid colon cancer as above (Z85.038)", "Hx of SCC, BCC, SCCIS (see
 * above)") the writer has already called the disease past, and the pointer does not make it current again
 * (`assertionActive.ts`; Guideline I.C.2.d).
 */
export const REFERENCE_CUES: readonly string[] = [
  'as above', 'see above', 'see hpi', 'per hpi', 'as per hpi', 'as noted above', 'as described above', 'see oncologic history',
];

const REFERENCES: ReadonlySet<string> = new Set(REFERENCE_CUES);

/** Whether an active cue's words only point back to where the diagnosis is described (no hit type: `assertionTriggers.ts` imports this list). */
export function pointsBack(words: string): boolean {
  return REFERENCES.has(words);
}
