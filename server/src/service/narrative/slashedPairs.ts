/**
 * Paired abbreviations of three letters each that name two diseases, not one: the tokenizer splits them at the slash as
 * it splits "breast/ovarian" ("treatment-related MDS/AML" is myelodysplastic syndrome D46.9 and acute myeloid leukaemia
 * C92.0-; "BCC/SCC of skin" a basal and a squamous cell carcinoma, C44.x1 and C44.x2), while the paired names of one
 * disease ("CLL/SLL", "AIS/MIA") stay one token. Lower case, as the tokenizer compares them.
 */
export const TWO_DISEASE_PAIRS: ReadonlySet<string> = new Set(['mds/aml', 'aml/mds', 'bcc/scc', 'scc/bcc']);
