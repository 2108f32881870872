import type { NeoplasmColumn } from '../codes/neoplasm/model';
import type { Assertion } from './model';
import type { RawMention } from './rawMention';

/**
 * "PREOPERATIVE DIAGNOSIS: Right frontal convexity meningioma … FINAL DIAGNOSIS: ATYPICAL MENINGIOMA (CNS WHO GRADE 2)": a grade
 * that changes a neoplasm's behaviour, proven anywhere in the note, codes every ungraded restatement of that lesion
 * (test/narrative/corpus/ANNOTATION.md round 22): the behaviour is the lesion's, not the phrase's, and the Index's default
 * (Meningioma — see Neoplasm, meninges, benign) holds only while the record gives no grade. The restatement keeps its own site;
 * a denied or foreseen one ("No other meningiomas") and a plural ("Multiple meningiomas") name other lesions and keep their own reading, and two grades of other
 * behaviours, or a graded lesion at another part of the organ (spinal against cerebral meninges), change nothing.
 */

/** The assertions under which a graded name proves the lesion's behaviour. */
const PROVING = new Set<Assertion>(['present', 'history']);
/** The assertions under which an ungraded name restates the proven lesion. */
const RESTATING = new Set<Assertion>(['present', 'uncertain', 'history']);
/** The columns a grade moves a benign-by-default histology to. */
const GRADED = new Set<NeoplasmColumn>(['uncertain', 'primary']);

interface GradedLesion {
  readonly organ: string;
  readonly words: string;
  readonly column: NeoplasmColumn;
  readonly path: string;
}

/** The histology's base name, singular ("meningiomas" → "meningioma"). */
function baseWords(words: string): string {
  return words.toLowerCase().replace(/s$/, '');
}

function gradedLesion(mention: RawMention, assertion: Assertion | undefined): GradedLesion | undefined {
  const organ = mention.histology?.impliedSite?.[0];
  const column = mention.column;
  if (organ === undefined || column === null || !GRADED.has(column) || !PROVING.has(assertion ?? 'present')) return undefined;
  return { organ, words: baseWords(mention.histology?.words ?? ''), column, path: (mention.site?.path ?? []).join('/') };
}

/** Whether two site paths may be one lesion's: equal, or one the other's part ("meninges" and "meninges/cerebral"). */
function samePlace(first: string, second: string): boolean {
  return first === second || first.startsWith(`${second}/`) || second.startsWith(`${first}/`);
}

/** Each ungraded benign restatement of a lesion the note grades into another behaviour, with that behaviour's column. */
export function withGradedRestatements(raw: readonly RawMention[], assertions: readonly Assertion[]): readonly RawMention[] {
  const graded = raw.map((mention, index) => gradedLesion(mention, assertions[index])).filter((lesion) => lesion !== undefined);
  if (graded.length === 0) return raw;
  return raw.map((mention, index) => {
    const organ = mention.histology?.impliedSite?.[0];
    if (organ === undefined || mention.column !== 'benign' || !RESTATING.has(assertions[index] ?? 'present')) return mention;
    // A plural ("Multiple meningiomas") names several lesions, not the one graded.
    if (/s$/i.test(mention.histology?.words ?? '')) return mention;
    const words = baseWords(mention.histology?.words ?? '');
    const path = (mention.site?.path ?? []).join('/');
    const proofs = graded.filter((lesion) => lesion.organ === organ && lesion.words.endsWith(` ${words}`) && samePlace(lesion.path, path));
    const [first] = proofs;
    if (first === undefined || proofs.some((lesion) => lesion.column !== first.column)) return mention;
    return { ...mention, column: first.column };
  });
}
