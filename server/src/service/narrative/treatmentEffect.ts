import type { Token } from './tokens';

/**
 * Whether a lesion word is weighed against the effects of a treatment ("radiation necrosis vs residual tumor", "favor radiation
 * necrosis over tumor progression", "path would distinguish tumor vs necrosis"): the tumour so weighed is the treated lesion, the
 * patient's own, not a new kind of tumour (`treatmentEffectTumour.ts` places it; `restatedCarcinoma.ts` lets it wait for a site).
 */

/** Words that name a treatment's effect a tumour is weighed against ("radiation necrosis", "treatment effect", "pseudoprogression"). */
const TREATMENT_EFFECT_WORDS = new Set(['necrosis', 'radionecrosis', 'pseudoprogression', 'treatment-related', 'post-treatment', 'posttreatment']);
/** The noun after "treatment" that names its effect ("treatment effect", "treatment changes"). */
const EFFECT_NOUNS = new Set(['effect', 'effects', 'change', 'changes']);
/** How many tokens before and after the tumour its weighing is looked for (its clause and the clause before it). */
const WEIGHING_REACH = 16;

/** Whether the token names a treatment's effect ("necrosis", "treatment effect"). */
function namesTreatmentEffect(tokens: readonly Token[], index: number): boolean {
  const norm = tokens[index]?.norm ?? '';
  return TREATMENT_EFFECT_WORDS.has(norm) || (norm === 'treatment' && EFFECT_NOUNS.has(tokens[index + 1]?.norm ?? ''));
}

/** Whether a treatment's effect is written within reach of the tumour, in its sentence or the one right before it. */
export function weighedAgainstTreatment(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]?.sentence ?? 0;
  const first = Math.max(0, start - WEIGHING_REACH);
  const last = Math.min(tokens.length - 1, end + WEIGHING_REACH);
  for (let index = first; index <= last; index++) {
    const at = tokens[index]?.sentence ?? -1;
    if (at >= sentence - 1 && at <= sentence && namesTreatmentEffect(tokens, index)) return true;
  }
  return false;
}
