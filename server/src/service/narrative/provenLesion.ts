import type { NeoplasmColumn } from '../codes/neoplasm/model';
import type { Assertion } from './model';
import type { RawMention } from './rawMention';
import type { Laterality } from './siteLexicon';
import { EYE_ROWS } from './morphologyCode';

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
 * under "cervix" and at the top level): a cancer proven at the part proves the organ's tumours, and the reverse.
 */
const ORGAN_OF_PART: ReadonlyMap<string, string> = new Map([['exocervix', 'cervix'], ['endocervix', 'cervix']]);

/** A site path's organ, a part listed as its own row counted as its organ. */
function organOf(path: readonly string[]): string | undefined {
  const first = path[0];
  return first === undefined ? undefined : ORGAN_OF_PART.get(first) ?? first;
}

/** Whether a site path names a part of its organ ("brain, temporal lobe", "exocervix"). */
function namesPart(path: readonly string[]): boolean {
  return path.length > 1 || ORGAN_OF_PART.has(path[0] ?? '');
}

/** The assertions under which a lesion word takes the cancer proven at its organ ("No bladder tumor recurrence" denies that cancer). */
const STATED = new Set<Assertion>(['present', 'uncertain', 'history', 'negated']);
/** The assertions under which a cancer proves its organ's tumours malignant. */
const PROVING = new Set<Assertion>(['present', 'history']);

/** Each lesion-word mention with the column of the cancer the note proves at its organ, the others as they are. */
export function withProvenCancers(raw: readonly RawMention[], assertions: readonly Assertion[]): readonly RawMention[] {
  if (!raw.some((mention) => mention.histology?.namesLesion === true)) return raw;
  const proven = provenCancers(raw, assertions);
  return raw.map((mention, index) => {
    const site = mention.site;
    if (mention.histology?.namesLesion !== true || site === undefined || !STATED.has(assertions[index] ?? 'present')) return mention;
    const organ = organOf(site.path);
    const cancers = proven.filter((candidate) => ofOrgan(candidate, organ) && compatibleSides(candidate.laterality, site.laterality));
    const [cancer] = cancers;
    if (cancer === undefined) return mention;
    const eyeCoat = organ === 'eye' && cancer.organ !== 'eye' && cancers.every((other) => other.organ === cancer.organ && other.column === cancer.column);
    if (eyeCoat) return { ...mention, column: cancer.column, site: { ...site, path: cancer.path } };
    // "Wife aware brain tumor is not curable" of a "L temporal glioblastoma": the organ's tumour is that cancer, at its part (C71.2),
    // when the note proves one part of the organ only.
    const part = !namesPart(site.path) && namesPart(cancer.path) && cancers.every((other) => other.path.join('/') === cancer.path.join('/') && other.column === cancer.column);
    const laterality = site.laterality ?? cancer.laterality;
    return part ? { ...mention, column: cancer.column, site: { ...site, path: cancer.path, ...(laterality === undefined ? {} : { laterality }) } } : { ...mention, column: cancer.column };
  });
}

function provenCancers(raw: readonly RawMention[], assertions: readonly Assertion[]): ProvenCancer[] {
  const proven: ProvenCancer[] = [];
  raw.forEach((mention, index) => {
    const organ = organOf(mention.site?.path ?? []);
    const column = mention.column ?? eyeMelanomaColumn(mention);
    if (organ === undefined || mention.histology?.namesLesion === true || !PROVING.has(assertions[index] ?? 'present')) return;
    // A benign neoplasm proves its organ's tumours only while present: one removed in the past says nothing of a new tumour there.
    const benignNow = column === 'benign' && assertions[index] === 'present';
    if (column === 'primary' || column === 'secondary' || benignNow) proven.push({ organ, laterality: mention.site?.laterality, column, path: mention.site?.path ?? [organ] });
  });
  // A cancer of the organ outweighs a benign neoplasm proven there too: the tumour words of a note about a cancer are the cancer's.
  return proven.filter((found) => found.column !== 'benign' || !proven.some((other) => other.organ === found.organ && other.column !== 'benign'));
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
