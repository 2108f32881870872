import type { Token } from './tokens';

/**
 * A bare "tumor" written as the object of a relation word ("encased by tumor", "proximal to tumor", "negative for tumor",
 * "compression from tumor") or as the finding a label reports ("CT neck/chest: tumor now narrowing the trachea") names the
 * lesion already spoken of, the patient's tumour, as "the tumor" does: no type word stands before it to make it a neoplasm of
 * its own ("Leydig cell tumor"). It then waits, like any restatement, for the encounter's one proven cancer (ANNOTATION.md,
 * "Tumor" of a proven cancer; `restatedCarcinoma.ts`), and gives nothing where the note proves none.
 * "Of" is left out: "~10% of tumor" and "tumor cellularity" report a measurement of the specimen, no mention (ANNOTATION.md,
 * round 17), and "on" for the same reason ("Karyotype on tumor").
 */
const RELATION_WORDS = new Set(['by', 'for', 'to', 'from', 'into', 'around', 'with', 'w/', ':']);

/** Whether the lesion word at `start` follows a relation word or a label's colon of its own sentence. */
export function objectOfRelation(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  return before !== undefined && before.sentence === tokens[start]?.sentence && RELATION_WORDS.has(before.norm);
}
