import { LEANING_FAVOR_WORDS } from './favorWords';
import type { RawMention } from './rawMention';
import { onlyWordsWithMark } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "bx oncocytic neoplasm (favor oncocytoma)", "suspicious for primary lung cancer (adenocarcinoma most likely)", "favor second
 * primary lung cancer (likely adenocarcinoma spectrum)", "Non-small cell carcinoma, favor adenocarcinoma": a histology in a
 * parenthesis that carries its own hedge, or set right after a diagnosis by a leaning word, is the alternative
 * the writer leans to for the lesion just named, not that diagnosis restated (ANNOTATION.md, round 21 decisions: "The hedged
 * alternatives keep their own entries"; Guidelines IV.H keeps it uncertain). With no site of its own it waits (`mentions.ts`, as
 * `restatedOnly`) and takes the site of the diagnosis the parenthesis follows, keeping its own column (Index: Oncocytoma — see
 * Neoplasm, benign, by site: kidney D30.0-; Adenocarcinoma — see Neoplasm, malignant, by site: lung C34.-).
 * A differential written as a "vs" list or with a site alone in parentheses is read by `differential.ts` (`differentialSite`,
 * `alternativeOrganSite`): there each item is another reading of the same lesion, here the one reading the writer leans to.
 */

/** Hedges that open the parenthesis before the histology ("(favor oncocytoma)", "(likely adenocarcinoma)", "(suspicious for …)"). */
const OPENING_HEDGES = new Set(['favor', 'favored', 'favour', 'favoured', 'likely', 'probable', 'probably', 'possible', 'possibly', 'presumed', 'suspected', 'suspicious', '?']);
/** Hedges that close it after the histology ("(adenocarcinoma most likely)", "(adenocarcinoma favored)"). */
const CLOSING_HEDGES = new Set(['likely', 'favored', 'favoured', 'suspected', 'possible', 'probable']);
/** Words that may stand beside the hedge and the histology inside the parenthesis ("suspicious for", "most likely", "spectrum"). */
const HEDGE_COMPANIONS = new Set(['for', 'most', 'more', 'spectrum', 'type']);
/** How many words the parenthesis may hold before and after the histology. */
const PARENTHESIS_REACH = 3;

/** Whether every word from `from` up to `to` (exclusive) is a hedge or a hedge's companion, and one of them is in `hedges`. */
function onlyHedgeWords(tokens: readonly Token[], from: number, to: number, hedges: ReadonlySet<string>): boolean {
  return onlyWordsWithMark(tokens, from, to, hedges, HEDGE_COMPANIONS);
}

/** The position of the "(" of the hedged parenthesis the histology at `start`–`end` stands in, or -1. */
export function hedgedParenthesisOpen(tokens: readonly Token[], start: number, end: number): number {
  let open = -1;
  for (let position = start - 1; position >= Math.max(0, start - PARENTHESIS_REACH - 1) && open < 0; position--) if (tokens[position]?.norm === '(') open = position;
  let close = -1;
  for (let position = end; position <= Math.min(tokens.length - 1, end + PARENTHESIS_REACH) && close < 0; position++) if (tokens[position]?.norm === ')') close = position;
  if (open < 0 || close < 0) return -1;
  // "(favor oncocytoma)", "(likely adenocarcinoma spectrum)": a hedge opens it, and only its companions may follow the histology.
  const opened = onlyHedgeWords(tokens, open + 1, start, OPENING_HEDGES) && (end === close || onlyHedgeWords(tokens, end, close, HEDGE_COMPANIONS));
  // "(adenocarcinoma most likely)": the histology opens it, and a hedge closes it.
  const closed = start === open + 1 && onlyHedgeWords(tokens, end, close, CLOSING_HEDGES);
  return opened || closed ? open : -1;
}

/** The position right after the diagnosis a leaning word follows ("…carcinoma, favor adenocarcinoma": the comma), or -1. */
function leaningAfterDiagnosis(tokens: readonly Token[], start: number): number {
  const lean = start - 1;
  if (!LEANING_FAVOR_WORDS.has(tokens[lean]?.norm ?? '') || tokens[lean]?.sentence !== tokens[start]?.sentence) return -1;
  return tokens[lean - 1]?.norm === ',' ? lean - 1 : lean;
}

/**
 * The position right after the diagnosis a hedged alternative at `start`–`end` follows: the "(" of its hedged parenthesis, or the
 * comma or leaning word before it ("non small cell carcinoma favor adenocarcinoma"); -1 when it is none.
 */
export function hedgedAlternativeAfter(tokens: readonly Token[], start: number, end: number): number {
  const open = hedgedParenthesisOpen(tokens, start, end);
  return open >= 0 ? open : leaningAfterDiagnosis(tokens, start);
}

/** A site-less histology waiting as a hedged alternative. */
function isWaitingAlternative(tokens: readonly Token[], mention: RawMention): boolean {
  return mention.restatedOnly === true && mention.site === undefined && mention.histology !== undefined && hedgedAlternativeAfter(tokens, mention.start, mention.end) >= 0;
}

/** The mentions, with each hedged alternative placed at the site of the diagnosis its parenthesis follows. */
export function withHedgedAlternatives(tokens: readonly Token[], mentions: readonly RawMention[]): readonly RawMention[] {
  if (!mentions.some((mention) => isWaitingAlternative(tokens, mention))) return mentions;
  const endingAt = new Map<number, RawMention>();
  // A spread's site is no alternative's: "metastatic carcinoma in the liver, favor adenocarcinoma" names the primary's type, not a liver primary.
  for (const mention of mentions) if (mention.site !== undefined && mention.restatedOnly !== true && !mention.site.lymphNode && mention.column !== 'secondary') endingAt.set(mention.end, mention);
  return mentions.map((mention) => {
    if (!isWaitingAlternative(tokens, mention)) return mention;
    const named = endingAt.get(hedgedAlternativeAfter(tokens, mention.start, mention.end))?.site;
    return named === undefined ? mention : { ...mention, site: { ...named, start: mention.anchorStart, end: mention.anchorStart }, restatedOnly: false };
  });
}
