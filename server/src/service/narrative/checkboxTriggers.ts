import type { Token } from './tokens';

/**
 * The boxes of an EHR form after its field ("Cancer: [x] Yes [ ] No   Type/site: …", "Skin cancer: [ ] Yes
 * [x] No", "Cancer: Yes [x] No [ ]", "☒ Yes ☐ No"): a checked yes on a health-history form records a past
 * diagnosis (history), a checked no denies it, and an unchecked box answers nothing (a pseudo-trigger, so
 * its "No" is no negation). The words are tokens: "[x]" is written "[ x ]". `assertionTriggers.ts` makes
 * them triggers; each is tested in `test/service/narrative/assertion.test.ts` like the other triggers.
 */

/** How far after the field a box answers it: "Cancer: [ ] Yes [x] No" puts the checked box four tokens after the colon. */
export const BOX_REACH = 5;

const CHECKED = ['[ x ]', '( x )', '☒', '☑'];
const UNCHECKED = ['[ ]', '( )', '☐'];

/** Each answer word with each box, before it ("[x] Yes") and after it ("Yes [x]"). */
function boxed(boxes: readonly string[], answers: readonly string[]): string[] {
  return boxes.flatMap((box) => answers.flatMap((answer) => [`${box} ${answer}`, `${answer} ${box}`]));
}

/** A checked yes: a past diagnosis on a health-history form. */
export const CHECKED_YES: readonly string[] = boxed(CHECKED, ['yes']);
/** A checked no denies a past-history field: a site-less "Cancer: [x] No" is the Z85.9 it denies, as "no personal hx of cancer". */
export const CHECKED_NO: ReadonlySet<string> = new Set(boxed(CHECKED, ['no', 'none']));
/**
 * A checklist answered in its box before each criterion ("EXCLUSION\n[N] Symptomatic or untreated brain metastases"):
 * "[N]" says the patient does not have what the line names (a pre negation; tokens.ts ends the sentence before each box
 * line, so it reaches no further than its own criterion). Criteria often open with "Known", a terminator elsewhere
 * ("given known lung cancer"), so the box takes it in ("[N] Known active CNS metastases"). "[Y]" affirms the criterion,
 * which is the default reading.
 */
export const CHECKLIST_NO: readonly string[] = ['[ n ]', '[ no ]', '[ n ] known', '[ no ] known'];
/** An unchecked box answers nothing. */
export const UNCHECKED_BOXES: readonly string[] = boxed(UNCHECKED, ['yes', 'no', 'none']);

/** Whether a box (checked or not) or an answer word with its box starts at `index`: a field answered on a form ("Cancer: [x] Yes", "Cancer: Yes [x]"). */
export function boxAnswerAt(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index]?.norm ?? '';
  const at = first === 'yes' || first === 'no' ? index + 1 : index;
  const open = tokens[at]?.norm ?? '';
  if (open === '☒' || open === '☑' || open === '☐') return true;
  const close = open === '[' ? ']' : open === '(' ? ')' : undefined;
  if (close === undefined) return false;
  const inner = tokens[at + 1]?.norm;
  return inner === close || (inner === 'x' && tokens[at + 2]?.norm === close);
}
