import { spanOf } from '../spans';
import type { Span } from '../spans';
import type { AssertionResult } from './assertion';
import { isBulletMark } from './charCodes';
import type { RawMention } from './rawMention';
import type { Token } from './token';

/**
 * A surveillance plan written as a list whose items are labelled by the cancer they look for: "- Gastric/small bowel ca: EGD
 * w/ biopsies q3y" in a Lynch syndrome counselling note, "* Second cancers: mediastinal RT … increases her lifetime risk of
 * breast cancer" in a late-effects screening plan. The label names what the item screens for, not a disease the patient has:
 * ANNOTATION.md's "Codes by assertion" makes "a screening or surveillance *for*" hypothetical, and round 15 reads
 * "<cancer> surveillance" so (d537, d682). An item is such a plan when its value, on the label's line, names a screening
 * study with its interval ("EGD … q3y", "annual MRI") or a risk the item foresees (a mention a risk cue makes hypothetical).
 * Only a label with no cue of its own changes: "- Breast cancer (s/p lumpectomy 2019): mammogram annually" keeps its history.
 * Each label reads at most `VALUE_TOKENS` tokens after its colon, so the pass stays linear.
 */
export function withScreeningItemLabels(
  text: string, tokens: readonly Token[], raw: readonly RawMention[], assertions: readonly AssertionResult[],
): AssertionResult[] {
  const labels = screeningLabels(text, tokens, raw, assertions);
  if (labels.size === 0) return [...assertions];
  return assertions.map((assertion, index) => {
    const span = labels.get(index);
    return span !== undefined && plain(assertion) ? { assertion: 'hypothetical', evidence: { trigger: SCREENING_ITEM, span } } : assertion;
  });
}

/** The trigger recorded for a label read as a screening item. */
export const SCREENING_ITEM = 'screening item label';

const VALUE_TOKENS = 20;

/** The labels of screening items, each with the span of its colon (the evidence reported). */
function screeningLabels(text: string, tokens: readonly Token[], raw: readonly RawMention[], assertions: readonly AssertionResult[]): Map<number, Span> {
  const labels = new Map<number, Span>();
  const opens: boolean[] = [];
  raw.forEach((mention, index) => {
    const previous = raw[index - 1];
    opens[index] = opensItemLine(text, tokens[mention.start]) || (previous !== undefined && opens[index - 1] === true && joinedInLabel(tokens, previous, mention));
    if (opens[index] !== true || tokens[mention.end]?.norm !== ':' || !CANCER_WORDS.has(tokens[mention.anchorEnd - 1]?.norm ?? '')) return;
    if (!screeningValue(text, tokens, raw, assertions, index)) return;
    const colon = tokens[mention.end] as Token;
    for (let label = index; label >= 0 && opens[label] === true; label -= 1) {
      labels.set(label, spanOf(colon.start, colon.end));
      const before = raw[label - 1];
      if (before === undefined || !joinedInLabel(tokens, before, raw[label] as RawMention)) break;
    }
  });
  return labels;
}

/**
 * The words a screening plan names what it looks for with: a cancer in general, not a lesion the patient is known to have
 * ("- Meningioma: observe; MRI q12 mo", "- Optic glioma: stable; MRI q12mo" follow the patient's own tumour).
 */
const CANCER_WORDS: ReadonlySet<string> = new Set(['ca', 'cancer', 'cancers', 'malignancy', 'malignancies', 'carcinoma']);

/** Words of a value that speak of a disease the patient has: its state or its management now. */
const STATUS_WORDS: ReadonlySet<string> = new Set([
  'stable', 'observe', 'observation', 'continue', 'unchanged', 'growing', 'enlarging', 'on', 's/p', 'resected', 'treated', 'dx', 'diagnosed', 'recurrence', 'ned',
]);

/**
 * Words of a value that decide on a screening, ordered or not ("- Lung cancer: never smoker, no screening indicated"): the item
 * is about looking for the cancer, so its label is a screening for it whatever the decision.
 */
const SCREENING_WORDS: ReadonlySet<string> = new Set(['screening', 'screen']);

/** Two diagnoses of one label, joined by a slash, a comma or "and" ("Gastric/small bowel ca:"). */
function joinedInLabel(tokens: readonly Token[], before: RawMention, after: RawMention): boolean {
  return before.end + 1 === after.start && LABEL_JOINERS.has(tokens[before.end]?.norm ?? '');
}

const LABEL_JOINERS: ReadonlySet<string> = new Set(['/', ',', 'and', '&']);

/** Whether the token opens its line, after spaces and at most one list mark ("- ", "* ", "• "). */
function opensItemLine(text: string, token: Token | undefined): boolean {
  if (token === undefined) return false;
  let marks = 0;
  for (let at = token.start - 1; at >= Math.max(-1, token.start - 9); at -= 1) {
    const code = at < 0 ? NEW_LINE : text.charCodeAt(at);
    if (code === NEW_LINE) return true;
    if (isBulletMark(code)) marks += 1;
    else if (code !== SPACE && code !== TAB) return false;
    if (marks > 1) return false;
  }
  return false;
}

const NEW_LINE = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/** Whether the item's value, up to its line's end, schedules a screening study or foresees a risk. */
function screeningValue(text: string, tokens: readonly Token[], raw: readonly RawMention[], assertions: readonly AssertionResult[], index: number): boolean {
  const colon = (raw[index] as RawMention).end;
  const last = valueEnd(text, tokens, colon);
  let study = false;
  let interval = false;
  let screening = false;
  for (let at = colon + 1; at <= last; at += 1) {
    const norm = tokens[at]?.norm ?? '';
    if (STATUS_WORDS.has(norm)) return false;
    study ||= SCREENING_STUDY_WORDS.has(norm);
    interval ||= INTERVAL_WORDS.has(norm) || /^q\d/.test(norm);
    screening ||= SCREENING_WORDS.has(norm);
  }
  if ((study && interval) || screening) return true;
  for (let next = index + 1; next < raw.length && (raw[next] as RawMention).start <= last; next += 1) {
    const assertion = assertions[next];
    if (assertion?.assertion === 'hypothetical' && (assertion.evidence?.trigger ?? '').includes('risk')) return true;
  }
  return false;
}

/** The last token of the value: at most `VALUE_TOKENS` tokens after the colon, and none past the line's end. */
function valueEnd(text: string, tokens: readonly Token[], colon: number): number {
  let last = colon;
  for (let at = colon + 1; at < tokens.length && at <= colon + VALUE_TOKENS; at += 1) {
    const previous = tokens[at - 1] as Token;
    const token = tokens[at] as Token;
    if (text.slice(previous.end, token.start).includes('\n') && !continuesItem(text, token)) break;
    last = at;
  }
  return last;
}

/** A wrapped line of the same item: it opens with a lower-case word, not a new item's mark or label. */
function continuesItem(text: string, token: Token): boolean {
  const code = text.charCodeAt(token.start);
  return code >= 0x61 && code <= 0x7a;
}

const SCREENING_STUDY_WORDS: ReadonlySet<string> = new Set([
  'colonoscopy', 'mammogram', 'mammography', 'mri', 'wbmri', 'ldct', 'ct', 'ultrasound', 'us', 'egd', 'endoscopy', 'cystoscopy',
  'ua', 'urinalysis', 'cytology', 'cbc', 'psa', 'afp', 'exam', 'dermatology',
]);

const INTERVAL_WORDS: ReadonlySet<string> = new Set(['annual', 'annually', 'yearly', 'biennial', 'every', 'q', 'qyr', 'starting', 'beginning']);

function plain(assertion: AssertionResult): boolean {
  return assertion.assertion === 'present' && assertion.evidence === undefined && assertion.otherExperiencer !== true;
}
