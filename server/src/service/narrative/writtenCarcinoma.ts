import type { NoteSection } from './model';
import { lastAtOrBefore } from '../sortedSearch';
import { firstInSentenceAfter, nearestInSentenceBefore } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * A typed carcinoma written with no site outside a pathology report ("Rectal adenocarcinoma … EUS: uT3N1. … moderately
 * differentiated adenocarcinoma on bx"; "Cervical cancer, IB1 … Pathology reviewed: invasive squamous cell carcinoma, 1.8 cm") is the
 * patient's cancer restated, as it is in a report (`restatedCarcinoma.ts`, `restatedTypedCarcinoma`): it waits for the encounter's one
 * cancer organ and is dropped where the note names cancers of two organs (ANNOTATION.md, "Side and sub-site documented elsewhere in
 * the note"; Index: Carcinoma — see also Neoplasm, by site, malignant). A clinician's sentence, unlike a report's, may name a
 * carcinoma that is not the patient's known one, and those shapes are left to their own rules:
 * - a type in the parenthesis of the diagnosis before it ("Metastatic NSCLC (adenocarcinoma)"), that diagnosis's one mention
 *   (ANNOTATION.md, "A diagnosis restated in its own parenthesis is one mention");
 * - a carcinoma whose spread the next word states ("carcinoma metastatic to pleura"), which names another organ's disease;
 * - a carcinoma an image suggests: in a results section its header names a study in ("Radiology:", "Imaging:") or in a sentence
 *   naming the study ("CT reviewed here: adenocarcinoma"), where the image weighs a lesion no tissue has proven;
 * - a carcinoma qualified as new ("new adenocarcinoma favored", "to exclude multicentric carcinoma"), which names another cancer
 *   (ANNOTATION.md, "A qualified primary names a new cancer and is a mention");
 * - a carcinoma "of unknown primary" (CUP), whose site-less code is its own (C80.1);
 * - a carcinoma a condition or a risk makes hypothetical ("If the frozen section shows carcinoma will resect further", "his risk of
 *   progression to adenocarcinoma"), which takes no site
 *   from elsewhere (ANNOTATION.md, "A sub-site documented anywhere in one document applies to its restatements": hypothetical
 *   mentions take none).
 */

/** Words after a carcinoma that make it a spread to be read by the spread rules. */
const SPREAD_AFTER: ReadonlySet<string> = new Set(['metastatic', 'metastasis', 'metastases', 'mets', 'met']);
/** Words before a carcinoma that make it a new cancer, not the known one restated. */
const NEW_CANCER_WORDS: ReadonlySet<string> = new Set([
  'new', 'second', 'separate', 'another', 'additional', 'different', 'novo', 'synchronous', 'metachronous', 'multicentric', 'multifocal',
]);
/** Words naming an imaging study: a sentence that names one weighs what the image shows. */
const IMAGING_WORDS: ReadonlySet<string> = new Set([
  'ct', 'mri', 'pet', 'pet/ct', 'pet-ct', 'imaging', 'radiology', 'radiologic', 'radiographic', 'ultrasound', 'sonography', 'mammogram',
  'mammography', 'scan', 'image', 'images', 'cxr', 'x-ray',
]);
/** Words naming a sample or its reading: nearer the carcinoma than a study's name, they make it the tissue's result. */
const TISSUE_WORDS: ReadonlySet<string> = new Set([
  'bx', 'biopsy', 'biopsies', 'biopsied', 'fna', 'fnb', 'core', 'cores', 'path', 'pathology', 'cytology', 'brushings', 'resection', 'excision', 'cone', 'tissue',
]);
/** Words that make a carcinoma after them in its sentence hypothetical: a condition or a risk ("risk of progression to adenocarcinoma"). */
const HYPOTHETICAL_CUES: ReadonlySet<string> = new Set(['if', 'risk', 'risks']);
/** How far back in its sentence a study's name or a condition is looked for. */
const SENTENCE_REACH_BACK = 12;
/** How many words before the carcinoma a new-cancer qualifier may stand ("new invasive carcinoma"). */
const QUALIFIER_REACH = 2;
/** How far after the carcinoma "of unknown primary" is looked for. */
const UNKNOWN_REACH = 5;

/** The token ranges of an encounter's imaging sections (results sections whose title names a study), found once per read. */
export interface ResultsRanges {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** The token ranges of the imaging sections, in order: one walk over the sections and the tokens together. */
export function resultsRanges(tokens: readonly Token[], sections: readonly NoteSection[]): ResultsRanges {
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const section of sections) {
    const open = section.span.offset;
    const close = open + section.span.length;
    while (index < tokens.length && (tokens[index]?.start ?? 0) < open) index++;
    let last = index;
    while (last < tokens.length && (tokens[last]?.start ?? 0) < close) last++;
    if (section.kind === 'results' && namesImaging(section.title) && last > index) {
      starts.push(index);
      ends.push(last);
    }
    index = last;
  }
  return { starts, ends };
}

/** Whether a section's title names an imaging study ("Radiology", "Imaging", "CT chest 11/30"), not labs or a report's findings. */
function namesImaging(title: string): boolean {
  return title.toLowerCase().split(/[^a-z/-]+/).some((word) => IMAGING_WORDS.has(word));
}

/** Whether the token at `index` lies in an imaging section. */
function inResults(ranges: ResultsRanges | undefined, index: number): boolean {
  if (ranges === undefined) return false;
  const found = lastAtOrBefore(ranges.starts, ranges.starts.length, index);
  return found >= 0 && index < (ranges.ends[found] ?? 0);
}

/** Whether the site-less typed carcinoma at `start`–`end`, outside any report, may restate the encounter's cancer. */
export function restatesOutsideReport(tokens: readonly Token[], start: number, end: number, results?: ResultsRanges): boolean {
  if (tokens[start - 1]?.norm === '(' || SPREAD_AFTER.has(tokens[end]?.norm ?? '') || inResults(results, start)) return false;
  const sentence = tokens[start]?.sentence;
  if (nearestInSentenceBefore(tokens, start, QUALIFIER_REACH, sentence, (token) => NEW_CANCER_WORDS.has(token.norm)) >= 0) return false;
  if (nearestInSentenceBefore(tokens, start, SENTENCE_REACH_BACK, sentence, (token) => HYPOTHETICAL_CUES.has(token.norm)) >= 0) return false;
  // "CT reviewed here: adenocarcinoma" weighs an image; "CT-guided bx: adenocarcinoma", a sample nearer the word, is tissue.
  const cue = nearestInSentenceBefore(tokens, start, SENTENCE_REACH_BACK, sentence, (token) => IMAGING_WORDS.has(token.norm) || TISSUE_WORDS.has(token.norm));
  if (cue >= 0 && IMAGING_WORDS.has(tokens[cue]?.norm ?? '') && tokens[cue + 1]?.norm !== 'guided') return false;
  return firstInSentenceAfter(tokens, end, UNKNOWN_REACH, sentence, (token, position) => namesUnknownPrimary(tokens, token, position)) < 0;
}

/** Whether the token opens "unknown primary" / "unknown origin" or is the capital "CUP". */
function namesUnknownPrimary(tokens: readonly Token[], token: Token, position: number): boolean {
  if (token.raw === 'CUP') return true;
  const next = tokens[position + 1]?.norm;
  return token.norm === 'unknown' && (next === 'primary' || next === 'origin');
}

/**
 * The abbreviations of a carcinoma type a note writes for the carcinoma itself ("adenoCA", "HGSC"): unlike "Ca" (calcium as
 * often), each names only the carcinoma, so a site-less one restates the encounter's cancer as the written-out type does. "SCC" is
 * left out: a site-less one is as often a skin cancer of its own.
 */
const CARCINOMA_ABBREVIATIONS: ReadonlySet<string> = new Set(['adenoca', 'hgsc']);

/** Whether a histology's words name a carcinoma: a word of the carcinoma family or one of its abbreviations. */
export function namesCarcinoma(words: string): boolean {
  return words.includes('carcinoma') || CARCINOMA_ABBREVIATIONS.has(words);
}
