import { type ReadingCase, checkReadings } from './readingCases';

/**
 * Round 16 (tuner B: appeal letters, myeloma visits): a plasmacytoma in an encounter that names a multiple myeloma is that
 * myeloma's lesion (ANNOTATION.md, "A plasmacytoma in a patient with multiple myeloma is the myeloma's"; Tabular C90.0 includes
 * medullary plasmacytoma, C90.3- is its Excludes1): Index Myeloma, multiple C90.0- → C90.00 not having achieved remission, C90.02
 * in relapse. A solitary plasmacytoma without myeloma is C90.30 (Index: Plasmacytoma, solitary C90.3-), and so is one weighed
 * against the myeloma.
 */
const CASES: readonly ReadingCase[] = [
  ['a myeloma patient\'s plasmacytoma is the myeloma', 'Dx IgG kappa multiple myeloma 2021, presenting w/ L femur plasmacytoma and anemia.', [
    ['multiple myeloma', 'C9000', 'present'],
    ['plasmacytoma', 'C9000', 'present'],
  ]],
  ['it takes the myeloma\'s relapse', 'Relapsed multiple myeloma. New L rib plasmacytoma on PET.', [
    ['multiple myeloma', 'C9002', 'present'],
    ['plasmacytoma', 'C9002', 'present'],
  ]],
  ['without a myeloma a plasmacytoma stays solitary', 'L femur plasmacytoma on biopsy; marrow without clonal plasma cells.', [
    ['plasmacytoma', 'C9030', 'present'],
  ]],
  ['a myeloma denied leaves the plasmacytoma solitary', 'L femur plasmacytoma on biopsy. Marrow: no evidence of multiple myeloma.', [
    ['plasmacytoma', 'C9030', 'present'],
    ['multiple myeloma', 'C9000', 'negated'],
  ]],
  ['a solitary plasmacytoma keeps its category', 'Solitary plasmacytoma of the sternum on biopsy. Marrow: no multiple myeloma.', [
    ['Solitary plasmacytoma', 'C9030', 'present'],
    ['multiple myeloma', 'C9000', 'negated'],
  ]],
  ['a plasmacytoma weighed against the myeloma keeps its category', 'Lytic lesion: plasmacytoma vs multiple myeloma.', [
    ['plasmacytoma', 'C9030', 'uncertain'],
    ['multiple myeloma', 'C9000', 'uncertain'],
  ]],
];

describe('narrative reader round 16: a myeloma patient\'s plasmacytoma', () => checkReadings(CASES));
