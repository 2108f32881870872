/**
 * The bed an organ's resection leaves ("prostate bed", "L nephrectomy bed", "thyroid bed", "renal fossa"): the site words
 * (siteLexicon.ts) are the organ's, since a recurrence there is the primary's own local recurrence, coded as the organ's
 * primary (ANNOTATION.md, "A recurrence at a named site": C61 for a prostatectomy bed, C64.- for a nephrectomy bed; table:
 * thyroid gland / Malignant Primary C73). The entries are written in the lexicon's `SiteTerm` shape without importing it.
 */
interface BedSiteTerm {
  readonly words: string;
  readonly path: readonly string[];
}

const BEDS: readonly (readonly [organ: string, words: readonly string[]])[] = [
  ['prostate', ['prostate bed', 'prostatic bed', 'prostatectomy bed', 'prostatectomy fossa']],
  ['kidney', ['nephrectomy bed', 'nephrectomy fossa', 'renal fossa', 'renal bed']],
  ['thyroid', ['thyroid bed', 'thyroidectomy bed']],
  ['bladder', ['cystectomy bed']],
];

/**
 * The closed end a hysterectomy leaves of the vagina ("vaginal cuff recurrence", "recurrence at the vaginal vault"): it is the
 * vagina, not the uterus removed, so a uterine or ovarian cancer recurring there has spread to the vagina (ANNOTATION.md, "A
 * recurrence at a named site": table: vagina / Malignant Secondary C79.82); it is no resection bed of its own.
 */
const VAGINAL_CUFF_TERMS: readonly BedSiteTerm[] = ['vaginal cuff', 'vaginal vault'].map((words) => ({ words, path: ['vagina'] }));

export const RESECTION_BED_TERMS: readonly BedSiteTerm[] = [...BEDS.flatMap(([organ, words]) => words.map((word) => ({ words: word, path: [organ] }))), ...VAGINAL_CUFF_TERMS];

/** The organs whose resection bed the lexicon names. */
export const BED_ORGANS: ReadonlySet<string> = new Set(BEDS.map(([organ]) => organ));
