import type { MorphologyTerm } from './morphologyTerm';

/**
 * Hodgkin lymphoma by its type, as pathology and haematology notes name it, each with the Tabular C81 category the Index
 * gives the type (the lymphoma fifth character by node region, `morphologySites.ts`; "in remission" C81.xA since FY2025):
 * nodular sclerosis C81.1-, mixed cellularity C81.2-, nodular lymphocyte predominant C81.0-, and classical Hodgkin lymphoma
 * with no subtype, which Tabular C81.7 Other Hodgkin lymphoma includes ("Classical Hodgkin lymphoma NOS"). "Hodgkin lymphoma"
 * alone stays C81.9- (morphologyLexicon.ts).
 */
const TYPE = { siteAxis: 'lymphoma' as const, history: 'Z85.71', family: 'Z80.7' };
const NODULAR_SCLEROSIS = { ...TYPE, code: 'C81.10', remission: 'C81.1A', source: 'Index: Lymphoma, Hodgkin, nodular sclerosis C81.1-' };
const MIXED_CELLULARITY = { ...TYPE, code: 'C81.20', remission: 'C81.2A', source: 'Index: Lymphoma, Hodgkin, mixed cellularity C81.2-' };
const NLPHL = { ...TYPE, code: 'C81.00', remission: 'C81.0A', source: 'Index: Lymphoma, Hodgkin, nodular lymphocyte predominant C81.0-' };
const CLASSICAL = { ...TYPE, code: 'C81.70', remission: 'C81.7A', source: 'Tabular C81.7 Other Hodgkin lymphoma (inclusion: Classical Hodgkin lymphoma NOS)' };

/** A type's name, also after "classic" or "classical" ("CLASSIC HODGKIN LYMPHOMA, NODULAR SCLEROSIS TYPE" is nodular sclerosis). */
function typed(names: readonly string[], type: Omit<MorphologyTerm, 'words'>): MorphologyTerm[] {
  return names.flatMap((name) => [name, `classic ${name}`, `classical ${name}`]).map((words) => ({ words, ...type }));
}

export const HODGKIN_TYPE_TERMS: readonly MorphologyTerm[] = [
  ...typed(['nodular sclerosis hodgkin lymphoma', 'nodular sclerosing hodgkin lymphoma', 'hodgkin lymphoma , nodular sclerosis', 'hodgkin lymphoma , nodular sclerosing'],
    NODULAR_SCLEROSIS),
  ...['nodular sclerosis classical hodgkin lymphoma', 'nodular sclerosis classic hodgkin lymphoma'].map((words): MorphologyTerm => ({ words, ...NODULAR_SCLEROSIS })),
  // Its abbreviations, in capitals ("NSHL stage IIB", "NSCHL").
  ...['nshl', 'nschl'].map((words): MorphologyTerm => ({ words, ...NODULAR_SCLEROSIS, capitalsOnly: true })),
  ...typed(['mixed cellularity hodgkin lymphoma', 'hodgkin lymphoma , mixed cellularity'], MIXED_CELLULARITY),
  { words: 'nodular lymphocyte predominant hodgkin lymphoma', ...NLPHL },
  { words: 'nlphl', ...NLPHL },
  // "Classic Hodgkin lymphoma" with no subtype written, and its abbreviation ("cHL", also "Classic Hodgkin lymphoma-type Richter").
  ...['classical hodgkin lymphoma', 'classic hodgkin lymphoma', 'chl'].map((words): MorphologyTerm => ({ words, ...CLASSICAL })),
];
