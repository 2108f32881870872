import type { RawMention } from './rawMention';
import { samePath } from './siteMatch';
import type { Token } from './tokens';

/**
 * Round 25 (gynaecologic oncology): "AIS" is the abbreviation of two organs' adenocarcinoma in situ. Thoracic pathology
 * writes it for the lung's (the lexicon's implied organ, Tabular D02.2-), colposcopy and gynaecologic pathology for the
 * cervix's glandular precursor (table: cervix uteri / Ca in situ D06.9; endocervix D06.0; ASCCP's "AIS" of the cone and
 * the ECC). So a bare "AIS" with no organ written, in a note that places an in-situ or primary neoplasm in the cervix
 * ("ECC: adenocarcinoma in situ", "Cervix, cone: AIS …"), is that cervical lesion, at the part of the cervix the note
 * documents for it; and "(AIS)" right after the written diagnosis only glosses it, so it is no mention of its own. A lung
 * note, or a note whose cervix holds no neoplasm, keeps the lung.
 */

const CERVIX = 'cervix';

/** A bare "AIS" placed at the lexicon's implied lung: no organ is written with it. */
function isImpliedLungAis(mention: RawMention): boolean {
  const site = mention.site;
  return mention.histology?.words === 'ais' && site !== undefined && samePath(site.path, ['lung']) && site.start >= mention.anchorStart && site.end <= mention.anchorEnd;
}

/** A neoplasm of the patient's own cervix that the note documents (primary or in situ, with its own site). */
function documentsCervix(mention: RawMention): boolean {
  return mention.restatedOnly !== true && !isImpliedLungAis(mention) && (mention.column === 'in-situ' || mention.column === 'primary') && mention.site?.path[0] === CERVIX;
}

/** The cervix's path the note documents, the in-situ lesion's first (its part, "endocervix", is where the AIS is). */
function cervixPath(mentions: readonly RawMention[]): readonly string[] | undefined {
  const inSitu = mentions.find((mention) => documentsCervix(mention) && mention.column === 'in-situ');
  return (inSitu ?? mentions.find(documentsCervix))?.site?.path;
}

/** Whether the abbreviation stands in a parenthesis right after an in-situ diagnosis it restates ("adenocarcinoma in situ (AIS)"). */
function glossesInSitu(tokens: readonly Token[], mentions: readonly RawMention[], mention: RawMention): boolean {
  if (tokens[mention.anchorStart - 1]?.norm !== '(') return false;
  const before = mention.anchorStart - 1;
  return mentions.some((other) => other !== mention && other.column === 'in-situ' && other.end <= before && other.end >= before - 3 && other.site?.path[0] === CERVIX);
}

/** The mentions, with each bare "AIS" of a note about a cervical neoplasm placed at the cervix (a gloss dropped). */
export function withCervicalAis(tokens: readonly Token[], mentions: readonly RawMention[]): readonly RawMention[] {
  if (!mentions.some(isImpliedLungAis)) return mentions;
  const path = cervixPath(mentions);
  if (path === undefined) return mentions;
  return mentions.flatMap((mention) => {
    if (!isImpliedLungAis(mention) || mention.site === undefined) return [mention];
    if (glossesInSitu(tokens, mentions, mention)) return [];
    return [{ ...mention, site: { start: mention.site.start, end: mention.site.end, path, lymphNode: false } }];
  });
}
