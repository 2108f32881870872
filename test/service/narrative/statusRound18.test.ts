import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Status round 18 (issue 12): a cancer's status stated once for the whole note, carried to the mentions that name the
 * same cancer with no status of their own. Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked
 * against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// ANNOTATION.md, "Codes by assertion", history (Guideline I.C.2.d: treatment over and no disease left gives Z85.-), and the
// consistency pass's survivorship-title rule (the document "records as treated and without evidence of disease" the cancer it
// names). A survivorship plan's or treatment summary's status field ("Response/status: NED", "Current status: no evidence of
// disease") states the outcome of the diagnosis above it, which names the cancer with no cue of its own (d638, d681); a CDI
// query's quoted "completed adjuvant CAPOX" states the outcome its later "Colon ca - no active issues" leaves unsaid (d628).
// Z85.048 Personal history of other malignant neoplasm of rectum, rectosigmoid junction, and anus; Z85.810 Personal history of
// malignant neoplasm of tongue (table: tongue, base / Malignant Primary C01); Z85.038 Personal history of other malignant
// neoplasm of large intestine.
const statedOutcomes: readonly ReadingCase[] = [
  ['a status field of a treatment summary makes its diagnosis history',
    'Diagnosis: Rectal adenocarcinoma (mid rectum, 8 cm from AV), dx 6/2022\n\nTREATMENT SUMMARY\n- Chemotherapy: FOLFOX x 8 7/2022-10/2022 - completed\n- Response/status: NED. CEA 1.6 (10/2026).',
    [['Rectal adenocarcinoma', 'Z85048', 'history']]],
  ['"Current status: no evidence of disease" is the status of the diagnosis above it',
    'Diagnosis: Squamous cell carcinoma of the L base of tongue, p16-positive, cT2 N1 M0.\n\nTreatment history:\n- Definitive chemoradiation 06/2026 - 07/2026.\nCurrent status: no evidence of disease. Weight stable.',
    [['Squamous cell carcinoma of the L base of tongue', 'Z85810', 'history']]],
  ['a status field below one diagnosis field speaks of it',
    'Diagnosis: Colon cancer 2020.\n\nTreatment: surgery. Seen by Dr. A. Labs normal. Weight stable.\nCurrent status: no evidence of disease.',
    [['Colon cancer', 'Z85038', 'history']]],
  ['a completed course stated once makes a later bare mention of the same cancer history',
    'Clinical indicators:\n- Per onc consult: "Adenocarcinoma of ascending colon, pT3N1a, completed adjuvant CAPOX 2020."\n- Per progress note: "SBO resolving. Colon ca - no active issues, surveillance per onc."',
    [['Adenocarcinoma of ascending colon', 'Z85038', 'history'], ['Colon ca', 'Z85038', 'history']]],
];

// The other direction. ANNOTATION.md, history: "Surgery alone does not show the disease eradicated"; a completed phase of a
// course ("EBRT … (completed 11/14). HDR boost planned", d456; "R-CHOP x6, completed 10/06/2026" before an A/P that follows the
// lymphoma, d499; "[x] Completed concurrent chemoRT" in a consolidation trial's screening, d625) names no outcome, and when the
// note states the same cancer plainly and no outcome for it, the phase belongs to the current disease (Guideline I.C.2.d). An
// outcome in the phase's own sentence ("CAPOX x 6 mo completed 04/2025, NED on surveillance", d487) or a course with no other
// mention keeps the history. C53.9 Malignant neoplasm of cervix uteri, unspecified; C83.30 Diffuse large B-cell lymphoma,
// unspecified site; Z85.038; Z85.3.
const currentCourses: readonly ReadingCase[] = [
  ['a completed phase of a cancer stated plainly elsewhere is the current disease\'s',
    'Dx: Squamous cell carcinoma of the cervix, FIGO IIIC1r.\nTx: EBRT 45 Gy/25 fx (completed 11/14). HDR boost 7 Gy x 4 planned.\n\nA/P: cervical SCC - HDR fraction 1 today.',
    [['Squamous cell carcinoma of the cervix', 'C539', 'present'], ['cervical SCC', 'C539', 'present']]],
  ['a completed regimen of a lymphoma the plan follows is the current disease\'s',
    'Dx: DLBCL, GCB type, dx 05/2026.\nTx: R-CHOP x6, completed 10/06/2026.\n\nA/P:\n1. DLBCL - CMR after R-CHOP x6. Surveillance visits q3mo.',
    [['DLBCL', 'C8330', 'present'], ['DLBCL', 'C8330', 'present']]],
  ['an outcome in the phase\'s own sentence keeps the history',
    'Problem List: Malignant neoplasm of sigmoid colon - s/p colectomy 10/2024, CAPOX x 6 mo completed 04/2025, NED on surveillance.\nYour colon cancer was found at 52.',
    [['Malignant neoplasm of sigmoid colon', 'Z85038', 'history'], ['colon cancer', 'Z85038', 'history']]],
  ['a completed course with no other mention stays history', 'Breast cancer, L, chemo completed 2020.', [['Breast cancer', 'Z853', 'history']]],
];

// ANNOTATION.md, consistency pass: "A document title naming the patient's treated cancer ('SURVIVORSHIP CARE PLAN - Colorectal
// Cancer') is a history mention" (d638): table: rectum, and colon / Malignant Primary C19, whose history is Z85.048 Personal
// history of other malignant neoplasm of rectum, rectosigmoid junction, and anus. A plan merely given names no cancer, and the
// cancer after it keeps its own reading (C50.91- with no sex stated: code null; ANNOTATION.md, breast without side and sex).
const survivorshipTitles: readonly ReadingCase[] = [
  ['a survivorship care plan\'s title names the treated cancer', 'SURVIVORSHIP CARE PLAN - Colorectal Cancer\n(ASCO template, adapted)     Date prepared: 12/02/2026',
    [['Colorectal Cancer', 'Z85048', 'history']]],
  ['a survivorship care plan given leaves the next sentence\'s cancer its own', 'Survivorship care plan given.\nBreast cancer, L, on adjuvant anastrozole yr 2.',
    [['Breast cancer', 'null', 'present']]],
];

// The same rule's limits: "unless the note says it recurred, progressed or is on active treatment" (Guideline I.C.2.d: Z85 only
// when no treatment is directed to the site and no disease is left). A recurrence (d718's kind), a treatment given now
// (ANNOTATION.md: "A cancer still treated is present, adjuvant endocrine therapy included"), a metastasis documented as there
// now, or a second cancer of the same category at another site (d72: Tabular C7A.020 Malignant carcinoid tumor of the appendix
// and C7A.012 … of the ileum are two cancers) keep the other mentions as their own words read them. C18.7 Malignant neoplasm of
// sigmoid colon; C18.9; C78.7 (table: liver / Malignant Secondary); C7A.012; Z85.030 Personal history of malignant carcinoid
// tumor of large intestine; Z85.3 Personal history of malignant neoplasm of breast; C61 Malignant neoplasm of prostate.
const keptCurrent: readonly ReadingCase[] = [
  ['a recurrence keeps the cancer current in every mention',
    'Adenocarcinoma of the sigmoid colon, completed adjuvant FOLFOX 2021, NED.\nCT 11/2026: new liver lesions. Biopsy: recurrent colon cancer.\nA/P: colon cancer - start FOLFIRI.',
    [['Adenocarcinoma of the sigmoid colon', 'C187', 'present'], ['colon cancer', 'C187', 'present'], ['colon cancer', 'C187', 'present']]],
  ['a carcinoid of another organ is another cancer',
    'PMH: Carcinoid tumor of the appendix 2012, resected; no evidence of disease on surveillance.\nHPI: well-differentiated neuroendocrine tumor of the terminal ileum, 2.1 cm.',
    [['Carcinoid tumor of the appendix', 'Z85030', 'history'], ['well-differentiated neuroendocrine tumor of the terminal ileum', 'C7A012', 'present']]],
  ['a metastasis there now keeps the cancer current',
    'Colon cancer 2019, completed adjuvant CAPOX, NED.\nCT: two liver metastases.\nA/P: colon cancer.',
    [['Colon cancer', 'Z85038', 'history'], ['liver metastases', 'C787', 'present'], ['colon cancer', 'C189', 'present']]],
  ['a treatment given now keeps the cancer current',
    'Breast cancer, L, completed adjuvant chemotherapy 2020, NED.\nA/P: L breast cancer - continue anastrozole.',
    [['Breast cancer', 'Z853', 'history'], ['L breast cancer', 'null', 'present']]],
  ['a status field below two diagnoses speaks of neither',
    'Diagnosis: Breast cancer, L, 2015.\nColon cancer 2020.\n\nTreatment: surgery for each. Seen by Dr. A. Labs normal. Weight stable.\nCurrent status: no evidence of disease.',
    [['Breast cancer', 'null', 'present'], ['Colon cancer', 'C189', 'present']]],
  ['active surveillance of a cancer left in place is no outcome',
    'Dx: Adenocarcinoma of the prostate, Gleason 3+4.\nStatus: on active surveillance.\nProstate cancer - PSA q6mo.',
    [['Adenocarcinoma of the prostate', 'C61', 'present'], ['Prostate cancer', 'C61', 'present']]],
];

// ANNOTATION.md, "Codes by assertion": a lymphoma, leukaemia or myeloma "in remission" is present with its remission code, and
// "Remission and cure in one note": the remission code in every mention of it. An end-of-therapy summary states the response in
// a field of its own that names no disease ("complete metabolic response = complete remission (Lugano CR)", d682), and an
// indication dates it by its course in capitals ("…, CR after ABVD x6 in 2024", d275): the physician documents the note's one
// haematologic disease in remission. Tabular C81.1A Nodular sclerosis Hodgkin lymphoma, in remission; C81.9A Hodgkin
// lymphoma, unspecified, in remission (the denied untyped "lymphoma", deniedRemission.ts); C91.01 Acute lymphoblastic
// leukemia, in remission. Not a creatinine ("CR 1.3", d184), a planned or hoped-for remission ("for remission assessment",
// "once in CR1", d410; "treatment-free remission", d564: C92.00, C92.10 not having achieved remission), nor a disease the note
// calls cured (d570: Z85.71 Personal history of Hodgkin lymphoma); C90.00 Multiple myeloma not having achieved remission.
const statedRemissions: readonly ReadingCase[] = [
  ['a response field stating complete remission is the note\'s lymphoma in remission',
    'Diagnosis: Classic Hodgkin lymphoma, nodular sclerosis subtype, stage IIB.\n\nResponse: End-of-treatment PET/CT 10/30/2026: Deauville 1-2, complete metabolic response = complete remission (Lugano CR). No evidence of lymphoma.',
    [['Classic Hodgkin lymphoma, nodular sclerosis', 'C811A', 'present'], ['lymphoma', 'C819A', 'negated']]],
  ['"CR after ABVD" dates a complete remission',
    'Indication: 34F, classic Hodgkin lymphoma, nodular sclerosis, dx 2023 (stage IIA, mediastinal),\nCR after ABVD x6 in 2024. New R supraclavicular adenopathy.',
    [['classic Hodgkin lymphoma, nodular sclerosis', 'C811A', 'present']]],
  ['"Remains in remission" on its own is the leukaemia\'s', 'B-ALL diagnosed 2022.\nRemains in remission on maintenance.', [['B-ALL', 'C9101', 'present']]],
  ['a creatinine written "CR" is no remission', 'Multiple myeloma, IgG kappa, on daratumumab.\nLabs: ANC 1.6, CR 1.3, CA 9.1.', [['Multiple myeloma', 'C9000', 'present']]],
  ['a remission planned for is no remission', 'AML, day 14 of induction.\nPlan: D28 marrow for remission assessment; allo-SCT referral once in CR1.', [['AML', 'C9200', 'present']]],
  ['a treatment-free remission trial is no remission', 'CML-CP on imatinib, MMR.\nPt asking about TFR (treatment-free remission) trial.', [['CML-CP', 'C9210', 'present']]],
  ['a cure is stronger than a remission', 'Hodgkin lymphoma 2004, ABVD x6.\nStatus: CR after tx; off all therapy since 2005. Considered cured.', [['Hodgkin lymphoma', 'Z8571', 'history']]],
];

describe('narrative reader: status round 18', () => {
  describe('a remission stated on its own', () => checkReadings(statedRemissions));
  describe("a cancer's outcome stated once for the note", () => checkReadings(statedOutcomes));
  describe('a survivorship care plan title', () => checkReadings(survivorshipTitles));
  describe('a completed phase of a current course', () => checkReadings(currentCourses));
  describe('what keeps the cancer current', () => checkReadings(keptCurrent));
});
