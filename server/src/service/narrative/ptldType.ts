import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * A post-transplant lymphoproliferative disorder (Tabular D47.Z1 Post-transplant lymphoproliferative disorder (PTLD)) and the
 * lymphoma it is. A monomorphic PTLD is named by its lymphoma type ("Monomorphic PTLD, diffuse large B-cell lymphoma type",
 * "Monomorphic PTLD (DLBCL)", "progression to monomorphic PTLD/DLBCL"): the type written beside it is the diagnosis a coder
 * codes (Index: Lymphoma, diffuse large B-cell C83.3-), one statement with the PTLD as a parenthesis restating it is (ANNOTATION.md,
 * the parenthesis rule), so the PTLD beside it is no entry of its own. A polymorphic or otherwise untyped PTLD is the patient's
 * lymphoproliferative disease, which an untyped "lymphoma" of the same note restates (`noteTypes.ts`).
 */

/** Tokens that may join a PTLD to the lymphoma type written right after it. */
const APPOSITION_JOINERS: ReadonlySet<string> = new Set([',', '(', '/', '-', '–', ':']);
/** How many joining tokens may stand between them. */
const APPOSITION_REACH = 2;

/** Whether a mention names a PTLD. */
export const isPtld = (mention: RawMention): boolean => mention.morphology?.code === 'D47.Z1';

/** Whether a mention names a lymphoma type of Tabular C81–C86 (the types a monomorphic PTLD is named by). */
const namesLymphomaType = (mention: RawMention): boolean => /^C8[1-6]\./.test(mention.morphology?.code ?? '') && mention.morphology?.code !== 'C85.90';

/** Whether only joiners stand between token `from` and token `to`. */
function joinedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from || to - from > APPOSITION_REACH) return false;
  for (let position = from; position < to; position++) if (!APPOSITION_JOINERS.has(tokens[position]?.norm ?? '')) return false;
  return true;
}

/** The PTLD mentions named by the lymphoma type right after them, as the set of those mentions. */
function ptldsNamedByType(tokens: readonly Token[], raw: readonly RawMention[]): Set<RawMention> {
  const named = new Set<RawMention>();
  for (let position = 0; position + 1 < raw.length; position++) {
    const mention = raw[position];
    const next = raw[position + 1];
    if (mention !== undefined && next !== undefined && isPtld(mention) && namesLymphomaType(next) && joinedBetween(tokens, mention.end, next.start)) named.add(mention);
  }
  return named;
}

/** The mentions without the PTLDs their lymphoma type names: the type stands for the statement. */
export function withoutTypedPtlds(tokens: readonly Token[], raw: readonly RawMention[]): readonly RawMention[] {
  const named = ptldsNamedByType(tokens, raw);
  return named.size === 0 ? raw : raw.filter((mention) => !named.has(mention));
}

/** Words before "PTLD" that name a lymphoma type of its own ("Hodgkin-like PTLD", "classic Hodgkin lymphoma-type PTLD"). */
const OTHER_TYPE_WORDS: ReadonlySet<string> = new Set(['like', 'hodgkin-like', 'type', 'hodgkin', 'chl', 'chl-type', 'lymphoma-type']);

/** Whether a mention is a PTLD that names no lymphoma type of its own, so that it is a type an untyped "lymphoma" may restate. */
export function isUntypedPtld(tokens: readonly Token[], mention: RawMention): boolean {
  if (!isPtld(mention)) return false;
  const before = tokens[mention.start - 1]?.norm === '-' ? mention.start - 2 : mention.start - 1;
  return !OTHER_TYPE_WORDS.has(tokens[before]?.norm ?? '');
}
