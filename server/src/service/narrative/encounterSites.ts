import type { NeoplasmTable } from '../codes/neoplasm/model';
import { bilateralFindingSites } from './bilateralFindings';
import { NarrativeMemo } from './context';
import { qualifiedRow } from './mapping';
import { rowForPath } from './tablePath';
import { END_OF_PARTS } from './memoKey';
import { operatedSides } from './operatedSides';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Laterality } from './siteLexicon';
import { aboutRelative } from './familyStatement';
import type { Token } from './tokens';
import { lesionSubSites } from './lesionSubSites';
import { placedTumourSites } from './placedTumours';
import type { LesionRecord, SiteOrgan } from './lesionSubSites';

/**
 * A coder codes the most specific site the record documents for the encounter (corpus ANNOTATION.md,
 * "Side and sub-site documented elsewhere in the note"): "RUL adenocarcinoma" in the history makes
 * "metastatic NSCLC" in the assessment the right upper lobe (C34.11), and "pancreatic head mass … bx:
 * adenocarcinoma" makes a later "pancreatic cancer" the head of the pancreas (C25.0). The reader reads
 * one encounter at a time, so the mentions given here never cross a `---` line between encounters.
 *
 * The encounter's primary and in-situ mentions are gathered in one pass, organ by organ (the first word
 * of the table path); a mention of the organ without a side or sub-site then takes the one side and the
 * one sub-site documented for it, and none when the encounter documents two. Negated and hypothetical
 * mentions are coded as written all the same: the reader restores their written site (`writtenSite`).
 */
export function withEncounterSites(
  tokens: readonly Token[], mentions: readonly RawMention[], table?: NeoplasmTable, memo?: NarrativeMemo, sites?: readonly (SiteMatch | undefined)[],
): RawMention[] {
  const lookups = new OrganLookups(table, memo ?? new NarrativeMemo());
  // "Mother - breast ca dx 39": a relative's cancer documents nothing about the patient's organs.
  // "ADH R breast - increased lifetime risk of invasive breast cancer": a feared cancer documents no side either.
  const organs = documentedOrgans(tokens, mentions, lookups, (mention) => documents(mention) && !aboutRelative(tokens, mention.start) && !feared(tokens, mention.start));
  // "hx of RCC s/p L nephrectomy": the side of a removed organ is documented for that organ's cancer.
  for (const { organ, side } of organs.size === 0 ? [] : operatedSides(tokens)) organs.get(lookups.organOf(organ).organ)?.sides.add(side);
  // "RUL mass … EBUS: small cell carcinoma … SCLC": the lesions found at a part of an organ whose cancer names none.
  const lesions = organs.size === 0 || sites === undefined ? EMPTY_LESIONS : lesionSubSites(tokens, sites, (site) => lookups.siteOrgan(site), placedTumourSites(tokens, mentions));
  const spread = documentedOrgans(tokens, mentions, lookups, isSpread);
  // "metastatic to lungs": a paired organ written in the plural documents both sides of its metastases.
  for (const mention of mentions) if (isSpread(mention) && mention.site !== undefined && namesBoth(tokens, mention.site)) spread.get(lookups.organOf(mention.site.path).organ)?.sides.add('bilateral');
  // "multiple new FDG-avid nodules in both lungs": findings on both sides of an organ with metastases document both sides too.
  for (const site of spread.size === 0 || sites === undefined ? [] : bilateralFindingSites(tokens, sites)) spread.get(lookups.organOf(site.path).organ)?.sides.add('bilateral');
  // Pushed into a literal, not mapped: an optimised `map` builds an array of another map than the interpreted one, which
  // deoptimised the restatement passes that read this list.
  const sited: RawMention[] = [];
  for (const mention of mentions) sited.push(isSpread(mention) ? withDocumentedSide(tokens, mention, spread, lookups) : withDocumentedSite(tokens, mention, organs, lookups, lesions));
  return sited;
}

/**
 * The table look-ups of a site's organ and documented part, remembered by path in the reader context's
 * memo (a note repeats the same few sites, each look-up normalises words, and the next note names the
 * same organs). The memo belongs to the context and so to its table.
 */
class OrganLookups {
  /** The organs of this read by path array: each mention asks twice, and many share their lexicon term's path. */
  readonly #byPath = new Map<readonly string[], OrganOf>();

  constructor(private readonly table: NeoplasmTable | undefined, private readonly memo: NarrativeMemo) {}

  organOf(path: readonly string[]): OrganOf {
    let found = this.#byPath.get(path);
    if (found === undefined) {
      const table = this.table;
      const space = table === undefined ? 'organ-without-table' : 'organ';
      found = this.memo.rememberAt(space, this.memo.keyRoot(space).nextAll(path), () => organOf(path, table));
      this.#byPath.set(path, found);
    }
    return found;
  }

  /** A site's organ read at the part its qualifier words name (`lesionSubSites.ts`). */
  siteOrgan(site: SiteMatch): SiteOrgan {
    const path = this.documentedPath(site);
    return { ...this.organOf(path), documented: path === site.path ? site : { ...site, path } };
  }

  /** The path of the part a site's qualifier words name below it, or the site's own path. */
  documentedPath(site: SiteMatch): readonly string[] {
    const table = this.table;
    if (table === undefined || site.qualifiers === undefined || site.qualifiers.length === 0) return site.path;
    // Remembered as null when the part is the site's own row: the caller tells a new path by its identity.
    const key = this.memo.keyRoot('documented-part').nextAll(site.path).next(END_OF_PARTS).nextAll(site.qualifiers);
    const part = this.memo.rememberAt('documented-part', key, () => qualifiedPart(table, site));
    return part ?? site.path;
  }
}

/** A site's organ and whether it names the organ as a whole. */
interface OrganOf {
  readonly organ: string;
  readonly whole: boolean;
  /** The row's primary cell, which names a sub-site whatever words reach it ("distal esophagus", "lower esophagus": C15.5). */
  readonly cell?: string;
}

/**
 * Round 25 (gynaecologic oncology): the uterus with no part written (C55, "uterus, part unspecified") is the whole of the
 * corpus uteri whose parts the table prints under C54 (endometrium C54.1, myometrium C54.2, fundus C54.3), so a "uterine"
 * cancer takes the one part of the corpus the note documents for it ("c/w endometrial primary", "leiomyosarcoma arising in
 * myometrium"), as a "lung" cancer takes its documented lobe.
 */
const ORGAN_OF_PART_UNSPECIFIED: ReadonlyMap<string, string> = new Map([['C55', 'C54']]);

/** Categories of body regions and tissues rather than organs (skin, connective tissue, ill-defined sites): keyed by their own words. */
const BODY_REGIONS = /^C(?:4[3479]|4A|76|80)/;

/**
 * The organ of a site is the category of its row's primary cell (C16 for the stomach and for the
 * gastroesophageal junction, which the table prints as a row of its own; C18 for the colon and the
 * cecum); the site names the whole organ when that cell is the category's unspecified code (C16.9,
 * C18.9, C34.9-, C50.9-) or the category itself (C61). Without a table, the first word of the path.
 */
function organOf(path: readonly string[], table: NeoplasmTable | undefined): OrganOf {
  let row = table === undefined ? undefined : rowForPath(table, path);
  while (row !== undefined && row.cells.primary === undefined && row.parent !== undefined) row = table?.rows[row.parent];
  const cell = row?.cells.primary;
  if (cell === undefined || !/^C\d\d/.test(cell) || BODY_REGIONS.test(cell)) return { organ: path[0] ?? '', whole: isOrganLevel(path) };
  return { organ: ORGAN_OF_PART_UNSPECIFIED.get(cell) ?? cell.slice(0, 3), whole: cell.length === 3 || cell.charAt(4) === '9' || cell.charAt(4) === '-', cell };
}

/** What the encounter documents about one organ: its sides and its sub-sites (deeper table paths). */
interface OrganRecord {
  readonly sides: Set<Laterality>;
  /** Each sub-site by its row's primary cell (its joined path without a table), with the site that documents it. */
  readonly subSites: Map<string, SiteMatch>;
  /**
   * The sub-sites its malignant primaries alone document: an in-situ lesion beside them may lie elsewhere ("CIS at dome").
   * Optional because a region's record (`regionRecord`) joins the sub-sites of its part organs without it: such a record
   * takes only the one sub-site all its primary and in-situ mentions document (`onlyInvasiveSubSite` reads none from it).
   */
  readonly invasiveSubSites?: Map<string, SiteMatch>;
  /** The first site that documents the organ, for a region that counts the organ as one of its parts (`REGION_PARTS`). */
  first?: SiteMatch;
}

/** Mentions that document a site of their own disease; a metastasis documents where it spread, not the primary's site. */
function documents(mention: RawMention): boolean {
  return mention.column === 'primary' || mention.column === 'in-situ';
}

/** How many words (a qualifier, the organ) may stand between "risk of" and the cancer's phrase. */
const RISK_REACH = 3;

/** Whether "risk of" stands right before the phrase at `start` ("risk of a second breast cancer"): a cancer feared, not found. */
function feared(tokens: readonly Token[], start: number): boolean {
  for (let position = start - 2; position >= Math.max(0, start - 2 - RISK_REACH); position--) {
    if (tokens[position]?.norm === 'risk' && tokens[position + 1]?.norm === 'of') return true;
    if (tokens[position]?.punct === true) return false;
  }
  return false;
}

/** A metastasis, which documents the side of its organ's metastases only. */
function isSpread(mention: RawMention): boolean {
  return mention.column === 'secondary';
}

function documentedOrgans(tokens: readonly Token[], mentions: readonly RawMention[], lookups: OrganLookups, counts: (mention: RawMention) => boolean): Map<string, OrganRecord> {
  const organs = new Map<string, OrganRecord>();
  for (const mention of mentions) {
    const site = mention.site;
    if (site === undefined || site.lymphNode || !counts(mention)) continue;
    const path = lookups.documentedPath(site);
    const documented = path === site.path ? site : { ...site, path };
    const { organ, whole, cell } = lookups.organOf(path);
    let record = organs.get(organ);
    if (record === undefined) {
      record = { sides: new Set(), subSites: new Map(), invasiveSubSites: new Map() };
      organs.set(organ, record);
    }
    if (site.laterality !== undefined) record.sides.add(site.laterality);
    record.first ??= documented;
    if (whole || namesMargin(tokens, site)) continue;
    record.subSites.set(cell ?? documented.path.join('/'), documented);
    if (mention.column === 'primary') record.invasiveSubSites?.set(cell ?? documented.path.join('/'), documented);
  }
  return organs;
}

/**
 * "ectocervical margin w/ HSIL/CIN 3": a site naming a specimen's margin is where the resection edge lies, not where the tumour
 * arose, so it documents no sub-site of the organ's cancer (its own mention keeps its site).
 */
function namesMargin(tokens: readonly Token[], site: SiteMatch): boolean {
  const next = tokens[site.end];
  return next !== undefined && next.sentence === tokens[site.end - 1]?.sentence && (next.norm === 'margin' || next.norm === 'margins');
}

/**
 * "adenocarcinoma of the distal esophagus": a sub-site written as a word beside the organ reaches the
 * code through the row's child of that title (mapping.ts), so the site's path stays the organ's; the
 * documented sub-site is that child's path (esophagus → distal, C15.5); null when the words name no child.
 */
function qualifiedPart(table: NeoplasmTable, site: SiteMatch): readonly string[] | null {
  const row = rowForPath(table, site.path);
  if (row === undefined) return null;
  const child = qualifiedRow(table, row, site.qualifiers);
  return child === row ? null : table.path(child.id);
}

const EMPTY_LESIONS: ReadonlyMap<string, LesionRecord> = new Map();

function withDocumentedSite(
  tokens: readonly Token[], mention: RawMention, organs: ReadonlyMap<string, OrganRecord>, lookups: OrganLookups, lesions: ReadonlyMap<string, LesionRecord>,
): RawMention {
  const site = mention.site;
  if (site === undefined || site.lymphNode || mention.unspecifiedSite === true || !documents(mention) || site.partWritten === true) return mention;
  const { organ, whole, cell } = lookups.organOf(site.path);
  const record = isColorectal(site.path) ? colonRecord(organs) : whole && REGION_PARTS.has(organ) ? regionRecord(organs, organ) : organs.get(organ);
  if (record === undefined || aboutAnotherDisease(tokens, mention.start)) return mention;
  // "carcinoma of bilateral ovaries" documents both sides at once: "HGSOC" later is of both ovaries too (C56.3).
  const documentedSide = site.laterality ?? (record.sides.size === 1 ? [...record.sides][0] : undefined);
  // The lesion that documents the sub-site documents its side too ("RUL mass" … "SCLC": the right upper lobe).
  const lesion = whole && record.subSites.size === 0 ? onlyLesionSite(record, lesions.get(organ), documentedSide) : undefined;
  const laterality = documentedSide ?? lesion?.laterality;
  const path = (whole ? onlySubSite(record, laterality) ?? onlyInvasiveSubSite(mention, record, laterality) ?? lesion?.path : onlyPartOf(record, cell, laterality)) ?? site.path;
  if (laterality === site.laterality && path === site.path) return mention;
  const documented: SiteMatch = { ...site, path, ...(laterality === undefined ? {} : { laterality }) };
  return { ...mention, site: documented, writtenSite: mention.writtenSite ?? site };
}

/**
 * "colorectal primary", "CRC" (table: rectum, and colon C19) names the large bowel as a whole: "Metastatic
 * adenocarcinoma, c/w colorectal primary" in a note whose cancer is of the ascending colon is that colon's (C18.2).
 * The colon's record serves when the encounter documents no rectal primary.
 */
export function isColorectal(path: readonly string[]): boolean {
  return path.length === 2 && path[0] === 'rectum' && path[1] === 'and colon';
}

function colonRecord(organs: ReadonlyMap<string, OrganRecord>): OrganRecord | undefined {
  return organs.has('C20') ? rectalRecord(organs) : organs.get('C18');
}

/**
 * Round 23: "rectal adenocarcinoma … Early-onset CRC" names the one large-bowel cancer the encounter documents, the rectum's
 * (table: rectum / Malignant Primary C20), as "CRC" in a colon cancer's note is the colon's; with a colon primary too it stays
 * the large bowel's (colorectalUnsited.ts).
 */
function rectalRecord(organs: ReadonlyMap<string, OrganRecord>): OrganRecord | undefined {
  const rectum = organs.get('C20')?.first;
  return rectum === undefined || organs.has('C18') ? undefined : { sides: new Set(), subSites: new Map([['rectum', rectum]]) };
}

/**
 * Regions the table codes apart from organs inside them: the oropharynx (C10) holds the tonsil (C09) and the base of
 * the tongue (C01), so "p16+ oropharyngeal SCC" in a note whose cancer is the "R tonsil SCC" is the tonsil's (C09.9); the major
 * salivary glands (C08.9) hold the parotid (C07), so a salivary carcinoma of a note about the parotid is the parotid's.
 */
const REGION_PARTS: ReadonlyMap<string, readonly string[]> = new Map([['C10', ['C09', 'C01']], ['C08', ['C07']]]);

/** The region's own record with each part organ the encounter documents as one sub-site of it (none when it documents none). */
function regionRecord(organs: ReadonlyMap<string, OrganRecord>, region: string): OrganRecord | undefined {
  const own = organs.get(region);
  const parts = (REGION_PARTS.get(region) ?? []).map((part) => organs.get(part)).filter((record): record is OrganRecord => record?.first !== undefined);
  if (parts.length === 0) return own;
  const subSites = new Map(own?.subSites);
  for (const part of parts) {
    if (part.subSites.size > 0) for (const [key, site] of part.subSites) subSites.set(key, site);
    else subSites.set((part.first as SiteMatch).path.join('/'), part.first as SiteMatch);
  }
  return { sides: new Set([...(own?.sides ?? []), ...parts.flatMap((part) => [...part.sides])]), subSites };
}

/**
 * "Stage IV rectal adenocarcinoma with liver and lung metastases" in a note whose only lung metastasis is the
 * "RUL metastasis": a metastasis of an organ with no side takes the one side the encounter documents for that
 * organ's metastases (C78.01), never a sub-site (a second metastasis may be in another lobe).
 */
function withDocumentedSide(tokens: readonly Token[], mention: RawMention, spread: ReadonlyMap<string, OrganRecord>, lookups: OrganLookups): RawMention {
  const site = mention.site;
  if (site === undefined || site.lymphNode || site.laterality !== undefined || namesBoth(tokens, site)) return mention;
  const record = spread.get(lookups.organOf(site.path).organ);
  if (record?.sides.size !== 1 || aboutAnotherDisease(tokens, mention.start)) return mention;
  const [laterality] = record.sides;
  return laterality === undefined ? mention : { ...mention, site: { ...site, laterality }, writtenSite: mention.writtenSite ?? site };
}

/** Paired organs written in the plural ("lungs", "kidneys"): both of them. */
const BOTH_ORGANS = new Set(['lungs', 'kidneys', 'adrenals', 'ovaries', 'breasts']);

function namesBoth(tokens: readonly Token[], site: SiteMatch): boolean {
  return BOTH_ORGANS.has(tokens[site.end - 1]?.norm ?? '') || lobesOfBothSides(tokens, site);
}

/** The lung's lobes by side, as a parenthesis after a metastasis lists where it is ("lung mets at dx (3 nodules RLL/LLL)"). */
const LOBE_SIDES: ReadonlyMap<string, Laterality> = new Map<string, Laterality>([
  ['rul', 'right'], ['rml', 'right'], ['rll', 'right'], ['lul', 'left'], ['lll', 'left'],
]);
/** How far after its site a metastasis's parenthesis may list lobes. */
const LOBE_REACH = 12;

/** Whether a parenthesis shortly after the site, in its sentence, lists lobes of both lungs: the metastases are bilateral. */
function lobesOfBothSides(tokens: readonly Token[], site: SiteMatch): boolean {
  const sentence = tokens[site.end - 1]?.sentence;
  const sides: (Laterality | undefined)[] = [];
  let open = false;
  for (let position = site.end; position < Math.min(tokens.length, site.end + LOBE_REACH); position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || token.norm === ')') break;
    open ||= token.norm === '(';
    // "RLL/LLL" is one token: each lobe of it counts.
    if (open) sides.push(...token.norm.split('/').map((part) => LOBE_SIDES.get(part)));
  }
  return sides.includes('right') && sides.includes('left');
}

/**
 * Whether a path names an organ as a whole: its first word alone, or the colon NOS, whose parts (cecum,
 * sigmoid …) the table prints beside it under "intestine, large" ("Metastatic colon cancer" after
 * "adenocarcinoma of the cecum" is the cecum's, C18.0).
 */
function isOrganLevel(path: readonly string[]): boolean {
  return path.length === 1 || (path.length === 3 && path[0] === 'intestine' && path[1] === 'large' && path[2] === 'colon');
}

/** The one sub-site documented for the organ on a side compatible with the mention's. */
function onlySubSite(record: OrganRecord, laterality: Laterality | undefined): readonly string[] | undefined {
  if (record.subSites.size !== 1) return undefined;
  const [only] = record.subSites.values();
  if (only === undefined || (laterality !== undefined && only.laterality !== undefined && only.laterality !== laterality)) return undefined;
  return only.path;
}

/**
 * "HG T1 urothelial ca L lat wall + CIS at dome … Pre-op Dx: bladder tumor": the invasive cancer and a flat in-situ lesion
 * beside it are two lesions, so the in-situ one's part does not make the cancer's sub-site doubtful. A primary mention takes
 * the one sub-site the organ's malignant primaries document when the in-situ mentions add another.
 */
function onlyInvasiveSubSite(mention: RawMention, record: OrganRecord, laterality: Laterality | undefined): readonly string[] | undefined {
  const invasive = record.invasiveSubSites;
  if (mention.column !== 'primary' || invasive === undefined || invasive.size === record.subSites.size) return undefined;
  return onlySubSite({ ...record, subSites: invasive }, laterality);
}

/**
 * The one site the organ's lesions are written at (a sub-site), for an organ whose cancer mentions document none ("RUL mass" … "SCLC"):
 * none when they name two sub-sites, the organ as a whole, both sides, or a side other than the cancer's.
 */
function onlyLesionSite(record: OrganRecord, lesions: LesionRecord | undefined, laterality: Laterality | undefined): SiteMatch | undefined {
  if (lesions === undefined || lesions.subSites.size !== 1 || lesions.wholeOrgan || lesions.sides.size > 1) return undefined;
  const [side] = lesions.sides;
  if (side !== undefined && ((laterality !== undefined && side !== laterality) || [...record.sides].some((documented) => documented !== side))) return undefined;
  const [only] = lesions.subSites.values();
  return only;
}

/**
 * Sub-sites whose Tabular title is the "part unspecified" of a region the category divides further: the oral tongue
 * (C02.3, "anterior two-thirds of tongue, part unspecified") holds its dorsal surface, border and ventral surface
 * (C02.0-C02.2), so "Oral tongue SCC" in a note whose cancer is the "L lateral (oral) tongue" is the border's (C02.1).
 */
const UNSPECIFIED_PARTS: ReadonlyMap<string, readonly string[]> = new Map([['C02.3', ['C02.0', 'C02.1', 'C02.2']]]);

/** The one part the encounter documents within a sub-site whose title leaves its part unspecified. */
function onlyPartOf(record: OrganRecord, cell: string | undefined, laterality: Laterality | undefined): readonly string[] | undefined {
  const parts = cell === undefined ? undefined : UNSPECIFIED_PARTS.get(cell);
  if (parts === undefined) return undefined;
  const documented = [...record.subSites].filter(([key]) => parts.includes(key)).map(([, site]) => site);
  const [only] = documented;
  if (documented.length !== 1 || only === undefined || (laterality !== undefined && only.laterality !== undefined && only.laterality !== laterality)) return undefined;
  return only.path;
}

/** Words that make a mention about another tumour of the organ, or the organ in general ("contralateral breast cancer", "a new primary"). */
const ANOTHER_DISEASE = new Set(['contralateral', 'either', 'new', 'second', 'another', 'other', 'opposite', 'any', 'bilateral']);
/** What "new" qualifies when it reports the disease just found: its diagnosis. */
const NEW_FINDING_NOUNS: ReadonlySet<string> = new Set(['diagnosis', 'dx']);
/** How many words before a mention may say it is about another tumour. */
const ANOTHER_DISEASE_REACH = 3;

function aboutAnotherDisease(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  for (let position = start; position >= Math.max(0, start - ANOTHER_DISEASE_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    // "New breast cancer" (the reason for a consult) is the newly found disease itself; "a new primary" is another one.
    if (token.norm === 'new' && !['a', 'an'].includes(tokens[position - 1]?.norm ?? '') && tokens[position + 1]?.norm !== 'primary') continue;
    // "for a new diagnosis of colon cancer" (a referral's reason) names the disease just found, not another tumour beside it.
    if (token.norm === 'new' && NEW_FINDING_NOUNS.has(tokens[position + 1]?.norm ?? '')) continue;
    if (ANOTHER_DISEASE.has(token.norm)) return true;
  }
  return false;
}
