import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "bx oncocytic neoplasm (favor oncocytoma)", "suspicious for primary lung cancer (adenocarcinoma most likely)", "favor second
 * primary lung cancer (likely adenocarcinoma spectrum)": a histology in a parenthesis that carries its own hedge is the alternative
 * the writer leans to for the lesion just named, not that diagnosis restated (ANNOTATION.md, round 21 decisions: "The hedged
 * alternatives keep their own entries"; Guidelines IV.H keeps it uncertain). With no site of its own it waits (`mentions.ts`, as
 * `restatedOnly`) and takes the site of the diagnosis the parenthesis follows, keeping its own column (Index: Oncocytoma — see
 * Neoplasm, benign, by site: kidney D30.0-; Adenocarcinoma — see Neoplasm, malignant, by site: lung C34.-).
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
  let hedged = false;
  for (let position = from; position < to; position++) {
    const norm = tokens[position]?.norm ?? '';
    if (hedges.has(norm)) hedged = true;
    else if (!HEDGE_COMPANIONS.has(norm)) return false;
  }
  return hedged;
}

/** The position of the "(" of the hedged parenthesis the histology at `start`–`end` stands in, or -1. */
export function hedgedParenthesisOpen(tokens: readonly Token[], start: number, end: number): number {
  let open = -1;
  for (let position = start - 1; position >= Math.max(0, start - PARENTHESIS_REACH - 1) && open < 0; position--) if (tokens[position]?.norm === '(') open = position;
  let close = -1;
  for (let position = end; position <= Math.min(tokens.length - 1, end + PARENTHESIS_REACH) && close < 0; position++) if (tokens[position]?.norm === ')') close = position;
  if (open < 0 || close < 0) return -1;
  const before = onlyHedgeWords(tokens, open + 1, start, OPENING_HEDGES) && onlyHedgeWords(tokens, end, close, HEDGE_COMPANIONS);
  const after = start === open + 1 && onlyHedgeWords(tokens, end, close, CLOSING_HEDGES);
  const onlyBefore = end === close && onlyHedgeWords(tokens, open + 1, start, OPENING_HEDGES);
  return before || after || onlyBefore ? open : -1;
}

/** A site-less histology waiting in a hedged parenthesis. */
function isWaitingAlternative(tokens: readonly Token[], mention: RawMention): boolean {
  return mention.restatedOnly === true && mention.site === undefined && mention.histology !== undefined && hedgedParenthesisOpen(tokens, mention.start, mention.end) >= 0;
}

/** The mentions, with each hedged alternative placed at the site of the diagnosis its parenthesis follows. */
export function withHedgedAlternatives(tokens: readonly Token[], mentions: readonly RawMention[]): readonly RawMention[] {
  if (!mentions.some((mention) => isWaitingAlternative(tokens, mention))) return mentions;
  const endingAt = new Map<number, RawMention>();
  for (const mention of mentions) if (mention.site !== undefined && mention.restatedOnly !== true && !mention.site.lymphNode) endingAt.set(mention.end, mention);
  return mentions.map((mention) => {
    if (!isWaitingAlternative(tokens, mention)) return mention;
    const named = endingAt.get(hedgedParenthesisOpen(tokens, mention.start, mention.end))?.site;
    return named === undefined ? mention : { ...mention, site: { ...named, start: mention.anchorStart, end: mention.anchorStart }, restatedOnly: false };
  });
}
