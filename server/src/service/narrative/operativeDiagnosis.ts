import type { AssertionResult } from './assertion';
import { COMPLETED_COURSE_CUES } from './assertionTriggers';
import type { NoteSection } from './model';

/**
 * "PREOPERATIVE DIAGNOSIS: Borderline resectable adenocarcinoma of the pancreatic head, s/p neoadjuvant mFOLFIRINOX x 8
 * cycles + SBRT (completed 09/2026)": an operative note's pre- or post-operative diagnosis names the disease the operation
 * is done for, so a course of treatment completed before it (a neoadjuvant one) has not ended that disease. ANNOTATION.md,
 * "A tumour in the specimen of the episode the note belongs to is present"; Guideline I.C.2.d's history code needs the
 * malignancy excised or eradicated, which the operation itself has yet to do. Only a history read from a completed course is
 * undone: a diagnosis field that writes "history of" keeps its history.
 */
export function currentIfOperatedOn(section: NoteSection | undefined, assertion: AssertionResult): AssertionResult {
  if (assertion.assertion !== 'history' || assertion.evidence === undefined || section === undefined) return assertion;
  if (!COURSE_ENDINGS.has(assertion.evidence.trigger) && !COMPLETED_COURSE_CUES.has(assertion.evidence.trigger)) return assertion;
  return OPERATIVE_DIAGNOSIS.test(section.title) ? { assertion: 'present' } : assertion;
}

/** The words that end a course without naming it ("SBRT (completed 09/2026)", "chemo, finished 10/2026"). */
const COURSE_ENDINGS: ReadonlySet<string> = new Set(['completed', 'finished', 'completed treatment', 'completed therapy', 'completed chemotherapy',
  'completed chemo', 'completed radiation', 'completed adjuvant', 'treatment completed', 'therapy completed']);

/** The header of an operative note's diagnosis lines ("PREOPERATIVE DIAGNOSIS", "Pre-op Dx", "Post-operative Diagnosis"). */
const OPERATIVE_DIAGNOSIS = /\b(?:pre|post)[- ]?op(?:erative)?\.?\s*(?:diagnos[ie]s|dx)\b/i;
