import { pastLeadsWith } from './pastLeads';
import { isOrganPrimary } from './restatedCarcinoma';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * A site-less cancer written as the patient's past one ("In this patient with a prior malignancy, metastasis cannot be
 * excluded", "is this related to her old cancer", "prior malignancy within 5 yrs? - no, 15 yrs") restates the past cancer the
 * note documents with a site, so it takes that cancer's site and, by its history, its Z85 code (ANNOTATION.md round 16:
 * "the known malignancy" takes the documented cancer's code; round 20 (e): d555's eligibility question). It is read so only
 * when every past primary the note names for the patient is of one organ: with two the words may be either, and they stay
 * the unspecified history Z85.9 they were. "No prior malignancy", "any other prior cancer" deny or set apart a history and are
 * left as written.
 */

/**
 * Words right before the cancer word that write it as the patient's past one: the shared core (pastLeads.ts) and adjectives read
 * only in that one position ("old cancer", "earlier malignancy"); the windowed passes must not take "old" and "earlier", which
 * several words back are an age ("72 year old") or the visit's time ("seen earlier today").
 */
export const PAST_LEADS: ReadonlySet<string> = pastLeadsWith(['old', 'remote', 'former', 'past', 'earlier']);
/** Words before the lead that deny the history or set the cancer apart from one named ("no prior cancer", "other prior malignancy"). */
const APART_WORDS: ReadonlySet<string> = new Set(['no', 'denies', 'deny', 'denied', 'without', 'w/o', 'other', 'any', 'never', 'nor', 'or']);

/** How many words after the cancer word a question mark makes its phrase a question ("prior malignancy within 5 yrs?"). */
const QUESTION_REACH = 4;

/** Whether the site-less cancer word at `start` follows a past lead that nothing before it denies or sets apart. */
function pastLeadBefore(tokens: readonly Token[], start: number): boolean {
  const lead = tokens[start - 1];
  if (lead === undefined || lead.sentence !== tokens[start]?.sentence || !PAST_LEADS.has(lead.norm)) return false;
  return !APART_WORDS.has(tokens[start - 2]?.norm ?? '') && !askedAfter(tokens, start);
}

/**
 * Whether a question mark closes the phrase within a few words ("prior malignancy within 5 yrs? - no"): a checklist's question
 * names no cancer of the record by itself, and its answer, not its words, says what the patient had.
 */
function askedAfter(tokens: readonly Token[], start: number): boolean {
  for (let at = start + 1; at <= start + QUESTION_REACH; at++) {
    const token = tokens[at];
    if (token === undefined || token.sentence !== tokens[start]?.sentence) return false;
    if (token.norm === '?') return true;
  }
  return false;
}

/** Words that set a cancer apart as an exception ("Prior malignancy within 3 years, except basal cell carcinoma of skin"). */
const EXCEPTION_WORDS: ReadonlySet<string> = new Set(['except', 'excluding', 'besides', 'but']);
/** How far before a cancer, in its sentence, an exception word may stand. */
const EXCEPTION_REACH = 6;

/** Whether the cancer at `start` is named as an exception to a question or criterion, not as the patient's cancer. */
function excepted(tokens: readonly Token[], start: number): boolean {
  for (let at = start - 1; at >= Math.max(0, start - EXCEPTION_REACH); at--) {
    const token = tokens[at];
    if (token === undefined || token.sentence !== tokens[start]?.sentence) return false;
    if (EXCEPTION_WORDS.has(token.norm)) return true;
  }
  return false;
}

/**
 * The mentions, each site-less past cancer placed at the site of the patient's one past cancer organ: the past primary nearest
 * before it, else the first after it. `relatives` and `past` are the note passes' questions (noteSites.ts).
 */
export function withRestatedPastCancers(
  tokens: readonly Token[], mentions: readonly RawMention[], relatives: (mention: RawMention) => boolean, past: (mention: RawMention) => boolean,
): readonly RawMention[] {
  const pending = (mention: RawMention): boolean => mention.unspecifiedSite === true && mention.column === 'primary' && pastLeadBefore(tokens, mention.anchorStart);
  if (!mentions.some(pending)) return mentions;
  const primaries = mentions
    .filter((mention): mention is RawMention & { readonly site: SiteMatch } => isOrganPrimary(mention) && !relatives(mention) && past(mention) && !excepted(tokens, mention.anchorStart))
    .sort((a, b) => a.anchorStart - b.anchorStart);
  const organ = primaries[0]?.site.path[0];
  if (organ === undefined || primaries.some((primary) => primary.site.path[0] !== organ)) return mentions;
  return mentions.map((mention) => {
    if (!pending(mention) || relatives(mention)) return mention;
    const tumour = primaries[lastBefore(primaries, mention.anchorStart)] ?? primaries[0];
    return tumour === undefined ? mention : { ...mention, site: { ...tumour.site, start: mention.anchorStart, end: mention.anchorStart }, unspecifiedSite: undefined };
  });
}

/**
 * The index of the last of `sorted` (by anchor) anchored before `start`, or -1: a binary search, so that placing every pending
 * mention stays linear-logarithmic in a note with many past cancers.
 */
function lastBefore(sorted: readonly RawMention[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.anchorStart ?? start) < start) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
