import type { HistologyTerm } from './histologyTerm';

/**
 * A malignancy the donor organ brought with it: "potential donor-derived malignancy transmission event", a transplant registry form's
 * "Donor-related malignancy? [N]". The Table of Neoplasms prints the row "associated with transplanted organ" (Malignant Primary C80.2;
 * Tabular C80.2 Malignant neoplasm associated with transplanted organ; Guideline I.C.2.r), so the untyped words are that row, not the
 * unknown site. A donor-derived cancer named by its type ("donor-derived melanoma") is coded by its type, so only the untyped words are here.
 */
const TRANSPLANTED_ORGAN = {
  role: 'primary', impliedSite: ['associated with transplanted organ'], indexCode: 'C80.2',
  indexSource: 'Table of Neoplasms: associated with transplanted organ → Malignant Primary (C80.2); Guideline I.C.2.r',
} as const;

/** How transplant notes say the donor gave the cancer: "donor-derived", "donor-related", "donor-transmitted", "donor-origin". */
const DONOR_WORDS: readonly string[] = ['donor-derived', 'donor derived', 'donor-related', 'donor related', 'donor-transmitted', 'donor transmitted', 'donor-origin'];

/** The untyped words for a malignancy. */
const UNTYPED_MALIGNANCY: readonly string[] = ['malignancy', 'malignancies', 'cancer', 'cancers', 'malignant neoplasm', 'neoplasm', 'neoplasia'];

export const TRANSPLANT_MALIGNANCY_TERMS: readonly HistologyTerm[] = DONOR_WORDS.flatMap((donor) => UNTYPED_MALIGNANCY.map(
  (malignancy): HistologyTerm => ({ words: `${donor} ${malignancy}`, ...TRANSPLANTED_ORGAN })));
