import type { AssertionIndex, AssertionResult } from './assertion';
import { isSpaceOrTab } from './charCodes';
import type { TriggerHit } from './assertionScope';
import { evidenceOf } from './assertion';
import { lastAtOrBefore } from '../sortedSearch';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';
import { WORD_CLASS } from './wordClasses';
import { COMPLETED_COURSE_PHRASES } from './completedCourseCues';
import { pointsBack } from './asAbove';

/**
 * A cancer's outcome stated once for the whole note. A survivorship care plan, a treatment summary or a CDI query states
 * that a cancer was treated and none is left ("completed adjuvant CAPOX 2020 … without evidence of recurrent disease",
 * "Response/status: NED", "Current status: no evidence of disease") in one place, and names the same cancer elsewhere
 * with no status of its own ("Diagnosis: Rectal adenocarcinoma (mid rectum)", "Colon ca - no active issues", "the
 * patient's colon cancer"). A coder reads the record as a whole: the Z85 history code of Guideline I.C.2.d applies to the
 * cancer, not to the one sentence that says it is gone, so its bare mentions take that history too (ANNOTATION.md,
 * history; "A document title naming the patient's treated cancer"). Not when the note keeps the same disease current in
 * any mention (a recurrence, a spread, a treatment given now, "currently"), nor for a leukaemia, lymphoma or myeloma,
 * whose remission is a code of the current disease. One pass over the mentions and the cues, in text order.
 */

/** History cues that state the outcome of a cancer's course: treatment over, or no disease left. */
const OUTCOME_CUES: ReadonlySet<string> = new Set([
  'ned', 'no evidence of disease', 'currently ned', 'currently no evidence of disease', 'without evidence of disease',
  'no evidence of recurrence', 'no evidence of recurrent disease', 'no recurrence', 'without recurrence', 'w/o recurrence',
  'without evidence of recurrence', 'w/o evidence of recurrence', 'without evidence of recurrent disease', 'no sign of recurrence', 'no signs of recurrence',
  'no evidence of recurrence of', 'no recurrence of', 'without recurrence of',
  'completed treatment', 'completed therapy', 'completed adjuvant', 'treatment completed', 'therapy completed', 'finished treatment',
  'off treatment', 'off therapy', 'in surveillance', 'on surveillance', 'under surveillance', 'disease-free', 'disease free', 'cancer-free', 'cancer free',
  'remains free of', 'remain free of', 'remained free of', 'has remained free of', 'continues to be free of', 'cured', 'survivor',
  ...COMPLETED_COURSE_PHRASES,
]);

/**
 * Outcome cues that say no primary is left at its site: beside a metastasis present now, the excised primary with no
 * recurrence is still a former site (Guideline I.C.2.d: "no evidence of any existing primary malignancy at that site"; any
 * metastasis is coded as a secondary). "NED" or a completed treatment beside a present metastasis states an earlier outcome.
 */
const PRIMARY_GONE_CUES: ReadonlySet<string> = new Set([
  'no evidence of recurrence', 'no recurrence', 'without recurrence', 'w/o recurrence', 'without evidence of recurrence', 'w/o evidence of recurrence',
  'no sign of recurrence', 'no signs of recurrence', 'no evidence of recurrence of', 'no recurrence of', 'without recurrence of',
]);

/**
 * Treatments directed to one metastasis alone (ANNOTATION.md, round 15: "A primary excised or eradicated stays history when a
 * new distant metastasis is treated locally"): beside a present secondary, an excised primary's history still holds.
 */
const LOCAL_TREATMENTS: ReadonlySet<string> = new Set(['sbrt', 'srs', 'metastasectomy', 'hepatectomy', 'wedge']);

/** Treatments of the whole cancer: given or begun now, they keep the primary current beside its treated metastasis. */
const SYSTEMIC_TREATMENTS: ReadonlySet<string> = new Set([
  'chemo', 'chemotherapy', 'systemic', 'folfox', 'folfiri', 'folfirinox', 'capox', 'xelox', 'capecitabine', 'adt', 'immunotherapy', 'io', 'tki', 'hormonal', 'endocrine',
]);
/** Words that say a treatment is given or begun now ("start FOLFOX", "continue systemic tx", "on ADT"). */
const BEGUN_WORDS: ReadonlySet<string> = new Set(['start', 'starts', 'started', 'starting', 'begin', 'begun', 'began', 'initiate', 'initiated', 'continue', 'continuing', 'on', 'resume']);
/** How many tokens before a systemic treatment the word that begins it may stand. */
const BEGUN_REACH = 3;

/** The local and systemic treatment words: the tokens of `WORD_CLASS.treatment`, the only ones `TreatmentWords` looks up. */
export const TREATMENT_WORDS: ReadonlySet<string> = new Set([...LOCAL_TREATMENTS, ...SYSTEMIC_TREATMENTS]);

/** Whether a word of the same sentence at most `BEGUN_REACH` tokens before `position` says the treatment there is begun. */
function begunBefore(tokens: readonly Token[], position: number): boolean {
  for (let before = Math.max(0, position - BEGUN_REACH); before < position; before++) {
    if (tokens[before]?.sentence === tokens[position]?.sentence && BEGUN_WORDS.has(tokens[before]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * The note's treatment words, read in the mention walk up to each mention, so each token is read once and in the same walk
 * (`readBefore`): whether a metastasis is treated locally, and whether a systemic treatment is given or begun now, where each
 * systemic word reads at most `BEGUN_REACH` tokens before it. Its word class turns every other token away with one bit test.
 */
class TreatmentWords {
  private read = 0;
  private local = false;
  private systemic = false;

  constructor(private readonly tokens: readonly Token[]) {}

  /** Reads the tokens before `limit` not read yet; none once a systemic treatment is found, which settles `treatsLocally`. */
  readBefore(limit: number): void {
    for (; this.read < limit && !this.systemic; this.read++) {
      const token = this.tokens[this.read];
      if (token === undefined || (token.classes & WORD_CLASS.treatment) === 0) continue;
      if (LOCAL_TREATMENTS.has(token.norm)) this.local = true;
      else if (SYSTEMIC_TREATMENTS.has(token.norm) && begunBefore(this.tokens, this.read)) this.systemic = true;
    }
  }

  /** Whether the note treats a metastasis locally and nothing systemically now, read to its last token. */
  treatsLocally(): boolean {
    this.readBefore(this.tokens.length);
    return this.local && !this.systemic;
  }
}

/** The categories with remission codes (lymphomas, leukaemias, myeloma): their remission is current disease, not history. */
const HAEMATOLOGIC = /^C(?:8[1-9]|9[0-6])$/;

/** A malignancy of the patient's own, named with its organ or type: not a metastasis (its cancer is the one to read) nor a site-less "cancer". */
function ownMalignancy(mention: RawMention): boolean {
  if (mention.unspecifiedSite === true || mention.column === 'secondary') return false;
  return mention.column === 'primary' || mention.morphology?.code.startsWith('C') === true;
}

/**
 * The organ of a lesion word the note calls back ("PRE-OP DIAGNOSIS: Recurrent bladder tumor" of a note whose pathology proves
 * the bladder's carcinoma): a tumour that recurred at the organ of the patient's cancer is that cancer there now (Guideline
 * I.C.2.d; ANNOTATION.md, "Tumor" of a proven cancer), so it keeps the cancer of that organ current as "Recurrent bladder
 * cancer" would.
 */
function recurrentLesionOrgan(tokens: readonly Token[], mention: RawMention, assertion: AssertionResult | undefined): string | undefined {
  if (mention.histology?.namesLesion !== true || ownMalignancy(mention) || mention.column === 'secondary') return undefined;
  return keepsCurrent(tokens, mention, assertion) === 'current' ? mention.site?.path[0] : undefined;
}

/** A present reading with no cue of its own: the mention names its disease and says nothing of its course. */
function bare(assertion: AssertionResult | undefined): boolean {
  return assertion?.assertion === 'present' && assertion.evidence === undefined && assertion.treated !== true && assertion.active !== true;
}

/** Words that say the disease came back, spread or grew: an active cue of these keeps the whole note's disease current. */
const RETURN_OR_SPREAD_WORDS: ReadonlySet<string> = new Set(['recurrence', 'recurrent', 'recurred', 'relapse', 'relapsed', 'progression', 'progressing', 'progressed', 'progressive', 'metastatic', 'persistent', 'residual']);
/** How many tokens either side of a mention are read for those words. */
const RETURN_REACH = 12;

/**
 * Whether a word of its sentence near the mention says the disease came back or spread ("Recurrent colon cancer", "metastatic
 * RCC"): `spread` when the only such word is "metastatic", which says nothing of the primary's own site.
 */
function calledBack(tokens: readonly Token[], mention: RawMention): 'back' | 'spread' | undefined {
  const sentence = tokens[mention.start]?.sentence;
  let found: 'spread' | undefined;
  for (let position = Math.max(0, mention.start - RETURN_REACH); position < Math.min(tokens.length, mention.end + RETURN_REACH); position++) {
    const word = tokens[position]?.norm ?? '';
    if (tokens[position]?.sentence !== sentence || !RETURN_OR_SPREAD_WORDS.has(word)) continue;
    if (word !== 'metastatic') return 'back';
    found = 'spread';
  }
  return found;
}

/**
 * A reading that keeps its disease current in the whole note: treatment given now, or an active cue that says the
 * disease came back or spread. A status label alone ("shows … as an active problem", "currently") keeps only its own mention.
 * `spread`: only the word "metastatic" keeps it, which a primary stated gone with a metastasis present does not undo.
 */
function keepsCurrent(tokens: readonly Token[], mention: RawMention, assertion: AssertionResult | undefined): 'current' | 'spread' | undefined {
  if (assertion?.assertion !== 'present') return undefined;
  if (assertion.treated === true || mention.relapse === true || namedNew(tokens, mention)) return 'current';
  const back = assertion.active === true ? calledBack(tokens, mention) : undefined;
  return back === undefined ? undefined : back === 'back' ? 'current' : 'spread';
}

/**
 * The code when it names a site: the unspecified-site code of a category ("metastatic melanoma to brain" C43.9, "lung cancer"
 * C34.9-) names no second cancer beside the category's sited one ("melanoma R upper arm" C43.61), so it is left out of the count.
 */
function sitedCode(code: string | undefined): string | undefined {
  return code === undefined || code.charAt(subcategoryDigitAt(code)) === '9' ? undefined : code;
}

/** Where the code's fourth character, not counting its first full stop, is: read in place, since every coded mention asks. */
function subcategoryDigitAt(code: string): number {
  const dot = code.indexOf('.');
  return dot >= 0 && dot <= 3 ? 4 : 3;
}

/** Words that say a tumour is found now for the first time ("now new LR-5 seg 7 lesion - meets criteria for HCC"). */
const NEW_WORDS: ReadonlySet<string> = new Set(['new', 'newly']);
/** How many tokens before a mention its sentence is read for those words. */
const NEW_REACH = 16;

/** Whether its sentence calls the tumour new before it: a new cancer of the category, which a past one's outcome does not close. */
function namedNew(tokens: readonly Token[], mention: RawMention): boolean {
  const sentence = tokens[mention.start]?.sentence;
  for (let position = mention.start - 1; position >= Math.max(0, mention.start - NEW_REACH); position--) {
    if (tokens[position]?.sentence !== sentence) return false;
    if (NEW_WORDS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}

/** How many tokens before a status cue its field label may end ("Current status: NED", "Response/status: no evidence of disease"). */
const LABEL_GAP = 2;

/**
 * Whether the cue opens a status field of its own ("Current status: no evidence of disease.", "- Response/status: NED."):
 * a sentence that names no diagnosis and whose label says it gives the disease's status, that of the diagnosis above it.
 */
function statusField(tokens: readonly Token[], hit: TriggerHit, subjects: Int32Array): boolean {
  const sentence = tokens[hit.start]?.sentence ?? -1;
  if ((subjects[sentence] ?? -1) >= 0) return false;
  for (let position = hit.start - 1; position >= Math.max(0, hit.start - 1 - LABEL_GAP); position--) {
    if (tokens[position]?.sentence !== sentence) return false;
    if (tokens[position]?.norm === ':') return tokens[position - 1]?.norm === 'status';
  }
  return false;
}

/**
 * A diagnosis field's label right before its value ("Diagnosis: Rectal adenocarcinoma", "Dx: SCC of the L base of tongue",
 * "Primary diagnosis: …"), read from the text: a label opening its line is a section header, whose words are no tokens.
 */
const DIAGNOSIS_LABEL = /(?:^|[^a-z])(?:diagnosis|diagnoses|dx)[ \t]*:[ \t]*$/i;
/** How many characters before a diagnosis its label may start. */
const LABEL_REACH = 24;

/** Whether the mention at `start` is the value of a diagnosis field ("Diagnosis: Rectal adenocarcinoma (mid rectum)"). */
function diagnosisField(text: string, tokens: readonly Token[], start: number): boolean {
  const offset = tokens[start]?.start ?? 0;
  const from = Math.max(0, offset - LABEL_REACH);
  return endsInColon(text, from, offset) && DIAGNOSIS_LABEL.test(text.slice(from, offset));
}

/**
 * Whether `text[from, to)` ends in a colon and spaces or tabs, which every label does: most mentions follow none, and
 * this test of a few characters spares them the slice and the expression.
 */
function endsInColon(text: string, from: number, to: number): boolean {
  let at = to - 1;
  while (at >= from && isSpaceOrTab(text.charCodeAt(at))) at--;
  return at >= from && text.charCodeAt(at) === 0x3a /* : */;
}

/** What {@link statedOutcomes} finds: each category's stated outcome, and the categories among them whose primary is gone. */
interface StatedOutcomes {
  readonly outcomes: Map<string, AssertionResult | undefined>;
  /** The primary stated gone ("no evidence of recurrence") or excised beside a metastasis treated locally: its spread is its own. */
  readonly primaryGone: ReadonlySet<string>;
}

/**
 * The outcome each category's cancer is stated to have: a history mention read from an outcome cue, or a status field
 * after a "Diagnosis:" field naming it with no other cancer named between them (two diagnoses above a status line leave it
 * to neither). Undefined for a category the note keeps current.
 */
function statedOutcomes(
  text: string, tokens: readonly Token[], index: AssertionIndex, subjects: Int32Array, raw: readonly RawMention[], assertions: readonly AssertionResult[],
  categoryOf: (mention: RawMention) => string | undefined, codeOf: (mention: RawMention) => string | undefined,
): StatedOutcomes {
  const outcomes = new Map<string, AssertionResult | undefined>();
  const current = new Set<string>();
  // The categories a "metastatic" mention keeps current: the excised primary's stated absence still holds for them.
  const spreadOnly = new Set<string>();
  // The organs of lesions called back ("Recurrent bladder tumor"), and the organ of each cancer named: the cancer recurred there.
  const recurrentOrgans = new Set<string>();
  const organCategories: [string, string][] = [];
  // The one code each category's cancer is named with: two ("carcinoid of the appendix" and "of the ileum") are two cancers.
  const codes = new Map<string, string>();
  let spread = false;
  // The categories with a history mention: an excised primary's, kept history when its metastasis is treated locally.
  const histories = new Map<string, AssertionResult>();
  let hit = 0;
  let latest: string | undefined;
  const treatments = new TreatmentWords(tokens);
  const state = (category: string | undefined, outcome: AssertionResult): void => {
    if (category !== undefined && !outcomes.has(category)) outcomes.set(category, outcome);
  };
  // The status fields before token `limit` not yet read speak of the diagnosis named last before them (each cue read once).
  const statusFieldsBefore = (limit: number): void => {
    for (; hit < index.hits.length && (index.hits[hit]?.start ?? 0) < limit; hit++) {
      const cue = index.hits[hit];
      if (cue !== undefined && cue.trigger.assertion === 'history' && OUTCOME_CUES.has(cue.trigger.words) && statusField(tokens, cue, subjects)) {
        state(latest, { assertion: 'history', evidence: evidenceOf(tokens, cue) });
      }
    }
  };
  raw.forEach((mention, position) => {
    statusFieldsBefore(mention.start);
    treatments.readBefore(mention.start);
    const assertion = assertions[position];
    // A metastasis documented as there now is a cancer still there ("liver metastases" beside "NED" of a resected carcinoid).
    if (mention.column === 'secondary' && assertion?.assertion === 'present') spread = true;
    const lesionOrgan = recurrentLesionOrgan(tokens, mention, assertion);
    if (lesionOrgan !== undefined) recurrentOrgans.add(lesionOrgan);
    if (!ownMalignancy(mention) || (assertion?.assertion !== 'present' && assertion?.assertion !== 'history')) return;
    const category = categoryOf(mention);
    if (category === undefined || HAEMATOLOGIC.test(category)) return;
    // A status field speaks of the diagnosis a "Diagnosis:" field named above it, while no other cancer was named since.
    latest = diagnosisField(text, tokens, mention.start) ? category : latest === category ? latest : undefined;
    const code = sitedCode(codeOf(mention));
    if (code !== undefined && (codes.get(category) ?? code) !== code) current.add(category);
    if (code !== undefined) codes.set(category, code);
    const organ = mention.site?.path[0];
    if (organ !== undefined) organCategories.push([organ, category]);
    const kept = keepsCurrent(tokens, mention, assertion);
    if (kept === 'current') current.add(category);
    if (kept === 'spread') spreadOnly.add(category);
    if (assertion?.assertion === 'history' && OUTCOME_CUES.has(assertion.evidence?.trigger ?? '')) state(category, assertion);
    if (assertion?.assertion === 'history' && !histories.has(category)) histories.set(category, assertion);
    // "Hx stage IIIC melanoma R upper arm - no recurrence on exam/PET": a history whose sentence says no primary is left.
    const gone = assertion?.assertion === 'history' ? cueInSentence(tokens, index, mention.start, PRIMARY_GONE_CUES) : undefined;
    if (gone !== undefined) state(category, { assertion: 'history', evidence: evidenceOf(tokens, gone) });
  });
  statusFieldsBefore(tokens.length);
  for (const [organ, category] of organCategories) if (recurrentOrgans.has(organ)) current.add(category);
  // The categories whose excised primary stays history beside a metastasis treated locally.
  const locallyGone = new Set<string>();
  if (spread && treatments.treatsLocally()) for (const [category, history] of histories) {
    if (!outcomes.has(category)) locallyGone.add(category);
    state(category, history);
  }
  const primaryGone = new Set<string>();
  for (const [category, outcome] of outcomes) {
    const gone = PRIMARY_GONE_CUES.has(outcome?.evidence?.trigger ?? '') || locallyGone.has(category);
    if (((spread || spreadOnly.has(category)) && !gone) || current.has(category)) outcomes.delete(category);
    else if (gone) primaryGone.add(category);
  }
  return { outcomes, primaryGone };
}

/** The readings with each bare mention of a cancer whose outcome the note states made that history. */
export function withStatedOutcomes(
  text: string, tokens: readonly Token[], index: AssertionIndex, subjects: Int32Array, raw: readonly RawMention[], assertions: readonly AssertionResult[],
  categoryOf: (mention: RawMention) => string | undefined, codeOf: (mention: RawMention) => string | undefined,
): AssertionResult[] {
  const { outcomes, primaryGone } = statedOutcomes(text, tokens, index, subjects, raw, assertions, categoryOf, codeOf);
  const stated = outcomes.size === 0 ? [...assertions] : assertions.map((assertion, position): AssertionResult => {
    const mention = raw[position];
    // Only a present reading may change (a bare one, or a spread's), so no other reading asks for its category.
    if (assertion.assertion !== 'present' || mention === undefined || !ownMalignancy(mention) || mention.remission === true) return assertion;
    const category = categoryOf(mention);
    const outcome = category === undefined ? undefined : outcomes.get(category);
    if (outcome === undefined) return assertion;
    // "metastatic melanoma to brain" of a primary stated gone: the primary is the former site, its spread a secondary of its own.
    const spreadOfGone = primaryGone.has(category ?? '') && keepsCurrent(tokens, mention, assertion) === 'spread';
    // Round 23: "PMH: rectal ca as above" points to the cancer the note states finished; its pointer is no course of its own.
    const pointer = assertion.active === true && assertion.treated !== true && pointsBack(tokens, mention.end);
    return bare(assertion) || spreadOfGone || pointer ? { assertion: 'history', evidence: outcome.evidence } : assertion;
  });
  return withCurrentCourses(tokens, index, raw, stated, categoryOf, codeOf);
}

/** How many cues of a mention's sentence after it are read for an outcome. */
const SENTENCE_CUES = 16;

/** Whether the mention's sentence states an outcome after it ("… CAPOX x 6 mo completed 04/2025, NED on surveillance"). */
function outcomeInSentence(tokens: readonly Token[], index: AssertionIndex, start: number): boolean {
  return cueInSentence(tokens, index, start, OUTCOME_CUES) !== undefined;
}

/** The first history cue of `cues` in the mention's sentence after it, among the next `SENTENCE_CUES` cues. */
function cueInSentence(tokens: readonly Token[], index: AssertionIndex, start: number, cues: ReadonlySet<string>): TriggerHit | undefined {
  const sentence = tokens[start]?.sentence;
  const first = lastAtOrBefore(index.hitStarts, index.hitStarts.length, start - 1) + 1;
  for (let position = first; position < Math.min(index.hits.length, first + SENTENCE_CUES); position++) {
    const hit = index.hits[position];
    if (hit === undefined || tokens[hit.start]?.sentence !== sentence) return undefined;
    if (hit.trigger.assertion === 'history' && cues.has(hit.trigger.words)) return hit;
  }
  return undefined;
}

/** History cues that end a phase of treatment ("R-CHOP x6, completed 10/06/2026", "EBRT … (completed 11/14)") and say no more. */
const PHASE_CUES: ReadonlySet<string> = new Set(['completed', 'finished']);

/**
 * The other direction: "Tx: EBRT 45 Gy/25 fx (completed 11/14). HDR boost planned" beside "A/P: cervical SCC" stated plainly.
 * A completed phase of treatment names no outcome (ANNOTATION.md: surgery or a course alone does not show the disease
 * eradicated); when the note names the same cancer (one code in its category) as present with no cue of its own and states
 * no outcome for it, the phase is one of the current disease's course, and its mention is present too (Guideline I.C.2.d).
 */
function withCurrentCourses(
  tokens: readonly Token[], index: AssertionIndex, raw: readonly RawMention[], assertions: readonly AssertionResult[],
  categoryOf: (mention: RawMention) => string | undefined, codeOf: (mention: RawMention) => string | undefined,
): AssertionResult[] {
  const phased = (position: number): boolean => assertions[position]?.assertion === 'history' && PHASE_CUES.has(assertions[position]?.evidence?.trigger ?? '')
    && !outcomeInSentence(tokens, index, raw[position]?.start ?? 0);
  if (!assertions.some((_assertion, position) => phased(position))) return [...assertions];
  const plain = new Set<string>();
  const closed = new Set<string>();
  const codes = new Map<string, string>();
  raw.forEach((mention, position) => {
    const assertion = assertions[position];
    if (!ownMalignancy(mention) || (assertion?.assertion !== 'present' && assertion?.assertion !== 'history')) return;
    const category = categoryOf(mention);
    const code = codeOf(mention);
    if (category === undefined) return;
    // A second code of the category is a second cancer, and an outcome stated for it closes its course.
    if (code !== undefined && (codes.get(category) ?? code) !== code) closed.add(category);
    if (code !== undefined) codes.set(category, code);
    if (assertion?.assertion === 'history' && OUTCOME_CUES.has(assertion.evidence?.trigger ?? '')) closed.add(category);
    if (bare(assertion)) plain.add(category);
  });
  return assertions.map((assertion, position) => {
    const mention = raw[position];
    const category = mention !== undefined && phased(position) && ownMalignancy(mention) ? categoryOf(mention) : undefined;
    return category !== undefined && plain.has(category) && !closed.has(category) ? { assertion: 'present' } : assertion;
  });
}
