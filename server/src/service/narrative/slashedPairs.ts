/**
 * Paired abbreviations of three letters each that name two diseases, not one: the tokenizer splits them at the slash as
 * it splits "breast/ovarian" ("treatment-related MDS/AML" is myelodysplastic syndrome D46.9 and acute myeloid leukaemia
 * C92.0-; "BCC/SCC of skin" a basal and a squamous cell carcinoma, C44.x1 and C44.x2; "AIS/MIA" a lung adenocarcinoma in situ and a
 * minimally invasive adenocarcinoma, D02.2- and C34.-, two behaviours; round 23: "No FHx MTC/MEN2" a medullary thyroid carcinoma, C73,
 * and the syndrome that causes it, the one pair with a digit), while the paired names of one disease ("CLL/SLL") stay one token. Lower case, as the tokenizer compares them.
 */
export const TWO_DISEASE_PAIRS: ReadonlySet<string> = new Set(['mds/aml', 'aml/mds', 'bcc/scc', 'scc/bcc', 'ais/mia', 'mia/ais', 'mtc/men2', 'men2/mtc']);

/**
 * An invasive breast carcinoma and the in-situ carcinoma of the same lesion named as one ("R breast DCIS/IDC 2009", "IDC/DCIS"):
 * ANNOTATION.md's slash rule makes the pair one entry, and the lesion is coded by its invasive part (table: breast / Malignant
 * Primary C50.-; history Z85.3), so the tokenizer keeps the pair one word and the lexicon reads it as the invasive carcinoma.
 */
export const ONE_LESION_PAIRS: ReadonlySet<string> = new Set(['dcis/idc', 'idc/dcis', 'lcis/ilc', 'ilc/lcis']);

/** The histology terms of the one-lesion pairs: the invasive carcinoma of the breast. */
export const ONE_LESION_PAIR_TERMS = [...ONE_LESION_PAIRS].map((words) => ({ words, role: 'primary' as const, impliedSite: ['breast'] }));
