import type { HistologyTerm } from './histologyTerm';
import { type PendingRestatement, withPendingRestatements } from './pendingRestatement';
import type { RawMention } from './rawMention';

/**
 * "2.1 cm lipid-rich L adrenal adenoma … likely L aldosterone-producing adenoma (vs … nonfunctioning adenoma) … no repeat
 * imaging for the adenoma": an adenoma written with no organ restates the patient's adenoma the encounter places at one organ
 * and side (ANNOTATION.md, "Side and sub-site documented elsewhere in the note"; table: adrenal / Benign D35.02), as a coder
 * reads an endocrine or GI clinic's "the adenoma". Adenomas the encounter places at two organs, sides or parts (a colon's
 * cecal and transverse adenomas), or at none, leave it unread, as before; a relative's adenoma never waits for a site.
 */

/** The bare words, with no type or organ of their own (the colon passes `colonoscopyAdenoma.ts` and `polypPhraseAdenoma.ts` read them too). */
export const BARE_ADENOMA_WORDS: ReadonlySet<string> = new Set(['adenoma', 'adenomas']);

/** Whether a site-less histology is a bare adenoma that may restate the encounter's one placed adenoma. */
export function isBareAdenoma(term: HistologyTerm): boolean {
  return term.role === 'benign' && BARE_ADENOMA_WORDS.has(term.words);
}

/** A bare adenoma no other reading placed, waiting for the encounter's one adenoma site (`withRestatedAdenomas`), or undefined. */
export function pendingBareAdenoma(start: number, end: number, term: HistologyTerm): RawMention | undefined {
  return isBareAdenoma(term) ? { start, end, anchorStart: start, anchorEnd: end, column: 'benign', histology: term, restatedOnly: true } : undefined;
}

const isPendingAdenoma = (mention: RawMention): boolean =>
  mention.restatedOnly === true && mention.site === undefined && mention.histology !== undefined && isBareAdenoma(mention.histology);

/** An adenoma the encounter places at a site of its own (not a node: "adenoma" is never a node's). */
const isPlacedAdenoma = (mention: RawMention): boolean => mention.restatedOnly !== true && mention.column === 'benign'
  && mention.site !== undefined && !mention.site.lymphNode && /adenomas?$/.test(mention.histology?.words ?? '');

/** A bare adenoma restates the encounter's one placed adenoma site whatever the placed one's type: every adenoma has one key. */
const ADENOMA_RESTATEMENT: PendingRestatement = { isPending: isPendingAdenoma, isPlaced: isPlacedAdenoma, keyOf: () => 'adenoma' };

/** The mentions, each pending bare adenoma placed at the encounter's one adenoma site or dropped. */
export function withRestatedAdenomas(mentions: readonly RawMention[]): readonly RawMention[] {
  return withPendingRestatements(mentions, ADENOMA_RESTATEMENT);
}
