import type { AssertionTrigger } from './assertionTriggers';
import { DATE } from './assertionScope';
import type { PhraseMatcher } from './phraseMatcher';
import type { Token } from './tokens';
import { namesNonTreatmentCycle, namesOthersCourse } from './behaviourCycle';
import { presentAtVisit } from './bedsideCompanion';
import { presupposedQuestion } from './presupposedQuestion';
import { glossedInformant } from './informantGloss';
import { worriedInformant } from './worriedInformant';

const PRESUPPOSED_QUESTION: AssertionTrigger = { words: 'presupposed question', assertion: 'pseudo', direction: 'both' };

/** How many words after a trigger's start its date may stand before "for" ("surveillance colonoscopy 2027 for"). */
const DATE_REACH = 3;

/**
 * The trigger at `index`, read through a date written before its "for": "TAH/BSO 1995 for fibroids", "hysterectomy in
 * 2010 for leiomyomata", "surveillance colonoscopy 2027 for recurrent colon ca" are the "TAH/BSO for", "hysterectomy
 * for" and "surveillance colonoscopy for" cues with their date inside them. Only a hit with a date close after it is
 * looked at again, so the look-up stays one per trigger.
 */
export function matchTriggerAt(triggers: PhraseMatcher<AssertionTrigger>, tokens: readonly Token[], index: number): { value: AssertionTrigger; end: number } | undefined {
  const hit = triggers.matchAt(tokens, index);
  // "body-checking cycle", "menstrual cycle": no course of treatment; "peer's relapse": another's course (behaviourCycle.ts).
  if (hit === undefined || namesNonTreatmentCycle(tokens, index, hit.end) || namesOthersCourse(tokens, index, hit.value.assertion)) return undefined;
  // "asking whether his lymphoma is from Roundup": a question about the disease's cause or going doubts nothing; read as a
  // pseudo-trigger, so that its "if" is no condition either (presupposedQuestion.ts).
  if (presupposedQuestion(tokens, hit.value, hit.end)) return { value: PRESUPPOSED_QUESTION, end: hit.end };
  // "2 adult sons at bedside": a relative present at the visit names no family history (bedsideCompanion.ts).
  // "Daughter (Monique, HCPOA) called …": a relative glossed in a parenthesis and then calling or asking is the informant (informantGloss.ts).
  // "Parents worried 'it's leukemia'": a relative who worries speaks of the patient's disease (worriedInformant.ts).
  if ((hit.value.assertion === 'family' || hit.value.assertion === 'other') && (presentAtVisit(tokens, hit.end - 1) || glossedInformant(tokens, hit.end - 1) || worriedInformant(tokens, hit.end - 1))) return undefined;
  const date = dateBefore(tokens, hit.end, index);
  if (date === undefined) return hit;
  const joined = triggers.matchAt([...tokens.slice(index, date.start), date.for], 0);
  return joined !== undefined && joined.end === date.start - index + 1 ? { value: joined.value, end: date.end } : hit;
}

/** A date ("1995", "in 2010", "(2019)") from near `from` up to a "for" of the trigger's sentence: where it starts, and the "for". */
function dateBefore(tokens: readonly Token[], from: number, index: number): { start: number; end: number; for: Token } | undefined {
  const sentence = tokens[index]?.sentence;
  for (let start = from; start < index + DATE_REACH && start < tokens.length; start++) {
    let at = start;
    if (tokens[at]?.norm === 'in' || tokens[at]?.norm === '(') at++;
    if (!DATE.test(tokens[at]?.norm ?? '')) continue;
    at++;
    if (tokens[at]?.norm === ')') at++;
    const forToken = tokens[at];
    if (forToken?.norm === 'for' && forToken.sentence === sentence) return { start, end: at + 1, for: forToken };
  }
  return undefined;
}
