import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "Upper tract urothelial carcinoma" (UTUC) is a urothelial carcinoma of the renal pelvis or the ureter,
 * not of the bladder the reader gives a urothelial carcinoma with no site (table: pelvis, renal
 * Malignant Primary C65.-; ureter C66.-). It takes the renal pelvis or ureter the report names nearest,
 * with its side ("Enhancing right renal pelvis filling defect, highly suspicious for upper tract
 * urothelial carcinoma" → C65.1); with no finding before it ("Rule out upper tract urothelial carcinoma"
 * in a clinical history) the renal pelvis or the ureter stay open (null, C65.- and C66.- as candidates, on
 * the side the findings below name).
 */
const BEFORE_REACH = 40;
const AFTER_REACH = 80;
const RENAL_PELVIS = ['renal', 'pelvis'];
const URETER = ['ureter'];

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

/**
 * Whether the mention is an upper-tract urothelial carcinoma still at the organ the lexicon gives it: the
 * bladder of a "urothelial carcinoma" after "upper tract", or the renal pelvis of the phrase's own term
 * ("upper tract urothelial carcinoma", "UTUC") with no side or ureter written.
 */
function isUpperTract(tokens: readonly Token[], mention: RawMention, site: SiteMatch): boolean {
  const words = mention.histology?.words ?? '';
  if (words.startsWith('upper tract') || words === 'utuc') return site.path[0] === 'renal' && site.laterality === undefined && site.path.length <= 2;
  return mention.histology?.impliedSite?.[0] === 'bladder' && site.path[0] === 'bladder' && upperTractBefore(tokens, mention.anchorStart);
}

/** The nearest renal pelvis or ureter before the anchor (the finding it concludes), within reach. */
function upperTractSiteBefore(sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - BEFORE_REACH); position--) {
    const site = sites[position];
    if (isUpperTractSite(site)) return site;
  }
  return undefined;
}

/** The side of the renal pelvis or ureter the findings after the anchor name, when they name one side only. */
function sideAfter(sites: readonly (SiteMatch | undefined)[], anchorEnd: number): SiteMatch['laterality'] {
  let side: SiteMatch['laterality'];
  for (let position = anchorEnd; position < Math.min(sites.length, anchorEnd + AFTER_REACH); position++) {
    const site = sites[position];
    if (!isUpperTractSite(site) || site.laterality === undefined) continue;
    if (side !== undefined && side !== site.laterality) return undefined;
    side = site.laterality;
  }
  return side;
}

/** The mention with an upper-tract urothelial carcinoma placed in the renal pelvis or ureter instead of the bladder. */
export function withUpperTractSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mention: RawMention): RawMention {
  const site = mention.site;
  if (site === undefined || !isUpperTract(tokens, mention, site)) return mention;
  const found = upperTractSiteBefore(sites, mention.anchorStart);
  if (found !== undefined) return { ...mention, site: { ...found, start: mention.anchorStart, end: mention.anchorStart } };
  // No finding before it ("Rule out upper tract urothelial carcinoma" in a clinical history): the renal pelvis or the ureter,
  // on the one side the findings below name.
  const side = sideAfter(sites, mention.anchorEnd);
  const open = (path: readonly string[]): SiteMatch => ({ start: mention.anchorStart, end: mention.anchorStart, path, lymphNode: false, ...(side === undefined ? {} : { laterality: side }) });
  return { ...mention, site: { ...open(RENAL_PELVIS), alternatives: [open(URETER)] } };
}
