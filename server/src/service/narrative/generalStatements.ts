import { cueBeforeOver } from './sentenceWindow';
import type { TokenTest } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "RCC is relatively radioresistant", "CLL is usually indolent", "(note: PSTT secretes little hCG)",
 * "hepatoblastoma assoc. w/ prematurity": a bare disease name opening its clause, followed by a copula and a word that
 * describes the disease class, or by a verb of its biology, explains the disease as a textbook would and diagnoses no one
 * (ANNOTATION.md, round 14: "A statement about a disease in general is not a mention"). The patient's own disease written
 * so ("his RCC is stable", "lymphoma is curable" weighed for this patient) has a determiner or no class word and stays.
 */

/**
 * Words after "<disease> is" that describe the disease class, not this patient's tumour. "Malignant pheochromocytoma is rare in
 * MEN2" gives how often the disease occurs among all patients (round 25), so "rare" and "uncommon" describe the class too.
 */
const CLASS_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'relatively', 'usually', 'typically', 'generally', 'often', 'rarely', 'commonly', 'classically', 'frequently', 'historically',
  'rare', 'uncommon',
]);
/** Verbs of a disease's biology after its bare name ("PSTT secretes little hCG", "hepatoblastoma assoc. w/ BWS"). */
const BIOLOGY_VERBS: ReadonlySet<string> = new Set(['secretes', 'assoc', 'tends']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are']);
/** Marks that may open the clause a bare disease name begins ("reassured; hepatoblastoma …", "(note: PSTT …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['-', ':', '(', ';']);

/**
 * "MIS = earliest stage melanoma", "DCIS is stage 0 breast cancer", "BCC is a type of skin cancer": the words that place a term in
 * its disease class, read backwards from the disease (ANNOTATION.md: a definition of a disease's terms is no mention; the term
 * defined keeps its own entry). "Early stage" is left out: "her cancer is early stage breast cancer" describes the patient's.
 */
const DEFINING_PHRASES: readonly (readonly string[])[] = [['earliest', 'stage'], ['stage', '0'], ['a', 'type', 'of'], ['a', 'form', 'of'], ['a', 'kind', 'of']];
/** The links between a term and its definition. */
const DEFINING_LINKS: ReadonlySet<string> = new Set(['=', 'is', 'means']);

/**
 * Whether the disease words starting at `start` are the class a term is defined as ("= earliest stage melanoma"). Loops, not
 * `some` and `every` with closures: it is asked at every anchor, and the closures' contexts were allocated on each call.
 */
function definesTerm(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  for (const phrase of DEFINING_PHRASES) if (definedBy(tokens, start, sentence, phrase)) return true;
  return false;
}

/** Whether `phrase` ends right before `start`, after a defining link in the same sentence. */
function definedBy(tokens: readonly Token[], start: number, sentence: number | undefined, phrase: readonly string[]): boolean {
  const link = tokens[start - phrase.length - 1];
  if (link === undefined || link.sentence !== sentence || !DEFINING_LINKS.has(link.norm)) return false;
  for (let offset = 0; offset < phrase.length; offset++) if (tokens[start - phrase.length + offset]?.norm !== phrase[offset]) return false;
  return true;
}

/**
 * "CLL pts have ~2-8x risk of skin cancer", "breast cancer survivors": a disease name before a plural noun of people names a group of
 * patients, so the clause speaks of everyone with that disease and diagnoses no one (ANNOTATION.md, round 14: "A statement about a
 * disease in general is not a mention"). The singular ("72M lymphoma pt") is this patient and stays.
 */
export const PATIENT_GROUPS: ReadonlySet<string> = new Set(['pts', 'patients', 'survivors']);

/**
 * "suspicious for RCC rather than metastasis, which would be atypical for colorectal cancer", "unusual for a breast primary": a
 * finding weighed against what a disease usually does names the disease's behaviour in general, not a diagnosis (ANNOTATION.md,
 * round 14: "A statement about a disease in general is not a mention").
 */
const BEHAVIOUR_LEADS: ReadonlySet<string> = new Set(['atypical', 'unusual', 'uncommon', 'unexpected', 'uncharacteristic']);

/** Whether the disease words at `start` follow "atypical for", "unusual for", "uncommon in" (an article may stand between). */
function weighedAgainstBehaviour(tokens: readonly Token[], start: number): boolean {
  const article = tokens[start - 1]?.norm === 'a' || tokens[start - 1]?.norm === 'an' ? 1 : 0;
  const preposition = tokens[start - 1 - article];
  const lead = tokens[start - 2 - article];
  return preposition !== undefined && (preposition.norm === 'for' || preposition.norm === 'of' || preposition.norm === 'in')
    && lead !== undefined && lead.sentence === tokens[start]?.sentence && BEHAVIOUR_LEADS.has(lead.norm);
}

/**
 * "GBM very rarely spreads outside the brain", "sporadic ileal NETs are usually not hereditary", "HPV-associated cancers of the
 * oropharynx generally carry a favorable prognosis", "Merkel cell carcinoma is known to be …": a disease name followed, within its
 * own words, by an adverb of how often the disease does something, or by "is known to", speaks of every case of the disease
 * (ANNOTATION.md, round 14: "A statement about a disease in general is not a mention"). A possessive or demonstrative before the
 * name ("her GBM usually …", "this tumor typically …") makes it the patient's, and stays.
 */
const FREQUENCY_ADVERBS: ReadonlySet<string> = new Set(['usually', 'typically', 'generally', 'rarely', 'commonly', 'seldom', 'frequently', 'classically']);
/** Words that make the disease after them the patient's own or one already named. */
export const OWNING_WORDS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'your', 'my', 'our', 'this', 'that', 'these', 'those', 'the']);
/** How many words after the disease name may stand before its frequency adverb ("cancers of the oropharynx generally"). */
const FREQUENCY_REACH = 4;

/** Whether a frequency adverb, or "is known to", follows the disease words `[start, end)` within their clause. */
function describedByFrequency(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]?.sentence;
  const before = tokens[start - 1];
  if (before !== undefined && before.sentence === sentence && OWNING_WORDS.has(before.norm)) return false;
  for (let index = end; index <= end + FREQUENCY_REACH; index++) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence || !isWord(token.norm)) return false;
    if (FREQUENCY_ADVERBS.has(token.norm)) return true;
    if (token.norm === 'known' && COPULAS.has(tokens[index - 1]?.norm ?? '') && tokens[index + 1]?.norm === 'to') return true;
  }
  return false;
}

/**
 * Whether a token is a word (letters first), not punctuation that closes the disease's clause; shared with the class and
 * presumption statements (`classStatements.ts`, `presumptiveConditions.ts`).
 */
export function isWord(norm: string): boolean {
  const first = norm.charCodeAt(0);
  return first >= 97 && first <= 122;
}

/**
 * "Per NCCN, GIST >=2 cm -> resection recommended", "Per NCCN, KRAS-mutant tumors are not expected to benefit": a disease that
 * opens the clause a guideline's name leads quotes the guideline's threshold for every such tumour (ANNOTATION.md, round 18: "A
 * guideline's threshold quoted as the reason for a plan is a statement about the disease in general"). The patient's own
 * findings named after a guideline with a colon ("Per ASCCP 2019 risk-based guidelines: … CIN 3 + positive ECC -> excision")
 * or with a possessive ("Per NCCN, her stage IIIA NSCLC …") stay.
 */
const GUIDELINE_BODIES: ReadonlySet<string> = new Set(['nccn', 'asco', 'esmo', 'sgo', 'aua', 'acr', 'asccp', 'astro', 'uspstf', 'acog', 'esgo', 'guidelines', 'guideline']);
/** How many words (a mutation's name, a grade) may stand between the guideline's comma and the disease. */
const GUIDELINE_SUBJECT_REACH = 3;

const isComma: TokenTest = (token) => token.norm === ',';
const isNotOwning: TokenTest = (token) => !OWNING_WORDS.has(token.norm);

/** Whether the disease at `start` opens the clause after "Per <guideline body>,", with no owning word between. */
function quotesGuideline(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  const comma = cueBeforeOver(tokens, start, GUIDELINE_SUBJECT_REACH + 1, sentence, isComma, isNotOwning);
  return comma >= 0 && GUIDELINE_BODIES.has(tokens[comma - 1]?.norm ?? '') && tokens[comma - 2]?.norm === 'per' && tokens[comma - 2]?.sentence === sentence;
}

/** Whether the disease words at tokens `[start, end)` open a statement about the disease in general. */
export function statesDiseaseInGeneral(tokens: readonly Token[], start: number, end: number): boolean {
  if (definesTerm(tokens, start) || weighedAgainstBehaviour(tokens, start) || quotesGuideline(tokens, start)
    || describedByFrequency(tokens, start, end)) return true;
  const sentence = tokens[start]?.sentence;
  const next = tokens[end];
  if (next === undefined || next.sentence !== sentence) return false;
  if (PATIENT_GROUPS.has(next.norm)) return true;
  const before = tokens[start - 1];
  if (before !== undefined && before.sentence === sentence && !CLAUSE_OPENERS.has(before.norm)) return false;
  if (BIOLOGY_VERBS.has(next.norm)) return true;
  const after = tokens[end + 1];
  return COPULAS.has(next.norm) && after !== undefined && after.sentence === sentence && CLASS_DESCRIPTIONS.has(after.norm);
}
