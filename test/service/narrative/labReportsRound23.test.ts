import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Laboratory and molecular reports round 23 (issue 12, tuner E): NGS and ctDNA reports, flow cytometry, bone-marrow reports
 * with cytogenetics and FISH, IHC / FISH addenda, frozen sections, cytology, tumour-marker notes and germline results (dev
 * d963–d982), read as a coder reads them.
 */

// ANNOTATION.md, "Sites and columns": a solid cancer sought in a marrow specimen is a secondary there (table: marrow (bone) /
// Malignant Secondary C79.52). A karyotype in the diagnosis line above ("t(9;11)(p21.3;q23.3)", ISCN notation) parts two
// chromosomes with its semicolons, not two clauses, so the specimen label still reaches the findings below it (d966).
const karyotypeNotation: readonly ReadingCase[] = [
  ['a karyotype\'s semicolons leave the marrow label in reach (d966)',
    'FINAL DIAGNOSIS:\nA-C. Bone marrow, aspirate and core biopsy:\n - ACUTE MYELOID LEUKEMIA (t(9;11)(p21.3;q23.3); KMT2A::MLLT3), see comment\n - No evidence of metastatic carcinoma on core biopsy.',
    [['ACUTE MYELOID LEUKEMIA', 'C9200', 'present'], ['metastatic carcinoma', 'C7952', 'negated']]],
  ['a semicolon between words still ends the denial\'s clause', 'Dx: No evidence of leukemia;breast cancer, new.',
    [['leukemia', 'C9590', 'negated'], ['breast cancer', 'null', 'present']]],
];

// Index: Leukemia, myeloid, acute, with 11q23-abnormality C92.6-; Tabular C92.60 Acute myeloid leukemia with 11q23-abnormality
// not having achieved remission. KMT2A (formerly MLL) lies at 11q23: the WHO / ICC name "AML with KMT2A rearrangement" is
// that AML, not AML NOS (C92.00), in the diagnosis line and restated in the comment (d966).
const rearrangedLeukaemia: readonly ReadingCase[] = [
  ['"ACUTE MYELOID LEUKEMIA WITH KMT2A REARRANGEMENT" is C92.60 (d966)',
    'FINAL DIAGNOSIS:\n - ACUTE MYELOID LEUKEMIA WITH KMT2A REARRANGEMENT, see comment\n\nComment:\nFindings are diagnostic of AML with KMT2A rearrangement.',
    [['ACUTE MYELOID LEUKEMIA WITH KMT2A REARRANGEMENT', 'C9260', 'present'], ['AML with KMT2A rearrangement', 'C9260', 'present']]],
  ['"KMT2A-rearranged AML" and "AML with MLL rearrangement" are C92.60', 'Dx: KMT2A-rearranged AML.\nOutside dx: AML with MLL rearrangement.',
    [['KMT2A-rearranged AML', 'C9260', 'present'], ['AML with MLL rearrangement', 'C9260', 'present']]],
  ['AML with another qualifier stays C92.00', 'Dx: AML with NPM1 mutation.', [['AML', 'C9200', 'present']]],
];

// ANNOTATION.md, "Assertion": history is the patient's past disease. "Given prior exposure to doxorubicin, the leukemia meets
// criteria for a myeloid neoplasm post cytotoxic therapy" dates the exposure, the cause, not the leukaemia it caused, which the
// report diagnoses now (Tabular C92.60; d966).
const pastExposure: readonly ReadingCase[] = [
  ['"prior exposure to …" does not make the leukaemia after it history (d966)',
    'Dx: AML with KMT2A rearrangement. Given prior exposure to doxorubicin and cyclophosphamide, the leukemia is therapy-related.',
    [['AML with KMT2A rearrangement', 'C9260', 'present'], ['leukemia', 'C9260', 'present']]],
  ['"prior" before the disease itself is still history', 'PMH: prior breast cancer, treated 2015.', [['breast cancer', 'Z853', 'history']]],
];

describe('lab reports round 23: karyotype notation', () => checkReadings(karyotypeNotation));
describe('lab reports round 23: leukaemia named by its rearrangement', () => checkReadings(rearrangedLeukaemia));
describe('lab reports round 23: a past exposure', () => checkReadings(pastExposure));
