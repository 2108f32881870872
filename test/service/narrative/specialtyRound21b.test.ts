import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Specialty clinics round 21, second pass (issue 12): organ-specialty clinic notes (dev d883–d902), read as a coder reads
 * them. Codes checked against the FY2027 code titles (/work/shared/codesets/icd10cm-2027): D12.0 Benign neoplasm of cecum;
 * D12.2 Benign neoplasm of ascending colon; D12.6 Benign neoplasm of colon, unspecified; D12.8 Benign neoplasm of rectum; C61
 * Malignant neoplasm of prostate; D41.01 Neoplasm of uncertain behavior of right kidney; D44.0 Neoplasm of uncertain behavior of
 * thyroid gland; C64.1 Malignant neoplasm of right kidney, except renal pelvis.
 */

// ANNOTATION.md round 21, "A sessile serrated lesion is a mention; a hyperplastic polyp is not": a sessile serrated lesion
// ("SSL") or traditional serrated adenoma is a serrated adenoma (ICD-O 8213/0; printed Index Adenoma - see also Neoplasm,
// benign, by site), the colon's unless another site is written (table: colon / Benign D12.6, rectum D12.8). From d887 (part D's
// lesion and the plan's "1 SSL"), d405 and d744 (a colectomy's incidental lesion).
const serratedLesions: readonly ReadingCase[] = [
  ['a sessile serrated lesion at its labelled site (d887)', 'Path (10/30):\nD. Rectal polyp: sessile serrated lesion without cytologic dysplasia',
    [['sessile serrated lesion', 'D128', 'present']]],
  ['a sessile serrated lesion with no site is the colon\'s (d405, d744)', 'Incidental: sessile serrated lesion, 6 mm.',
    [['sessile serrated lesion', 'D126', 'present']]],
  ['a traditional serrated adenoma is one too', 'Ascending colon polyp: traditional serrated adenoma.',
    [['traditional serrated adenoma', 'D122', 'present']]],
  ['a hyperplastic polyp stays none (d887)', 'C. Sigmoid polyps: hyperplastic polyps', []],
  ['"ssl" in lower case is no abbreviation', 'Portal login uses ssl.', []],
];

// ANNOTATION.md, "Side and sub-site documented elsewhere in the note": the plan's abbreviation restates the lesion the
// pathology placed at one part in full words (d887: "D. Rectal polyp: sessile serrated lesion" and "+ 1 SSL" → D12.8).
const restatedAbbreviations: readonly ReadingCase[] = [
  ['the plan\'s SSL restates the rectal lesion (d887)',
    'Path (10/30):\nD. Rectal polyp: sessile serrated lesion without cytologic dysplasia\n\nA/P:\n66M w/ 1 SSL, surveillance in 3 yrs.',
    [['sessile serrated lesion', 'D128', 'present'], ['SSL', 'D128', 'present']]],
];

// ANNOTATION.md, "Negative for X in a pathology part is a negated mention at the part's own labelled site": a clinic note restates
// an outside biopsy as the tissue it sampled and the verdict ("benign prostatic tissue, …, no carcinoma", d893; table: prostate /
// Malignant Primary C61). Only a benign tissue of an organ and a denied verdict in one sentence place it.
const sampledTissueVerdicts: readonly ReadingCase[] = [
  ['a denied carcinoma after the benign tissue sampled is that organ\'s (d893)',
    'Prior 12-core TRUS bx 06/2024 (outside): benign prostatic tissue, focal chronic inflammation, no carcinoma.',
    [['carcinoma', 'C61', 'negated']]],
  ['negative for malignancy after it too', 'Bx 2025: benign prostatic tissue, negative for malignancy.', [['malignancy', 'C61', 'negated']]],
  ['a verdict in the next sentence is not placed', 'Bx: benign prostatic tissue. No carcinoma.', []],
];

// ANNOTATION.md round 21, "A neoplasm that tissue or cytology names but whose behaviour the report cannot decide is the Table's
// Uncertain Behavior column, not D49" (Tabular D37-D48 note): a renal core's "oncocytic neoplasm, favor oncocytoma" (d895; table:
// kidney / Uncertain Behavior D41.01 at the right) and a Bethesda IV "follicular neoplasm" (d498; thyroid D44.0). The favoured
// alternative keeps its own hedged entry; a bare "neoplasm" of an image stays D49.
const undecidedBehaviour: readonly ReadingCase[] = [
  ['an oncocytic neoplasm on a renal core is uncertain behaviour (d895)', 'R renal mass bx: oncocytic neoplasm, favor oncocytoma.',
    [['oncocytic neoplasm', 'D4101', 'present'], ['oncocytoma', 'D3001', 'uncertain']]],
  ['a follicular neoplasm is the thyroid\'s uncertain behaviour (d498)', 'FNA R thyroid nodule: follicular neoplasm (Bethesda IV).',
    [['follicular neoplasm', 'D440', 'present']]],
  ['an image\'s neoplasm stays unspecified', 'CT: 2 cm solid R renal neoplasm.', [['R renal neoplasm', 'D49511', 'present']]],
];

// ANNOTATION.md, "Codes by assertion" (uncertain: a hedge after the diagnosis, Guideline IV.H): a urologist glosses the
// alternative with its subtype in a parenthesis and hedges it after ("low-grade RCC (chromophobe) still possible", d895); the
// gloss is the diagnosis's own detail, so the hedge reaches it as it reaches "RCC still possible" (table: kidney / C64.1).
const glossedHedges: readonly ReadingCase[] = [
  ['a hedge after a subtype\'s parenthesis reaches the diagnosis (d895)', 'R renal mass: low-grade RCC (chromophobe) still possible.',
    [['RCC', 'C641', 'uncertain']]],
];

// Guideline I.C.2.d and ANNOTATION.md, "Codes by assertion" (history: treated, no evidence of disease, no treatment directed to it):
// an endocrine consult restates the kidney cancer as treated and then surveyed clear, the study named before "surveillance"
// ("CT surveillance negative through 2024", d901; Z85.528), as "surveillance CTs clear" already reads; a study that found
// the disease keeps it current.
const surveyedClear: readonly ReadingCase[] = [
  ['a study\'s surveillance found negative after the nephrectomy is history (d901)',
    'Of note: R clear cell RCC 2019, pT1b, radical nephrectomy, no adjuvant tx, CT surveillance negative through 2024.',
    [['RCC', 'Z85528', 'history']]],
  ['surveillance that found a recurrence keeps it current', 'R clear cell RCC 2019, radical nephrectomy; CT surveillance showed new lung nodules.',
    [['RCC', 'C641', 'present']]],
];

describe('specialty clinic notes, round 21 (second pass)', () => {
  describe('a treated cancer surveyed clear by a named study', () => checkReadings(surveyedClear));
  describe('a hedge after a diagnosis glossed in a parenthesis', () => checkReadings(glossedHedges));
  describe('a neoplasm whose behaviour the sample cannot decide', () => checkReadings(undecidedBehaviour));
  describe('a denied verdict after the benign tissue a biopsy sampled', () => checkReadings(sampledTissueVerdicts));
  describe('a sessile serrated lesion is a serrated adenoma', () => checkReadings(serratedLesions));
  describe('a polyp abbreviation restating its written-out lesion', () => checkReadings(restatedAbbreviations));
});
