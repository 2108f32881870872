import { MYELOMA } from './morphologyLexicon';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * A plasmacytoma in a patient with multiple myeloma is a lesion of that myeloma (ANNOTATION.md, "A plasmacytoma in a patient
 * with multiple myeloma is the myeloma's"): Tabular C90.0 Multiple myeloma includes medullary plasmacytoma, and C90.3-
 * Solitary plasmacytoma is an Excludes1 of C90.0, so in an encounter that names a multiple myeloma a plasmacytoma takes
 * C90.0- (and later the myeloma's remission or relapse). A plasmacytoma called solitary or extramedullary keeps its own
 * category, and so does one weighed against the myeloma ("plasmacytoma/multiple myeloma", "plasmacytoma vs myeloma").
 */

/** Words before "plasmacytoma" that make it another category than the myeloma's (C90.3-, C90.2-). */
const OWN_CATEGORY_BEFORE = new Set(['solitary', 'extramedullary']);
/** Words that offer the plasmacytoma as an alternative to another diagnosis. */
const ALTERNATIVE_WORDS = new Set(['/', 'vs', 'versus', 'or']);

function isPlasmacytoma(mention: RawMention): boolean {
  return mention.morphology?.words === 'plasmacytoma';
}

/** Words right before a myeloma that deny or weigh it ("no multiple myeloma", "r/o myeloma"): read before assertions are, so looked for here. */
const UNSTATED_BEFORE = new Set(['no', 'not', 'without', 'w/o', 'r/o', 'vs', 'versus', 'or', '/', 'exclude', 'excluded', 'possible', 'suspected', '?']);
/** How many words before the myeloma are read for them ("no evidence of multiple myeloma"). */
const UNSTATED_REACH = 4;

/** Whether a myeloma is written as the patient's: none of those words within a few tokens before it, in its sentence. */
function statedMyeloma(tokens: readonly Token[], mention: RawMention): boolean {
  const sentence = tokens[mention.anchorStart]?.sentence;
  for (let position = mention.anchorStart - 1; position >= Math.max(0, mention.anchorStart - UNSTATED_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return true;
    if (UNSTATED_BEFORE.has(token.norm)) return false;
  }
  return true;
}

/** Whether the encounter states a multiple myeloma in words of its own (not an abbreviation it types: "MM"). */
function namesMultipleMyeloma(tokens: readonly Token[], raw: readonly RawMention[]): boolean {
  return raw.some((mention) => mention.morphology?.code === MYELOMA.code && mention.morphology.ambiguous === undefined && !isPlasmacytoma(mention) && statedMyeloma(tokens, mention));
}

/** Whether the plasmacytoma stands as the myeloma's lesion: neither of its own category nor an alternative. */
function myelomasLesion(tokens: readonly Token[], mention: RawMention): boolean {
  const before = tokens[mention.anchorStart - 1]?.norm ?? '';
  return !OWN_CATEGORY_BEFORE.has(before) && !ALTERNATIVE_WORDS.has(before) && !ALTERNATIVE_WORDS.has(tokens[mention.anchorEnd]?.norm ?? '');
}

/** The mentions with each plasmacytoma of a myeloma patient read as that myeloma (C90.0-). */
export function withMyelomaPlasmacytomas(tokens: readonly Token[], raw: readonly RawMention[]): RawMention[] {
  if (!raw.some(isPlasmacytoma) || !namesMultipleMyeloma(tokens, raw)) return [...raw];
  return raw.map((mention) => (isPlasmacytoma(mention) && myelomasLesion(tokens, mention) && mention.morphology !== undefined
    ? { ...mention, morphology: { ...mention.morphology, ...MYELOMA } } : mention));
}
