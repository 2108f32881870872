import type { HistologyTerm } from './histologyTerm';
import { type PendingRestatement, withPendingRestatements } from './pendingRestatement';
import type { RawMention } from './rawMention';
import { pendingBareAdenoma } from './restatedAdenoma';
import { wordsKey } from './restatedBenignSite';

/**
 * "R superficial parotidectomy (11/23) for a 2.4 cm R parotid mass … PATH: Right parotid, superficial lobe, excision: Pleomorphic
 * adenoma … IMPRESSION: S/p R superficial parotidectomy for benign pleomorphic adenoma": a benign or uncertain-behaviour histology
 * written again with no site restates the patient's neoplasm of the same name that the encounter places at one site and side, and a
 * coder codes it there (ANNOTATION.md, "Side and sub-site documented elsewhere in the note"; Index: Adenoma, pleomorphic — see
 * Neoplasm, benign, by site). Named at two sites or sides, or at none, it is unread, as before; a relative's is never pending. A
 * bare adenoma is `restatedAdenoma.ts`' (any adenoma's site), a lesion word or a bone or soft-tissue tumour its own passes'.
 */

/** A typed benign or uncertain-behaviour histology with no organ of its own, which only its own placed naming can place. */
function isTypedBenign(term: HistologyTerm): boolean {
  return (term.role === 'benign' || term.role === 'uncertain') && term.namesLesion !== true && term.tissue === undefined
    && term.impliedSite === undefined && term.encounterOrgan === undefined && term.words.includes(' ');
}

/** A site-less histology no other reading placed, waiting for a site: a bare adenoma's (`restatedAdenoma.ts`) or a typed benign one's. */
export function pendingRestatedBenign(start: number, end: number, term: HistologyTerm): RawMention | undefined {
  const adenoma = pendingBareAdenoma(start, end, term);
  if (adenoma !== undefined || !isTypedBenign(term)) return adenoma;
  return { start, end, anchorStart: start, anchorEnd: end, column: term.role === 'benign' ? 'benign' : 'uncertain', histology: term, restatedOnly: true };
}

const isPendingTypedBenign = (mention: RawMention): boolean =>
  mention.restatedOnly === true && mention.site === undefined && mention.histology !== undefined && isTypedBenign(mention.histology);

/** A typed benign histology the encounter places at a site of its own (not a node). */
const isPlacedTypedBenign = (mention: RawMention): boolean => mention.histology?.words !== undefined && mention.site !== undefined
  && !mention.site.lymphNode && mention.restatedOnly !== true && isTypedBenign(mention.histology);

/** The histology's words, a plural's "s" dropped and an abbreviation spelled out (`wordsKey`). */
const typedBenignKey = (mention: RawMention): string => wordsKey(mention.histology?.words ?? '');

/** A typed benign histology restates the placed namings of its own words. */
const TYPED_BENIGN_RESTATEMENT: PendingRestatement = { isPending: isPendingTypedBenign, isPlaced: isPlacedTypedBenign, keyOf: typedBenignKey };

/** The mentions, each pending typed benign histology placed at the one site its words are placed at, or dropped. */
export function withRestatedBenignWords(mentions: readonly RawMention[]): readonly RawMention[] {
  return withPendingRestatements(mentions, TYPED_BENIGN_RESTATEMENT);
}
