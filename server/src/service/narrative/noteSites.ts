import { withBrainLesionLobe } from './brainLesionLobe';
import { withDuraExtent } from './duraExtent';
import { withEpiduralExtension } from './epiduralExtension';
import { withEncounterNodeRegion } from './encounterNodeRegion';
import { withRegionalNodes } from './regionalNodes';
import { withoutLymphomaStageSites } from './lymphomaStageSites';
import { withBreastSentinelNodes } from './sentinelNodes';
import { withEndometrioidSite } from './endometrioid';
import { withoutHistologyOfMetastasis } from './histologyOfMetastasis';
import { withLeptomeningealExtent } from './leptomeninges';
import { withMarrowAsSecondary } from './marrowSpread';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import { testisDescent, withTestisDescent } from './testisDescent';
import type { Token } from './tokens';
import { withUpperTractSite } from './upperTract';
import { withSpecimenPartSite } from './specimenPartReference';
import { withoutRestatedFindings } from './restatedFinding';
import { withRestatedCarcinomas } from './restatedCarcinoma';
import { writtenAsPast } from './pastPrimaries';
import { withRestatedTumours } from './unprovenTumour';
import { withBiradsFindings } from './biradsCategory';
import { withCentralNeckNodes } from './centralNeckNodes';
import { withAbdominalStations } from './abdominalStations';
import { withoutArisingAdenomas } from './arisingAdenoma';
import { withEncounterOrganSites } from './encounterOrgan';
import { withoutTemplateTitles } from './templateTitles';
import { type FamilyStatements, noFamilySections } from './familyStatement';

/**
 * The last site passes over a read's mentions, once their sites are placed, in the order they run: the adenoma a carcinoma
 * arises in is no mention (arisingAdenoma.ts), and a lymphoma's stage list names no secondary (lymphomaStageSites.ts); a pending
 * organ word takes the organ the encounter documents a neoplasm at (encounterOrgan.ts), a BI-RADS category line's "malignancy"
 * the site of the finding it is given for (biradsCategory.ts), a site-less tissue carcinoma the encounter's one cancer organ,
 * past primaries set aside (restatedCarcinoma.ts, pastPrimaries.ts), and a site-less tumour the one organ of the note's tumours
 * (unprovenTumour.ts); what still waits is dropped, and so is a form title's protocol name ("SYNOPTIC REPORT (Melanoma of the
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
  // The descent is looked for only in a note with a testis mention: most notes have none, and the search reads every token.
  const descent = mentions.some((mention) => mention.site?.path[0] === 'testis') ? testisDescent(tokens) : undefined;
  const relatives = (mention: RawMention): boolean => family.has(tokens, mention.anchorStart);
  const past = (mention: RawMention): boolean => writtenAsPast(tokens, family, mention.anchorStart);
  const kept = withAbdominalStations(tokens, withCentralNeckNodes(tokens, withRegionalNodes(tokens, withEncounterNodeRegion(tokens, withBreastSentinelNodes(tokens, withBrainLesionLobe(tokens, withoutHistologyOfMetastasis(tokens, withoutRestatedFindings(tokens, withoutTemplateTitles(tokens, withRestatedTumours(withRestatedCarcinomas(withBiradsFindings(tokens, withEncounterOrganSites(tokens, withoutLymphomaStageSites(tokens, withoutArisingAdenomas(tokens, mentions)))), relatives, tokens, past), relatives).filter((mention) => mention.restatedOnly !== true))))), relatives)), relatives), relatives), relatives);
  return withEpiduralExtension(withDuraExtent(tokens, withLeptomeningealExtent(tokens, kept)))
    .map((mention) => withEndometrioidSite(tokens, withTestisDescent(withMarrowAsSecondary(withUpperTractSite(tokens, sites, withSpecimenPartSite(tokens, sites, mention))), descent)));
}
