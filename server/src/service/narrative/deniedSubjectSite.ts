import type { SiteMatch } from './siteMatch';
import { sentenceStart } from './sentenceWindow';
import type { Token } from './tokens';
import { LEXICON_CLASS } from './wordClasses';

/**
 * "Bilateral adnexa negative for malignancy", "prior pleural fluid 09/2026 negative for malignant cells", "Endometrium atrophic, no
 * hyperplasia or malignancy", "Station 7 - reactive lymphoid tissue only, no malignant cells": a report's statement about one
 * part opens with the part and ends with its denying verdict, so a site-less malignancy the verdict denies is that part's
 * (ANNOTATION.md, "Negative for X in a pathology part is a negated mention at the part's own labelled site": the part named as
 * the statement's subject, as a label's colon names it). Only a denied verdict is read so, and only when the part opens the
 * statement and no other site stands between it and the verdict: a site written later in the statement is the verdict's own
 * business, not the subject's; nodes of no region the reader can read stay unplaced. A site that names a neoplasm's place
 * ("father with lung cancer …, mother - no cancers") is no part the statement reports on.
 */

/** Words that deny the verdict right before its neoplasm ("no carcinoma", "without malignant cells"); "negative for" is read apart. */
const DENIALS: ReadonlySet<string> = new Set(['no', 'without', 'w/o']);
/** The last step of a lymph node's path when the words name no region ("Lymph nodes, group A"). */
const NO_REGION = 'site NEC';
/** How many words may open the statement before its subject part ("Bilateral", "R", "prior", a part's letter and dot). */
const OPENING_WORDS = 3;

/**
 * Whether the words right before the anchor deny it: "no", "without" or "negative for" right before it, or such a denial of a
 * first neoplasm word joined to it by "or" ("no hyperplasia or malignancy", "negative for high-grade dysplasia or malignancy").
 */
function deniedVerdict(tokens: readonly Token[], anchorStart: number): boolean {
  const deniesAt = (position: number): boolean => {
    const word = tokens[position]?.norm ?? '';
    return DENIALS.has(word) || (word === 'for' && tokens[position - 1]?.norm === 'negative');
  };
  if (deniesAt(anchorStart - 1)) return true;
  // One or two words of a first denied finding, joined to the anchor by "or".
  if (tokens[anchorStart - 1]?.norm !== 'or') return false;
  return deniesAt(anchorStart - 3) || deniesAt(anchorStart - 4);
}

/**
 * The part the anchor's statement opens with, when the anchor is that statement's denied verdict and no other site stands between
 * the part and the verdict; undefined otherwise. A lymph node's part is one too ("Station 7 - … no malignant cells").
 */
export function deniedSubjectSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  if (!deniedVerdict(tokens, anchorStart)) return undefined;
  const first = sentenceStart(tokens, anchorStart);
  let subject: SiteMatch | undefined;
  for (let position = first; position < anchorStart; position++) {
    const site = sites[position];
    if (site === undefined) continue;
    if (subject !== undefined || position - first > OPENING_WORDS) return undefined;
    subject = site;
    position = site.end - 1;
  }
  if (subject === undefined || subject.end >= anchorStart) return undefined;
  // "Lymph nodes, group A and B: negative for carcinoma": nodes of no region the reader can read are left unplaced, as their label is.
  if (subject.lymphNode && (subject.path.length <= 2 || subject.path[subject.path.length - 1] === NO_REGION)) return undefined;
  // "lung cancer": a site whose next word may open a neoplasm's name is that neoplasm's place, not the statement's part.
  return ((tokens[subject.end]?.classes ?? 0) & LEXICON_CLASS.histology) === 0 ? subject : undefined;
}
