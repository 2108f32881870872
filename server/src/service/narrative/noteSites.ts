import { withBrainLesionLobe } from './brainLesionLobe';
import { withDuraExtent } from './duraExtent';
import { withEpiduralExtension } from './epiduralExtension';
import { withEncounterNodeRegion } from './encounterNodeRegion';
import { withRegionalNodes } from './regionalNodes';
import { withoutLymphomaStageSites } from './lymphomaStageSites';
import { withSentenceNodeRegions } from './lymphomaSentenceRegions';
import { withGradedMeningiomas } from './gradedMeningioma';
import { withBreastSentinelNodes } from './sentinelNodes';
import { withEndometrioidSite } from './endometrioid';
import { withoutHistologyOfMetastasis } from './histologyOfMetastasis';
import { withoutDeniedOrigins } from './deniedOrigin';
import { withLeptomeningealExtent } from './leptomeninges';
import { withMarrowAsSecondary } from './marrowSpread';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import { testisDescent, withTestisDescent } from './testisDescent';
import type { Token } from './tokens';
import { withUpperTractSite } from './upperTract';
import { withSpecimenPartSite } from './specimenPartReference';
import { withLetteredPartSites } from './letteredParts';
import { withRestatedBenignSites } from './restatedBenignSite';
import { withoutRestatedFindings } from './restatedFinding';
import { withRestatedCarcinomas } from './restatedCarcinoma';
import { withAnastomoticCarcinoids } from './anastomoticCarcinoid';
import { withSkinSquamousRestatements } from './skinSquamousRestatement';
import { withRestatedPastCancers } from './restatedPastCancer';
import { writtenAsPast } from './pastPrimaries';
import { withRestatedTumours } from './unprovenTumour';
import { withProvenNeoplasmTumours } from './provenNeoplasmTumour';
import { withTreatmentEffectTumours } from './treatmentEffectTumour';
import { withHedgedAlternatives } from './hedgedAlternative';
import { withRestatedParts } from './restatedPart';
import { withBiradsFindings } from './biradsCategory';
import { withCentralNeckNodes } from './centralNeckNodes';
import { withAbdominalStations } from './abdominalStations';
import { withoutArisingAdenomas } from './arisingAdenoma';
import { withEncounterOrganSites } from './encounterOrgan';
import { withCervicalAis } from './cervicalAis';
import { withRestatedAdenomas } from './restatedAdenoma';
import { withRestatedBenignWords } from './restatedBenignWords';
import { withSchwannomaAbbreviations } from './schwannomaAbbreviation';
import { withoutTemplateTitles } from './templateTitles';
import { withItemizedSpread } from './itemizedSpread';
import { withOwnSentenceEyeSides } from './eyeSideWritten';
import { withLabelledOrganList } from './labelledOrganList';
import { withSourceNamedMetastases } from './sourceNamedMetastasis';
import { withoutModifyingTissueOnly } from './tissueOnlyHistology';
import { type FamilyStatements, noFamilySections } from './familyStatement';

/** What every site pass may read: the note's tokens and the two questions about a mention's context. */
interface NotePassContext {
  readonly tokens: readonly Token[];
  /** The site found at each token (the site finder's), for the passes that read a label line. */
  readonly sites: readonly (SiteMatch | undefined)[];
  /** A relative's cancer (a Family History block or a relative in its sentence), not the patient's. */
  readonly relatives: (mention: RawMention) => boolean;
  /** A cancer written as past ("hx of papillary thyroid carcinoma s/p thyroidectomy 2008"). */
  readonly past: (mention: RawMention) => boolean;
}

type NotePass = (mentions: readonly RawMention[], context: NotePassContext) => readonly RawMention[];

/**
 * The passes over the whole read, in the order they run: each one reads the mentions the one before it returns, so a pass
 * that places a site comes before the passes that count the placed sites (the node regions after the organs).
 */
const NOTE_PASSES: readonly NotePass[] = [
  (mentions, { tokens }) => withoutArisingAdenomas(tokens, mentions),
  (mentions, { tokens, sites }) => withItemizedSpread(tokens, sites, mentions),
  (mentions, { tokens, sites }) => withLabelledOrganList(tokens, sites, mentions),
  (mentions, { tokens }) => withoutLymphomaStageSites(tokens, mentions),
  (mentions, { tokens, sites }) => withLetteredPartSites(tokens, sites, mentions),
  (mentions, { tokens }) => withEncounterOrganSites(tokens, mentions),
  (mentions, { tokens }) => withCervicalAis(tokens, mentions),
  (mentions) => withRestatedBenignSites(mentions),
  (mentions) => withRestatedAdenomas(mentions),
  (mentions) => withRestatedBenignWords(mentions),
  (mentions, { tokens }) => withSchwannomaAbbreviations(tokens, mentions),
  (mentions, { tokens }) => withBiradsFindings(tokens, mentions),
  (mentions, { tokens, relatives }) => withAnastomoticCarcinoids(tokens, mentions, relatives),
  (mentions, { tokens }) => withSkinSquamousRestatements(tokens, mentions),
  (mentions, { tokens, sites, relatives, past }) => withRestatedCarcinomas(mentions, relatives, tokens, past, sites),
  (mentions, { relatives }) => withRestatedTumours(mentions, relatives),
  (mentions, { relatives, past }) => withProvenNeoplasmTumours(mentions, relatives, past),
  (mentions, { tokens, relatives }) => withTreatmentEffectTumours(tokens, mentions, relatives),
  (mentions, { tokens }) => withHedgedAlternatives(tokens, mentions),
  (mentions, { tokens, relatives, past }) => withRestatedPastCancers(tokens, mentions, relatives, past),
  // What still waits for a site after the restatement passes is no mention.
  (mentions) => mentions.filter((mention) => mention.restatedOnly !== true),
  (mentions, { tokens }) => withoutModifyingTissueOnly(tokens, mentions), // tissueOnlyHistology.ts
  (mentions, { tokens }) => withRestatedParts(tokens, mentions),
  (mentions, { tokens }) => withoutTemplateTitles(tokens, mentions),
  (mentions, { tokens }) => withoutRestatedFindings(tokens, mentions),
  (mentions, { tokens, sites, relatives }) => withSourceNamedMetastases(tokens, sites, mentions, relatives),
  (mentions, { tokens }) => withoutHistologyOfMetastasis(tokens, mentions),
  (mentions, { tokens }) => withoutDeniedOrigins(tokens, mentions),
  (mentions, { tokens }) => withBrainLesionLobe(tokens, mentions),
  (mentions, { relatives }) => withGradedMeningiomas(mentions, relatives),
  (mentions, { tokens, relatives }) => withBreastSentinelNodes(tokens, mentions, relatives),
  (mentions, { tokens }) => withEncounterNodeRegion(tokens, mentions),
  (mentions, { tokens, sites }) => withSentenceNodeRegions(tokens, sites, mentions),
  (mentions, { tokens, relatives }) => withRegionalNodes(tokens, mentions, relatives),
  (mentions, { tokens, relatives }) => withCentralNeckNodes(tokens, mentions, relatives),
  (mentions, { tokens, relatives }) => withAbdominalStations(tokens, mentions, relatives),
  (mentions, { tokens }) => withLeptomeningealExtent(tokens, mentions),
  (mentions, { tokens }) => withDuraExtent(tokens, mentions),
  (mentions) => withEpiduralExtension(mentions),
  (mentions, { tokens }) => withOwnSentenceEyeSides(tokens, mentions),
];

/**
 * The last site passes over a read's mentions, once their sites are placed, in the order they run: the adenoma a carcinoma
 * arises in is no mention (arisingAdenoma.ts), and a lymphoma's stage list names no secondary (lymphomaStageSites.ts); an
 * addendum's lettered answer takes the site of its specimen line of the same letter (letteredParts.ts), a pending organ word
 * the organ the encounter documents a neoplasm at (encounterOrgan.ts), a restated benign histology the one part the
 * encounter places its words at (restatedBenignSite.ts), a bare "the adenoma" the one organ and side the encounter places its
 * adenomas at (restatedAdenoma.ts), a capital "VS" the vestibular schwannoma the note names in words (schwannomaAbbreviation.ts),
 * a BI-RADS category line's "malignancy"
 * the site of the finding it is given for (biradsCategory.ts), a site-less tissue carcinoma the encounter's one cancer organ,
 * past primaries set aside (restatedCarcinoma.ts, pastPrimaries.ts), and a site-less tumour the one organ of the note's tumours
 * (unprovenTumour.ts), and a site-less past cancer ("a prior malignancy") the one organ of the patient's past cancers
 * (restatedPastCancer.ts); what still waits is dropped, and so is a form title's protocol name ("SYNOPTIC REPORT (Melanoma of the
 * Skin, Excision)"), a finding its sentence names as a primary of its organ, and the histology a metastasis written right after
 * it is made of ("melanoma metastasis"); a glioma with no lobe takes the one lobe the encounter's brain lesion is described
 * with, a breast cancer's sentinel node with no region the axilla (sentinelNodes.ts), a nodal metastasis with no region the one
 * region of the encounter's other nodal metastases, else a "nodal" word the one region the encounter's cancers drain to
 * (regionalNodes.ts), a paratracheal node of a neck-draining cancer the neck (centralNeckNodes.ts), and a station node of an
 * abdominally draining one the abdomen (abdominalStations.ts). Then leptomeningeal disease and the dura get their extent, and
 * an epidural tumour the vertebral metastasis it extends (epiduralExtension.ts); last, one mention at a time, a requisition's
 * question takes the site of the specimen part it names (specimenPartReference.ts), an upper-tract urothelial carcinoma its
 * renal pelvis or ureter, a solid tumour in the marrow its secondary column, a testis the descent the note documents, and an
 * endometrioid carcinoma of the uterus its endometrium.
 */
export function withNoteSites(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mentions: readonly RawMention[], family: FamilyStatements = noFamilySections()): RawMention[] {
  const context: NotePassContext = {
    tokens,
    sites,
    relatives: relativesByAnchor(tokens, family),
    past: (mention) => writtenAsPast(tokens, family, mention.anchorStart),
  };
  const placed = NOTE_PASSES.reduce<readonly RawMention[]>((current, pass) => pass(current, context), mentions);
  // The descent is looked for only in a note with a testis mention: most notes have none, and the search reads every token.
  const descent = mentions.some((mention) => mention.site?.path[0] === 'testis') ? testisDescent(tokens) : undefined;
  // The last passes read one mention at a time.
  return placed.map((mention) => withEndometrioidSite(tokens, withTestisDescent(withMarrowAsSecondary(withUpperTractSite(tokens, sites, withSpecimenPartSite(tokens, sites, mention))), descent)));
}

/**
 * Whether a mention is about a relative, answered once per anchor token: several note passes ask it of each mention they
 * read, often of the same anchor, and the answer depends only on the anchor (its family block and the words before it).
 */
function relativesByAnchor(tokens: readonly Token[], family: FamilyStatements): (mention: RawMention) => boolean {
  const known = new Map<number, boolean>();
  return (mention) => {
    const anchor = mention.anchorStart;
    let answer = known.get(anchor);
    if (answer === undefined) {
      answer = family.has(tokens, anchor);
      known.set(anchor, answer);
    }
    return answer;
  };
}
