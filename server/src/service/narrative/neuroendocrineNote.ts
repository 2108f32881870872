import { MERKEL_SECONDARY } from './morphologyLexicon';
import type { RawMention } from './rawMention';
import { UNTYPED_CANCER_WORDS } from './untypedCancerWords';

/**
 * Carcinoid and well-differentiated neuroendocrine tumours across an encounter (Tabular C7A Malignant
 * neuroendocrine tumors, C7B Secondary neuroendocrine tumors). A note about such a tumour writes its spread
 * and its primary in sentences of their own ("Ga-68 DOTATATE PET: intense uptake in the ileal primary, ~15
 * liver mets, … (osseous mets). Liver bx: well-differentiated neuroendocrine tumor, grade 2"): a metastasis
 * or a bare "primary" whose nearest typed neoplasm is the carcinoid is the carcinoid's (C7B.0- by the site it
 * spread to: Tabular C78.7 and C77 Excludes1 send a carcinoid's liver and node secondaries to C7B; C7A.0- by
 * the primary's organ). A carcinoid found in the liver, a bone, the peritoneum or a node is its metastasis
 * there, as a biopsied carcinoma in those organs is (C7B.02, C7B.03, C7B.04, C7B.01).
 */

/**
 * Words that name no type of neoplasm: the nearest typed one is looked for past them. Besides the untyped cancer words and "ca",
 * a carcinoid note's bare "primary", tumour and neoplasm words and "carcinoma" leave the type to the carcinoid named nearby.
 */
const UNTYPED_WORDS: ReadonlySet<string> = new Set([...UNTYPED_CANCER_WORDS, 'ca', 'primary', 'malignant neoplasm', 'malignant tumor', 'malignant tumour',
  'tumor', 'tumors', 'tumour', 'tumours', 'neoplasm', 'carcinoma', 'carcinomas']);

/** Tokens either side a mention's typed neoplasm is looked for. */
const TYPE_REACH = 120;

/** Organs where a carcinoid found is its metastasis (table: liver C22.-, bone C40–C41, peritoneum and omentum C48.-). */
export const SPREAD_ORGANS: ReadonlySet<string> = new Set(['liver', 'bone', 'peritoneum', 'omentum']);

const isCarcinoid = (mention: RawMention): boolean => mention.morphology?.siteAxis === 'carcinoid' && mention.morphology.benign !== true;

function isTyped(mention: RawMention): boolean {
  if (mention.morphology !== undefined) return true;
  const term = mention.histology;
  return term !== undefined && (term.role === 'primary' || term.role === 'in-situ' || term.role === 'benign') && !UNTYPED_WORDS.has(term.words);
}

/**
 * For each mention, the typed mention nearest to it in tokens within reach (not itself): one pass forward for the
 * nearest before, one backward for the nearest after, so the look-up stays linear in the mentions.
 */
function nearestTypedOfEach(raw: readonly RawMention[], reach = TYPE_REACH): (RawMention | undefined)[] {
  const before: (RawMention | undefined)[] = [];
  let last: RawMention | undefined;
  for (const mention of raw) {
    before.push(last);
    if (isTyped(mention)) last = mention;
  }
  const nearest: (RawMention | undefined)[] = new Array<RawMention | undefined>(raw.length).fill(undefined);
  let next: RawMention | undefined;
  for (let index = raw.length - 1; index >= 0; index--) {
    const mention = raw[index] as RawMention;
    const previous = before[index];
    const backward = previous === undefined ? Infinity : Math.max(0, mention.start - previous.end);
    const forward = next === undefined ? Infinity : Math.max(0, next.start - mention.end);
    const [best, distance] = backward <= forward ? [previous, backward] : [next, forward];
    nearest[index] = distance <= reach ? best : undefined;
    if (isTyped(mention)) next = mention;
  }
  return nearest;
}

export function withNeuroendocrineNote(raw: readonly RawMention[]): RawMention[] {
  const merkel = raw.some(isMerkel) ? merkelSpread(raw) : raw;
  if (!raw.some(isCarcinoid)) return [...merkel];
  return withBracketedPrimarySite(carcinoidSpread(merkel));
}

const isMerkel = (mention: RawMention): boolean => mention.morphology?.siteAxis === 'merkel';

/**
 * A Merkel cell carcinoma's spread and its bare "primary" ("PET/CT: avid L cheek primary (2.4 cm), mildly avid L level IIA node"
 * after "Merkel cell carcinoma, L cheek"): a metastasis whose nearest typed neoplasm is the Merkel cell carcinoma is its secondary
 * (Tabular C7B.1 Secondary Merkel cell carcinoma, nodal and visceral metastatic presentations), a bare primary the carcinoma at its
 * skin site (C4A.-).
 */
function merkelSpread(raw: readonly RawMention[]): RawMention[] {
  const nearestOf = nearestTypedOfEach(raw);
  return raw.map((mention, index) => {
    if (mention.morphology !== undefined || mention.site === undefined) return mention;
    const spread = mention.column === 'secondary';
    const barePrimary = mention.histology?.words === 'primary' && mention.column === 'primary';
    const nearest = nearestOf[index];
    if ((!spread && !barePrimary) || nearest === undefined || !isMerkel(nearest)) return mention;
    return spread ? { ...mention, morphology: MERKEL_SECONDARY } : { ...mention, morphology: nearest.morphology, column: null };
  });
}

/**
 * "Small-bowel NET (ileal primary)": the primary named in brackets right after the tumour is where the tumour is
 * (Tabular C7A.012 ileum rather than C7A.019 small intestine, unspecified portion).
 */
function withBracketedPrimarySite(raw: readonly RawMention[]): RawMention[] {
  return raw.map((mention, index) => {
    const next = raw[index + 1];
    const restated = next !== undefined && next.histology?.words === 'primary' && isCarcinoid(next) && next.start === mention.end + 1;
    return restated && isCarcinoid(mention) && mention.column !== 'secondary' && next.site !== undefined ? { ...mention, site: next.site } : mention;
  });
}

/**
 * Whether the encounter names a cancer other than the carcinoid: a malignant or in-situ primary at a site, or another malignant
 * morphology. A report about a NET alone ("Ga-68 DOTATATE PET/CT … HISTORY: neuroendocrine tumor of the terminal ileum …
 * IMPRESSION: Progression of hepatic metastatic disease") has no other cancer its spread could be, however far apart the
 * history and the impression stand.
 */
function namesAnotherCancer(raw: readonly RawMention[]): boolean {
  return raw.some((mention) => !isCarcinoid(mention) && (mention.morphology !== undefined
    ? mention.morphology.benign !== true && mention.morphology.code.startsWith('C')
    : (mention.column === 'primary' || mention.column === 'in-situ') && mention.site !== undefined && mention.histology?.words !== 'primary'));
}

function carcinoidSpread(raw: readonly RawMention[]): RawMention[] {
  const nearestOf = nearestTypedOfEach(raw, namesAnotherCancer(raw) ? TYPE_REACH : Infinity);
  return raw.map((mention, index) => {
    if (isCarcinoid(mention) && mention.column !== 'secondary' && (mention.site?.lymphNode === true || SPREAD_ORGANS.has(mention.site?.path[0] ?? ''))) {
      return { ...mention, column: 'secondary', neuroendocrine: true };
    }
    if (mention.morphology !== undefined || mention.site === undefined) return mention;
    const spread = mention.column === 'secondary' && mention.neuroendocrine !== true;
    const barePrimary = mention.histology?.words === 'primary' && mention.column === 'primary';
    if (!spread && !barePrimary) return mention;
    const nearest = nearestOf[index];
    if (nearest === undefined || !isCarcinoid(nearest)) return mention;
    return spread ? { ...mention, neuroendocrine: true } : { ...mention, morphology: nearest.morphology, column: null };
  });
}
