import { TISSUE_SAMPLE_WORDS } from './sampleWords';

/**
 * A sample label with its result: "BM bx 11/12/2026: lymphoplasmacytic lymphoma …", "Day +30 marrow: no evidence of leukemia",
 * "Urine cytology 8/2026: negative for high-grade urothelial carcinoma", "Biopsy (done 16.11.2026): squamous carcinoma".
 * ANNOTATION.md's header table reads a biopsy or marrow label followed by its result, and a test label with its result, as a
 * header meaning Results: what the sample showed is reported, as a study's report is. `studyLabels.ts` opens the section where
 * it opens a study's, so the same places hold: a block's first line, or a line right under an exam or a pathology block; a
 * sample line that goes on from a history's story stays that story.
 *
 * The label must be dated or counted (a digit: "11/2026", "Day +30"), so a form's bare field ("Biopsy: yes / no") is none;
 * a label naming the pathologist's report ("Path (core bx L breast):", "Cytology (final, 12/05):") is the table's Pathology,
 * read by `headerMeaning.ts`, a sample still to come ("BM bx planned 12/02:") reports nothing, and an imaging-guided biopsy
 * ("CT-guided bx 11/3:") is the procedure, as round 14 reads it.
 */

/** The sample words of a label: the tissue samples (`sampleWords.ts`), the marrow and the marrow biopsy written as one word. */
const SAMPLE_WORDS: ReadonlySet<string> = new Set([...TISSUE_SAMPLE_WORDS, 'marrow', 'bmbx', 'bmb']);
/** A fluid's cytology names its sample only after the fluid or organ ("Urine cytology"); opening the label it is the report. */
const CYTOLOGY_WORDS: ReadonlySet<string> = new Set(['cytology', 'cytologies']);
/**
 * Words that make the label the pathologist's report, which the table reads as Pathology ("Path (core bx …)", "Final cytology 11/26
 * (addended):"). Kept apart from `tissueResult.ts`' sample words, which count such report names as tissue evidence for a "c/w":
 * here they turn a label away, since `headerMeaning.ts` reads it instead.
 */
const REPORT_WORDS: ReadonlySet<string> = new Set(['path', 'pathology', 'cytopathology', 'histology', 'histopathology', 'final', 'prelim', 'preliminary', 'addended', 'revised', 'amended']);
/** A specimen part's letter opening the label ("D. PERITONEAL WASHINGS (CYTOLOGY RS26-C4471):"): a part of a pathology report. */
const PART_LETTER = /^[A-Z][.)]\s/;
/** Words of a sample not yet read: planned, due, ordered, pending or to be done. */
const NOT_YET_WORDS: ReadonlySet<string> = new Set(['planned', 'plan', 'due', 'ordered', 'pending', 'scheduled', 'next', 'to', 'will', 'needed']);
/**
 * A biopsy guided by imaging names the procedure done under the study ("CT-guided bx 11/3:"), which round 14 left to the block it
 * stands in, as it left a guided biopsy's label out of the study labels (`studyLabels.ts`).
 */
const GUIDED_WORDS: ReadonlySet<string> = new Set(['guided']);
/** The most words a sample label may have, its date's parts included; a longer one is a sentence. */
const MAX_WORDS = 8;

/** Whether a label's title names a sample taken and dated, with its result after the colon (see above). */
export function isSampleTitle(title: string): boolean {
  // A label opens with a capital ("BM bx", "Day +30 marrow"); a lower-case line goes on from the one above it, and a line opening
  // with a digit is a date or a list item's number, not a label.
  const firstCode = title.charCodeAt(0);
  if (!(firstCode >= 0x41 && firstCode <= 0x5a) || title.includes(';') || !/\d/.test(title) || PART_LETTER.test(title)) return false;
  const words = title.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '');
  if (words.length > MAX_WORDS || words.some((word) => REPORT_WORDS.has(word) || NOT_YET_WORDS.has(word) || GUIDED_WORDS.has(word))) return false;
  return words.some((word, index) => SAMPLE_WORDS.has(word) || (index > 0 && CYTOLOGY_WORDS.has(word)));
}
