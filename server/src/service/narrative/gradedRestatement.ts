import type { NeoplasmColumn } from '../codes/neoplasm/model';
import { GRADED_COLUMNS, atGradedBehaviour, baseWords, writtenPlural } from './gradedLesion';
import type { Assertion } from './model';
import type { RawMention } from './rawMention';

/**
 * "PREOPERATIVE DIAGNOSIS: Right frontal convexity meningioma … FINAL DIAGNOSIS: ATYPICAL MENINGIOMA (CNS WHO GRADE 2)": a grade
 * that changes a neoplasm's behaviour, proven anywhere in the note, codes every ungraded restatement of that lesion
 * (test/narrative/corpus/ANNOTATION.md round 22): the behaviour is the lesion's, not the phrase's, and the Index's default
 * (Meningioma — see Neoplasm, meninges, benign) holds only while the record gives no grade. The restatement keeps its own site;
 * a denied or foreseen one ("No other meningiomas") and a plural ("Multiple meningiomas") name other lesions and keep their own reading, and two grades of other
 * behaviours, or a graded lesion at another part of the organ (spinal against cerebral meninges), change nothing.
 * `gradedMeningioma.ts` does the same for meningiomas earlier, among the note-site passes, because there the column decides
 * whether an image's "c/w meningioma" is settled by the graded tissue (an assertion this pass runs after), and it also moves a
 * meningeal tumour of unstated behaviour to the graded lesion's site; this pass needs the assertions (a denied or foreseen
 * naming restates nothing) and reads any organ's grade, so the two stay two passes and share `gradedLesion.ts`.
 */

/** The assertions under which a graded name proves the lesion's behaviour. */
const PROVING = new Set<Assertion>(['present', 'history']);
/** The assertions under which an ungraded name restates the proven lesion. */
const RESTATING = new Set<Assertion>(['present', 'uncertain', 'history']);

interface GradedLesion {
  readonly organ: string;
  readonly words: string;
  readonly column: NeoplasmColumn;
  readonly path: string;
}

function gradedLesion(mention: RawMention, assertion: Assertion | undefined): GradedLesion | undefined {
  const organ = mention.histology?.impliedSite?.[0];
  const column = mention.column;
  if (organ === undefined || column === null || !GRADED_COLUMNS.has(column) || !PROVING.has(assertion ?? 'present')) return undefined;
  return { organ, words: baseWords(mention.histology?.words ?? ''), column, path: (mention.site?.path ?? []).join('/') };
}

/**
 * The graded lesions by organ and base word ("meninges|meningioma"), each group summarised once: its column when every grade in it
 * agrees, and every prefix of its site paths, so that a restatement's question costs a few look-ups, not a walk over the graded
 * mentions (a note repeating "meningioma" thousands of times stays linear).
 */
interface GradedGroup {
  column: NeoplasmColumn | undefined;
  readonly paths: Set<string>;
  readonly prefixes: Set<string>;
}

function gradedGroups(raw: readonly RawMention[], assertions: readonly Assertion[]): Map<string, GradedGroup> {
  const groups = new Map<string, GradedGroup>();
  raw.forEach((mention, index) => {
    const lesion = gradedLesion(mention, assertions[index]);
    if (lesion === undefined) return;
    const key = `${lesion.organ}|${lesion.words.split(' ').pop() ?? ''}`;
    const group = groups.get(key) ?? { column: lesion.column, paths: new Set<string>(), prefixes: new Set<string>() };
    if (group.column !== lesion.column) group.column = undefined;
    group.paths.add(lesion.path);
    const parts = lesion.path.split('/');
    for (let length = 1; length <= parts.length; length++) group.prefixes.add(parts.slice(0, length).join('/'));
    groups.set(key, group);
  });
  return groups;
}

/** Whether a restatement's path may be a graded lesion's: one of the paths, a prefix of one, or one of them a prefix of it. */
function placedInGroup(group: GradedGroup, path: string): boolean {
  if (group.prefixes.has(path)) return true;
  const parts = path.split('/');
  for (let length = 1; length < parts.length; length++) if (group.paths.has(parts.slice(0, length).join('/'))) return true;
  return false;
}

/** Each ungraded benign restatement of a lesion the note grades into another behaviour, with that behaviour's column. */
export function withGradedRestatements(raw: readonly RawMention[], assertions: readonly Assertion[]): readonly RawMention[] {
  const groups = gradedGroups(raw, assertions);
  // "multiple meningiomas": a note with more than one such lesion cannot say which one a restatement is, and each keeps its own grade.
  if (groups.size === 0 || raw.some((mention) => writtenPlural(mention.histology?.words ?? '') && groups.has(`${mention.histology?.impliedSite?.[0] ?? ''}|${baseWords(mention.histology?.words ?? '')}`))) return raw;
  return raw.map((mention, index) => {
    const organ = mention.histology?.impliedSite?.[0];
    if (organ === undefined || mention.column !== 'benign' || !RESTATING.has(assertions[index] ?? 'present')) return mention;
    // A plural ("Multiple meningiomas") names several lesions, not the one graded.
    if (writtenPlural(mention.histology?.words ?? '')) return mention;
    const group = groups.get(`${organ}|${baseWords(mention.histology?.words ?? '')}`);
    const path = (mention.site?.path ?? []).join('/');
    if (group?.column === undefined || !placedInGroup(group, path)) return mention;
    return atGradedBehaviour(mention, group.column);
  });
}
