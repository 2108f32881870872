import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * How two sites written together name one: the more specific of two sites of the same organ, and a part and its
 * organ written side by side or joined by "of" or a comma ("left breast UOQ", "lung, right upper lobe"). The site
 * lists (`siteLists.ts`), the field lists and the context passes (`siteContext.ts`) read sites through these.
 */
/**
 * The more specific of two sites of the same organ ("lung adenocarcinoma, LUL" is the left upper lobe),
 * keeping the first site's start; undefined when the second is no refinement of the first.
 */
export function refinedBy(site: SiteMatch, other: SiteMatch | undefined): SiteMatch | undefined {
  if (other === undefined || other.lymphNode) return undefined;
  if (isLargeBowelPart(site, other) || isGlandOfGroup(site, other) || isCorpusPart(site, other)) return { ...other, start: Math.min(site.start, other.start), end: Math.max(site.end, other.end) };
  if (other.path[0] !== site.path[0]) return undefined;
  // "A. BLADDER, DOME, TURBT:": a part the other site sets off after the same organ ("dome") narrows it too.
  const narrower = other.path.length > site.path.length || isColonPart(site, other) || (other.partWritten === true && site.qualifiers === undefined && other.path.length === site.path.length);
  if (!narrower && (other.laterality === undefined || site.laterality !== undefined)) return undefined;
  const laterality = other.laterality ?? site.laterality;
  return { ...other, start: Math.min(site.start, other.start), end: Math.max(site.end, other.end), ...(laterality === undefined ? {} : { laterality }) };
}

/**
 * Round 25 (gynaecologic oncology): "uterine leiomyosarcoma arising in myometrium", "uterine carcinoma, endometrium": the table
 * prints the corpus uteri's layers as rows of their own beside "uterus, uteri, uterine" (C55), not only below it: endometrium
 * C54.1, myometrium C54.2, isthmus uteri C54.0. Written with the uterus, the layer is where in the uterus the tumour is.
 */
const CORPUS_LAYERS = new Set(['endometrium', 'myometrium', 'isthmus uteri']);
function isCorpusPart(site: SiteMatch, other: SiteMatch): boolean {
  return site.path.length === 1 && site.path[0] === 'uterus' && other.path.length === 1 && CORPUS_LAYERS.has(other.path[0] ?? '');
}

/** "Colon cancer of the hepatic flexure": the table prints the colon's parts beside "colon", not below it. */
function isColonPart(site: SiteMatch, other: SiteMatch): boolean {
  const [intestine, large, colon] = site.path;
  return site.path.length === 3 && intestine === 'intestine' && large === 'large' && colon === 'colon'
    && other.path.length === 3 && other.path[1] === 'large' && other.path[2] !== 'colon';
}

/**
 * "C. Rectum, biopsies: Tubulovillous adenoma": a polyp histology the lexicon places in the colon by
 * default is of the rectum or the rectosigmoid junction a label names; the table prints those as rows of
 * their own (rectum D12.8, rectosigmoid D12.7), not below "colon".
 */
function isLargeBowelPart(site: SiteMatch, other: SiteMatch): boolean {
  return site.path.length === 3 && site.path[2] === 'colon' && site.path[1] === 'large' && (other.path[0] === 'rectum' || other.path[0] === 'rectosigmoid');
}

/** The major salivary glands the table prints as rows of their own (parotid D11.0, submandibular D11.7, sublingual D11.7). */
const SALIVARY_GLANDS = new Set(['parotid', 'submandibular', 'submandibular gland', 'sublingual', 'sublingual gland']);

/** "R parotid: … favored Warthin tumor": a tumour the lexicon places in the salivary glands as a group is of the one gland a label names. */
function isGlandOfGroup(site: SiteMatch, other: SiteMatch): boolean {
  return site.path.length === 1 && site.path[0] === 'salivary gland or duct' && SALIVARY_GLANDS.has(other.path[0] ?? '');
}

/** Of two readings of one site, the one that names the deeper row (a side alone refines nothing below the organ). */
function deeperOf(first: SiteMatch | undefined, second: SiteMatch | undefined): SiteMatch | undefined {
  return first === undefined || (second !== undefined && second.path.length > first.path.length) ? second : first;
}

/** "upper-outer quadrant of left female breast", "lung, right upper lobe": a part and its organ joined by "of" or a comma are one site. */
export function mergeOrganParts(tokens: readonly Token[], list: readonly SiteMatch[]): SiteMatch[] {
  const merged: SiteMatch[] = [];
  for (const site of list) {
    const previous = merged[merged.length - 1];
    const joiner = previous === undefined ? undefined : tokens[previous.end]?.norm;
    // "right hilar lung cancer", "left breast UOQ": a part written right before or right after its organ is one site.
    const adjacent = previous === undefined || site.start !== previous.end ? undefined : deeperOf(refinedBy(previous, site), refinedBy(site, previous));
    if (adjacent !== undefined) {
      merged[merged.length - 1] = { ...adjacent, start: previous?.start ?? adjacent.start, end: site.end };
      continue;
    }
    // "umbilical skin met", "scalp skin": the skin of the body site written right before it.
    if (previous !== undefined && site.start === previous.end && site.path.length === 1 && site.path[0] === 'skin' && !previous.lymphNode && previous.path[0] !== 'skin') {
      // The words around the body site ("skin" itself) are no qualifiers of the skin row: "(skin)" is a modifier of "mastectomy site".
      merged[merged.length - 1] = { start: previous.start, end: site.end, path: ['skin', ...previous.path], lymphNode: false, ...(previous.laterality === undefined ? {} : { laterality: previous.laterality }) };
      continue;
    }
    const joined = previous !== undefined && (joiner === 'of' || joiner === ',') && (site.start === previous.end + 1 || (tokens[previous.end + 1]?.norm === 'the' && site.start === previous.end + 2));
    // "upper-outer quadrant of left female breast" either way round; "lung, right upper lobe" only as organ then part.
    const part = !joined ? undefined : joiner === 'of' ? refinedBy(site, previous) ?? refinedBy(previous, site) : refinedBy(previous as SiteMatch, site);
    if (part !== undefined) merged[merged.length - 1] = { ...part, start: previous?.start ?? part.start, end: site.end };
    else merged.push(site);
  }
  return merged;
}
