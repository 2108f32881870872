import type { TriggerHit } from './assertionScope';
import { wordInSentenceWindow } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "Consent obtained after discussing risks incl bleeding, infection, perforation, … and possibility of muscle-invasive bladder
 * cancer requiring cystectomy/chemo": a consent's risks are outcomes the procedure or its pathology may bring, so the disease
 * named among them is `hypothetical` (ANNOTATION.md, round 17: "A consent's risks are hypothetical, the disease already
 * suspected included"; "the hedge 'possibility of' sits inside the risk and does not make it uncertain", d687). Only the
 * possibility is read so, and only when its sentence speaks of a consent or of the risks discussed before it; a clinician's
 * "possibility of lymphoma" elsewhere stays the doubt it states.
 */
const POSSIBILITY_CUES: ReadonlySet<string> = new Set(['possibility of']);
/** The words that make the sentence a consent's discussion of risks. */
const CONSENT_WORDS: ReadonlySet<string> = new Set(['consent', 'consented', 'consenting', 'risks']);
/** How many tokens before the possibility are read for the consent: a consent lists several risks before the disease. */
const CONSENT_REACH = 24;

/** Whether a "possibility of" hedge reaching a mention is one of a consent's risks. */
export function consentRisk(tokens: readonly Token[], hit: TriggerHit): boolean {
  if (!POSSIBILITY_CUES.has(hit.trigger.words)) return false;
  return wordInSentenceWindow(tokens, hit.start, hit.start, { words: CONSENT_WORDS, sentence: tokens[hit.start]?.sentence, before: CONSENT_REACH });
}
