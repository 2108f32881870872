import { checkReadings } from './readingCases';

/**
 * Haematologic vocabulary and types round 11 (issue 12): how clinic notes, letters and survivorship plans name a
 * myelodysplastic syndrome, a lymphoma's type and a myelofibrosis. Each expected code cites its Tabular code (FY2027
 * code file titles), Index entry or ANNOTATION.md rule; each case read differently before this round unless its
 * title opens with "guard", which pins what the new reading must not change.
 */

describe('narrative haematology round 11: an untyped word restates the type, not the subtype', () => {
  checkReadings([
    // ANNOTATION.md "Subtype and grade below the type are phrase-level, and an untyped lymphoma takes the type only":
    // Tabular C81.9A Hodgkin lymphoma, unspecified, in remission (the remission the untyped mention states is carried to the
    // note's Hodgkin mentions: C81.1A Nodular sclerosis Hodgkin lymphoma, in remission).
    ['a Hodgkin patient\'s "lymphoma" beside a nodular sclerosis subtype and a plain Hodgkin lymphoma', 'Diagnosis: Classical Hodgkin lymphoma, nodular sclerosis subtype\nRisk: Recurrence of Hodgkin lymphoma\nNote: the lymphoma is in remission >10 yrs.', [
      ['Classical Hodgkin lymphoma, nodular sclerosis', 'C811A', 'present'], ['Hodgkin lymphoma', 'C819A', 'present'], ['lymphoma', 'C819A', 'present'],
    ]],
    // Tabular C82.1- Follicular lymphoma grade II (phrase-level grade); C82.90 Follicular lymphoma, unspecified, unspecified site.
    ['a follicular patient\'s "lymphoma" beside FL grade 2 and FL', 'FL grade 2 on R. FL is stable. Lymphoma stable.', [
      ['FL', 'C8210', 'present'], ['FL', 'C8290', 'present'], ['Lymphoma', 'C8290', 'present'],
    ]],
    // Tabular C83.30 Diffuse large B-cell lymphoma, unspecified site: a type of its own keeps its code.
    ['guard: a DLBCL patient\'s "lymphoma" stays diffuse large B-cell', 'DLBCL s/p R-CHOP. Lymphoma is stable.', [
      ['DLBCL', 'C8330', 'present'], ['Lymphoma', 'C8330', 'present'],
    ]],
  ]);
});

describe('narrative haematology round 11: MDS named with its del(5q)', () => {
  checkReadings([
    // Tabular D46.C Myelodysplastic syndrome with isolated del(5q) chromosomal abnormality; the later "MDS" is that MDS
    // (ANNOTATION.md: a disease restated without its type takes the type the note documents), not D46.9.
    ['"MDS del(5q)" and a later "MDS"', 'A/P: MDS del(5q) on lenalidomide. MDS is stable.', [
      ['MDS del(5q)', 'D46C', 'present'], ['MDS', 'D46C', 'present'],
    ]],
    ['"del(5q) MDS" after "MDS with del(5q)"', 'MDS with del(5q) since 2024; MDS is low risk. del(5q) MDS.', [
      ['MDS with del(5q)', 'D46C', 'present'], ['MDS', 'D46C', 'present'], ['del(5q) MDS', 'D46C', 'present'],
    ]],
    // Tabular D46.9 Myelodysplastic syndrome, unspecified: no subtype written.
    ['guard: "MDS" alone stays unspecified', 'MDS, low risk, on observation.', [['MDS', 'D469', 'present']]],
  ]);
});

describe('narrative haematology round 11: myelofibrosis and "MF" in a note about a myeloproliferative neoplasm', () => {
  checkReadings([
    // Tabular D47.4 Osteomyelofibrosis (inclusions: myelofibrosis, idiopathic; secondary myelofibrosis in myeloproliferative disease):
    // the marrow's "persistent myelofibrosis" and "his MF" are the patient's primary myelofibrosis.
    ['"persistent myelofibrosis" and "his MF" beside a primary myelofibrosis', 'Primary myelofibrosis. Persistent myelofibrosis despite ruxolitinib. His MF is worse.', [
      ['Primary myelofibrosis', 'D474', 'present'], ['myelofibrosis', 'D474', 'present'], ['MF', 'D474', 'present'],
    ]],
    // Tabular D75.81 Myelofibrosis (no neoplasm) outside such a note: the reader names nothing; Index: Mycosis fungoides C84.0-.
    ['guard: "myelofibrosis" with no myeloproliferative neoplasm is no mention', 'MDS with myelofibrosis.', [['MDS', 'D469', 'present']]],
    // Round 13: there "MF" is the mycosis fungoides itself (Index: Mycosis fungoides C84.0-; Tabular C84.00); round 17: the skin named
    // before it is its extranodal site, C84.09 (ANNOTATION.md, "A lymphoma's extranodal site in its own sentence").
    ['guard: "MF" in a mycosis fungoides note is no myelofibrosis', 'MF on skin, mycosis fungoides stage IB.', [['MF', 'C8400', 'present'], ['skin, mycosis fungoides', 'C8409', 'present']]],
  ]);
});

describe('narrative haematology round 11: a lymphoma\'s node regions in brackets', () => {
  checkReadings([
    // ANNOTATION.md "Stage or node regions in the lymphoma's own sentence": the stage sets both DLBCLs of its sentence, and three
    // regions in brackets are lymph nodes of multiple sites (Tabular C83.38 Diffuse large B-cell lymphoma, lymph nodes of multiple sites).
    ['"DLBCL, GCB type, originally stage IIIA DLBCL (cervical, mediastinal and retroperitoneal nodes)"', '55M with DLBCL, GCB type, originally stage IIIA DLBCL (cervical, mediastinal and retroperitoneal\nnodes) dx 2/2024, IPI 2.', [
      ['DLBCL', 'C8338', 'present'], ['DLBCL (cervical', 'C8338', 'present'],
    ]],
    // Tabular C82.98 Follicular lymphoma, unspecified, lymph nodes of multiple sites.
    ['"FL (inguinal and pelvic nodes)"', 'FL (inguinal and pelvic nodes) on watch.', [['FL', 'C8298', 'present']]],
    // Tabular C83.31 Diffuse large B-cell lymphoma, lymph nodes of head, face, and neck: one region in brackets is that region.
    ['guard: one bracketed node region stays that region', 'DLBCL (R cervical node) s/p R-CHOP.', [['DLBCL (R cervical node', 'C8331', 'present']]],
  ]);
});

describe('narrative haematology round 11: Richter syndrome is coded with the CLL', () => {
  checkReadings([
    // Tabular C91.1 Chronic lymphocytic leukemia of B-cell type, inclusion term "Richter syndrome": C91.10 not having achieved remission.
    ['"Richter\'s transformation" in a CLL plan', 'Plan: return sooner for rapid node growth, which could signal Richter\'s transformation.', [
      // "could signal" a transformation that has not happened: hypothetical, as d426's gold codes it.
      ["Richter's transformation", 'C9110', 'hypothetical'],
    ]],
    // Index: Lymphoma, large cell, diffuse C83.3-: the transformation written as the lymphoma it becomes.
    ['guard: a "large cell transformation" stays the DLBCL', 'Bx: CLL/SLL, no large cell transformation.', [['CLL/SLL', 'C9110', 'present'], ['large cell transformation', 'C8330', 'negated']]],
  ]);
});
