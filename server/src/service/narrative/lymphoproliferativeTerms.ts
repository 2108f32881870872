import type { MorphologyTerm } from './morphologyTerm';

/**
 * "R/O lymphoproliferative disorder" on a flow cytometry requisition: the Tabular's inclusion term of D47.9 (Neoplasm of uncertain
 * behavior of lymphoid, hematopoietic and related tissue, unspecified: "Lymphoproliferative disease NOS"). Untyped, it keeps
 * D47.9; in a note that proves the disease's type (a CLL, a lymphoma) it is that type (`noteTypes.ts`; ANNOTATION.md round 20: a
 * rule-out takes the type the note then proves). A post-transplant one is D47.Z1 (morphologyLexicon.ts).
 */
const LYMPHOPROLIFERATIVE = { code: 'D47.9', history: 'Z86.03', family: 'Z80.7', source: 'Tabular D47.9 inclusion: Lymphoproliferative disease NOS' };

export const LYMPHOPROLIFERATIVE_TERMS: readonly MorphologyTerm[] = ['lymphoproliferative disorder', 'lymphoproliferative disease',
  'lymphoproliferative disorders', 'lymphoproliferative process', 'lymphoproliferative neoplasm'].map((words) => ({ words, ...LYMPHOPROLIFERATIVE }));
