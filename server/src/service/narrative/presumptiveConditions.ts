import { possessiveOwner } from './charCodes';
import { OWNING_WORDS as GENERAL_OWNING_WORDS, isWord } from './generalStatements';
import type { Token } from './tokens';

/**
 * A compensation programme's presumption is law, not a diagnosis (round 24, occupational and environmental exposure notes).
 * Two shapes name diseases that diagnose no one (ANNOTATION.md: a statement about a disease in general is not a mention):
 * a disease said to be a presumptive condition ("Prostate cancer is a presumptive condition for herbicide-exposed Veterans
 * (38 CFR 3.309(e))", "Kidney cancer and non-Hodgkin lymphoma are presumptive conditions for Camp Lejeune service",
 * "Glioblastoma is a presumptive malignancy under the PACT Act"), which states what the regulation covers; and the statute's
 * list quoted in a parenthesis after its name ("among the presumptive cancers enumerated in statute (testicular,
 * mesothelioma, non-Hodgkin lymphoma, …)"). The claimant's own disease is written elsewhere in the note, and a list the
 * examiner answers for the claimant ("Other presumptives reviewed: CLL, multiple myeloma and bladder cancer not diagnosed")
 * is no parenthesis after a statute's class noun and stays.
 */

/** The words that make a class of diseases the law's: a presumption, or a statute's own list. */
const PRESUMPTION_WORDS: ReadonlySet<string> = new Set(['presumptive', 'enumerated', 'specified', 'covered', 'listed']);
/** The class nouns such a list or statement names ("presumptive conditions", "specified cancers"). */
const CLASS_NOUNS: ReadonlySet<string> = new Set([
  'condition', 'conditions', 'cancer', 'cancers', 'malignancy', 'malignancies', 'disease', 'diseases', 'illness', 'illnesses', 'presumptives',
]);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/**
 * Words that make the disease the claimant's own ("his prostate cancer is a presumptive condition" is his): the owning words of
 * `generalStatements.ts`, but for "that", which before such a clause is most often the conjunction that reports the law ("the
 * examiner notes that prostate cancer is a presumptive condition"), not a demonstrative.
 */
const OWNING_WORDS: ReadonlySet<string> = new Set([...GENERAL_OWNING_WORDS].filter((word) => word !== 'that'));
/** Only words that join diseases ("Kidney cancer and non-Hodgkin lymphoma are …") may stand between a disease and its copula. */
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', ',', '/', '&']);
/** How many tokens after the disease the copula may stand (another disease joined to it). */
const SUBJECT_REACH = 8;
/** How many tokens back from the disease the list's parenthesis may open (a statute lists a dozen cancers). */
const LIST_REACH = 40;
/** How many tokens before the parenthesis the presumption's words may stand ("presumptive cancers enumerated in statute ("). */
const LEAD_REACH = 6;

/** Whether the disease words `[start, end)` name a presumptive condition or an item of a statute's list of them. */
export function namesPresumptiveCondition(tokens: readonly Token[], start: number, end: number): boolean {
  return saidPresumptive(tokens, start, end) || inStatuteList(tokens, start) || presumptiveClass(tokens, start, end);
}

/**
 * Whether the words are the class a disease is said to belong to, "is a presumptive malignancy" ("Glioblastoma is a presumptive
 * malignancy under the PACT Act"): the regulation's class, not a second disease of the claimant.
 */
function presumptiveClass(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1 || !CLASS_NOUNS.has(tokens[start]?.norm ?? '') || tokens[start - 1]?.norm !== 'presumptive') return false;
  const link = ARTICLES.has(tokens[start - 2]?.norm ?? '') ? start - 3 : start - 2;
  return COPULAS.has(tokens[link]?.norm ?? '') && tokens[link]?.sentence === tokens[start]?.sentence;
}

/** Whether the disease opens a clause that calls it a presumptive condition: "<disease> (and <disease>) is/are (a) presumptive". */
function saidPresumptive(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]?.sentence;
  const before = tokens[start - 1]?.norm ?? '';
  if (OWNING_WORDS.has(before) || possessiveOwner(before) !== '') return false;
  for (let index = end; index < end + SUBJECT_REACH; index++) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) return false;
    if (COPULAS.has(token.norm)) {
      const next = ARTICLES.has(tokens[index + 1]?.norm ?? '') ? index + 2 : index + 1;
      return tokens[next]?.norm === 'presumptive' && tokens[next]?.sentence === sentence;
    }
    if (!JOINERS.has(token.norm) && !isWord(token.norm)) return false;
  }
  return false;
}

/** Whether the disease stands inside a parenthesis opened right after a presumption's class ("presumptive cancers … ("). */
function inStatuteList(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  for (let index = start - 1; index >= 0 && index >= start - LIST_REACH; index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence || token.norm === ')') return false;
    if (token.norm === '(') return presumptionBefore(tokens, index, sentence);
  }
  return false;
}

/** Whether a presumption word and a class noun stand in the few words before the parenthesis at `open`. */
function presumptionBefore(tokens: readonly Token[], open: number, sentence: number | undefined): boolean {
  let presumption = false;
  let classNoun = false;
  for (let index = open - 1; index >= 0 && index >= open - LEAD_REACH; index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) break;
    if (PRESUMPTION_WORDS.has(token.norm)) presumption = true;
    if (CLASS_NOUNS.has(token.norm)) classNoun = true;
  }
  return presumption && classNoun;
}
