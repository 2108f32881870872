import { EYE_ROWS } from './morphologyCode';
import type { RawMention } from './rawMention';

/**
 * "PMH: choroidal melanoma OD s/p enucleation 2010, no recurrence since": a melanoma of the eye is coded by the table's primary
 * column of its site, not as a melanoma of skin (Index: Melanoma, specified site NEC — see Neoplasm, malignant; table: choroid /
 * Malignant Primary C69.3-, conjunctiva C69.0-), so its personal history is the eye's (Tabular Z85.840 Personal history of
 * malignant neoplasm of eye), not Z85.820 Personal history of malignant melanoma of skin.
 */
const EYE_HISTORY = 'Z85.840';

/** The personal history code of a melanoma: the eye's for a melanoma placed in the eye or its coats, else the melanoma's own. */
export function melanomaHistoryCode(mention: RawMention, history: string): string {
  const ofEye = mention.morphology?.siteAxis === 'melanoma' && mention.inSitu !== true && EYE_ROWS.has(mention.site?.path[0] ?? '');
  return ofEye ? EYE_HISTORY : history;
}
