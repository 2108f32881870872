import type { RawMention } from './rawMention';
import { marrowSampledOrRead, namesMarrowSample } from './sampleWords';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';
import { UNTYPED_CANCER_WORDS } from './untypedCancerWords';

/**
 * A solid tumour found in the bone marrow is a secondary there: the Table of Neoplasms' row "marrow
 * (bone)" prints Malignant Primary C96.9, a malignant neoplasm of lymphoid and haematopoietic tissue,
 * which a carcinoma, sarcoma or neuroblastoma cannot be; its Malignant Secondary is C79.52 ("BM
 * aspirate/bx: no residual Ewing sarcoma", "Bone marrow, biopsy: metastatic adenocarcinoma"). Histologies
 * classified by morphology (leukaemia, myeloma, lymphoma) are not table mentions and keep their codes.
 */
export function withMarrowAsSecondary(mention: RawMention): RawMention {
  const inMarrow = mention.site?.path[0] === 'marrow' && mention.site.path.length === 1;
  return inMarrow && mention.column === 'primary' && mention.histology !== undefined && mention.morphology === undefined && !marrowNamedCancer(mention)
    ? { ...mention, column: 'secondary' } : mention;
}

/** The generic words (the untyped cancer words and "ca") that, right after the marrow, name a disease of the marrow itself rather than a tumour found there. */
const GENERIC_CANCER_WORDS: ReadonlySet<string> = new Set([...UNTYPED_CANCER_WORDS, 'ca']);

/**
 * "brother w/ 'bone marrow cancer'": the marrow written as the organ of a generic "cancer" names the marrow's own malignancy, the
 * lay name of a blood cancer (table: marrow (bone) / Malignant Primary C96.9, a relative's Z80.7), not a solid tumour found in a
 * marrow sample, which its histology ("metastatic adenocarcinoma", "Ewing sarcoma") or the sample's label names.
 */
function marrowNamedCancer(mention: RawMention): boolean {
  return mention.site !== undefined && mention.site.end === mention.anchorStart && GENERIC_CANCER_WORDS.has(mention.histology?.words ?? '');
}

/**
 * "Bone marrow (bilat): neuroblastoma cells in both aspirates", "Bone marrow biopsy: neuroblastoma cells present": a
 * tumour whose name implies another organ, found in a labelled marrow specimen, is its spread there (C79.52), unless
 * its own sentence names where it is.
 */
export function marrowSample(tokens: readonly Token[], nearby: SiteMatch | undefined, label: SiteMatch | undefined, start: number): SiteMatch | undefined {
  if (label === undefined || label.path[0] !== 'marrow' || label.path.length !== 1) return undefined;
  return nearby === undefined || tokens[nearby.start]?.sentence !== tokens[start]?.sentence ? label : undefined;
}

/** How many words may stand between a marrow sample and the tumour it found ("BM bx bilat w/ neuroblastoma 30%"). */
const SAMPLE_REACH = 6;

/**
 * "BM bx bilat w/ neuroblastoma 30%", "bone marrow biopsy positive for Ewing sarcoma": a marrow sample written right before the
 * tumour in its sentence, with no other site between, is where the tumour was found, as a labelled marrow specimen is. The marrow
 * must be named as a sample or with its result: "bone marrow transplant for neuroblastoma" found nothing in the marrow.
 */
export function marrowSampleBefore(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number): SiteMatch | undefined {
  const sentence = tokens[start]?.sentence;
  for (let position = start - 1; position >= Math.max(0, start - SAMPLE_REACH); position--) {
    if (tokens[position]?.sentence !== sentence) return undefined;
    const site = sites[position];
    if (site === undefined) continue;
    const sampled = marrowSampledOrRead(tokens[site.end]?.norm ?? '');
    return site.path[0] === 'marrow' && site.path.length === 1 && sampled ? site : undefined;
  }
  return undefined;
}

/** How many tokens back a marrow report's specimen line may stand before a site-less metastatic carcinoma it reports on. */
const MARROW_REPORT_REACH = 200;

/** Whether a sample word follows the site, right after it or after a comma ("Bone marrow, aspirate and core biopsy"). */
function sampledSite(tokens: readonly Token[], site: SiteMatch): boolean {
  const next = tokens[site.end]?.norm === ',' ? site.end + 1 : site.end;
  return namesMarrowSample(tokens[next]?.norm ?? '');
}

/**
 * "Specimen: A. Bone marrow aspirate … Final Diagnosis: … - No evidence of metastatic carcinoma": a site-less metastatic carcinoma in
 * a report whose nearest sampled specimen before it is the marrow is read in that marrow (C79.52), as the pathologist looks for the
 * spread of a patient's carcinoma there. Another organ's sample between them ("Liver, core biopsy") is the one reported on instead.
 */
export function marrowReportBefore(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number): SiteMatch | undefined {
  for (let position = start - 1; position >= Math.max(0, start - MARROW_REPORT_REACH); position--) {
    const site = sites[position];
    if (site === undefined || site.end > start || site.lymphNode || !sampledSite(tokens, site)) continue;
    return site.path[0] === 'marrow' && site.path.length === 1 ? site : undefined;
  }
  return undefined;
}
