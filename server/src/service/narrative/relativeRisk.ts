import { RELATIVES } from './familyStatement';
import type { Token } from './token';

/**
 * Round 26 (tuner C): "Pt's daughter asked if she is at risk of skin cancer", "asks whether his children are at risk of pancreatic
 * cancer", "your brothers and sister … as they have a higher risk of colon cancer too", "her daughter's risk for breast and ovarian
 * cancer": a relative's own risk of a cancer is no mention (ANNOTATION.md, round 24 Q (a)). A named risk is a mention only where the
 * patient is its subject or object (round 23's class rule), and the relative has no such cancer, so the words are neither the
 * patient's risk nor a family history, which needs the relative's cancer. The patient's own risk stays ("her risk of breast cancer
 * given her mother's"): the owner is read only before the risk word, and a word naming the patient there ends the search.
 */

/** The nouns of a risk, before "of" or "for" ("risk of", "risks for"). */
const RISK_WORDS: ReadonlySet<string> = new Set(['risk', 'risks']);
const RISK_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for']);
/** Who may own the risk besides the relatives a family history names: the patient's children. */
const OTHER_OWNERS: ReadonlySet<string> = new Set(['child', 'children', 'kid', 'kids', 'daughters', 'sons', 'siblings', 'grandchildren', 'offspring']);
/**
 * "They" owns a risk only as the subject of having or bearing it ("as they have a higher risk"): said so it never names the patient
 * (he or she) but the relatives just named; "removing them lowers his risk" names the polyps, and "them" is left out.
 */
const THEY_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'may', 'might', 'could', 'would', 'carry']);
/** Words before a relative that make the relative the one spoken to, not the risk's owner ("discussed with mom the small risk of …"). */
const ADDRESSEE_LEADS: ReadonlySet<string> = new Set(['with', 'to', 'w/']);
/** Words naming the patient: a risk they own is the patient's, whatever relative stands further back. */
const PATIENT_WORDS: ReadonlySet<string> = new Set(['pt', 'patient', 'i', 'my', 'me']);
/** Marks and words that end the risk's clause before its owner: a relative beyond them is the reason for the risk, not its owner. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '.', 'given', 'because', 'since', 'due']);
/** How many words (a site, a subtype, coordinated sites, a quotation mark) may stand between "of" and the disease. */
const DISEASE_REACH = 5;
/** How many words ("asked if she is at", "have a higher") may stand between the owner and the risk word. */
const OWNER_REACH = 8;

/** A token's word without a possessive ending ("daughter's" → "daughter"). */
function ownerWord(norm: string): string {
  return norm.endsWith("'s") ? norm.slice(0, -2) : norm;
}

/** The risk word whose "of" or "for" governs the disease starting at `start`, or -1. */
function riskBefore(tokens: readonly Token[], start: number, sentence: number): number {
  for (let index = start - 1; index >= 0 && index >= start - 1 - DISEASE_REACH; index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) return -1;
    if (RISK_PREPOSITIONS.has(token.norm)) return RISK_WORDS.has(tokens[index - 1]?.norm ?? '') ? index - 1 : -1;
    if (token.punct && token.norm !== '"') return -1;
  }
  return -1;
}

/** Whether a relative (or the children, or a subject "they") owns the risk word at `risk`: the first person word before it in its clause. */
function ownedByRelative(tokens: readonly Token[], risk: number, sentence: number): boolean {
  for (let index = risk - 1; index >= 0 && index >= risk - OWNER_REACH; index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence || CLAUSE_ENDS.has(token.norm)) return false;
    const word = ownerWord(token.norm);
    if (PATIENT_WORDS.has(word)) return false;
    if (word === 'they') return THEY_VERBS.has(tokens[index + 1]?.norm ?? '');
    if (RELATIVES.has(word) || OTHER_OWNERS.has(word)) return !ADDRESSEE_LEADS.has(tokens[index - 1]?.norm ?? '');
  }
  return false;
}

/** Whether the disease words starting at token `start` are what a relative's own risk is of. */
export function namesRelativesRisk(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  if (sentence === undefined) return false;
  const risk = riskBefore(tokens, start, sentence);
  return risk >= 0 && ownedByRelative(tokens, risk, sentence);
}
