import { pastAdjectiveOf } from './pastAdjective';
import { settleRelativeExclusion } from './relativeExclusion';
import type { TriggerHit } from './assertionScope';
import type { Assertion, SectionKind } from './model';
import { concludedInPathology, typedMetastasisSource } from './pathologyConclusion';
import { concludesTissueResult } from './tissueResult';
import { settleFearedReturn } from './fearedReturn';
import { settleNearerHedge } from './nearerHedge';
import { firstInSentenceAfter } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * Where two cues reach one mention and the usual priority would read it wrongly: a weak cue gives way to
 * a history cue ("h/o colon cancer, surveillance colonoscopy"), and a hedge right after the mention
 * outranks a history lead before it ("Hx of colon cancer 2018 - adrenal metastasis considered less
 * likely": the history lead names the old cancer, the hedge is the metastasis's own).
 */
export function settleConflicts(tokens: readonly Token[], found: Map<Assertion, TriggerHit>, start: number, end = start, section?: SectionKind): void {
  deniedRecurrenceAtSite(tokens, found, end);
  // "worried about the cancer coming back", "asked whether this means the cancer is back": a feared return is uncertain (fearedReturn.ts).
  settleFearedReturn(tokens, found, start, end);
  // "overlaps with APL, which is excluded by FISH": the relative clause's denial is the mention's own (relativeExclusion.ts).
  settleRelativeExclusion(tokens, found, end);
  // "no liver lesions, …, subtle peritoneal nodularity - carcinomatosis cannot be excluded": the hedge after the item is its own (nearerHedge.ts).
  settleNearerHedge(tokens, found, start, end);
  const concluded = found.get('uncertain');
  // "Bone marrow bx: normocellular, no reticulin fibrosis, c/w ET": the conclusion opens its own clause and ends the denial's
  // scope even where the tissue makes it a diagnosis rather than a hedge, so the clause is weighed before the hedge is dropped.
  const ownClause = hedgeOpensOwnClause(tokens, found.get('negated'), concluded, start);
  if (concluded?.trigger.tissueConclusion === true && concludedOnTissue(tokens, concluded.start, end, section)) found.delete('uncertain');
  if (ownClause) found.delete('negated');
  if (deniedInCondition(tokens, found.get('hypothetical'), found.get('negated'))) found.delete('negated');
  const doubt = denialTakenBack(tokens, found.get('negated'));
  if (doubt !== undefined) {
    found.delete('negated');
    found.set('uncertain', doubt);
  }
  // "make sure your brothers are screened, as they have a higher risk of colon cancer": a risk or a screening between the
  // relatives and the diagnosis is the relatives' risk, not their disease (ConText: the nearer trigger wins); no Z80.
  const relatives = found.get('family');
  const risk = found.get('hypothetical');
  if (relatives !== undefined && risk !== undefined && relatives.end <= risk.start && risk.end <= start) found.delete('family');
  // "d/w pt + daughter, both agree to stop breast cancer screening": a screening named right after the diagnosis is its object,
  // nearer than the relative before it.
  if (relatives !== undefined && risk !== undefined && relatives.end <= start && risk.start > start && SCREENINGS.has(risk.trigger.words)) found.delete('family');
  const history = found.get('history');
  if (history === undefined) return;
  // "personal history of DCIS and your mother's history", "Personal hx melanoma + FHx melanoma": the patient's own history
  // lead before the mention is nearer its object than a relative named after it (ConText: the nearer trigger wins).
  if (history.end <= start && (found.get('family')?.start ?? -1) > start) found.delete('family');
  // "asked if this is related to her old cancer - pt has hx of endometrial ca": a history lead between a condition and the
  // mention names its own object, the past cancer, which the condition before it does not reach.
  const condition = found.get('hypothetical');
  if (condition !== undefined && condition.end <= history.start && history.end <= start) found.delete('hypothetical');
  if (found.get('hypothetical')?.trigger.yieldsToHistory === true) found.delete('hypothetical');
  const hedge = found.get('uncertain');
  // "metastasis from her prior breast cancer (less likely …)": the hedge weighs the source, not the past cancer (pastAdjective.ts).
  if (hedge !== undefined && hedge.start > start && history.end <= start) {
    if (!pastAdjectiveOf(tokens, history, start)) found.delete('history');
  }
  // "Hx of cirrhosis, r/o HCC", "hx of heavy EtOH - r/o HCC": a hedge opening its own clause between the history lead and the
  // mention is the mention's (ConText: the nearer trigger wins); the history lead names the condition before it.
  else if (hedge !== undefined && hedgeOpensClauseAfter(tokens, history, hedge, start)) found.delete('history');
  // "renal mass, likely RCC, on surveillance": a lesion watched while its diagnosis is only likely has no history of that diagnosis.
  else if (hedge !== undefined && history.trigger.words.includes('surveillance')) found.delete('history');
}

/** The marks that close a history lead's clause before a hedge of its own ("Hx of cirrhosis, r/o HCC"). */
const CLAUSE_MARKS = new Set([',', '-', ';']);

/**
 * Whether the hedge stands between the history lead and the mention, a comma, dash or semicolon before it closing the lead's clause.
 * A hedged spread of the old cancer ("hx invasive SCC R ear (Mohs 2023) - r/o metastatic cutaneous SCC to neck") doubts the
 * metastasis only: the cancer it came from keeps its history, so a "metastatic" between the hedge and the mention keeps the lead.
 */
function hedgeOpensClauseAfter(tokens: readonly Token[], history: TriggerHit, hedge: TriggerHit, start: number): boolean {
  if (history.end > hedge.start || hedge.end > start || !CLAUSE_MARKS.has(tokens[hedge.start - 1]?.norm ?? '')) return false;
  for (let position = hedge.end; position < start; position++) if (SPREAD_WORDS.has(tokens[position]?.norm ?? '')) return false;
  return true;
}

/** Words that make the hedged words a spread of the cancer named after them. */
const SPREAD_WORDS = new Set(['metastatic', 'metastasis', 'metastases', 'mets', 'met']);

/** The screenings named after their diagnosis ("breast cancer screening"). */
const SCREENINGS: ReadonlySet<string> = new Set(['screening', 'screen']);

/**
 * "no cortical scalloping, c/w enchondroma", "No mass effect; likely hemangioma": a hedge that opens a
 * clause of its own after a comma, between a negation and the mention, makes the mention the hedge's
 * object (ConText: the nearer trigger of another kind ends the first one's scope there).
 */
function hedgeOpensOwnClause(tokens: readonly Token[], negation: TriggerHit | undefined, hedge: TriggerHit | undefined, start: number): boolean {
  if (negation === undefined || hedge === undefined || negation.end > hedge.start || hedge.end > start) return false;
  const before = tokens[hedge.start - 1]?.norm;
  return before === ',' || before === '-';
}

/** The conditions a denial may be the object of ("if no", "unless there is no"). */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'only if']);

/**
 * "then perioperative FLOT if no peritoneal disease", "induction BCG x6 if no MIBC on re-resection": a denial right after "if" is the
 * condition a plan waits on, a finding not yet made, so the mention is hypothetical (ANNOTATION.md, "Peritoneal disease" of a cancer
 * patient: "a plan conditional on a finding, hypothetical").
 */
function deniedInCondition(tokens: readonly Token[], condition: TriggerHit | undefined, denial: TriggerHit | undefined): boolean {
  if (condition === undefined || denial === undefined || !CONDITIONS.has(condition.trigger.words) || denial.start < condition.end) return false;
  // "resection if he remains without metastatic disease at restaging", "if there is no nodal disease": the condition's subject
  // and verb may stand between "if" and the denial, but no punctuation (a clause of its own).
  if (denial.start - condition.end > CONDITION_SUBJECT_REACH) return false;
  for (let position = condition.end; position < denial.start; position++) if (tokens[position]?.punct !== false) return false;
  return true;
}

/** How many words (a subject and its verb: "he remains", "there is") may stand between "if" and the denial it conditions on. */
const CONDITION_SUBJECT_REACH = 3;

/** How many words after a denial its taking back is looked for ("not identified in these superficial biopsies, but …"). */
const TAKEN_BACK_REACH = 12;
/** The words that set a doubt against the denial before them. */
const CONTRASTS = new Set(['but', 'although', 'though', 'however']);
/** The doubts, as the words after the contrast ("but cannot be excluded", "but not ruled out"). */
const DOUBTS: readonly (readonly string[])[] = [
  ['cannot', 'be', 'excluded'], ['cannot', 'be', 'ruled', 'out'], ['can', 'not', 'be', 'excluded'], ['not', 'excluded'], ['not', 'ruled', 'out'],
  ['cannot', 'be', 'entirely', 'excluded'], ['cannot', 'be', 'completely', 'excluded'],
];

/**
 * "adenocarcinoma not identified in these superficial biopsies, but cannot be excluded": a denial its own sentence takes
 * back to a doubt right after a contrast is a doubt (Guidelines II.H: "cannot be excluded" is uncertain): the doubt, as
 * the hit that decides the mention. Only the words a few places after the denial are read, and only for a denied mention.
 */
function denialTakenBack(tokens: readonly Token[], negation: TriggerHit | undefined): TriggerHit | undefined {
  if (negation === undefined) return undefined;
  const sentence = tokens[negation.start]?.sentence;
  // Only the first contrast is read: the doubt must follow it.
  const index = firstInSentenceAfter(tokens, negation.end, TAKEN_BACK_REACH, sentence, (token) => CONTRASTS.has(token.norm));
  if (index < 0) return undefined;
  const words = DOUBTS.find((doubt) => doubt.every((word, offset) => tokens[index + 1 + offset]?.norm === word));
  if (words === undefined) return undefined;
  return { start: index + 1, end: index + 1 + words.length, trigger: { words: words.join(' '), assertion: 'uncertain', direction: 'post' } };
}

/**
 * Whether a denial stands between a hedge before the mention and the mention ("DWI not c/w abscess, CT w/o primary or
 * mets"): the nearer trigger ends the hedge's scope (ConText), so the denial is not hedged.
 */
export function deniedNearer(hedge: TriggerHit, negation: TriggerHit | undefined, start: number): boolean {
  return negation !== undefined && hedge.end <= negation.start && negation.end <= start;
}

/** The informant's doubt written after what is reported ("Mother - \"some kind of female cancer\", unsure"). */
const INFORMANT_DOUBTS = new Set(['unsure', 'not sure']);

/**
 * Whether a relative's cancer is doubted only in its kind, by the informant's doubt written after it: the cancer itself is
 * reported, so a site-less one is still the family history Z80.9 (a relative's disease stays the relative's, ANNOTATION.md),
 * while a doubt of the cancer itself before it ("Brother - prostate problems, unknown if cancer") leaves no history to code.
 */
export function doubtOfKindOnly(hedge: TriggerHit, assertion: string): boolean {
  return assertion === 'family' && hedge.trigger.direction === 'post' && INFORMANT_DOUBTS.has(hedge.trigger.words);
}

/** The places of a primary's own bed a report denies a recurrence at ("in the prostatectomy bed", "at the anastomosis"). */
const BED_WORDS = new Set(['bed', 'anastomosis', 'cuff', 'cavity', 'zone']);
/** How many words after the mention its bed is looked for ("prostate cancer in the prostatectomy bed"). */
const BED_REACH = 6;

/**
 * "No local recurrence of prostate cancer in the prostatectomy bed": a recurrence denied at a named site is a denial of the tumour
 * there (ANNOTATION.md, "A recurrence at a named site, affirmed or denied, is a mention … The assertion is the words' own"), not
 * the history that "no recurrence of" reads where no site is named ("No evidence of recurrence of her breast cancer").
 */
function deniedRecurrenceAtSite(tokens: readonly Token[], found: Map<Assertion, TriggerHit>, end: number): void {
  const history = found.get('history');
  if (history === undefined || !history.trigger.words.includes('recurrence') || !/^(?:no|without|w\/o)\b/.test(history.trigger.words) || history.end > end) return;
  const sentence = tokens[end - 1]?.sentence;
  const preposition = firstInSentenceAfter(tokens, end, 2, sentence, (token) => token.norm === 'in' || token.norm === 'at' || token.norm === 'within');
  if (preposition < 0 || firstInSentenceAfter(tokens, preposition + 1, BED_REACH, sentence, (token) => BED_WORDS.has(token.norm)) < 0) return;
  found.delete('history');
  if (!found.has('negated')) found.set('negated', { ...history, trigger: { ...history.trigger, assertion: 'negated' } });
}

/** Whether a "c/w" hedge concludes a reading of tissue or cells (`tissueResult.ts`, `pathologyConclusion.ts`), not of an image. */
function concludedOnTissue(tokens: readonly Token[], hedgeStart: number, end: number, section: SectionKind | undefined): boolean {
  return concludesTissueResult(tokens, hedgeStart) || concludedInPathology(tokens, hedgeStart, section) || typedMetastasisSource(tokens, hedgeStart, end);
}
