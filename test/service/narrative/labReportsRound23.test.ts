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

// ANNOTATION.md, "Sites and columns" (a sub-site the note documents): "CRC" names the large bowel (table: rectum, and colon),
// so in a note whose one large-bowel cancer is the rectum's it restates that cancer (table: rectum / Malignant Primary C20),
// as it restates a colon cancer in a colon cancer's note; a colon and a rectal primary together leave it the bowel's (d982).
const colorectalRestatement: readonly ReadingCase[] = [
  ['"CRC" in a rectal cancer\'s note is the rectum\'s (d982)',
    'Reason for referral: 42 y/o M with rectal adenocarcinoma (dx 08/2026), on total neoadjuvant therapy. Early-onset CRC.',
    [['rectal adenocarcinoma', 'C20', 'present'], ['CRC', 'C20', 'present']]],
  ['"CRC" beside a colon and a rectal primary stays the large bowel\'s',
    'Dx: sigmoid colon adenocarcinoma and rectal adenocarcinoma, synchronous. Early-onset CRC.',
    [['sigmoid colon adenocarcinoma', 'C187', 'present'], ['rectal adenocarcinoma', 'C20', 'present'], ['CRC', 'null', 'present']]],
];

// ANNOTATION.md, "Assertion" (history: the patient's past disease; Guideline I.C.2.d): surveillance "per survivorship
// guidelines" after a treatment under way names follow-up to come, not a cancer already treated and gone; the rectal cancer
// on neoadjuvant therapy stays present (table: rectum / Malignant Primary C20; d982).
const survivorshipGuidelines: readonly ReadingCase[] = [
  ['"per survivorship guidelines" does not make a cancer on treatment history (d982)',
    'Reason for referral: 42 y/o M with rectal adenocarcinoma, on neoadjuvant therapy.\n\nPlan: colonoscopic surveillance after treatment of his rectal cancer per survivorship guidelines.',
    [['rectal adenocarcinoma', 'C20', 'present'], ['rectal cancer', 'C20', 'present']]],
  ['a survivorship phase still makes it history', 'Dx: breast cancer - survivorship.', [['breast cancer', 'Z853', 'history']]],
];

describe('lab reports round 23: "CRC" in a rectal cancer\'s note', () => checkReadings(colorectalRestatement));
describe('lab reports round 23: survivorship guidelines', () => checkReadings(survivorshipGuidelines));
