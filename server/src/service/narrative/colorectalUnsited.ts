import type { DocumentedMention } from './model';

/**
 * "c/w colorectal primary", "screening for colorectal cancer", "CRC": words that name the large bowel without saying colon or
 * rectum. The Table's row "rectum, and colon" prints C19, whose Tabular inclusion "colon with rectum" is one tumour of both, not a
 * tumour whose part is unknown, so a site-less colorectal cancer is coded `null` with the codes it could be: colon C18.9,
 * rectosigmoid junction C19, rectum C20 (ANNOTATION.md, round 21 (h)). A part the note documents (`encounterSites.ts`: the
 * colon's one documented part) has already replaced the row, and the rectosigmoid written as such keeps C19.
 */

/** Tabular C19 Malignant neoplasm of rectosigmoid junction. */
const RECTOSIGMOID = 'C19';
/** The codes a site-less colorectal cancer could be: C18.9 colon, unspecified; C19 rectosigmoid junction; C20 rectum. */
const COLORECTAL_CANDIDATES: readonly string[] = ['C189', 'C19', 'C20'];

/**
 * The mentions with each site-less colorectal cancer coded `null` with the large bowel's codes as candidates. `codedAtColorectal`
 * tells the mentions the reader coded at the row's own path (`encounterSites.ts` `isColorectal`): a C19 coded there is the
 * colorectal words', one coded at "rectosigmoid" is the junction's.
 */
export function withUnsitedColorectal(mentions: readonly DocumentedMention[], codedAtColorectal: (mention: DocumentedMention) => boolean): readonly DocumentedMention[] {
  const unsitedColorectal = (mention: DocumentedMention): boolean => mention.code === RECTOSIGMOID && codedAtColorectal(mention);
  if (!mentions.some(unsitedColorectal)) return mentions;
  return mentions.map((mention) => (unsitedColorectal(mention)
    ? { ...mention, code: null, candidates: COLORECTAL_CANDIDATES, source: `${mention.source}; colon or rectum not written (C18.9, C19, C20)` }
    : mention));
}
