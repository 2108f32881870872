import type { DocumentedMention } from './model';

/**
 * "Mycosis fungoides, stage IB (T2b N0 M0 B0)", "MF, stage IB, improving on nbUVB": an ISCL/EORTC stage IA or IB is T1–T2 N0 M0,
 * disease of the skin alone by the staging's own definition. So the stage written with the mycosis fungoides names its site, the
 * skin, as an Ann Arbor stage II–IV names a lymphoma's multiple node sites: Tabular C84.09 Mycosis fungoides, extranodal and solid
 * organ sites (ANNOTATION.md, round 24 decision X). The later stages (IIA with abnormal but uninvolved nodes, IVA, IVB) name no
 * one site and are left as written, as is a patch or plaque stage, which the decision does not settle ("Mycosis fungoides, patch
 * stage" stays C84.00), and a denied mycosis fungoides, whose words place it nowhere.
 */

/** Tabular C84.00 Mycosis fungoides, unspecified site, and C84.09 extranodal and solid organ sites (codes without their dot). */
const MYCOSIS_FUNGOIDES_UNSPECIFIED = 'C8400';
const MYCOSIS_FUNGOIDES_EXTRANODAL = 'C8409';

/** How many characters after the mention its stage is read in (a comma, a short parenthesis and the stage). */
const REACH_AFTER = 40;
/** How many characters before the mention a stage written before it is read in ("stage IB mycosis fungoides"). */
const REACH_BEFORE = 12;

/** A skin-only stage right after the mention, in its clause: "stage IA" or "stage IB" (also "1A", "1B"); no line break, semicolon or full stop between. */
const SKIN_STAGE_AFTER = /^[^.;\n]{0,24}?\bstage\s+(?:I|1)[AB]\b/i;
/** A skin-only stage written right before the mention ("stage IB mycosis fungoides"). */
const SKIN_STAGE_BEFORE = /\bstage\s+(?:I|1)[AB]\s+$/i;

/** Whether the words around the mention give it a skin-only stage. */
function skinStaged(text: string, mention: DocumentedMention): boolean {
  const end = mention.span.offset + mention.span.length;
  const after = text.slice(end, end + REACH_AFTER);
  const before = text.slice(Math.max(0, mention.span.offset - REACH_BEFORE), mention.span.offset);
  return SKIN_STAGE_AFTER.test(after) || SKIN_STAGE_BEFORE.test(before);
}

/** The mentions with each mycosis fungoides of no site that a skin-only stage follows coded at its extranodal site, the skin. */
export function withSkinStagedMycosis(text: string, mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  if (!mentions.some((mention) => mention.code === MYCOSIS_FUNGOIDES_UNSPECIFIED)) return mentions;
  return mentions.map((mention) => (mention.code === MYCOSIS_FUNGOIDES_UNSPECIFIED && mention.assertion !== 'negated' && skinStaged(text, mention)
    ? { ...mention, code: MYCOSIS_FUNGOIDES_EXTRANODAL, candidates: [], source: `${mention.source}; a skin-only stage (ISCL/EORTC IA–IB) → C84.09` }
    : mention));
}
