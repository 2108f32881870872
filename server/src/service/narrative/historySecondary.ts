import { toDotted } from '../codes/codeText';
import type { DocumentedMention } from './model';

/**
 * A metastasis the note states is gone with its cancer ("colon ca with liver mets s/p resection, completed FOLFOX, NED";
 * "R INGUINAL SLN 1/2 POS (MICROMETASTASIS)" of a melanoma treated and followed) is part of the personal history of that
 * malignancy: Guideline I.C.2.d codes a malignancy excised or eradicated, with no further treatment and no evidence of
 * disease, by its Z85 code, and the Z85 categories are by the primary's site, with none for a secondary site. So a history
 * secondary takes the Z85 code of the history cancer written just before it, or of the one cancer the note documents as
 * history (d202 "MICROMETASTASIS" Z85.820, d159 "metastatic SCC" of an anal cancer Z85.048); else it keeps its secondary code.
 */

/** Tabular C77–C79: the secondary malignant neoplasms by site. */
const SECONDARY_CODE = /^C7[7-9]/;
/** Tabular Z85.0–Z85.8: the personal history of a malignant neoplasm of a named site. */
const SITED_HISTORY = /^Z85[0-8]/;

function isHistorySecondary(mention: DocumentedMention): boolean {
  return mention.assertion === 'history' && mention.code !== null && SECONDARY_CODE.test(mention.code);
}

/** A history mention coded by the personal history of a sited malignancy (Z85.0–Z85.8). */
function isSitedHistory(mention: DocumentedMention): mention is DocumentedMention & { readonly code: string } {
  return mention.assertion === 'history' && mention.code !== null && SITED_HISTORY.test(mention.code);
}

/** The one sited Z85 code the note's history mentions share, or undefined when none or two. */
function oneHistoryCode(mentions: readonly DocumentedMention[]): string | undefined {
  let code: string | undefined;
  for (const mention of mentions) {
    if (!isSitedHistory(mention)) continue;
    if (code !== undefined && code !== mention.code) return undefined;
    code = mention.code;
  }
  return code;
}

/** How far before a history secondary (in characters) the history cancer it belongs to may be written: its entry or line. */
const NEAR_HISTORY = 240;

/**
 * The mentions with each history secondary coded by the history cancer written just before it ("Stage IIIB MELANOMA, R
 * POSTERIOR THIGH ... R INGUINAL SLN 1/2 POS (MICROMETASTASIS)"), else by the note's one history cancer. The mentions come in
 * text order: one pass to find the note's code, one to apply the nearest.
 */
export function withHistorySecondaries(mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  if (!mentions.some(isHistorySecondary)) return mentions;
  const noteCode = oneHistoryCode(mentions);
  let last: DocumentedMention | undefined;
  return mentions.map((mention) => {
    if (isSitedHistory(mention)) last = mention;
    if (!isHistorySecondary(mention)) return mention;
    const near = last !== undefined && mention.span.offset - (last.span.offset + last.span.length) <= NEAR_HISTORY ? last.code ?? undefined : undefined;
    const code = near ?? noteCode;
    if (code === undefined) return mention;
    const source = `Guideline I.C.2.d: a former metastasis is the personal history of its primary (${toDotted(code)})`;
    return { ...mention, code, candidates: [], source: `${mention.source}; ${source}` };
  });
}
