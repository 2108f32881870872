import type { Laterality } from './siteLexicon';
import type { TokenSlots } from './tokenSlots';

/** The table row of a neoplasm with no site named (Malignant Primary C80.1, Malignant Secondary C79.9). */
export const UNSPECIFIED_SITE = 'unknown site or unspecified';

/**
 * A site the reader found in the tokens: its table path, side and the words around it. In a module of
 * its own so that the context modules the site finder consults can name it without an import cycle.
 */
export interface SiteMatch {
  /** Token index of the first token (the laterality word when there is one). */
  readonly start: number;
  /** Token index after the last token. */
  readonly end: number;
  readonly path: readonly string[];
  readonly laterality?: Laterality;
  readonly lymphNode: boolean;
  /** Words written next to the site ("distal" esophagus, "pancreatic adenocarcinoma, tail") that may name a sub-site row. */
  readonly qualifiers?: readonly string[];
  /** The organ's part was set off after it ("of the bladder, L lateral wall"): no sub-site is taken from context. */
  readonly partWritten?: boolean;
  /** A body fluid sampled for cytology (fluidCytology.ts): a carcinoma found in it is a metastasis to the cavity. */
  readonly fluid?: boolean;
  /**
   * The body surface of the line a squamous cell carcinoma with no site of its own was placed on
   * (skinSites.ts): coding keeps it only where the table puts the carcinoma on the skin.
   */
  readonly surfaceOnly?: boolean;
  /**
   * Other organs the text leaves open beside this one ("Rule out upper tract urothelial carcinoma": the renal
   * pelvis or the ureter): the mention is coded null with the candidates of all of them.
   */
  readonly alternatives?: readonly SiteMatch[];
}

/**
 * The site with every field of `SiteMatch` present, in one order (a field it lacks is undefined): the
 * site finder and the passes build sites in many literal shapes, and one shape keeps the reads of their
 * fields out of V8's megamorphic inline caches (see `inOneShape` in rawMention.ts).
 */
export function siteInOneShape(site: SiteMatch): SiteMatch {
  return {
    start: site.start, end: site.end, path: site.path, laterality: site.laterality, lymphNode: site.lymphNode, qualifiers: site.qualifiers,
    partWritten: site.partWritten, fluid: site.fluid, surfaceOnly: site.surfaceOnly, alternatives: site.alternatives,
  };
}

/** Whether two table paths name the same row (compared part by part: no joined string per comparison). */
export function samePath(first: readonly string[], second: readonly string[]): boolean {
  if (first === second) return true;
  if (first.length !== second.length) return false;
  for (let index = 0; index < first.length; index++) if (first[index] !== second[index]) return false;
  return true;
}

/** The sites by the token index they end before (`sites` holds them by their start), in `slots` emptied for this read. */
export function sitesByEnd(sites: readonly (SiteMatch | undefined)[], tokenCount: number, slots: TokenSlots<SiteMatch>): (SiteMatch | undefined)[] {
  const siteEndingAt = slots.empty(tokenCount + 1);
  for (let position = 0; position < sites.length; position++) {
    const site = sites[position];
    if (site !== undefined) siteEndingAt[site.end] = site;
  }
  return siteEndingAt;
}
