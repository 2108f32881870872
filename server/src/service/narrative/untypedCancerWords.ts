/**
 * The words that name a malignancy with no type and no organ ("cancer", "malignancy", in both numbers), in one place for the
 * readers that tell such a word from a typed neoplasm: the site-less cancer's history and family readings
 * (`unspecifiedCancer.ts`), the patient's cancer restated (`restatedCarcinoma.ts`), a result a plan waits for
 * (`conditionalResult.ts`), the nearest typed neoplasm of a carcinoid note (`neuroendocrineNote.ts`) and the marrow's own
 * cancer (`marrowSpread.ts`). "Ca" is no member: it is as often calcium or a tumour marker ("CA 19-9"), so each reader that
 * takes it names it as its own extra word.
 */
export const UNTYPED_CANCER_WORDS: ReadonlySet<string> = new Set(['cancer', 'cancers', 'malignancy', 'malignancies']);
