import { lastAtOrBefore } from '../sortedSearch';
import type { NoteSection } from './model';
import { refinedBy } from './siteContext';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * The specimen of a pathology report: "SPECIMEN: Left breast, upper outer quadrant, core biopsy" names
 * the site of the findings below it ("DIAGNOSIS: Invasive ductal carcinoma", "Ductal carcinoma in
 * situ"), which pathologists do not repeat. The site is the first site of the header's line, made more
 * specific by a site of the same organ right after it ("Left breast, upper outer quadrant").
 */
export interface SpecimenSites {
  /** Token indexes where each specimen's text starts, ascending. */
  readonly starts: readonly number[];
  readonly sites: readonly SiteMatch[];
}

/** How many tokens after its header a specimen still names the site of a finding. */
const SPECIMEN_REACH = 300;
/** How many tokens of the header's line are searched for the specimen's site. */
const SPECIMEN_LINE = 16;

const SPECIMEN_TITLE = /^(?:specimens?|specimen\(s\)|specimens? submitted|source|specimen source)$/i;

/** The specimen sites of an encounter, from its `Specimen:` section headers. */
export function findSpecimenSites(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], sections: readonly NoteSection[]): SpecimenSites {
  const starts: number[] = [];
  const found: SiteMatch[] = [];
  let index = 0;
  for (const section of sections) {
    if (!SPECIMEN_TITLE.test(section.title)) continue;
    const textStart = section.headerSpan.offset + section.headerSpan.length;
    while (index < tokens.length && (tokens[index]?.start ?? 0) < textStart) index++;
    const site = firstSiteOfSentence(tokens, sites, index);
    if (site === undefined) continue;
    starts.push(index);
    found.push(site);
  }
  return { starts, sites: found };
}

function firstSiteOfSentence(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], from: number): SiteMatch | undefined {
  const sentence = tokens[from]?.sentence;
  for (let position = from; position < Math.min(tokens.length, from + SPECIMEN_LINE) && tokens[position]?.sentence === sentence; position++) {
    const site = sites[position];
    if (site !== undefined) return site.lymphNode ? site : refinedBy(site, sites[site.end + 1]) ?? site;
  }
  return undefined;
}

/** The specimen site that covers the token at `index`, if a specimen header stands shortly before it. */
export function specimenSiteAt(specimens: SpecimenSites, index: number): SiteMatch | undefined {
  const found = lastAtOrBefore(specimens.starts, specimens.starts.length, index);
  const start = specimens.starts[found];
  const site = specimens.sites[found];
  if (start === undefined || site === undefined || index - start > SPECIMEN_REACH || index < site.end) return undefined;
  return site;
}

/** No specimen (notes that are not pathology reports, and unit tests of the mention finder). */
export const NO_SPECIMENS: SpecimenSites = { starts: [], sites: [] };
