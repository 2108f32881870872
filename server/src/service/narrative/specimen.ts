import { lastAtOrBefore } from '../sortedSearch';
import type { NoteSection } from './model';
import { type ResultsRanges, resultsRanges } from './writtenCarcinoma';
import { labelRefinedBy } from './siteContext';
import { labelSkinSurface, mergeSkin } from './skinSites';
import type { SiteMatch } from './siteFinder';
import type { Laterality } from './siteLexicon';
import { firstInSentenceAfter } from './sentenceWindow';
import { specimenSourceStarts } from './sourceField';
import type { Token } from './tokens';
import { WORD_CLASS } from './wordClasses';

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
  /** The token where the encounter's first pathology section opens: what follows is a pathology report's (restatedCarcinoma.ts). */
  readonly reportStart?: number;
  /** The results sections' token ranges, where a clinician's site-less carcinoma weighs an image (writtenCarcinoma.ts). */
  readonly results?: ResultsRanges;
}

/** How many tokens after its header a specimen still names the site of a finding. */
const SPECIMEN_REACH = 300;
/** How many tokens of the header's line are searched for the specimen's site. */
const SPECIMEN_LINE = 16;

const SPECIMEN_TITLE = /^(?:specimens?|specimen\(s\)|specimens? submitted|source|specimen source)$/i;

/** The specimen sites of an encounter, from its `Specimen:` section headers and the openings of synoptic reports. */
export function findSpecimenSites(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], sections: readonly NoteSection[]): SpecimenSites {
  const opened: { start: number; site: SiteMatch }[] = [];
  let index = 0;
  for (const section of sections) {
    if (!SPECIMEN_TITLE.test(section.title)) continue;
    const textStart = section.headerSpan.offset + section.headerSpan.length;
    while (index < tokens.length && (tokens[index]?.start ?? 0) < textStart) index++;
    const site = firstSiteOfSentence(tokens, sites, index);
    if (site !== undefined) opened.push({ start: index, site });
  }
  // A "Source:" field that names a specimen (sourceField.ts) is that specimen's header.
  for (const start of specimenSourceStarts(tokens)) {
    const site = firstSiteOfSentence(tokens, sites, start);
    if (site !== undefined) opened.push({ start, site });
  }
  opened.push(...synopticOpenings(tokens, sites));
  opened.sort((a, b) => a.start - b.start);
  const report = sections.find((section) => section.kind === 'pathology');
  const reportStart = report === undefined ? undefined : firstTokenFrom(tokens, report.headerSpan.offset);
  return { starts: opened.map((entry) => entry.start), sites: opened.map((entry) => entry.site), results: resultsRanges(tokens, sections), ...(reportStart === undefined ? {} : { reportStart }) };
}

/**
 * The lines that open a synoptic (CAP protocol) report or name its tumour's site: "SYNOPTIC REPORT -
 * THYROID GLAND", "Tumor Site: Sigmoid colon". The organ they name is the site of the findings listed
 * after them ("Histologic Type: Papillary carcinoma, classic"), which the synoptic form never repeats.
 */
const SYNOPTIC_OPENINGS: readonly (readonly string[])[] = [
  ['synoptic', 'report'], ['synoptic', 'summary'], ['tumor', 'site', ':'], ['tumour', 'site', ':'], ['primary', 'tumor', 'site', ':'],
  ['tumor', 'location', ':'], ['primary', 'site', ':'],
];
export const SYNOPTIC_FIRST_WORDS: ReadonlySet<string> = new Set(SYNOPTIC_OPENINGS.map((words) => words[0] as string));

function synopticOpenings(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[]): { start: number; site: SiteMatch }[] {
  const opened: { start: number; site: SiteMatch }[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if ((token.classes & WORD_CLASS.synopticFirst) === 0 || !SYNOPTIC_FIRST_WORDS.has(token.norm)) continue;
    const opening = openingAt(tokens, index);
    const titled = opening === undefined && token.norm === 'synoptic' ? synopticTitleSite(tokens, sites, index) : undefined;
    if (titled !== undefined) opened.push(titledForm(tokens, index, titled));
    // A field ("Tumor Site:") is known by its colon wherever the form's lines break; a title must open its sentence.
    if (opening?.[opening.length - 1] !== ':' && tokens[index - 1]?.sentence === token.sentence) continue;
    const site = opening === undefined ? undefined : firstSiteOfSentence(tokens, sites, index + opening.length);
    const side = site === undefined || site.laterality !== undefined ? undefined : synopticLaterality(tokens, index);
    if (site !== undefined) opened.push({ start: index, site: side === undefined ? site : { ...site, laterality: side } });
  }
  return opened;
}

/** How many words a synoptic title may write before "synoptic" ("ENDOMETRIUM: HYSTERECTOMY - SYNOPTIC (CAP, v4.3)"). */
const TITLE_WORDS = 6;

/**
 * The organ a synoptic title line names before or after the word ("SYNOPTIC - PROSTATE GLAND: RADICAL PROSTATECTOMY (CAP
 * 4.2.0.0)", "ENDOMETRIUM: HYSTERECTOMY - SYNOPTIC (CAP, v4.3)"): the form's fields below it ("Histologic Type: Acinar
 * adenocarcinoma") describe the tumour of that organ, as under "SYNOPTIC REPORT - THYROID GLAND". A "synoptic" further into
 * its sentence than a title's words ("carcinoma, 3.2 cm (see synoptic)") names none.
 */
function synopticTitleSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], index: number): SiteMatch | undefined {
  const sentence = tokens[index]?.sentence;
  let first = index;
  while (first > 0 && tokens[first - 1]?.sentence === sentence) {
    if (index - first >= TITLE_WORDS) return undefined;
    first--;
  }
  return firstSiteOfSentence(tokens, sites, first);
}

/**
 * A titled form's specimen, from the line after its title: the title's own words ("SYNOPTIC (Thymic Epithelial Tumors)") name the
 * protocol, no finding. Its side is the form's "Specimen Laterality:" field, written under the title or above it.
 */
function titledForm(tokens: readonly Token[], index: number, site: SiteMatch): { start: number; site: SiteMatch } {
  const sentence = tokens[index]?.sentence;
  let start = index;
  while (start < Math.min(tokens.length, index + SPECIMEN_LINE) && tokens[start]?.sentence === sentence) start++;
  const side = site.laterality === undefined ? lateralityFieldAfter(tokens, start) ?? synopticLaterality(tokens, index) : undefined;
  return { start, site: side === undefined ? site : { ...site, laterality: side } };
}

/** The side a "Specimen Laterality:" field gives within the first lines after a synoptic title. */
function lateralityFieldAfter(tokens: readonly Token[], from: number): Laterality | undefined {
  for (let position = from; position < Math.min(tokens.length, from + LATERALITY_REACH); position++) {
    if (tokens[position]?.norm === 'laterality' && tokens[position + 1]?.norm === ':') return SYNOPTIC_SIDES.get(tokens[position + 2]?.norm ?? '');
  }
  return undefined;
}

/** The synoptic opening written at `index`, if any (plain loops: "tumor" is a common word, and this runs at each one). */
function openingAt(tokens: readonly Token[], index: number): readonly string[] | undefined {
  for (const words of SYNOPTIC_OPENINGS) {
    let offset = 0;
    while (offset < words.length && tokens[index + offset]?.norm === words[offset]) offset++;
    if (offset === words.length) return words;
  }
  return undefined;
}

/** How far before a synoptic "Tumor Site:" field its "Specimen Laterality:" field is looked for. */
const LATERALITY_REACH = 40;
const SYNOPTIC_SIDES: ReadonlyMap<string, Laterality> = new Map<string, Laterality>([['right', 'right'], ['left', 'left'], ['bilateral', 'bilateral']]);

/** "SPECIMEN LATERALITY: RIGHT" … "TUMOR SITE: UPPER OUTER QUADRANT": the side a synoptic form states in a field of its own. */
function synopticLaterality(tokens: readonly Token[], index: number): Laterality | undefined {
  for (let position = index - 1; position >= Math.max(0, index - LATERALITY_REACH); position--) {
    if (tokens[position]?.norm === 'laterality' && tokens[position + 1]?.norm === ':') return SYNOPTIC_SIDES.get(tokens[position + 2]?.norm ?? '');
  }
  return undefined;
}

/** The first site of the sentence from `from` (a specimen's line), made more specific by the words right after it. */
export function firstSiteOfSentence(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], from: number): SiteMatch | undefined {
  const position = firstInSentenceAfter(tokens, from, SPECIMEN_LINE, tokens[from]?.sentence, (_token, at) => sites[at] !== undefined);
  const site = position < 0 ? undefined : sites[position];
  if (site === undefined) return undefined;
  return site.lymphNode ? site : skinOfSurface(tokens, sites, site) ?? labelRefinedBy(tokens, sites, site) ?? site;
}

/**
 * "Tumor Site: Skin of upper back", "SPECIMEN: Skin, left forearm, excision": the skin of the body surface written right after
 * it, whose C43 / C44 subdivision the skin tumours below take, not the skin NOS.
 */
function skinOfSurface(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], site: SiteMatch): SiteMatch | undefined {
  if (site.path.length !== 1 || site.path[0] !== 'skin') return undefined;
  let next = site.end;
  if (SKIN_JOINERS.has(tokens[next]?.norm ?? '')) next++;
  if (tokens[next]?.norm === 'the') next++;
  // "Skin of upper back": a position word the site finder leaves out of the surface ("back") stands before it.
  const surface = next === site.end ? undefined : labelSkinSurface(sites, tokens, next) ?? (SURFACE_PARTS.has(tokens[next]?.norm ?? '') ? sites[next + 1] : undefined);
  return surface === undefined || surface.lymphNode ? undefined : mergeSkin([site, surface])[0];
}

const SKIN_JOINERS: ReadonlySet<string> = new Set([',', 'of']);
const SURFACE_PARTS: ReadonlySet<string> = new Set(['upper', 'lower', 'mid', 'posterior', 'anterior', 'lateral', 'medial']);

/** The first token at or after the offset (a binary search over the tokens, which are in text order). */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0, high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
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
