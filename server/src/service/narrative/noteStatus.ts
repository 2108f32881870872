import type { AssertionIndex, AssertionResult } from './assertion';
import type { SummaryBlock } from './treatmentSummary';
import { summaryCueAt } from './treatmentSummary';
import { evidenceOf } from './assertion';
import { FAVOR_WORDS } from './favorWords';
import { COMPLETED_COURSE_CUES } from './assertionTriggers';
import type { Token } from './tokens';
import type { RawMention } from './rawMention';
import { promoteMatching } from './promotion';

/**
 * What the whole note says about a disease, carried to a mention whose own sentence says too little:
 * - "Colon ca surveillance" stays a surveillance for colon cancer, hypothetical, even after "h/o colon cancer": the
 *   watched-for cancer is what its words name (ANNOTATION.md, hypothetical: "a screening or surveillance *for*"), and the
 *   history mention records the past cancer itself.
 * - A diagnosis that a Past Medical History list makes history by its section alone ("PMH: - CLL -
 *   followed by heme/onc") is the current disease when the note documents the same disease as present
 *   elsewhere ("CLL, untreated, watch and wait"): a PMH list names what the patient has had, and the
 *   note's own account of it decides whether it is over (Guideline I.C.2.d).
 * - A cancer the note calls recurrent ("Recurrent high-grade urothelial carcinoma of the bladder") is not
 *   history in the mentions that call its first course completed: it came back (Guideline I.C.2.d).
 * - A lymphoma, leukaemia or myeloma in remission that the note also calls cured ("DLBCL 2011 (cured)") is
 *   history in every mention: cured says the disease is gone (ANNOTATION.md, "Remission and cure in one note").
 * Each mention's category (its code's first three characters as if present) is computed once.
 */
export function withNoteStatus(
  raw: readonly RawMention[], assertions: readonly AssertionResult[], categoryOf: (mention: RawMention) => string | undefined,
  calledCured: (mention: RawMention) => boolean, tokens: readonly Token[],
): AssertionResult[] {
  const remitted = raw.some((mention, index) => mention.remission === true && assertions[index]?.assertion === 'present');
  // Which present mentions the text calls recurrent, read once per mention.
  const calledBack = raw.map((mention, index) => assertions[index]?.assertion === 'present' && calledRecurrent(tokens, mention.start));
  const recurred = calledBack.includes(true);
  if (!remitted && !recurred && !assertions.some(isSectionHistory)) return [...assertions];
  const present = new Set<string>();
  const cured = new Set<string>();
  const recurrent = new Set<string>();
  const categories = raw.map((mention, index) => {
    // Only present and history mentions take part below: the others are not coded as if present.
    if (!takesPart(assertions[index])) return undefined;
    const category = categoryOf(mention);
    const assertion = assertions[index]?.assertion;
    if (category !== undefined && assertion === 'history' && remitted && calledCured(mention)) cured.add(category);
    if (category !== undefined && assertion === 'present') present.add(category);
    if (category !== undefined && calledBack[index] === true) recurrent.add(category);
    return category;
  });
  return assertions.map((assertion, index) => {
    const category = categories[index];
    if (category === undefined) return assertion;
    // ANNOTATION.md "Remission and cure in one note": cured is the stronger statement, so every mention is history.
    if (raw[index]?.remission === true && assertion.assertion === 'present' && cured.has(category)) return { assertion: 'history' };
    if (isSectionHistory(assertion) && present.has(category)) return { assertion: 'present' };
    // "HPI: high-grade NMIBC … BCG (completed 03/2026)" then "A/P: Recurrent high-grade urothelial carcinoma": the disease came back, so it is not history.
    if (assertion.assertion === 'history' && recurrent.has(category)) return { assertion: 'present' };
    return assertion;
  });
}

/** Words that call a present cancer a recurrence of the disease ("Recurrent high-grade urothelial carcinoma", "relapsed DLBCL"). */
const CALLED_RECURRENT_WORDS = new Set(['recurrent', 'relapsed', 'recurrence', 'recurred']);
/** How many words before a mention may call it recurrent ("Recurrent high-grade urothelial carcinoma"). */
const RECURRENCE_REACH = 3;

function calledRecurrent(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  for (let position = start - 1; position >= Math.max(0, start - RECURRENCE_REACH); position--) {
    if (tokens[position]?.sentence !== sentence) return false;
    if (CALLED_RECURRENT_WORDS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}

/** Whether a mention's category can matter to the note's status: a present or history mention. */
function takesPart(assertion: AssertionResult | undefined): boolean {
  return assertion !== undefined && (assertion.assertion === 'present' || assertion.assertion === 'history');
}

/** History by the section's default alone, with no cue of its own. */
function isSectionHistory(assertion: AssertionResult): boolean {
  return assertion.assertion === 'history' && assertion.evidence === undefined;
}

/**
 * A malignancy in a completed treatment summary ("DX: melanoma … TX: …, COMPLETED") with no cue of its
 * own is history, by the summary's completion cue (see `treatmentSummary.ts`).
 */
export function historyIfSummarised(
  tokens: readonly Token[], mention: RawMention, assertion: AssertionResult, summaries: readonly SummaryBlock[],
): AssertionResult {
  const malignant = mention.unspecifiedSite !== true && (mention.column === 'primary' || mention.column === 'secondary' || mention.morphology?.code.startsWith('C') === true);
  const cue = summaryCueAt(summaries, mention.start);
  if (cue === undefined || !malignant || assertion.assertion !== 'present' || assertion.evidence !== undefined) return assertion;
  return { assertion: 'history', evidence: evidenceOf(tokens, cue) };
}

/** How many cues of a sentence are read for "cured". */
const CURED_LOOK = 24;

/**
 * Whether the sentence of the token at `start`, or the clause after it ("…, 1988 - ABVD; cured"), calls a disease cured (cues
 * from `firstHit` on); with `ownSentence`, only the mention's own sentence ("prior DLBCL … in CR since 2014, considered cured").
 */
export function sentenceSaysCured(tokens: readonly Token[], index: AssertionIndex, firstHit: number, start: number, ownSentence = false): boolean {
  const sentence = tokens[start]?.sentence;
  const last = sentence === undefined ? -1 : sentence + (ownSentence ? 0 : 1);
  for (let position = firstHit; position < Math.min(index.hits.length, firstHit + CURED_LOOK); position++) {
    const hit = index.hits[position];
    const hitSentence = hit === undefined ? undefined : tokens[hit.start]?.sentence;
    if (hit === undefined || hitSentence === undefined || sentence === undefined || hitSentence > last) return false;
    if (hitSentence >= sentence && hit.trigger.words === 'cured') return true;
  }
  return false;
}

/**
 * "CURRENT STATUS: early relapse … #AML in relapse", "Relapsed CLL, now in remission": a leukaemia,
 * lymphoma or myeloma whose remission or relapse the note states once has that status in every present
 * mention of it (ANNOTATION.md: the remission code applies to every mention; Tabular C81–C96 fifth and
 * sixth characters), its history mentions included ("hx" or "remote" ones, d09). When the note's mentions of the disease disagree, the
 * status stated last is the disease's now: "first marrow relapse of AML … -> CR2 … AML in second complete remission" is in remission in
 * every mention, the relapse's own included (ANNOTATION.md: the relapse code holds only "not since in remission"; Index: Leukemia, myeloid,
 * acute, in remission C92.01).
 */
export function withCarriedStatus(
  raw: readonly RawMention[], assertions: readonly AssertionResult[], categoryOf: (mention: RawMention) => string | undefined,
  calledNew: (mention: RawMention) => boolean,
): { raw: RawMention[]; assertions: AssertionResult[] } {
  if (!raw.some((mention) => mention.remission === true || mention.relapse === true)) return { raw: [...raw], assertions: [...assertions] };
  const statuses = latestStatuses(raw, assertions, categoryOf);
  const carried = raw.map((mention, index) => {
    const assertion = assertions[index] ?? { assertion: 'present' };
    const category = categoryOf(mention);
    const status = category === undefined ? undefined : statuses.get(category);
    if (status !== undefined && mention.relapse === true && mention.remission !== true && status.includes('remission') && assertion.assertion === 'present') {
      return { mention: { ...mention, remission: true, relapse: undefined }, assertion };
    }
    if (mention.remission === true || mention.relapse === true || status === undefined) return { mention, assertion };
    // A hedged mention of a disease the note documents in relapse is coded as if it existed (Guidelines II.H), so as that relapse
    // ("new FDG-avid rib lesion, likely myeloma" of a relapsed myeloma: C90.02, uncertain; ANNOTATION.md, relapse in one note).
    if (assertion.assertion === 'uncertain' && status === '|relapse') return { mention: { ...mention, relapse: true }, assertion };
    // So is a hedged mention of a disease the note documents in remission: the hedge is on something said of it, its cause or
    // its type ("AML in CR1 … radiation-associated AML less likely": C92.01, uncertain), unless its sentence calls the lesion
    // new, which doubts a relapse rather than the disease in remission ("new rib lesion, likely myeloma").
    if (assertion.assertion === 'uncertain' && status === 'remission|' && !calledNew(mention)) return { mention: { ...mention, remission: true }, assertion };
    if (assertion.assertion !== 'present' && assertion.assertion !== 'history') return { mention, assertion };
    // A history mention of a disease now in remission or relapse is that disease ("CLL dx 2019, treated with VenO").
    const flags = { ...(status.includes('remission') ? { remission: true } : {}), ...(status.includes('relapse') ? { relapse: true } : {}) };
    return { mention: { ...mention, ...flags }, assertion: { assertion: 'present' } as AssertionResult };
  });
  return { raw: carried.map((entry) => entry.mention), assertions: carried.map((entry) => entry.assertion) };
}

/** The status each haematologic category's present mentions state last in the note (the mentions are in text order). */
function latestStatuses(
  raw: readonly RawMention[], assertions: readonly AssertionResult[], categoryOf: (mention: RawMention) => string | undefined,
): Map<string, string> {
  const statuses = new Map<string, string>();
  raw.forEach((mention, index) => {
    if (assertions[index]?.assertion !== 'present' || (mention.remission !== true && mention.relapse !== true)) return;
    const category = categoryOf(mention);
    if (category !== undefined && HAEMATOLOGIC.test(category)) statuses.set(category, statusOf(mention));
  });
  return statuses;
}

/** The categories with remission and relapse codes: lymphomas, leukaemias and myeloma (C81–C96). */
const HAEMATOLOGIC = /^C(?:8[1-9]|9[0-6])$/;

function statusOf(mention: RawMention): string {
  return `${mention.remission === true ? 'remission' : ''}|${mention.relapse === true ? 'relapse' : ''}`;
}

/**
 * "=> MDS with isolated del(5q) (MDS-5q) … therapy-related MDS considered - favor de novo MDS-5q": a
 * "favor" weighing two readings of a disease that an earlier mention states plainly (present, no cue)
 * leaves that disease established (ANNOTATION.md: "consistent with" or "favor" makes a diagnosis
 * uncertain only when the text does not establish it otherwise). The same code must be established
 * before the hedge.
 */
export function withEstablishedDiagnoses(
  raw: readonly RawMention[], assertions: readonly AssertionResult[], codeOf: (mention: RawMention) => string | undefined,
): AssertionResult[] {
  const lastWeighing = lastIndexOf(assertions, weighing);
  if (lastWeighing < 0) return [...assertions];
  const established = new Set<string>();
  return assertions.map((assertion, index) => {
    // Only a plain present mention before the last hedge, or a hedge, needs its code: the others neither establish nor weigh.
    const needed = index <= lastWeighing && ((assertion.assertion === 'present' && assertion.evidence === undefined) || weighing(assertion));
    const mention = needed ? raw[index] : undefined;
    const code = mention === undefined ? undefined : codeOf(mention);
    if (code === undefined || mention === undefined) return assertion;
    if (assertion.assertion === 'present' && assertion.evidence === undefined) established.add(code).add(`${code}|${mention.histology?.words ?? ''}`);
    return weighing(assertion) && established.has(weighedKey(mention, code)) ? { assertion: 'present' } : assertion;
  });
}

/**
 * What must be established for a weighed reading to be read as established: a morphology's code ("favor de novo MDS-5q"), but a
 * solid tumour's subtype by its own words too: "Non-small cell carcinoma, favor adenocarcinoma" weighs a subtype the plain
 * "Non-small cell carcinoma" does not establish, though the Table gives both one code (the favoured reading stays uncertain).
 */
function weighedKey(mention: RawMention, code: string): string {
  return mention.morphology === undefined && mention.histology !== undefined ? `${code}|${mention.histology.words}` : code;
}

function lastIndexOf(assertions: readonly AssertionResult[], test: (assertion: AssertionResult) => boolean): number {
  for (let index = assertions.length - 1; index >= 0; index--) if (test(assertions[index] as AssertionResult)) return index;
  return -1;
}

/** An assertion hedged by a "favor" word (`favorWords.ts`), which weighs readings of an established disease, not its existence. */
function weighing(assertion: AssertionResult): boolean {
  return assertion.assertion === 'uncertain' && FAVOR_WORDS.has(assertion.evidence?.trigger ?? '');
}

/**
 * History leads that name a past event of a disease, which for a metastasis need not mean the cancer is gone; and a
 * deposit resolved while its cancer is still there and treated ("Continued partial response …; resolution of the segment 7
 * hepatic metastasis").
 */
const HISTORY_LEADS = new Set(['hx of', 'history of', 'h/o', 'prior', 'previous', 'resolution of', 'interval resolution of', 'resolved']);

/**
 * "Stage IV NSCLC … on osimertinib. Hx of brain metastases s/p SRS": a metastasis is part of its cancer, so while the
 * note states a malignancy plainly (present, no cue of its own) a "history of" its spread is that cancer's, still
 * present (Guideline I.C.2.d: Z85 only once the malignancy is eradicated and no longer treated). So is a site-less
 * "malignancy" that a past-history list holds by its section alone ("PMH: … DVT 6/2026 in setting of malignancy"
 * beside "multiple myeloma on daratumumab"): it names the current cancer, not a Z85.9 history of another (a site-less
 * present cancer is no mention of its own).
 */
export function withTreatedMetastases(raw: readonly RawMention[], assertions: readonly AssertionResult[]): AssertionResult[] {
  const standing = raw.some((mention, index) => assertions[index]?.assertion === 'present' && assertions[index]?.evidence === undefined && malignantPrimary(mention));
  if (!standing) return [...assertions];
  return assertions.map((assertion, index) => {
    const mention = raw[index];
    const spread = mention?.column === 'secondary' && assertion.assertion === 'history' && HISTORY_LEADS.has(assertion.evidence?.trigger ?? '');
    const restated = mention?.unspecifiedSite === true && mention.column === 'primary' && assertion.assertion === 'history' && assertion.evidence === undefined;
    return spread || restated ? { assertion: 'present' } : assertion;
  });
}

function malignantPrimary(mention: RawMention): boolean {
  return mention.unspecifiedSite !== true && (mention.column === 'primary' || (mention.column !== 'secondary' && mention.morphology?.code.startsWith('C') === true));
}

/**
 * Sections that name a disease with no status of their own: a problem list, and the chief complaint or reason for the
 * visit ("CC: thyroid ca f/u"); the note's account of the disease decides it (`withProblemListHistory`).
 */
const STATUSLESS_SECTIONS: ReadonlySet<string | undefined> = new Set(['problem-list', 'chief-complaint']);

/**
 * Whether a plain mention names its disease with no status of its own: in a statusless section, or a malignancy named in
 * the history of present illness ("referred with endometrial ca at 43" before "PMH: … TLH/BSO 3/2026, NED"), whose
 * status the note's account of it gives. An in-situ or benign lesion there may be one of several and keeps its own.
 */
export function statusless(kind: string | undefined, mention: RawMention): boolean {
  return STATUSLESS_SECTIONS.has(kind) || (kind === 'hpi' && mention.column === 'primary' && mention.unspecifiedSite !== true);
}

/**
 * "Problem List: 1. Malignant neoplasm of sigmoid colon (C18.7)" above "completed adjuvant CAPOX … No evidence of
 * disease since" and "Hx of sigmoid colon adenocarcinoma, NED": a problem-list entry carries no status of its own, and
 * the note's account of the disease decides it (Guideline I.C.2.d). When every other mention of its category is a
 * history read from a cue, and none is present, the entry is that history.
 */
export function withProblemListHistory(
  raw: readonly RawMention[], assertions: readonly AssertionResult[], inProblemList: (mention: RawMention) => boolean, categoryOf: (mention: RawMention) => string | undefined,
): AssertionResult[] {
  const listed = raw.map((mention, index) => assertions[index]?.assertion === 'present' && assertions[index]?.evidence === undefined && inProblemList(mention));
  if (!listed.some(Boolean)) return [...assertions];
  const history = new Set<string>();
  const present = new Set<string>();
  raw.forEach((mention, index) => {
    if (listed[index] === true) return;
    const category = categoryOf(mention);
    const assertion = assertions[index];
    if (category === undefined || assertion === undefined) return;
    if (assertion.assertion === 'history' && assertion.evidence !== undefined) history.add(category);
    if (assertion.assertion === 'present') present.add(category);
  });
  return assertions.map((assertion, index) => {
    const mention = raw[index];
    const category = listed[index] === true && mention !== undefined ? categoryOf(mention) : undefined;
    return category !== undefined && history.has(category) && !present.has(category) ? { assertion: 'history' } : assertion;
  });
}

/**
 * History leads that only label a disease as the patient's past ("Hx of breast cancer", "PMH significant for"), as
 * against cues that state it eradicated ("NED", "completed adjuvant …", "no recurrence").
 */
const LABELLING_LEADS = new Set([
  'hx of', 'history of', 'h/o', 'hx', 'history', 'prior', 'previous', 'personal history of', 'past history of', 'pmh of', 'pmhx of',
  'history significant for', 'history notable for', 'history remarkable for', 'history includes', 'history including',
  'pmh significant for', 'pmh notable for', 'pmh remarkable for', 'pmh includes', 'pmhx significant for', 'hx significant for', 'hx notable for',
]);

/**
 * "Hx of breast cancer - Z85.3 [L breast IDC …]" in a problem list and "Breast ca, L, on adjuvant anastrozole yr 3/5" in
 * the plan: a cancer still treated is current (Guideline I.C.2.d: Z85 only when no further treatment is directed to the
 * site), so a mention the note only labels as history is present when a treatment given now reaches another mention of
 * the same code, or when the note's Medications list holds a drug given only against its cancer (`onMedication`,
 * medicationList.ts: "PMH: breast cancer 2019" beside "Meds: … anastrozole 1 mg daily"). A history the text states as
 * eradicated (NED, completed …) keeps its own cue.
 */
export function withOngoingTreatment(
  raw: readonly RawMention[], assertions: readonly AssertionResult[], codeOf: (mention: RawMention) => string | undefined,
  onMedication: (mention: RawMention) => boolean = () => false,
): AssertionResult[] {
  const promoted = promoteMatching(raw, assertions, {
    collects: (_mention, assertion) => assertion.treated === true,
    promotes: (_mention, assertion) => labelledHistory(assertion),
    keyOf: codeOf,
  });
  // A drug in the Medications list promotes a labelled history by itself, with no other mention to match; a mention the
  // treatment already promoted is present, so it is not asked again.
  return promoted.map((assertion, index) => {
    const mention = raw[index];
    return mention !== undefined && labelledHistory(assertion) && onMedication(mention) ? { assertion: 'present' } : assertion;
  });
}

/** A history the note only labels, or whose one completed course leaves room for another treatment given now ("prostate cancer s/p RT 2020"). */
function labelledHistory(assertion: AssertionResult): boolean {
  const cue = assertion.evidence?.trigger;
  return assertion.assertion === 'history' && (cue === undefined || LABELLING_LEADS.has(cue) || COMPLETED_COURSE_CUES.has(cue));
}

/**
 * "Pt asked if this is related to her old cancer - pt has hx of endometrial ca": a site-less cancer told as history in a
 * sentence that names the patient's sited history malignancy is that one restated, not a Z85.9 of another; it is read as
 * the plain restatement it is (a site-less present cancer is no mention of its own).
 */
export function withRestatedHistories(tokens: readonly Token[], raw: readonly RawMention[], assertions: readonly AssertionResult[]): AssertionResult[] {
  return promoteMatching(raw, assertions, {
    collects: (mention, assertion) => assertion.assertion === 'history' && malignantPrimary(mention),
    promotes: (mention, assertion) => mention.unspecifiedSite === true && mention.column === 'primary' && assertion.assertion === 'history' && definite(tokens, mention.start),
    keyOf: (mention) => tokens[mention.start]?.sentence ?? -1,
  });
}

/** Words that make a site-less cancer one already known ("her old cancer", "the cancer"), not a new item ("Cancer: [x] Yes"). */
const DEFINITE_WORDS: ReadonlySet<string> = new Set(['her', 'his', 'my', 'their', 'the']);

function definite(tokens: readonly Token[], start: number): boolean {
  return DEFINITE_WORDS.has(tokens[start - 1]?.norm ?? '') || DEFINITE_WORDS.has(tokens[start - 2]?.norm ?? '');
}
