import { isEyeOrgan, ownSentenceEyeSide } from './eyeSides';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "The left eye is normal, with no choroidal naevus or other lesion": an eye's side written in the mention's own sentence is part
 * of its written site, so a denied finding keeps it (ANNOTATION.md, round 17: "A negated finding that names its own site takes
 * that site"; table: choroid / Benign D31.3-, Tabular D31.32 Benign neoplasm of left choroid), as a lobe its sentence names is a
 * glioma's (ownSentenceLobe.ts). A side the paragraph or another sentence gave stays context, and a denial is coded as written.
 */
export function withOwnSentenceEyeSides(tokens: readonly Token[], mentions: readonly RawMention[]): readonly RawMention[] {
  return mentions.map((mention) => {
    const { site, writtenSite } = mention;
    if (site?.laterality === undefined || writtenSite === undefined || writtenSite.laterality !== undefined || !isEyeOrgan(site.path[0])) return mention;
    if (writtenSite.path[0] !== site.path[0]) return mention;
    // "The right eye is fine. The left eye is normal, with no choroidal naevus": the eye of its own sentence outweighs a side the
    // context gave from another sentence (a site called normal gives none, normalSite.ts).
    const own = ownSentenceEyeSide(tokens, mention.anchorStart, mention.anchorEnd);
    return own === undefined ? mention : { ...mention, site: { ...site, laterality: own }, writtenSite: undefined };
  });
}
