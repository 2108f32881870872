import type { RawMention } from './rawMention';
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
