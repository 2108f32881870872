import type { HistologyTerm } from './histologyTerm';
import { pastLeadsWith } from './pastLeads';
import { inPolypPhrase } from './polypContext';
import { BARE_ADENOMA_WORDS } from './restatedAdenoma';
import { wordInSentenceWindow } from './sentenceWindow';
import type { SiteMatch } from './siteFinder';
import { COLON } from './siteTermFamilies';
import type { Token } from './tokens';

/**
 * A plain "adenoma(s)" written with no site in a colon polyp's phrase ("GI colonoscopy due 2027 (pers hx adenomas)",
 * "colonoscopy q1-2y (adenomas already, so q1y)") is the colon's adenoma, as "TA" there is: the scope and its polyps name the
 * organ (table: intestine, large, colon / Benign D12.6; its history Tabular Z86.0101 Personal history of adenomatous and
 * serrated colon polyps). It is read so only as the patient's history ("hx", "pers hx", "prior" before it in its sentence): a
 * current finding's plain "adenomas" ("four of the polyps were adenomas") is of the segments the report lists, whose sites the
 * specimen lines give, and an image's "(e.g. adenoma)" is a differential's example. Elsewhere a site-less adenoma stays unread
 * (an adrenal, pituitary or parathyroid one names its organ).
 *
 * Why a second route beside `colonoscopyAdenoma.ts`: that one reads a colonoscopy's own result (present or denied, no history
 * word needed) when nothing else read the word, last in `findMentions`; this one needs the history word, since a polyp phrase
 * without the scope also holds current findings, and gives a label inside `anchorMentions`, where the label's column rules
 * and the restatement readings after it weigh it. The cues and the places differ, so the two stay apart.
 */

/**
 * Words before the adenoma in its sentence that write it as the patient's history ("pers hx adenomas"): the shared core
 * (pastLeads.ts), "past", and the history nouns of a problem line ("hx", "h/o", "history"), which the passes that read one
 * adjective right before a cancer word or the determiners after "from" must not take: there they are no adjective of the cancer.
 */
export const HISTORY_LEADS: ReadonlySet<string> = pastLeadsWith(['hx', 'h/o', 'history', 'past']);
/** How far before the adenoma a history lead may stand. */
const HISTORY_LEAD_REACH = 6;

/** The colon, at the adenoma's words, when a plain adenoma written as history stands in a colon polyp's phrase. */
export function polypPhraseColon(tokens: readonly Token[], term: HistologyTerm, start: number, end: number): SiteMatch | undefined {
  if (!BARE_ADENOMA_WORDS.has(term.words) || !inPolypPhrase(tokens, start, end)) return undefined;
  if (!wordInSentenceWindow(tokens, start, start, { words: HISTORY_LEADS, sentence: tokens[start]?.sentence, before: HISTORY_LEAD_REACH })) return undefined;
  return { start, end, path: COLON, lymphNode: false };
}
