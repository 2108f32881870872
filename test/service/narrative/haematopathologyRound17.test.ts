import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Haematopathology and cellular-therapy notes, round 17 second pass (issue 12): how marrow, flow and transplant reports
 * conclude and hedge. Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027
 * code titles (icd10cm-2027) and the Table of Neoplasms.
 */

// ANNOTATION.md, "Flow cytometry read 'c/w X' is a diagnosis on cells, present" and "A cytology or tissue result read 'c/w X'
// ... is present": a "c/w X." that opens its own sentence sums up the marrow and flow results listed just before it, and a
// dated sample label that ends its line ("BMBx 08/2023:") heads the reading on the next line (d653, d654). Tabular C91.02
// Acute lymphoblastic leukemia, in relapse; D47.4 Osteomyelofibrosis (inclusion: secondary myelofibrosis in myeloproliferative
// disease). A sample still to come leaves the hedge (C85.90 Non-Hodgkin lymphoma, unspecified, unspecified site). An image's "c/w" stays uncertain (C34.11 Malignant neoplasm of upper lobe, right bronchus or lung), as does a
// measured level's "c/w" on a sampled node (C77.0 Secondary ... lymph nodes of head, face and neck; C73 thyroid gland, d179).
const concludedResults: readonly ReadingCase[] = [
  ['a standalone c/w after marrow and flow results is the diagnosis', 'BMBx 11/27: hypercellular, 62% lymphoblasts. Flow: CD19+, CD10+, TdT+. c/w relapsed B-ALL.',
    [['B-ALL', 'C9102', 'present']]],
  ['a marrow label ending its line heads the reading below it', 'Splenomegaly, leukoerythroblastic smear -> BMBx 08/2023:\nMF-3 reticulin fibrosis, c/w post-PV MF.',
    [['post-PV MF', 'D474', 'present']]],
  ['a standalone c/w after an image stays uncertain', 'CT chest 11/02: spiculated RUL mass. c/w lung cancer.', [['lung cancer', 'C3411', 'uncertain']]],
  ['a c/w after a sample still to come stays uncertain', 'Bx planned.\nc/w lymphoma.', [['lymphoma', 'C8590', 'uncertain']]],
  ['a measured level on a sampled node stays a hedge', 'FNA R level IV node:\nthyroglobulin washout elevated, c/w metastatic papillary thyroid carcinoma.',
    [['metastatic papillary thyroid carcinoma', 'C770', 'uncertain'], ['thyroid carcinoma', 'C73', 'uncertain']]],
];

// ANNOTATION.md / Guidelines Section II.H: "cannot be excluded" is uncertain. A judgement closing its clause judges the
// diagnosis together with the diagnosis's own site phrase ("of the R testis") and the means it was judged by ("by US alone"), as
// a transplant or lymphoma team writes of an extramedullary site (d653). Tabular C95.90 Leukemia, unspecified not having achieved
// remission (the bare leukaemic word without a named leukaemia).
const judgedWithSite: readonly ReadingCase[] = [
  ['a site phrase and the means stay inside the judged subject', 'Leukemic infiltration of the R testis cannot be excluded by\n   US alone.',
    [['Leukemic infiltration', 'C9590', 'uncertain']]],
  ['a spelled side in the site phrase', 'Leukemic infiltration of the left testis cannot be excluded.', [['Leukemic infiltration', 'C9590', 'uncertain']]],
  ['a longer site phrase within the reach', 'Leukemic infiltration of the central nervous system cannot be excluded.', [['Leukemic infiltration', 'C9590', 'uncertain']]],
];

// ANNOTATION.md's hypothetical (ConText: a condition spoken of, not asserted), as a trial's eligibility criterion: a centre's SOP
// or policy quoted in a donor or recipient work-up states a rule for donors in general (d649). The history it names keeps the
// history code (Tabular Z85.9 Personal history of malignant neoplasm, unspecified); C44.90 Unspecified malignant neoplasm of
// skin, unspecified; D06.9 Carcinoma in situ of cervix, unspecified. A quotation with no policy lead (a relative's own words)
// keeps its reading: Z80.0 Family history of malignant neoplasm of digestive organs.
const quotedPolicies: readonly ReadingCase[] = [
  ['a quoted SOP speaks of donors in general',
    'Per center SOP 7.4 ("donor with history of malignancy is acceptable if treated with curative intent; non-melanoma skin cancer and cervical carcinoma in situ are not exclusions"): acceptable.',
    [['malignancy', 'Z859', 'hypothetical'], ['skin cancer', 'C4490', 'hypothetical'], ['cervical carcinoma in situ', 'D069', 'hypothetical']]],
  ['a quotation without a policy lead keeps its reading', 'Mother - "stomach cancer" in Poland.', [['stomach cancer', 'Z800', 'family']]],
];

// Transformation (ANNOTATION.md's hypothetical and uncertain apply to the disease a question or condition is about): "asking if the
// MDS is turning into leukemia" weighs the leukaemia; the MDS the sentence starts from is the patient's, present (d655). Tabular
// D46.9 Myelodysplastic syndrome, unspecified; C92.00 Acute myeloblastic leukemia, not having achieved remission (the leukaemia an
// MDS turns into is myeloid, as d655's gold codes it); the patient's question still reaches the leukaemia, uncertain as d655's gold
// has it (ANNOTATION.md: a patient's question about the disease is uncertain; "asking if", outsideRecordsSecondRound17).
const transformationSource: readonly ReadingCase[] = [
  ['a question about a transformation leaves its source present', 'Pt asking if "the MDS is turning into leukemia" because a friend died of AML.',
    [['MDS', 'D469', 'present'], ['leukemia', 'C9200', 'uncertain']]],
];

// ANNOTATION.md, "Relapse in one note": a myeloma the note documents in relapse takes the relapse code in every mention, and
// Guidelines II.H code a hedged condition as if it existed, so a new lesion "likely myeloma" of a relapsed myeloma is C90.02
// Multiple myeloma in relapse, uncertain (d651). A remission is not carried to a hedged new lesion (C90.01 Multiple myeloma in
// remission; the lesion stays C90.00 Multiple myeloma not having achieved remission).
const relapseInHedges: readonly ReadingCase[] = [
  ['a hedged lesion of a relapsed myeloma takes the relapse code', 'Dx: Multiple myeloma in relapse. PET 11/28: new FDG-avid R 6th rib lesion, likely myeloma; no bx planned.',
    [['Multiple myeloma', 'C9002', 'present'], ['myeloma', 'C9002', 'uncertain']]],
  ['a hedged lesion of a myeloma in remission is not in remission', 'Dx: Multiple myeloma in remission. PET 11/28: new R 6th rib lesion, likely myeloma.',
    [['Multiple myeloma', 'C9001', 'present'], ['myeloma', 'C9000', 'uncertain']]],
];

describe('narrative reader: haematopathology round 17', () => {
  describe('a c/w that concludes the results before it', () => checkReadings(concludedResults));
  describe('a judgement over the diagnosis and its site phrase', () => checkReadings(judgedWithSite));
  describe('a policy quoted in a work-up', () => checkReadings(quotedPolicies));
  describe('the source of a transformation', () => checkReadings(transformationSource));
  describe('a relapse carried to a hedged mention', () => checkReadings(relapseInHedges));
});
