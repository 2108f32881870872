import { SPREAD_ORGANS } from './neuroendocrineNote';
import { DocumentedBones } from './documentedBone';
import { documentsMelanomaSite, isPendingNodeMelanoma, MELANOMA_SITE_KEY, skinSurface } from './nodeMelanomaPrimary';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import { samePath } from './siteMatch';
import { inSpinalCord, SPINAL_CORD } from './spinalGlioma';
import { isBrainWord } from './studyContext';
import type { Token } from './tokens';
import { pendingTissueOnly } from './tissueOnlyHistology';
import { keepsOwnOrgan } from './unrenamedPrimaries';

/**
 * Sites that a histology written without one takes from the rest of the note:
 *
 * - A histology that implies its organ ("GBM", "meningioma", "BCC", "HCC") and is restated later with
 *   no site ("GBM as above", "Meningioma: no further imaging", "Residual BCC at 2-4 o'clock") is the
 *   tumour named earlier with its sub-site ("glioblastoma of the L temporal lobe" → C71.2), when the
 *   note named one sub-site only for that histology within 400 tokens before.
 * - A meningioma is in the cranial meninges (Table of Neoplasms: meninges, cerebral, Benign D32.0;
 *   the Index sends "Meningioma" to "Neoplasm, meninges, benign") when the text near it is about the
 *   brain ("along the L falx", "R tentorial", an MRI brain report), and in the spinal meninges (D32.1)
 *   when its sentence says spine.
 */

/** How far back a restated histology looks for the sub-site it was named with. */
const RESTATED_REACH = 400;
/** How far around a meningioma a brain or spine word places it. */
const MENINGES_REACH = 200;

const SPINE_WORDS = new Set(['spinal', 'spine', 'intradural', 'intraspinal', 'cord', 'thecal', 'foraminal']);

interface NamedSite {
  readonly site: SiteMatch;
  readonly at: number;
  /** Two different sub-sites were named for the histology: a restatement is not resolved. */
  readonly ambiguous: boolean;
}

/** The mentions, with restated histologies given their earlier sub-site and meningiomas their meninges. */
export function withRestatedSites(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mentions: readonly RawMention[]): RawMention[] {
  const named = new Map<string, NamedSite>();
  const bones = new DocumentedBones(sites);
  return withoutRenamedPrimaries(tokens, mentions).map((mention) => {
    if (RESTATED_MORPHOLOGY.has(mention.morphology?.siteAxis ?? '')) return withRestatedMorphologySite(named, mention);
    // A node melanoma's primary takes the patient's melanoma site named before it (nodeMelanomaPrimary.ts).
    if (documentsMelanomaSite(mention)) remember(named, MELANOMA_SITE_KEY, skinSurface(mention.site), mention.start);
    if (isPendingNodeMelanoma(mention)) return withPendingCleared(withRestatedMorphologySite(named, mention, MELANOMA_SITE_KEY));
    if (mention.histology?.tissue !== undefined) return withRestatedTissueSite(named, mention, bones);
    const implied = mention.histology?.impliedSite;
    const site = mention.site;
    if (implied === undefined || site === undefined || site.lymphNode) return mention;
    // A skin histology's site is the body surface ("BCC, L nasal tip" reads the nose; the code adds the skin).
    // A site written with the histology ("R breast fibroadenoma") is its own, even when it is the implied organ.
    // A tumour restates one of its own behaviour only: a fibroadenoma is no restatement of the breast carcinoma before it.
    const key = `${implied.join('/')}:${mention.column ?? ''}`;
    if (!samePath(site.path, implied) || site.start !== mention.anchorStart || site.end !== mention.anchorEnd) {
      if (site.path[0] === implied[0] || implied[0] === 'skin') remember(named, key, site, mention.start);
      // "osteosarcoma, L distal femur … r/o Ewing sarcoma vs small cell osteosarcoma": a tumour whose implied organ is bone is a
      // bone tumour too, so the bone tumours restated after it with no site are of its bone.
      if (implied[0] === 'bone' && site.path[0] === 'bone') remember(named, `tissue:bone:${mention.histology?.role ?? ''}`, site, mention.start);
      return mention;
    }
    const earlier = named.get(key);
    if (earlier !== undefined && !earlier.ambiguous && mention.start - earlier.at <= RESTATED_REACH && !otherSiteInSentence(tokens, sites, mention, implied)) {
      // Feared, the restatement is coded as written (`impliedWrittenSite`): "will re-biopsy to look for SCLC transformation".
      return { ...mention, site: { ...site, path: earlier.site.path, ...withSide(earlier.site) }, impliedWrittenSite: site };
    }
    // "Intramedullary C4-C6 cord tumor, favored ependymoma": a glioma of a spine report is the spinal cord's (spinalGlioma.ts).
    if (implied.length === 1 && implied[0] === 'brain' && inSpinalCord(tokens, mention.anchorStart, mention.anchorEnd)) return { ...mention, site: { ...site, path: SPINAL_CORD } };
    const meninges = implied.length === 1 && implied[0] === 'meninges' ? meningesOf(tokens, mention) : undefined;
    if (meninges === undefined) return mention;
    const placed = { ...mention, site: { ...site, path: ['meninges', meninges] } };
    // Meninges placed by the words of another sentence ("MRI brain: … No other schwannomas or meningiomas") are none of its own:
    // a denied or feared meningioma is coded as written there (table: meninges / Benign D32.9; `writtenSite`).
    return placedInSentence(tokens, mention) ? placed : { ...placed, writtenSite: mention.writtenSite ?? site };
  });
}

/**
 * Tumours classified by morphology that a patient has one of, coded by where it is (mesothelioma C45.-,
 * GIST C49.A-, Merkel cell carcinoma C4A.-): restated with no site ("PATH REVIEW: agree, epithelioid mesothelioma",
 * "Punch bx 10/2026: Merkel cell carcinoma"), it is the one named earlier at its site ("R pleural bx: epithelioid
 * malignant mesothelioma" → pleura, C45.0; "Dx: Merkel cell carcinoma, L cheek" → C4A.39). A Merkel cell carcinoma
 * found in a node is its secondary (C7B.1) and is not remembered.
 */
const RESTATED_MORPHOLOGY = new Set(['mesothelioma', 'gist', 'merkel', 'carcinoid']);

function withRestatedMorphologySite(named: Map<string, NamedSite>, mention: RawMention, key = `morphology:${mention.morphology?.siteAxis ?? ''}`): RawMention {
  const site = mention.site;
  if (site !== undefined) {
    // A carcinoid found in the liver or a bone is its spread there (neuroendocrineNote.ts), no primary site to restate.
    const spread = mention.morphology?.siteAxis === 'carcinoid' && (mention.column === 'secondary' || SPREAD_ORGANS.has(site.path[0] ?? ''));
    if (!site.lymphNode && !spread) remember(named, key, site, mention.start);
    return mention;
  }
  const earlier = named.get(key);
  if (earlier === undefined || earlier.ambiguous || mention.start - earlier.at > RESTATED_REACH) return mention;
  return { ...mention, site: { ...earlier.site, start: mention.anchorStart, end: mention.anchorStart } };
}

/**
 * "Ewing sarcoma of the R iliac wing … #1 Ewing sarcoma - proceed C7 VDC", "high-grade soft tissue sarcoma of the R
 * thigh; favor myxofibrosarcoma": a bone or soft-tissue tumour restated with no site is the one of the same tissue and
 * behaviour named earlier with its site (one site within reach), whatever its words. With none, a bone tumour is coded by
 * the bone's own row ("-> GIANT CELL TUMOR OF BONE" D48.0, "no concern for secondary chondrosarcoma" C41.9); a soft-tissue one
 * is no mention (tried in round 13: its connective tissue NOS row, C49.9, took the result of a biopsy whose site the sentences
 * before name, and lowered the held-out precision; round 23 reads it there only denied or foreseen, `tissueOnlyHistology.ts`).
 * Denied after a restatement, it is coded as written: the tissue's own row
 * ("dedifferentiated liposarcoma is excluded": connective tissue NOS, C49.9).
 */
/**
 * The tissue whose own row codes a tumour named with no site and restating none, whatever its assertion (table: bone NOS C41.9 /
 * D16.9 / D48.0); connective tissue NOS (C49.9) and nerve codes one only denied or foreseen (`tissueOnlyHistology.ts`).
 */
const TISSUE_ROWS = new Set(['bone']);

function withRestatedTissueSite(named: Map<string, NamedSite>, mention: RawMention, bones: DocumentedBones): RawMention {
  const tissue = mention.histology?.tissue ?? '';
  // The same words first ("#1 Ewing sarcoma"), then any tumour of the tissue and behaviour ("favor myxofibrosarcoma").
  const sameWords = withRestatedMorphologySite(named, mention, `tissue:${mention.histology?.words ?? ''}`);
  const restated = withRestatedMorphologySite(named, sameWords, `tissue:${tissue}:${mention.histology?.role ?? ''}`);
  if (restated.restatedOnly === true && restated.site === undefined && TISSUE_ROWS.has(tissue)) {
    const row: SiteMatch = { start: mention.anchorStart, end: mention.anchorStart, path: [tissue], lymphNode: false };
    // Round 20: the one bone the note wrote before it, coded as written (the bone's row) when denied or foreseen (documentedBone.ts).
    const bone = tissue === 'bone' ? bones.before(mention.anchorStart) : undefined;
    if (bone === undefined) return { ...restated, restatedOnly: false, site: row };
    // "?ameloblastoma" placed by the L mandible of its line is that jaw's tumour, which "Incisional bx: ameloblastoma" restates
    // below it though a jaw cyst of the other bone is named between them.
    remember(named, `tissue:${mention.histology?.words ?? ''}`, bone, mention.start);
    return { ...restated, restatedOnly: false, site: { ...bone, start: mention.anchorStart, end: mention.anchorStart }, writtenSite: row };
  }
  // A soft-tissue or nerve tumour restating none is read at its tissue's row only when denied or foreseen (tissueOnlyHistology.ts).
  if (restated.restatedOnly === true && restated.site === undefined) return pendingTissueOnly(restated) ?? restated;
  if (restated.restatedOnly !== true || restated.site === undefined) return restated;
  const written: SiteMatch = { start: mention.anchorStart, end: mention.anchorStart, path: [tissue], lymphNode: false };
  return { ...restated, restatedOnly: false, writtenSite: written };
}

function withSide(site: SiteMatch): Partial<SiteMatch> {
  return site.laterality === undefined ? {} : { laterality: site.laterality };
}

/** A pending mention that found its site is kept (`restatedOnly` cleared); one that found none stays pending and is dropped. */
function withPendingCleared(mention: RawMention): RawMention {
  return mention.site === undefined ? mention : { ...mention, restatedOnly: false };
}

function remember(named: Map<string, NamedSite>, key: string, site: SiteMatch, at: number): void {
  const before = named.get(key);
  const same = before !== undefined && samePath(before.site.path, site.path) && before.site.laterality === site.laterality;
  const recent = before !== undefined && at - before.at <= RESTATED_REACH;
  named.set(key, { site, at, ambiguous: recent && (!same || before.ambiguous) });
}

/**
 * Whether the mention's sentence names a site of another organ (for a skin histology, any body
 * surface): then the histology may be another lesion ("L lower leg: scaly plaque, r/o superficial
 * BCC"), not the one restated.
 */
function otherSiteInSentence(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mention: RawMention, implied: readonly string[]): boolean {
  const sentence = tokens[mention.anchorStart]?.sentence;
  for (let position = Math.max(0, mention.anchorStart - SENTENCE_REACH); position < Math.min(tokens.length, mention.anchorEnd + SENTENCE_REACH); position++) {
    const site = sites[position];
    // A lymph node is the tumour's spread, not another lesion.
    if (tokens[position]?.sentence === sentence && site !== undefined && !site.lymphNode && (implied[0] === 'skin' || site.path[0] !== implied[0])) return true;
  }
  return false;
}

/** How far either side of a restated histology its sentence is searched for a site. */
const SENTENCE_REACH = 48;

/**
 * The names of brain tumours, which are brain words ("MRI brain" or "GBM" put a lobe adjective in the brain) but say nothing
 * of where a meningioma is: the patient's glioma is in the brain, an incidental meningioma beside it may be anywhere on the
 * meninges ("Dx: GBM … PMH: Meningioma? - incidental" → meninges, Benign D32.9).
 */
const BRAIN_TUMOUR_NAMES = new Set(['meningioma', 'glioblastoma', 'gbm', 'glioma', 'astrocytoma']);

/**
 * The sella and the structures around it lie inside the skull, so a meningioma weighed beside a pituitary tumour is of the cranial
 * meninges ("Pituitary macroadenoma with chiasmal compression. Craniopharyngioma and meningioma considered less likely": D32.0).
 */
const SELLAR_WORDS = new Set(['pituitary', 'sella', 'sellar', 'suprasellar', 'parasellar', 'chiasm', 'chiasmal', 'hypophysis', 'infundibulum']);

/** Whether a token places a meningioma near it over the brain: a brain word that is not a tumour's name, or a sellar word. */
const placesOverBrain = (token: Token | undefined): boolean => (isBrainWord(token) && !BRAIN_TUMOUR_NAMES.has(token?.norm ?? '')) || SELLAR_WORDS.has(token?.norm ?? '');

/** Whether a brain or spine word of the meningioma's own sentence places it ("R tentorial meningioma", "meningioma along the falx"). */
function placedInSentence(tokens: readonly Token[], mention: RawMention): boolean {
  const sentence = tokens[mention.anchorStart]?.sentence;
  const places = (token: Token | undefined): boolean => token !== undefined && token.sentence === sentence && (placesOverBrain(token) || SPINE_WORDS.has(token.norm));
  for (let position = mention.anchorStart - 1; position >= Math.max(0, mention.anchorStart - 24) && tokens[position]?.sentence === sentence; position--) {
    if (places(tokens[position])) return true;
  }
  for (let position = mention.anchorEnd; position < Math.min(tokens.length, mention.anchorEnd + 12) && tokens[position]?.sentence === sentence; position++) {
    if (places(tokens[position])) return true;
  }
  return false;
}

/** "cerebral" or "spinal" for a meningioma from the words around it, else undefined. */
function meningesOf(tokens: readonly Token[], mention: RawMention): 'cerebral' | 'spinal' | undefined {
  const sentence = tokens[mention.anchorStart]?.sentence;
  for (let position = Math.max(0, mention.anchorStart - 24); position < Math.min(tokens.length, mention.anchorEnd + 12); position++) {
    if (tokens[position]?.sentence === sentence && SPINE_WORDS.has(tokens[position]?.norm ?? '')) return 'spinal';
  }
  for (let position = mention.anchorStart - 1; position >= Math.max(0, mention.anchorStart - MENINGES_REACH); position--) {
    if (placesOverBrain(tokens[position])) return 'cerebral';
  }
  for (let position = mention.anchorEnd; position < Math.min(tokens.length, mention.anchorEnd + 12); position++) {
    if (tokens[position]?.sentence !== sentence) break;
    if (placesOverBrain(tokens[position])) return 'cerebral';
  }
  return undefined;
}

/** How far after a histology "<site> primary" may name its organ. */
const RENAMED_REACH = 8;
/**
 * The marks that set a "<site> primary" off as the histology's own ("SCC, left tonsil primary", "SCC (R tonsil primary"): only
 * then does the histology keep its entry at that organ; an unset one ("ovarian cancer … and a breast primary") may be
 * another tumour's, and the histology is dropped as before; a primary qualified as new or a relative's cancer renames nothing
 * (`unrenamedPrimaries.ts`).
 */
const SETTING_OFF: ReadonlySet<string> = new Set([',', '(']);

/** Words that set a reading against another ("intrahepatic cholangiocarcinoma vs occult pancreatic primary", "… or a colon primary"). */
const ALTERNATIVE_WORDS: ReadonlySet<string> = new Set(['vs', 'vs.', 'versus', 'or']);

/**
 * Whether a word between the histology and the organ-named primary offers the primary as another reading (round 21, d479): a
 * differential names two tumours, each its own mention, and the second renames nothing.
 */
function weighedAgainst(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) if (ALTERNATIVE_WORDS.has(tokens[position]?.norm ?? '')) return true;
  return false;
}

/**
 * "HPV-associated oropharyngeal SCC, left tonsil primary": the primary named right after the
 * histology is its organ (tonsil, C09.9), so the adjective's organ (oropharynx) is no second primary.
 * Round 19: the histology keeps its own entry at the primary's organ, its own words kept as its span,
 * beside the "<site> primary" mention (ANNOTATION.md, "An organ-named primary set off by a comma after
 * its histology is its own mention": "the histology keeps its own entry").
 */
function withoutRenamedPrimaries(tokens: readonly Token[], mentions: readonly RawMention[]): readonly RawMention[] {
  const renamed = mentions.map((mention, index) => {
    const next = mentions[index + 1];
    const site = mention.site;
    return mention.column === 'primary' && site !== undefined && !site.lymphNode && mention.histology?.words !== 'primary'
      && next?.histology?.words === 'primary' && next.column === 'primary' && next.site !== undefined && next.site.path[0] !== site.path[0]
      && next.start - mention.anchorEnd <= RENAMED_REACH && tokens[next.start]?.sentence === tokens[mention.anchorEnd - 1]?.sentence
      && !weighedAgainst(tokens, mention.anchorEnd, next.start) && !keepsOwnOrgan(tokens, mention.start, next.start);
  });
  if (!renamed.includes(true)) return mentions;
  return mentions.flatMap((mention, index) => {
    if (renamed[index] !== true) return [mention];
    const primary = mentions[index + 1];
    return SETTING_OFF.has(tokens[(primary?.start ?? 0) - 1]?.norm ?? '') ? [atRenamedOrgan(mention, primary)] : [];
  });
}

/** The histology at the organ of the primary named after it, its own site words kept as the span. */
function atRenamedOrgan(mention: RawMention, primary: RawMention | undefined): RawMention {
  const own = mention.site, organ = primary?.site;
  return own === undefined || organ === undefined ? mention : { ...mention, site: { ...organ, start: own.start, end: own.end } };
}
