import type { NeoplasmColumn } from '../codes/neoplasm/model';
import type { Assertion } from './model';
import type { RawMention } from './rawMention';
import type { Laterality } from './siteLexicon';
import { EYE_ROWS } from './morphologyCode';
import { surveyedOtherLesions } from './otherLesions';
import { deniedInFellowEye } from './fellowEye';
import type { Token } from './tokens';

/**
 * "Cysto: 3 cm papillary tumor of the bladder dome. TURBT path: high grade urothelial carcinoma": a
 * tumour the same note proves malignant is that cancer, coded at the tumour's own site
 * (test/narrative/corpus/ANNOTATION.md, "Tumor" of a proven cancer). Proof is a cancer of the same
 * organ, on a compatible side, that the note asserts as present or as history; so is a tumour of an organ where the note proves a
 * benign neoplasm and no cancer ("Path: pituitary adenoma … pituitary tumor as above": D35.2); a tumour of an organ the
 * note proves nothing of stays a neoplasm of unspecified behaviour (Index: Tumor — see Neoplasm,
 * unspecified behavior), and so does a denied or feared one ("no residual tumor").
 */

interface ProvenCancer {
  readonly organ: string;
  readonly laterality: Laterality | undefined;
  readonly column: NeoplasmColumn;
  readonly path: readonly string[];
}

/**
 * Parts of an organ the Table of Neoplasms also lists as rows of their own (exocervix C53.1 and endocervix C53.0
 * under "cervix" and at the top level): a cancer proven at the part proves the organ's tumours, and the reverse. Round 21:
 * so do the endometrium (C54.1, the lining of the corpus uteri) for a tumour of the uterus ("TUMOR INVADES 14 MM OF 22 MM
 * MYOMETRIAL THICKNESS" of an endometrial adenocarcinoma), and the suprarenal gland, the Table's other name for the adrenal
 * ("suprarenal — see Neoplasm, adrenal": "Residual left suprarenal tumor" of a left adrenal neuroblastoma).
 */
const ORGAN_OF_PART: ReadonlyMap<string, string> = new Map([
  ['exocervix', 'cervix'], ['endocervix', 'cervix'], ['endometrium', 'uterus'], ['suprarenal', 'adrenal'],
  // Round 25: the corpus's other layers too ("uterine leiomyosarcoma arising in myometrium … residual uterine tumor": C54.2).
  ['myometrium', 'uterus'], ['isthmus uteri', 'uterus'],
]);

/**
 * Rows the Table of Neoplasms prints with another row's cells, as another name of it: "dura (cranial) (mater)" has the meninges'
 * cells (C70.9, D32.9, D42.9 …) and their cerebral and spinal sub-rows, so a "dural-based tumor" is a tumour of the meninges and
 * takes the part the note proves a meningioma at, as a whole organ's tumour does.
 */
const SAME_ROWS: ReadonlyMap<string, string> = new Map([['dura', 'meninges']]);

/** A site path's organ, a part listed as its own row counted as its organ. */
function organOf(path: readonly string[]): string | undefined {
  const first = path[0];
  return first === undefined ? undefined : ORGAN_OF_PART.get(first) ?? SAME_ROWS.get(first) ?? first;
}

/** Whether a site path names a part of its organ ("brain, temporal lobe", "exocervix"). */
function namesPart(path: readonly string[]): boolean {
  return path.length > 1 || ORGAN_OF_PART.has(path[0] ?? '');
}

/** The assertions under which a lesion word takes the cancer proven at its organ ("No bladder tumor recurrence" denies that cancer). */
const STATED = new Set<Assertion>(['present', 'uncertain', 'history', 'negated']);
/** The assertions under which a cancer proves its organ's tumours malignant. */
const PROVING = new Set<Assertion>(['present', 'history']);

/**
 * Each lesion-word mention with the column of the cancer the note proves at its organ, the others as they are; a denied survey
 * for other lesions ("No other tumors", "no papillary tumors") names new lesions, not the proven one, and keeps its own (otherLesions.ts).
 */
export function withProvenCancers(raw: readonly RawMention[], assertions: readonly Assertion[], tokens: readonly Token[] = []): readonly RawMention[] {
  if (!raw.some((mention) => mention.histology?.namesLesion === true)) return raw;
  const proof = new ProvenCancers(provenCancers(raw, assertions));
  return raw.map((mention, index) => {
    const site = mention.site;
    if (mention.histology?.namesLesion !== true || site === undefined || !STATED.has(assertions[index] ?? 'present')) return mention;
    if (surveyedOtherLesions(tokens, mention.start, mention.end)) return mention;
    const organ = organOf(site.path);
    const summary = proof.compatibleWith(organ, site.laterality);
    if (summary === undefined) return organ === 'eye' ? withFellowEyeCancer(mention, proof, assertions[index]) : mention;
    const cancer = summary.first;
    if (organ === 'eye' && cancer.organ !== 'eye' && summary.allOfFirstOrganAndColumn) return { ...mention, column: cancer.column, site: { ...site, path: cancer.path } };
    // "Wife aware brain tumor is not curable" of a "L temporal glioblastoma": the organ's tumour is that cancer, at its part (C71.2),
    // when the note proves one part of the organ only.
    const part = !namesPart(site.path) && namesPart(cancer.path) && summary.allOfFirstPathAndColumn;
    const laterality = site.laterality ?? cancer.laterality;
    return part ? { ...mention, column: cancer.column, site: { ...site, path: cancer.path, ...(laterality === undefined ? {} : { laterality }) } } : { ...mention, column: cancer.column };
  });
}

/** A tumour denied in the fellow eye as the one cancer proven in the other eye's coat, at its own side (fellowEye.ts). */
function withFellowEyeCancer(mention: RawMention, proof: ProvenCancers, assertion: Assertion | undefined): RawMention {
  const site = mention.site;
  const summary = proof.compatibleWith('eye', undefined);
  if (site === undefined || summary === undefined || !summary.allOfFirstPathAndColumn || !deniedInFellowEye(assertion, site.laterality, summary.first)) return mention;
  return { ...mention, column: summary.first.column, site: { ...site, path: summary.first.path } };
}

/** What a lesion word needs of the cancers proven at its organ on a compatible side: the first, and whether the rest agree with it. */
interface CompatibleCancers {
  readonly first: ProvenCancer;
  /** Every compatible cancer is of the first one's organ and column (the eye's coats). */
  readonly allOfFirstOrganAndColumn: boolean;
  /** Every compatible cancer is at the first one's site path and column (one part of the organ proven). */
  readonly allOfFirstPathAndColumn: boolean;
}

/**
 * The note's proven cancers grouped by organ, each organ and lesion side summarised once: a note repeating "bladder cancer …
 * bladder tumor" thousands of times asks the same question of every tumour word, and answering each by a walk over every
 * proven cancer made such a note quadratic.
 */
class ProvenCancers {
  private readonly byOrgan = new Map<string, ProvenCancer[]>();
  private readonly summaries = new Map<string, CompatibleCancers | undefined>();

  constructor(private readonly all: readonly ProvenCancer[]) {
    for (const cancer of all) {
      const list = this.byOrgan.get(cancer.organ);
      if (list === undefined) this.byOrgan.set(cancer.organ, [cancer]);
      else list.push(cancer);
    }
  }

  compatibleWith(organ: string | undefined, side: Laterality | undefined): CompatibleCancers | undefined {
    if (organ === undefined) return undefined;
    const key = `${organ}\u0000${side ?? ''}`;
    if (this.summaries.has(key)) return this.summaries.get(key);
    const summary = summarise(this.candidatesOf(organ).filter((cancer) => compatibleSides(cancer.laterality, side)));
    this.summaries.set(key, summary);
    return summary;
  }

  /** The cancers of an organ in note order; a tumour of the whole eye takes any of its coats' (see `ofOrgan`). */
  private candidatesOf(organ: string): readonly ProvenCancer[] {
    return organ === 'eye' ? this.all.filter((cancer) => ofOrgan(cancer, organ)) : this.byOrgan.get(organ) ?? [];
  }
}

function summarise(cancers: readonly ProvenCancer[]): CompatibleCancers | undefined {
  const [first] = cancers;
  if (first === undefined) return undefined;
  const firstPath = first.path.join('/');
  return {
    first,
    allOfFirstOrganAndColumn: cancers.every((other) => other.organ === first.organ && other.column === first.column),
    allOfFirstPathAndColumn: cancers.every((other) => other.path.join('/') === firstPath && other.column === first.column),
  };
}

/** How strongly a proven neoplasm's column speaks for its organ's tumours: a cancer over an uncertain one over a benign one. */
const PROOF_RANK: Readonly<Record<NeoplasmColumn, number>> = { primary: 2, secondary: 2, uncertain: 1, benign: 0, 'in-situ': 0, unspecified: 0 };

function provenCancers(raw: readonly RawMention[], assertions: readonly Assertion[]): ProvenCancer[] {
  const proven: ProvenCancer[] = [];
  raw.forEach((mention, index) => {
    const organ = organOf(mention.site?.path ?? []);
    const column = mention.column ?? eyeMelanomaColumn(mention);
    if (organ === undefined || mention.histology?.namesLesion === true || !PROVING.has(assertions[index] ?? 'present')) return;
    // A benign neoplasm proves its organ's tumours only while present: one removed in the past says nothing of a new tumour there.
    // So does one of uncertain behaviour proven present ("ATYPICAL MENINGIOMA (CNS WHO GRADE 2)", a desmoid, an atypical
    // parathyroid tumour): the record gives the lesion's nature, whatever its behaviour (ANNOTATION.md round 22).
    const benignNow = (column === 'benign' || column === 'uncertain') && assertions[index] === 'present';
    if (column === 'primary' || column === 'secondary' || benignNow) proven.push({ organ, laterality: mention.site?.laterality, column, path: mention.site?.path ?? [organ] });
  });
  // A cancer of the organ outweighs a benign or uncertain neoplasm proven there too, and an uncertain one a benign one: the tumour
  // words of a note about a cancer are the cancer's, and a grade that changes the behaviour is the lesion's.
  const topRank = new Map<string, number>();
  for (const found of proven) topRank.set(found.organ, Math.max(topRank.get(found.organ) ?? 0, PROOF_RANK[found.column]));
  return proven.filter((found) => PROOF_RANK[found.column] === topRank.get(found.organ));
}

/**
 * Whether a proven cancer is of the organ a lesion word names. A tumour of the whole eye ("OD: main tumor regressed") is of any of
 * its coats, so in a retinoblastoma note it is the retina's cancer (Index: Retinoblastoma C69.2-) and in a choroidal melanoma
 * note the choroid's (C69.3-).
 */
function ofOrgan(cancer: ProvenCancer, organ: string | undefined): boolean {
  return cancer.organ === organ || (organ === 'eye' && EYE_ROWS.has(cancer.organ));
}

/** Sides that may be one tumour's; a cancer proven on both sides ("Bilateral retinoblastoma") is the cancer of either side's tumours. */
function compatibleSides(first: Laterality | undefined, second: Laterality | undefined): boolean {
  return first === undefined || second === undefined || first === second || first === 'bilateral';
}

/**
 * "Choroidal melanoma OS … OS fundus: pigmented dome-shaped choroidal tumor": a melanoma of the eye is coded by the table's
 * primary column of its site (Index: Melanoma, specified site NEC — see Neoplasm, malignant; C69.-), so it proves the eye's
 * tumours malignant as a carcinoma would. A melanoma of skin (Tabular C43) proves no skin tumour's C44 code.
 */
function eyeMelanomaColumn(mention: RawMention): NeoplasmColumn | null {
  const eye = mention.morphology?.siteAxis === 'melanoma' && mention.inSitu !== true && EYE_ROWS.has(mention.site?.path[0] ?? '');
  return eye ? 'primary' : null;
}
