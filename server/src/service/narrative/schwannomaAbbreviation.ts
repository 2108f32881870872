import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "MRI IAC: … most consistent with L vestibular schwannoma … 4. FHx brain tumor + VS plus meningioma … (unilateral VS, age 54)":
 * a neurotology note that names its vestibular schwannoma in words writes "VS" for it afterwards, wherever the abbreviation
 * stands (Index: Neuroma, acoustic — see Neoplasm, nerve, cranial, acoustic, benign D33.3). The lexicon reads "VS" only right after
 * a side (`histologyNames.ts`), since "VS" is also "versus" and vital signs; in a note that names the tumour in words, "VS" in
 * capitals is that tumour too, and restates it with the site its words gave.
 */

/** The words that name the tumour in full, which establish the abbreviation in the note. */
const NAMED_IN_WORDS: ReadonlySet<string> = new Set(['vestibular schwannoma', 'vestibular schwannomas', 'acoustic neuroma', 'acoustic neuromas', 'acoustic schwannoma', 'acoustic schwannomas']);
/** The abbreviation, in capitals as written. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['VS', 'VSs']);

/** The mentions, with each capital "VS" not yet read added as the vestibular schwannoma the note names in words, in text order. */
export function withSchwannomaAbbreviations(tokens: readonly Token[], mentions: readonly RawMention[]): readonly RawMention[] {
  const named = mentions.find((mention) => mention.site !== undefined && NAMED_IN_WORDS.has(mention.histology?.words ?? ''));
  const namedSite = named?.site;
  if (named === undefined || namedSite === undefined) return mentions;
  const read = new Set(mentions.map((mention) => mention.anchorStart));
  const added: RawMention[] = [];
  tokens.forEach((token, index) => {
    if (!ABBREVIATIONS.has(token.raw) || read.has(index)) return;
    const site = { ...namedSite, start: index, end: index };
    added.push({ ...named, start: index, end: index + 1, anchorStart: index, anchorEnd: index + 1, site, writtenSite: undefined });
  });
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((first, second) => first.start - second.start);
}
