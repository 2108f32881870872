import type { RawMention } from './rawMention';
import { wordInSentenceWindow } from './sentenceWindow';
import type { Token } from './token';

/**
 * "Uncomplicated Y-90 radiation segmentectomy of the segment 8 HCC" in the Impression of the note whose history calls the
 * LR-5 lesion "c/w HCC": the note treats the lesion as the disease, and treatment given to a lesion by or before the note
 * establishes an image's "c/w X" as tissue does (ANNOTATION.md, 2026-12-05: "'Treatment' that establishes an image's 'c/w X'
 * is treatment given to that lesion by or before the note", d449's Y-90 segmentectomy). So a plain diagnosis that its own
 * sentence reports as the object of a local treatment carried out ("Successful microwave ablation of the seg 6 HCC") states
 * the disease as the tissue report would, for `settledConclusion.ts`. A treatment only planned, recommended or withheld
 * ("Y90 segmentectomy as bridge to transplant", "not treated") carries no completion word and settles nothing, as
 * ANNOTATION.md keeps a referral or a plan uncertain (d486, h86). The look-back is bounded by a few tokens of the mention's
 * own sentence, so the pass stays linear.
 */
export function treatedInItsSentence(tokens: readonly Token[], mention: RawMention): boolean {
  const first = tokens[mention.start];
  if (first === undefined) return false;
  let treated = false;
  for (let index = mention.start - 1; index >= Math.max(0, mention.start - LOOK_BACK); index -= 1) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== first.sentence) break;
    if (WITHHELD_WORDS.has(token.norm)) return false;
    if (LOCAL_TREATMENTS.has(token.norm)) treated = true;
    else if (treated && COMPLETION_WORDS.has(token.norm)) return true;
  }
  return false;
}

/** How far back in its sentence a mention looks for its treatment and the word saying it was done. */
const LOOK_BACK = 12;

/** Local treatments a lesion is given as the disease it is taken to be (resected, ablated, embolised, irradiated). */
const LOCAL_TREATMENTS: ReadonlySet<string> = new Set([
  'segmentectomy', 'radioembolization', 'chemoembolization', 'tace', 'tare', 'ablation', 'cryoablation', 'mwa', 'rfa',
  'resection', 'hepatectomy', 'metastasectomy', 'sbrt', 'srs',
]);

/** Words a procedure report opens its result with once the treatment is carried out. */
const COMPLETION_WORDS: ReadonlySet<string> = new Set(['successful', 'uncomplicated', 'completed', 'underwent']);

/** Words that make the treatment one not given, or only proposed. */
const WITHHELD_WORDS: ReadonlySet<string> = new Set(['not', 'no', 'planned', 'plan', 'will', 'recommend', 'recommended', 'consider', 'candidate']);

/**
 * "Brain metastases, s/p WBRT this admission" beside the hospital course's "MRI brain: multiple enhancing lesions c/w
 * metastases": a metastasis the note states plainly and reports treated, locally after it ("s/p SRS", "s/p WBRT") or by a
 * treatment given now (`treated`, "with bone and brain metastases, on 1L osimertinib", or a cancer drug of the Medications
 * list, as "systemic therapy started for the metastatic disease counts"), establishes the image's "c/w" of the same site
 * (ANNOTATION.md: "An image's 'c/w metastases' of lesions the note already establishes as metastases under treatment is
 * present"; d57, d143). The look-ahead is bounded by a few tokens of the mention's own sentence.
 */
export function spreadTreatedInItsSentence(tokens: readonly Token[], mention: RawMention, treatedNow: boolean): boolean {
  if (mention.column !== 'secondary') return false;
  if (treatedNow) return true;
  const last = tokens[mention.end - 1];
  if (last === undefined) return false;
  let after = false;
  for (let index = mention.end; index < Math.min(tokens.length, mention.end + LOOK_BACK); index += 1) {
    const token = tokens[index] as Token;
    if (token.sentence !== last.sentence || WITHHELD_WORDS.has(token.norm)) return false;
    if (AFTER_WORDS.has(token.norm)) after = true;
    else if (after && (RADIATION.has(token.norm) || LOCAL_TREATMENTS.has(token.norm))) return true;
  }
  return false;
}

/** Words that report a treatment done ("s/p SRS"). */
const AFTER_WORDS: ReadonlySet<string> = new Set(['s/p', 'post', 'after', 'completed']);

/** Radiation to a metastasis, named by its technique. */
const RADIATION: ReadonlySet<string> = new Set(['wbrt', 'srs', 'sbrt', 'srt', 'rt', 'xrt', 'radiation', 'radiotherapy', 'gamma', 'cyberknife']);

/**
 * A measured level's "c/w" ("thyroglobulin washout elevated, c/w metastatic papillary thyroid carcinoma") stays a hedge, as
 * `tissueResult.ts` keeps it: the level agrees with the disease without showing it, whatever the note's tissue or treatment (d179).
 */
const MEASURED_LEVELS: ReadonlySet<string> = new Set(['washout', 'elevated', 'rising']);

/**
 * Whether a hedged metastasis is a lesion its study calls new ("new enhancing lesion c/w metastasis"), which treatment of the
 * known ones does not settle (ANNOTATION.md: "A lesion the study finds new … stays uncertain"). Bounded by its sentence's
 * few tokens before it and its own words ("new metastasis").
 */
export function calledNew(tokens: readonly Token[], mention: RawMention): boolean {
  const first = tokens[mention.start];
  if (first === undefined) return false;
  for (let index = mention.end - 1; index >= Math.max(0, mention.start - LOOK_BACK); index -= 1) {
    const token = tokens[index] as Token;
    if (token.sentence !== first.sentence) return false;
    if (token.norm === 'new' || token.norm === 'enlarging') return true;
  }
  return false;
}

/** Whether a hedged mention is a measured level's conclusion, read over its sentence's few tokens before it. */
export function measuredLevelBefore(tokens: readonly Token[], mention: RawMention): boolean {
  const first = tokens[mention.start];
  return first !== undefined && wordInSentenceWindow(tokens, mention.start, mention.start, { words: MEASURED_LEVELS, sentence: first.sentence, before: LOOK_BACK });
}

/**
 * "Malignant R pleural effusion from pleural mets (cytology proven)": a diagnosis its own phrase calls proven on tissue states
 * what the tissue showed, as the note's pathology report would, so it settles an image's "c/w" of the same code (ANNOTATION.md:
 * "'c/w pleural metastases' after positive pleural cytology", d316; "biopsy-proven" ends a hedge's scope for the same reason).
 * Read over the few tokens after the mention in its sentence, and the one before it ("biopsy-proven HCC").
 */
export function provenInItsPhrase(tokens: readonly Token[], mention: RawMention): boolean {
  const last = tokens[mention.end - 1];
  if (last === undefined) return false;
  if (PROVEN_WORDS.has(tokens[mention.start - 1]?.norm ?? '')) return true;
  let tissue = false;
  for (let index = mention.end; index < Math.min(tokens.length, mention.end + PROVEN_REACH); index += 1) {
    const token = tokens[index] as Token;
    if (token.sentence !== last.sentence) return false;
    if (PROVEN_WORDS.has(token.norm)) return true;
    if (TISSUE_WORDS.has(token.norm)) tissue = true;
    else if (tissue && (token.norm === 'proven' || token.norm === 'confirmed')) return true;
  }
  return false;
}

const PROVEN_REACH = 5;
const PROVEN_WORDS: ReadonlySet<string> = new Set(['biopsy-proven', 'path-proven', 'pathology-proven', 'cytology-proven', 'tissue-proven', 'biopsy-confirmed', 'path-confirmed']);
const TISSUE_WORDS: ReadonlySet<string> = new Set(['cytology', 'biopsy', 'bx', 'path', 'pathology', 'tissue', 'histologically', 'cytologically']);
