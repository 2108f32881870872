import { joinedPartAt } from './joinedParts';
import { lateralityAt } from './siteFinder';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/*
 * A side written right after a histology, closing its phrase, as problem lists write it: "Benign adrenal
 * adenoma R, incidental 2019", "Renal cell carcinoma left - s/p nephrectomy".
 */

/**
 * The site written before a histology, with the side written right after the histology when the site has
 * none and the side closes the phrase (punctuation, a dash or the end of the sentence follows); undefined
 * otherwise ("adenoma R adrenal" is a side of the site after it, not of the one before).
 */
export function withSideAfter(tokens: readonly Token[], site: SiteMatch, anchorEnd: number): SiteMatch | undefined {
  if (site.laterality !== undefined || site.lymphNode) return undefined;
  const side = lateralityAt(tokens, anchorEnd);
  if (side === undefined || tokens[anchorEnd]?.sentence !== tokens[anchorEnd - 1]?.sentence) return undefined;
  const next = tokens[anchorEnd + 1];
  const closes = next === undefined || next.punct || next.sentence !== tokens[anchorEnd]?.sentence;
  return closes ? { ...site, laterality: side } : undefined;
}

/** Whether the token at `index` is a side word ("L", "right"), for a sub-site written after the side ("meningioma L parafalcine"). */
export function isSideWord(tokens: readonly Token[], index: number): boolean {
  return lateralityAt(tokens, index) !== undefined;
}

/**
 * "Penile squamous cell carcinoma of the glans", "pancreatic adenocarcinoma of the tail": a part noun
 * after "of (the)" that is no site by itself, closing the phrase, is a qualifier of the organ written
 * before the histology; the table look-up takes it only when the organ's row prints that part below it.
 */
export function withPartAfter(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], site: SiteMatch, anchorEnd: number): SiteMatch | undefined {
  if (tokens[anchorEnd]?.norm !== 'of' || site.lymphNode) return undefined;
  const at = tokens[anchorEnd + 1]?.norm === 'the' ? anchorEnd + 2 : anchorEnd + 1;
  const word = tokens[at];
  const next = tokens[at + 1];
  if (word === undefined || word.punct || sites[at] !== undefined || word.sentence !== tokens[anchorEnd]?.sentence || !/^[a-z]+$/.test(word.norm)) return undefined;
  // "pancreatic adenocarcinoma of the body/tail", "… of the body and tail": two parts of the organ (joinedParts.ts), then the first alone.
  const joined = joinedPartAt(tokens, at);
  const after = joined === undefined ? next : tokens[at + 3];
  const closes = after === undefined || after.punct || after.sentence !== word.sentence;
  return closes ? { ...site, qualifiers: [...(site.qualifiers ?? []), ...(joined === undefined ? [] : [joined]), word.norm] } : undefined;
}
