import type { NeoplasmColumn } from '../codes/neoplasm/model';
import type { HistologyTerm } from './histologyLexicon';
import type { MorphologyTerm } from './morphologyLexicon';
import type { SiteMatch } from './siteFinder';

/**
 * A neoplasm mention as the mention finder (mentions.ts) reads it, before assertion and coding. It
 * lives in a file of its own so the site-context helpers can take mentions without importing the
 * finder that calls them.
 */
export interface RawMention {
  /** Token range of the phrase. */
  readonly start: number;
  readonly end: number;
  /** Token range of the histology word, where assertion triggers before it are measured from. */
  readonly anchorStart: number;
  readonly anchorEnd: number;
  readonly column: NeoplasmColumn | null;
  readonly site?: SiteMatch;
  /**
   * The site as written in the phrase, when `site` took a side or sub-site from the passage around it
   * ("RLL nodule … No definite lung malignancy"): a denied diagnosis keeps the words it was written with.
   */
  readonly writtenSite?: SiteMatch;
  /**
   * The implied site a restated histology was written with, when it took the sub-site and side of the tumour named before it
   * ("look for SCLC transformation" after "NSCLC of the LUL"; restatedSite.ts): a feared one is coded as written.
   */
  readonly impliedWrittenSite?: SiteMatch;
  readonly histology?: HistologyTerm;
  readonly morphology?: MorphologyTerm;
  /** True when the note's type of the disease restated this untyped word (`noteTypes.ts`), so a foreseen one can be told apart. */
  readonly typedByNote?: boolean;
  /** True when "in remission" follows a histology whose code has a remission form. */
  readonly remission?: boolean;
  /** True when the sentence says a leukaemia or myeloma relapsed. */
  readonly relapse?: boolean;
  /** True when "in situ" follows a morphology-classified histology that has an in-situ code (melanoma in situ). */
  readonly inSitu?: boolean;
  /** True when an Ann Arbor stage II or III follows a lymphoma with no site written: lymph nodes of multiple sites (fifth character 8). */
  readonly multipleNodeSites?: boolean;
  /** True for a metastasis of a carcinoid or neuroendocrine tumour (Tabular C7B), named in the same sentence. */
  readonly neuroendocrine?: boolean;
  /** A "cancer" with no site, kept only as a personal or family history (unspecifiedCancer.ts). */
  readonly unspecifiedSite?: boolean;
  /** A bone or soft-tissue tumour written with no site ("#1 Ewing sarcoma"): kept only when it restates one named with its site (restatedSite.ts). */
  readonly restatedOnly?: boolean;
  /** A margin statement's histology, at the site of the specimen's tumour even when denied (marginStatement.ts). */
  readonly marginStatement?: boolean;
  /** A tissue's tumour type written with no site, at the tissue's own row, coded only denied or foreseen (tissueOnlyHistology.ts). */
  readonly tissueOnly?: boolean;
  /** A site-less malignancy an assessment item offers for its finding, at the finding's site, coded only hedged (itemMalignancy.ts). */
  readonly hedgedOnly?: boolean;
  /** A site-less squamous cell carcinoma, placed on the skin only when every one the note places is there (skinSquamousRestatement.ts). */
  readonly skinSquamous?: boolean;
  /** A melanoma written "metastatic …" in a sentence with no site: denied, it is the site-less spread C79.9 (deniedMetastaticMelanoma.ts). */
  readonly spreadIfDenied?: boolean;
}

/**
 * The mention with every field of `RawMention` present, in one order (a field it lacks is undefined). Its
 * sites are kept as they are, since passes tell sites apart by identity; the site finder gives its own sites
 * one shape (`siteInOneShape`). The mention finder builds mentions in dozens of literal shapes, and the
 * passes after it read their fields: with that many shapes each such read is megamorphic and misses V8's
 * inline-cache table, a call into the runtime. Mentions of one shape, and the copies passes make of them
 * by spreading (which keep the shape), are read through one cached shape. No pass tells a field that is
 * undefined from one that is absent.
 */
export function inOneShape(mention: RawMention): RawMention {
  return {
    start: mention.start, end: mention.end, anchorStart: mention.anchorStart, anchorEnd: mention.anchorEnd, column: mention.column,
    site: mention.site, writtenSite: mention.writtenSite, impliedWrittenSite: mention.impliedWrittenSite,
    histology: mention.histology, morphology: mention.morphology, remission: mention.remission, relapse: mention.relapse, inSitu: mention.inSitu,
    multipleNodeSites: mention.multipleNodeSites, neuroendocrine: mention.neuroendocrine, unspecifiedSite: mention.unspecifiedSite, restatedOnly: mention.restatedOnly,
    marginStatement: mention.marginStatement, tissueOnly: mention.tissueOnly, hedgedOnly: mention.hedgedOnly, skinSquamous: mention.skinSquamous,
    spreadIfDenied: mention.spreadIfDenied,
  };
}

/**
 * Each mention in one shape, pushed into a literal rather than mapped: an optimised `map` builds an array of
 * another map than the interpreted one, and the passes that walk the list were deoptimised when it changed.
 */
export function allInOneShape(mentions: readonly RawMention[]): RawMention[] {
  const shaped: RawMention[] = [];
  for (const mention of mentions) shaped.push(inOneShape(mention));
  return shaped;
}
