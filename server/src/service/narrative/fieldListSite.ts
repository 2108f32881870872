import type { RawMention } from './rawMention';
import { mergeOrganParts, refinedBy } from './siteContext';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "bx: invasive ductal carcinoma, grade 3, ER 0%, PR 0%, HER2 1+ (neg), UOQ left breast": a biopsy
 * result lists the tumour's grade and receptor fields, then the site, each set off by a comma. A primary
 * written with no site of its own takes the site that closes such a list (breast, upper-outer quadrant,
 * left: C50.41-), when every field between them is a grade, receptor or measurement field.
 */
export function withFieldListSites(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mentions: readonly RawMention[]): RawMention[] {
  return mentions.map((mention) => {
    if (mention.column !== 'primary' && mention.column !== 'in-situ') return mention;
    const site = siteAfterFields(tokens, sites, mention.end);
    if (site === undefined) return mention;
    // A histology that implies its organ ("ductal carcinoma": breast) takes the list's site of that organ only.
    const placed = mention.site === undefined ? withinImpliedOrgan(mention, site) : refinedBy(mention.site, site);
    return placed === undefined ? mention : { ...mention, site: { ...placed, start: mention.start, end: mention.end }, writtenSite: mention.writtenSite ?? mention.site };
  });
}

function withinImpliedOrgan(mention: RawMention, site: SiteMatch): SiteMatch | undefined {
  const implied = mention.histology?.impliedSite?.[0];
  return implied === undefined || implied === site.path[0] ? site : undefined;
}

/** At most this many tokens of fields stand between the histology and its site. */
const FIELD_REACH = 40;
/** Words of a grade, receptor or size field ("grade 3", "ER 0%", "HER2 1+ (neg)", "Ki-67 40%", "2.1 cm"). */
const FIELD_WORD = /^(?:er|pr|pgr|her2|her-2|her2\/neu|ki-67|ki67|grade|nottingham|g[1-3]|neg|pos|negative|positive|equivocal|low|high|intermediate|\d+(?:\.\d+)?%?|%|\d\+|[()/+-]|cm|mm|score)$/;

function siteAfterFields(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], end: number): SiteMatch | undefined {
  const sentence = tokens[end - 1]?.sentence;
  let fields = 0;
  let position = end;
  while (position < Math.min(tokens.length, end + FIELD_REACH) && tokens[position]?.norm === ',' && tokens[position]?.sentence === sentence) {
    position++;
    if (sites[position] !== undefined) return fields > 0 ? closingSite(tokens, sites, position, sentence) : undefined;
    const fieldStart = position;
    while (position < tokens.length && tokens[position]?.norm !== ',' && tokens[position]?.sentence === sentence) {
      if (!FIELD_WORD.test(tokens[position]?.norm ?? '')) return undefined;
      position++;
    }
    if (position === fieldStart) return undefined;
    fields++;
  }
  return undefined;
}

/** The sites of the last field, merged into one ("UOQ" "left breast"), when nothing but punctuation or the sentence's end follows. */
function closingSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], from: number, sentence: number | undefined): SiteMatch | undefined {
  const found: SiteMatch[] = [];
  let position = from;
  for (let site = sites[position]; site !== undefined && found.length < 3; site = sites[position]) {
    found.push(site);
    position = site.end;
  }
  const next = tokens[position];
  const closed = next === undefined || next.sentence !== sentence || next.punct;
  const merged = mergeOrganParts(tokens, found);
  const only = merged.length === 1 ? merged[0] : undefined;
  return closed && only !== undefined && !only.lymphNode ? only : undefined;
}
