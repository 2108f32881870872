import type { MorphologyTerm } from './morphologyTerm';

/**
 * Acute myeloid leukaemia named by its defining rearrangement, as marrow reports and the WHO / ICC classifications write it:
 * KMT2A (formerly MLL) lies at 11q23, so "AML with KMT2A rearrangement", "KMT2A-rearranged AML" and "AML with MLL
 * rearrangement" are the AML the Index codes by that band (Index: Leukemia, myeloid, acute, with 11q23-abnormality C92.6-;
 * Tabular C92.6- Acute myeloid leukemia with 11q23-abnormality), not AML NOS (C92.0-). The qualifier is part of the name.
 */
const AML_11Q23 = { code: 'C92.60', remission: 'C92.61', relapse: 'C92.62', history: 'Z85.6', family: 'Z80.6', source: 'Index: Leukemia, myeloid, acute, with 11q23-abnormality C92.6-' };

const AML_NAMES = ['aml', 'acute myeloid leukemia'];
const GENES = ['kmt2a', 'mll'];
const REARRANGEMENTS = ['rearrangement', 'rearrangements', 'translocation', 'fusion'];

/** "AML with KMT2A rearrangement", "acute myeloid leukemia with MLL fusion", "AML with 11q23 abnormality". */
const WITH_QUALIFIER = AML_NAMES.flatMap((name) => [
  ...GENES.flatMap((gene) => REARRANGEMENTS.map((kind) => `${name} with ${gene} ${kind}`)),
  `${name} with 11q23 abnormality`, `${name} with 11q23-abnormality`]);
/** "KMT2A-rearranged AML", "MLL-rearranged acute myeloid leukemia". */
const QUALIFIED_BEFORE = AML_NAMES.flatMap((name) => GENES.map((gene) => `${gene}-rearranged ${name}`));

export const MYELOID_GENETIC_TERMS: readonly MorphologyTerm[] = [...WITH_QUALIFIER, ...QUALIFIED_BEFORE].map((words) => ({ words, ...AML_11Q23 }));
