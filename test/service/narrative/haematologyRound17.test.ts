import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 17 (issue 12), tuner A: what haematopathology reports, transplant and cellular-therapy notes write everywhere, read
 * from the blind batch d643-d662. Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the
 * FY2027 code titles (data/icd10cm/2027) and the Alphabetic Index.
 */

// ANNOTATION.md, "Codes by assertion", history (Guideline I.C.2.d: excised, no recurrence): a recurrence the next sentence only
// weighs ("Eval recurrent melanoma vs lymphoma") or foresees ("r/o recurrence") does not make the past cancer current again; a
// recurrence it states still does. Index: History, personal, melanoma Z85.820 (d646; also d251's cystadenoma).
const weighedRecurrence: readonly ReadingCase[] = [
  ['a recurrence weighed in a differential leaves the remote melanoma history',
    'CLINICAL HX: Remote hx melanoma of L posterior thigh, WLE 2011, no recurrence. Eval recurrent melanoma vs lymphoma.',
    [['melanoma of L posterior thigh', 'Z85820', 'history'], ['melanoma', 'C4372', 'uncertain'], ['lymphoma', 'C8590', 'uncertain']]],
  ['a recurrence stated in the next sentence makes it current',
    'Remote hx melanoma of L posterior thigh, WLE 2011. Now recurrent melanoma in the R groin node.',
    [['melanoma of L posterior thigh', 'C4372', 'present'], ['melanoma', 'C774', 'present']]],
];

// ANNOTATION.md, "Not mentions": a gene or test name. A FISH or NGS panel named after the disease it is run for ("FISH (AML panel)",
// "FISH CLL panel") names the test, not the patient's disease (d643, d647, d406).
const testPanels: readonly ReadingCase[] = [
  ['a FISH panel named after a leukaemia is no mention', 'FISH (AML panel): PML::RARA NEGATIVE.', []],
  ['a suggested CLL panel is no mention, the CLL itself is', 'Impression: CLL, Rai stage 0. Suggest: FISH CLL panel (del17p, del11q).', [['CLL', 'C9110', 'present']]],
];

// Tabular C81.7 Other Hodgkin lymphoma, inclusion "Classical Hodgkin lymphoma NOS" (C81.70 unspecified site, C81.71 nodes of head,
// face and neck); a named subtype keeps its own category (C81.1- Nodular sclerosis). "Hodgkin/Reed-Sternberg cells" are the cells,
// no diagnosis (d645, d661).
const classicalHodgkin: readonly ReadingCase[] = [
  ['classic Hodgkin lymphoma with no subtype is C81.7-', 'Flow cytometry is insensitive for HRS cells; findings do not exclude classic Hodgkin lymphoma.',
    [['classic Hodgkin lymphoma', 'C8170', 'uncertain']]],
  ['cHL is classical Hodgkin lymphoma NOS', 'Dx: cHL, on ABVD C3.', [['cHL', 'C8170', 'present']]],
  ['a classic Hodgkin lymphoma of a named subtype keeps the subtype', 'LYMPH NODE, LEFT SUPRACLAVICULAR, EXCISION:\n   CLASSIC HODGKIN LYMPHOMA, NODULAR SCLEROSIS TYPE.',
    [['CLASSIC HODGKIN LYMPHOMA, NODULAR SCLEROSIS', 'C8111', 'present']]],
  ['Hodgkin/Reed-Sternberg cells are no mention', 'Nodules contain scattered large cells (Hodgkin/Reed-Sternberg cells and lacunar variants).', []],
];

// ANNOTATION.md, "Codes by assertion", uncertain (Guidelines II.H: "consider", "unlikely"): a pathologist's differential weighed and
// set aside in a comment ("A lymphoplasmacytic lymphoma … was considered given the CD56 pattern", "Mantle cell lymphoma in leukemic
// phase is considered unlikely given CD23+") leaves the diagnosis open, also when the reason follows the judgement (d644, d647).
const weighedInComment: readonly ReadingCase[] = [
  ['a lymphoma considered, with its reason after, is uncertain',
    'COMMENT: A lymphoplasmacytic lymphoma with plasmacytic differentiation was considered given the CD56 pattern but there is no B-cell clone.',
    [['lymphoplasmacytic lymphoma', 'C8300', 'uncertain']]],
  ['a lymphoma considered unlikely is uncertain', 'INTERPRETATION: Mantle cell lymphoma in leukemic phase is considered unlikely given CD23+/CD200+.',
    [['Mantle cell lymphoma', 'C8310', 'uncertain']]],
];

// ANNOTATION.md, uncertain: "rule out" (Guidelines II.H). A requisition's request to the pathologist ("Please eval for acute leukemia,
// r/o APL", "Query plasma cell myeloma") asks whether the disease is there, as a rule-out does (d643, d644, d657).
const requisitionRuleOut: readonly ReadingCase[] = [
  ['please eval for a leukaemia is a rule-out', 'CLINICAL HISTORY: 61% blasts on diff. Please eval for acute leukemia, r/o APL.',
    [['acute leukemia', 'C9240', 'uncertain'], ['APL', 'C9240', 'uncertain']]],
  ['query a myeloma is a rule-out', 'Clinical: IgG kappa M-spike 3.1 g/dL, lytic lesions. Query plasma cell myeloma.', [['plasma cell myeloma', 'C9000', 'uncertain']]],
  ['guard: a query date names no diagnosis', 'Query date: 11/30/2026. Dx: multiple myeloma on lenalidomide.', [['multiple myeloma', 'C9000', 'present']]],
];

// ANNOTATION.md, "A personal or family history …": a denied personal history of a named cancer keeps the cancer's own code,
// negated (d65). A donor or pre-transplant health questionnaire answers its questions with a bare "No" after the question mark,
// and may ask about two diseases at once ("Ever had leukemia or lymphoma?  No"): Index: Leukemia C95.9-, Lymphoma C85.9-,
// Melanoma C43.9 (d649). A question about a qualifier after a comma ("DLBCL, primary refractory? - no") stays the qualifier's (d359).
const questionnaireAnswers: readonly ReadingCase[] = [
  ['two diseases asked together and answered no are both denied', 'Donor health questionnaire:\n - Ever had leukemia or lymphoma?  No\n - Any personal hx of melanoma?  No',
    [['leukemia', 'C9590', 'negated'], ['lymphoma', 'C8590', 'negated'], ['melanoma', 'C439', 'negated']]],
  ['a bare no answering another question denies nothing before it', 'Melanoma s/p WLE 2019, any recurrence? No.', [['Melanoma', 'C439', 'present']]],
  ['guard: a qualifier questioned after a comma keeps the diagnosis', 'Relapsed DLBCL, primary refractory? - no: relapse > 6 mo after CMR.', [['DLBCL', 'C8330', 'present']]],
];

// ANNOTATION.md, "Not mentions": names of clinics and services. A disease alone in parentheses after a clinician's name on a
// requisition's or consult's header line is the clinician's service (d643, d648, d650); one with more words in the parenthesis
// stays the patient's.
const clinicianServices: readonly ReadingCase[] = [
  ['a referring doctor\'s service is no mention', 'Referring: Dr. M. Oduya (Leukemia)\nRequesting: Dr. A. Hollis (Lymphoma)', []],
  ['a submitting physician\'s service abbreviated is no mention', 'Submitting physician: T. Okonkwo, MD (Leukemia Svc)', []],
  ['a service joined to another in the parenthesis is no mention', 'Ordering: Dr. F. Adeyemi (Myeloma/Cell Therapy)   Apheresis MD: L. Gundersen, MD', []],
  ['guard: a disease with its course in the parenthesis is the patient\'s', 'Seen by Dr. Lee (melanoma 2019 excised).', [['melanoma', 'Z85820', 'history']]],
];

// Index: Myeloma, multiple, in relapse C90.02; Leukemia, myeloid, acute, in relapse C92.02. "RRMM" (relapsed/refractory multiple
// myeloma) and "R/R AML" write the relapse in the name or its abbreviation, as "relapsed/refractory" does (d651, d662).
const relapseAbbreviations: readonly ReadingCase[] = [
  ['RRMM is a myeloma in relapse', 'Dx: C90.02 Multiple myeloma in relapse - RRMM, IgA kappa, 5 prior lines.', [['Multiple myeloma', 'C9002', 'present'], ['RRMM', 'C9002', 'present']]],
  ['R/R before AML is its relapse', 'Dx: R/R AML after 7+3, now on gilteritinib.', [['AML', 'C9202', 'present']]],
];

// Z80.- (Family history of primary malignant neoplasm) names a relative's malignancy: Tabular D46 Myelodysplastic syndromes and
// D47 (uncertain behaviour) have no family-history code, so a relative's MDS, denied or not, is no mention, as a relative's benign
// neoplasm is; the leukaemia beside it keeps Z80.6 (d648, d655).
const relativesMyelodysplasia: readonly ReadingCase[] = [
  ['a denied family MDS is no mention, the leukaemia beside it is', 'Family hx: No known family hx of leukemia or MDS.', [['leukemia', 'Z806', 'negated']]],
  ['a relative\'s MDS is no mention', 'FH: mother - MDS at 80. Brother - prostate ca.', [['prostate ca', 'Z8042', 'family']]],
];

// ANNOTATION.md, negated (ConText's definite negated existence): a diagnosis the clinician sets aside as "not a concern", with the
// criterion it fails ("CMML not a concern - absolute monocytes <1.0 persistently"), is denied, as "not suspected" is (d655, its
// review changed it from uncertain). Tabular C93.10 Chronic myelomonocytic leukemia not having achieved remission.
const setAside: readonly ReadingCase[] = [
  ['a leukaemia not a concern is denied', 'A/P: 2. CMML not a concern - absolute monocytes <1.0 persistently.', [['CMML', 'C9310', 'negated']]],
];

// ANNOTATION.md, "A lymphoma's extranodal site in its own sentence is 'extranodal and solid organ sites' (…9)": the skin is such a
// site (Tabular C84.09 Mycosis fungoides, extranodal and solid organ sites); and a "c/w" in an item under a specimen's part label
// ("A. SKIN, LEFT BUTTOCK, PUNCH BIOPSY:") is the pathologist's diagnosis on that tissue, as "Left parotid, FNA: c/w …" is (d657).
const cutaneousLymphoma: readonly ReadingCase[] = [
  ['mycosis fungoides of the skin is extranodal', 'Dx: mycosis fungoides of the skin of the left buttock.', [['mycosis fungoides of the skin of the left buttock', 'C8409', 'present']]],
  ['a c/w under a part label is the diagnosis of the part',
    'FINAL DIAGNOSIS:\nA. SKIN, LEFT BUTTOCK, PUNCH BIOPSY:\n   - ATYPICAL EPIDERMOTROPIC T-CELL INFILTRATE CONSISTENT WITH MYCOSIS FUNGOIDES, PATCH STAGE',
    [['MYCOSIS FUNGOIDES', 'C8409', 'present']]],
  // Tabular C83.398 Diffuse large B-cell lymphoma of other extranodal and solid organ sites: the organ a biopsy label names (d650).
  ['a lymphoma reported after an organ biopsy label is extranodal', 'Liver bx seg 6 (09/24): DLBCL, same phenotype.', [['DLBCL', 'C83398', 'present']]],
  // ANNOTATION.md's own example: "BMBx: involved by MCL" C83.19 (the marrow is extranodal; d520, d650).
  ['a lymphoma involving the marrow of a BMBx label is extranodal', 'Dx: mantle cell lymphoma.\nBMBx 11/18: involved by MCL (~40% cellularity).',
    [['mantle cell lymphoma', 'C8310', 'present'], ['MCL', 'C8319', 'present']]],
  ['a lymphoma after a node biopsy label keeps the node region', 'CT-guided bx retroperitoneal LN: DLBCL.', [['DLBCL', 'C8333', 'present']]],
  ['guard: a c/w under a study label stays a hedge', 'MRI brain:\n - enhancing lesion c/w metastasis.', [['metastasis', 'C7931', 'uncertain']]],
];

// ANNOTATION.md, hypothetical: a risk. A drug's warning of the cancers it may cause, counselled after CAR-T ("FDA warning of T-cell
// malignancies", "FDA boxed warning re T-cell lymphomas"), names a risk for this patient; the named type keeps its code (round 14,
// generic second cancer): Tabular C84.9 Mature T/NK-cell lymphomas, unspecified, C84.90 (d662, d566).
const drugWarnings: readonly ReadingCase[] = [
  ['a warning of T-cell malignancies is a risk', '6. Long-term: counseled on FDA warning of T-cell malignancies after BCMA/CD19 CAR-T; lifelong monitoring.',
    [['T-cell malignancies', 'C8490', 'hypothetical']]],
  ['T-cell lymphomas in a boxed warning are a risk', 'Late effects: FDA boxed warning re T-cell lymphomas after CAR-T - annual CBC w/ diff.',
    [['T-cell lymphomas', 'C8490', 'hypothetical']]],
];

// ANNOTATION.md, "A bare 'relapse' or 'recurrence'": with a site it is a mention. In a note about a leukaemia, "marrow relapse",
// "testicular relapse" and "CNS relapse" are that leukaemia in relapse (Index: Leukemia, lymphoid, acute, in relapse C91.02), each
// with its own assertion (d653, d569, d480); "first marrow relapse of AML" is the AML's (d532), and with no leukaemia written the
// words are no mention.
const siteRelapses: readonly ReadingCase[] = [
  ['a marrow and a testicular relapse of the note\'s ALL', 'S: 27M w/ Ph-like B-ALL dx 06/2024.\nA/P: first relapse: marrow relapse + L testicular relapse suspected (US c/w, no bx).',
    [['B-ALL', 'C9102', 'present'], ['marrow relapse', 'C9102', 'present'], ['testicular relapse', 'C9102', 'uncertain']]],
  ['a CNS relapse at risk is hypothetical', 'Dx: B-ALL in CR1. IT chemo q2wk (prophylaxis, high risk of CNS relapse).',
    [['B-ALL', 'C9101', 'present'], ['CNS relapse', 'C9101', 'hypothetical']]],
  ['guard: a relapse of a named leukaemia is that leukaemia\'s', 'HPI: AML dx 2024. 2026: first marrow relapse of AML.', [['AML', 'C9202', 'present'], ['AML', 'C9202', 'present']]],
  ['guard: with no leukaemia written a CNS relapse is no mention', 'DLBCL, stage IV. High risk of CNS relapse.', [['DLBCL', 'C8338', 'present']]],
];

// ANNOTATION.md, "A clinical-trial eligibility criterion answered for the patient is about the patient": "Y" in a "Met?" column
// makes the criterion's own words the record's statement ("No active second malignancy" denied, C80.1; "No CNS involvement by
// myeloma" denied, C90.00), while the exceptions written inside it ("except NMSC or CIS") stay the protocol's, hypothetical
// (table: skin NOS / Malignant Primary C44.90) (d660, d186).
const answeredCriteria: readonly ReadingCase[] = [
  ['a criterion met is about the patient, its exceptions are not',
    'Dx: multiple myeloma.\n| Criterion | Met? |\n| No active second malignancy (except NMSC) | Y |\n| No CNS involvement by myeloma | Y |\n',
    [['multiple myeloma', 'C9000', 'present'], ['second malignancy', 'C801', 'negated'], ['NMSC', 'C4490', 'hypothetical'], ['myeloma', 'C9000', 'negated']]],
  // Round 19: an "N" denies the criterion (ANNOTATION.md round 16, "denied by the answer is negated"; precisionRound19.test.ts).
  ['a criterion not met is denied', '| Criterion | Met? |\n| Known active CNS metastases | N |\n', [['CNS metastases', 'C7940', 'negated']]],
];

describe('narrative reader: haematology round 17', () => {
  describe('eligibility criteria answered', () => checkReadings(answeredCriteria));
  describe('a relapse named by its site', () => checkReadings(siteRelapses));
  describe("a drug's warning", () => checkReadings(drugWarnings));
  describe('cutaneous lymphoma', () => checkReadings(cutaneousLymphoma));
  describe('a diagnosis set aside', () => checkReadings(setAside));
  describe("a relative's myelodysplastic syndrome", () => checkReadings(relativesMyelodysplasia));
  describe('relapse abbreviations', () => checkReadings(relapseAbbreviations));
  describe("a clinician's service", () => checkReadings(clinicianServices));
  describe("a questionnaire's answers", () => checkReadings(questionnaireAnswers));
  describe('a differential weighed in a comment', () => checkReadings(weighedInComment));
  describe("a requisition's rule-out", () => checkReadings(requisitionRuleOut));
  describe('test panels named after a disease', () => checkReadings(testPanels));
  describe('classical Hodgkin lymphoma', () => checkReadings(classicalHodgkin));
  describe('a recurrence only weighed', () => checkReadings(weighedRecurrence));
});
