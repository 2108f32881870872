import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "Upper tract urothelial carcinoma" (UTUC) is a urothelial carcinoma of the renal pelvis or the ureter,
 * not of the bladder the reader gives a urothelial carcinoma with no site (table: pelvis, renal
 * Malignant Primary C65.-; ureter C66.-). It takes the renal pelvis or ureter the report names nearest,
 * with its side ("Enhancing right renal pelvis filling defect, highly suspicious for upper tract
 * urothelial carcinoma" → C65.1; a clinical history's "Rule out upper tract urothelial carcinoma" takes
 * the one the findings below name), else the renal pelvis, where most of them arise.
 */
const BEFORE_REACH = 40;
const AFTER_REACH = 80;
const RENAL_PELVIS = ['renal', 'pelvis'];

function isUpperTractSite(site: SiteMatch | undefined): site is SiteMatch {
  if (site === undefined || site.lymphNode) return false;
  return (site.path[0] === 'renal' && site.path[1] === 'pelvis') || site.path[0] === 'ureter';
}

/** Whether "upper tract" (or "upper-tract", "upper urinary tract") stands right before the anchor. */
function upperTractBefore(tokens: readonly Token[], anchorStart: number): boolean {
  const previous = tokens[anchorStart - 1]?.norm;
  if (previous === 'upper-tract') return true;
  if (previous !== 'tract') return false;
  const before = tokens[anchorStart - 2]?.norm;
  return before === 'upper' || (before === 'urinary' && tokens[anchorStart - 3]?.norm === 'upper');
}

/** The nearest renal pelvis or ureter before the anchor, else after it, within reach. */
function nearestUpperTractSite(sites: readonly (SiteMatch | undefined)[], anchorStart: number, anchorEnd: number): SiteMatch | undefined {
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - BEFORE_REACH); position--) {
    const site = sites[position];
    if (isUpperTractSite(site)) return site;
  }
  for (let position = anchorEnd; position < Math.min(sites.length, anchorEnd + AFTER_REACH); position++) {
    const site = sites[position];
    if (isUpperTractSite(site)) return site;
  }
  return undefined;
}

/** The mention with an upper-tract urothelial carcinoma placed in the renal pelvis or ureter instead of the bladder. */
export function withUpperTractSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mention: RawMention): RawMention {
  const site = mention.site;
  if (mention.histology?.impliedSite?.[0] !== 'bladder' || site?.path[0] !== 'bladder' || !upperTractBefore(tokens, mention.anchorStart)) return mention;
  const found = nearestUpperTractSite(sites, mention.anchorStart, mention.anchorEnd);
  const placed: SiteMatch = found === undefined
    ? { start: mention.anchorStart, end: mention.anchorStart, path: RENAL_PELVIS, lymphNode: false }
    : { ...found, start: mention.anchorStart, end: mention.anchorStart };
  return { ...mention, site: placed };
}
