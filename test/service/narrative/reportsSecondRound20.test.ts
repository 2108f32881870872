import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Reports, second pass of round 20 (issue 12): pathology and imaging reports' fields read as a coder reads them. Codes checked
 * against the FY2027 code titles (/work/shared/codesets/icd10cm-2027): C77.3 Secondary and unspecified malignant neoplasm of
 * lymph nodes of axilla and upper limb; C77.4 … of inguinal and lower limb; C77.9 … of lymph node, unspecified.
 */

// ANNOTATION.md, "Lymph node metastasis by region" (Table of Neoplasms: lymph gland, axilla / Malignant Secondary C77.3; lymph
// gland, inguinal C77.4): an imaging report's field labelled with a node-bearing region ("Right axilla:") heads every sentence of
// the field, so a nodal metastasis written two sentences after the label, with no region of its own, is of that region (d826
// "Right axilla: one lymph node with eccentric cortical thickening … Indeterminate. Cannot exclude nodal metastasis" C77.3).
// The nearest label governs: a field labelled with an organ that bears no nodes leaves the region unspecified.
const fieldLabelRegion: readonly ReadingCase[] = [
  ['a nodal metastasis two sentences under a "Right axilla:" label is axillary',
    'Breast US.\nRight axilla: one lymph node with eccentric cortical thickening to 4 mm, fatty hilum preserved. Indeterminate.\nCannot exclude nodal metastasis; sampling recommended.',
    [['nodal metastasis', 'C773', 'uncertain']]],
  ['a nodal metastasis under a "Left groin:" label is inguinal',
    'Left groin: a 2 cm lymph node, rounded. Suspicious.\nNodal metastasis is not excluded.',
    [['Nodal metastasis', 'C774', 'uncertain']]],
  ['a later "Liver:" label ends the axilla\'s field',
    'Right axilla: one lymph node, 9 mm.\nLiver: one lymph node at the porta. Nodal metastasis not excluded.',
    [['Nodal metastasis', 'C779', 'uncertain']]],
];

// ANNOTATION.md, assertion: a diagnosis considered and then excluded is negated; the nearer cue wins (ConText). A relative clause
// opening right after the mention (", which is excluded", ", which was ruled out") denies the mention itself, over a hedge before
// it (d827 "the phenotype overlaps with APL, which is excluded by FISH below", gold negated; Tabular C92.4- Acute promyelocytic
// leukemia, C92.40 not having achieved remission). A relative clause that does not deny leaves the reading as it was.
const relativeExclusion: readonly ReadingCase[] = [
  ['"overlaps with APL, which is excluded by FISH" is denied', 'Interpretation: the phenotype overlaps with APL, which is excluded by FISH below.',
    [['APL', 'C9240', 'negated']]],
  ['"The differential includes lymphoma, which was ruled out" is denied', 'The differential includes lymphoma, which was ruled out by flow cytometry.',
    [['lymphoma', 'C8590', 'negated']]],
  ['"melanoma, which has been excluded" is denied', 'Melanoma, which has been excluded by stains.', [['Melanoma', 'C439', 'negated']]],
  ['a relative clause that does not deny keeps the hedge', 'The differential includes lymphoma, which is favored.', [['lymphoma', 'C8590', 'uncertain']]],
];

describe('narrative reader: reports, second pass of round 20', () => {
  describe('a region\'s field label gives a nodal metastasis in its field the region', () => checkReadings(fieldLabelRegion));
  describe('a relative clause right after a mention that excludes it denies it', () => checkReadings(relativeExclusion));
});
