import { isBrainWord } from './studyContext';
import { firstInSentenceAfter } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * A glioma (ependymoma, astrocytoma, glioma) is placed in the brain by its name alone, but the Index sends
 * these types to "Neoplasm, malignant" by site, and the spinal cord is one of them (Table of Neoplasms:
 * spinal cord / Malignant Primary C72.0). A spine report writes "Intramedullary C4-C6 cord tumor, favored
 * ependymoma; astrocytoma less likely" without naming the cord at the histology: the nearest word about the
 * nervous system before it (or after it in its sentence) says which organ the report is about.
 */

/** Words that put a glioma in the spinal cord ("intramedullary", "cervical cord", "conus"). */
const SPINAL_CORD_WORDS = new Set(['intramedullary', 'cord', 'conus', 'intraspinal']);

/** Words before "cord" that make it another cord ("vocal cord", "umbilical cord", "spermatic cord"). */
const OTHER_CORDS = new Set(['vocal', 'umbilical', 'spermatic', 'true', 'false']);

/** How far before a glioma the words about its organ are looked for. */
const ORGAN_REACH = 60;
/** How far after it, within its sentence. */
const AFTER_REACH = 12;

/** The table path of the spinal cord (table: spine, spinal (column), cord). */
export const SPINAL_CORD: readonly string[] = ['spine', 'cord'];

function isSpinalCordWord(tokens: readonly Token[], position: number): boolean {
  const norm = tokens[position]?.norm ?? '';
  return SPINAL_CORD_WORDS.has(norm) && !(norm === 'cord' && OTHER_CORDS.has(tokens[position - 1]?.norm ?? ''));
}

/**
 * Whether a glioma written at `anchorStart`…`anchorEnd` with no site is in the spinal cord: a spinal cord word
 * follows it in its sentence, or stands before it with no brain word nearer (the glioma words themselves aside).
 */
export function inSpinalCord(tokens: readonly Token[], anchorStart: number, anchorEnd: number): boolean {
  const organWord = (token: Token, position: number): boolean => isSpinalCordWord(tokens, position) || isOrganBrainWord(token);
  const after = firstInSentenceAfter(tokens, anchorEnd, AFTER_REACH, tokens[anchorStart]?.sentence, organWord);
  if (after >= 0) return isSpinalCordWord(tokens, after);
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - ORGAN_REACH); position--) {
    if (isSpinalCordWord(tokens, position)) return true;
    if (isOrganBrainWord(tokens[position])) return false;
  }
  return false;
}

/** A brain word that names the organ, not the glioma itself. */
function isOrganBrainWord(token: Token | undefined): boolean {
  return isBrainWord(token) && !GLIOMA_WORDS.has(token?.norm ?? '');
}

/** The histology words the brain-word list holds, which name the tumour, not its organ. */
const GLIOMA_WORDS = new Set(['glioblastoma', 'gbm', 'glioma', 'astrocytoma']);
