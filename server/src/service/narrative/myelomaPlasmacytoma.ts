import type { DocumentedMention } from './model';

/** Tabular C90.3- Solitary plasmacytoma (normalised codes), which C90.0 excludes. */
const SOLITARY_PLASMACYTOMA = /^C903[0-2]$/;

/** Tabular C90.0- Multiple myeloma: not having achieved remission, in remission, in relapse (normalised codes). */
const MULTIPLE_MYELOMA = /^C900[0-2]$/;

const SOURCE = 'Tabular C90.0 Multiple myeloma (inclusion: medullary plasmacytoma; C90.3 Solitary plasmacytoma is an Excludes1): a plasmacytoma of the documented myeloma';

/**
 * "IgG-kappa multiple myeloma … L rib plasmacytoma treated": a plasmacytoma in a patient whose myeloma the encounter
 * documents is a lesion of that myeloma, not a solitary plasmacytoma. Tabular C90.0 includes medullary plasmacytoma and
 * excludes C90.3-, so the two are never coded together (ANNOTATION.md, "A plasmacytoma in a patient with multiple myeloma
 * is the myeloma's"): the plasmacytoma takes the myeloma's code, with its remission state, and keeps its own assertion.
 * Only a myeloma stated as present counts; a presumed myeloma or one offered in a differential ("plasmacytoma/multiple
 * myeloma") leaves the plasmacytoma solitary, and an extramedullary plasmacytoma (C90.2-, not excluded) keeps its code.
 * One pass over the mentions, which returns them unchanged when none is a solitary plasmacytoma.
 */
export function withMyelomaPlasmacytomas(mentions: DocumentedMention[]): DocumentedMention[] {
  if (!mentions.some((mention) => SOLITARY_PLASMACYTOMA.test(mention.code ?? ''))) return mentions;
  const myeloma = mentions.find((mention) => mention.assertion === 'present' && MULTIPLE_MYELOMA.test(mention.code ?? ''));
  if (myeloma === undefined) return mentions;
  return mentions.map((mention) => SOLITARY_PLASMACYTOMA.test(mention.code ?? '') && mention.assertion !== 'family'
    ? { ...mention, code: myeloma.code, candidates: [], source: SOURCE }
    : mention);
}
