import { checkReadings } from './readingCases';

/**
 * Vocabulary and sites round 7 (issue 12): phrasings two blind batches (hospital notes, outpatient oncology
 * documents) showed the reader missing, written as families of phrasing rather than copied from one note. Each
 * expected code cites its Table of Neoplasms row (FY2025 table), Index entry or Tabular code (FY2027 code file
 * titles); each case read differently before this round unless its title opens with "guard", which pins what
 * the new reading must not change.
 */

describe('narrative sites round 7: an Ann Arbor stage IV written with the lymphoma', () => {
  checkReadings([
    // ANNOTATION.md "Stage or node regions in the lymphoma's own sentence": stage II–IV → Tabular C83.38 Diffuse large
    // B-cell lymphoma, lymph nodes of multiple sites; C82.18 Follicular lymphoma grade II, lymph nodes of multiple sites.
    ['"DLBCL, GCB type, stage IVA" is lymph nodes of multiple sites', 'Dx: DLBCL, GCB type, stage IVA (marrow involvement), IPI 3.', [['DLBCL', 'C8338', 'present']]],
    ['"diffuse large B-cell lymphoma, stage IV," is lymph nodes of multiple sites', '58M with diffuse large B-cell lymphoma, stage IV, C3D10 of R-CHOP.', [['diffuse large B-cell lymphoma', 'C8338', 'present']]],
    ['"stage 4 FL grade 2" before the lymphoma', 'Stage 4 FL grade 2, on observation.', [['FL', 'C8218', 'present']]],
    // Index: Lymphoma, diffuse large B-cell C83.3-; stage I is one region, which the sentence does not name: C83.30.
    ['guard: stage IE names no region', 'DLBCL, stage IE of the stomach wall.', [['DLBCL', 'C8330', 'present']]],
  ]);
});
