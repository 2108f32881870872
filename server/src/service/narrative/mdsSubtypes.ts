/**
 * Myelodysplastic syndromes by subtype, as haematology and pathology notes name them (WHO names and the
 * Tabular titles' own abbreviations), each with its Tabular D46 code: ring sideroblasts D46.1 (inclusion
 * term RARS), excess blasts D46.2- (RAEB 1 and 2 as D46.21 and D46.22), multilineage dysplasia with ring
 * sideroblasts D46.B (RCMD RS). History Z86.03 (neoplasm of uncertain behaviour), family Z80.7 (as "MDS").
 */

/** The fields of a morphology term (morphologyLexicon.ts) an MDS subtype sets; the lexicon imports these, not the other way round. */
export interface MdsSubtypeTerm {
  readonly words: string;
  readonly code: string;
  readonly history: string;
  readonly family: string;
  readonly source: string;
}

function subtype(words: readonly string[], code: string, title: string): MdsSubtypeTerm[] {
  return words.map((spelling) => ({ words: spelling, code, history: 'Z86.03', family: 'Z80.7', source: `Tabular ${code} ${title}` }));
}

/** The myelodysplastic syndrome written with its ring sideroblasts, excess blasts or dysplasia named (before "MDS" alone, D46.9). */
export const MDS_SUBTYPE_TERMS: readonly MdsSubtypeTerm[] = [
  ...subtype(['mds with ring sideroblasts', 'mds w / ring sideroblasts', 'myelodysplastic syndrome with ring sideroblasts', 'mds-rs', 'mds-rs-sld', 'rars',
    'refractory anemia with ring sideroblasts', 'refractory anaemia with ring sideroblasts'], 'D46.1', 'Refractory anemia with ring sideroblasts'),
  ...subtype(['mds with excess blasts', 'mds w / excess blasts', 'myelodysplastic syndrome with excess blasts', 'mds-eb', 'raeb', 'refractory anemia with excess blasts',
    'refractory anemia with excess of blasts'], 'D46.20', 'Refractory anemia with excess of blasts, unspecified'),
  // The WHO 5th edition's "MDS with increased blasts" (MDS-IB1, MDS-IB2) is the former excess blasts (-1, -2).
  ...subtype(['mds with increased blasts', 'mds-ib'], 'D46.20', 'Refractory anemia with excess of blasts, unspecified'),
  ...subtype(['mds-eb-1', 'mds-eb1', 'raeb-1', 'raeb 1', 'raeb1', 'mds-ib1', 'mds-ib-1', 'mds-ib 1'], 'D46.21', 'Refractory anemia with excess of blasts 1'),
  ...subtype(['mds-eb-2', 'mds-eb2', 'raeb-2', 'raeb 2', 'raeb2', 'mds-ib2', 'mds-ib-2', 'mds-ib 2'], 'D46.22', 'Refractory anemia with excess of blasts 2'),
  ...subtype(['mds-rs-mld', 'rcmd-rs', 'rcmd rs'], 'D46.B', 'Refractory cytopenia with multilineage dysplasia and ring sideroblasts'),
];

/**
 * The nursing home's Minimum Data Set is "MDS" too ("MDS 3.0 - Section I", "quarterly MDS review", "MDS coord."): the words a
 * resident assessment writes beside it (its version, section, schedule, coordinator) make it that form, not the syndrome.
 */
const MINIMUM_DATA_SET_BEFORE = ['quarterly', 'annual', 'admission', '5-day', '14-day', '30-day', 'discharge'];
const MINIMUM_DATA_SET_AFTER = ['3.0', '2.0', 'section', 'sections', 'quarterly', 'annual', 'admission', 'assessment', 'assessments', 'coord', 'coordinator',
  'nurse', 'review', 'item', 'items', 'ard', 'submission', 'schedule'];

/** "MDS" alone: Index: Syndrome, myelodysplastic D46.9, unless the words around it make it the Minimum Data Set. */
export const UNTYPED_MDS = {
  code: 'D46.9', history: 'Z86.03', family: 'Z80.7', source: 'Index: Syndrome, myelodysplastic D46.9',
  notAfter: MINIMUM_DATA_SET_BEFORE, notBefore: MINIMUM_DATA_SET_AFTER,
} as const;
