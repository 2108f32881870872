import { checkReadings } from './readingCases';

/**
 * The assertion causes of round 11 (the blind dev batches d403–d442: reports, inpatient notes, letters, appeals),
 * each in wordings of its own, not the notes' sentences. Expected codes are checked in the FY2027 code list
 * (icd10cm-codes-2027); the assertions follow ANNOTATION.md's conventions and the guidelines (I.C.2.d for history).
 */

describe('narrative assertion round 11: a site-less history of cancer in a list', () => {
  checkReadings([
    // Z85.9 "Personal history of malignant neoplasm, unspecified", denied (ANNOTATION.md: a denied personal history of a
    // cancer with no site is Z85.9 negated). The next line's header colon labels nothing of this line.
    ['a denied history of cancer before the next header', 'PMH:\n- HTN\n- no personal hx of cancer\nFH: Mother with HTN.\n', [['cancer', 'Z859', 'negated']]],
    ['a denied history of cancer before a family header', 'Hx\n- kidney stones\n- no hx of cancer\nFHx: father MI.\n', [['cancer', 'Z859', 'negated']]],
    // Z80.9 "Family history of malignant neoplasm, unspecified", denied: "other cancers" are set apart from the site listed
    // before them; Z80.0 "… digestive organs" for the colon cancer denied with them.
    [
      '"other cancers" after a site is a site-less family history',
      'Family history: no colon cancer or other cancers in relatives.',
      [['colon cancer', 'Z800', 'negated'], ['cancers', 'Z809', 'negated']],
    ],
  ]);
});

describe('narrative assertion round 11: a colon or an arrow closes a negated phrase', () => {
  checkReadings([
    // C79.31 "Secondary malignant neoplasm of brain": "vs" weighs the reading (Guideline II.H, uncertain); the "w/o" denies
    // only the enhancement before the colon (ConText: the denial's phrase ends where the reading opens).
    // Index: Cavernoma → Hemangioma, intracranial D18.02; the other arm of the "vs", uncertain too.
    ['a colon after the denied finding', 'L frontal focus w/o enhancement: brain metastasis vs cavernoma.', [['brain metastasis', 'C7931', 'uncertain'], ['cavernoma', 'D1802', 'uncertain']]],
    // Index: Angiomyolipoma — see Lipoma; Lipoma, kidney D17.71; read "c/w" on an image: uncertain.
    ['an arrow after the denied finding', 'Solid renal mass with fat, no calcification -> c/w angiomyolipoma.', [['angiomyolipoma', 'D1771', 'uncertain']]],
    // table: colon / Unspecified D49.0 ("Neoplasm of unspecified behavior of digestive system"): a rule-out a finding prompts.
    [
      'a rule-out after a colon',
      'Focal uptake in the sigmoid colon without CT correlate: colonoscopy advised to exclude a colonic neoplasm.',
      [['colonic neoplasm', 'D490', 'uncertain']],
    ],
    // C44.90 "Unspecified malignant neoplasm of skin, unspecified": a colon right after the cue opens the denied list.
    ['a colon right after the cue opens its list', 'Negative for: fever, chills, skin cancer.', [['skin cancer', 'C4490', 'negated']]],
  ]);
});

describe('narrative assertion round 11: a benign tumour the note calls residual is not history', () => {
  checkReadings([
    // table: pituitary gland / Benign D35.2; a dated removal ends a benign tumour (Z86.018) only when none is left
    // (Guideline I.C.2.d): the residual adenoma on today's MRI is the same tumour, present.
    [
      'a residual adenoma keeps the resected one present',
      'Pituitary macroadenoma s/p transsphenoidal resection 2024. MRI today: residual pituitary adenoma in the L cavernous sinus, stable.',
      [['Pituitary macroadenoma', 'D352', 'present'], ['pituitary adenoma', 'D352', 'present']],
    ],
    // Z86.018 "Personal history of other benign neoplasm": no residual tumour leaves the removal a history.
    [
      'a denied residual tumour leaves the removal history',
      'Pituitary macroadenoma s/p transsphenoidal resection 2024. MRI today: no residual pituitary adenoma.',
      [['Pituitary macroadenoma', 'Z86018', 'history'], ['pituitary adenoma', 'D352', 'negated']],
    ],
  ]);
});

describe("narrative assertion round 11: a relative's risk is no family history", () => {
  checkReadings([
    // The brothers' risk is not their cancer, so no Z80.0 family history; and since round 24 Q (a) of ANNOTATION.md a relative's
    // own risk is no mention at all (d439 mended), not the patient's hypothetical C18.9 this case first expected
    // (spuriousRound26.test.ts).
    [
      'relatives at risk of a cancer',
      'Please make sure your brothers are screened, as they have a higher risk of colon cancer too.',
      [],
    ],
    // Z80.0 "Family history of malignant neoplasm of digestive organs": the relative's own cancer stays a family history.
    ["a relative's own cancer", 'Her father had colon cancer at 58.', [['colon cancer', 'Z800', 'family']]],
  ]);
});

describe("narrative assertion round 11: a condition on a disease's response presupposes the disease", () => {
  checkReadings([
    // C90.00 "Multiple myeloma not having achieved remission": what is conditional is the response, not the myeloma.
    ['"if her myeloma does not respond"', 'Cells will be collected if her myeloma does not respond.', [['myeloma', 'C9000', 'present']]],
    ['"if the myeloma is refractory"', 'If the myeloma is refractory to daratumumab, consider teclistamab.', [['myeloma', 'C9000', 'present']]],
    // C85.90 "Non-Hodgkin lymphoma, unspecified, unspecified site".
    ['"if his lymphoma doesn\'t respond"', "CAR-T next if his lymphoma doesn't respond to R-ICE.", [['lymphoma', 'C8590', 'present']]],
    // D03.9 "Melanoma in situ, unspecified": a condition on the diagnosis itself stays hypothetical (ANNOTATION.md).
    ['a condition on the diagnosis itself', 'If melanoma in situ, re-excision.', [['melanoma in situ', 'D039', 'hypothetical']]],
  ]);
});

describe('narrative assertion round 11: what a disease could become, what a drug is approved for', () => {
  // C92.00 "Acute myeloblastic leukemia, not having achieved remission", hypothetical (ANNOTATION.md: a risk, a possibility
  // foreseen): each cue of OUTLOOK_TRIGGERS in a sentence of its own.
  const sentences = (template: (cue: string) => string, cues: readonly string[]): [string, string, [string, string, string][]][] =>
    cues.map((cue) => [`"${cue}"`, template(cue), [['AML', 'C9200', 'hypothetical']]]);
  checkReadings([
    ...sentences((cue) => `The disease can ${cue} AML.`, ['progress to', 'progress into', 'transform to', 'transform into', 'evolve to', 'evolve into', 'turn into']),
    ...sentences((cue) => `Return if fevers; these ${cue} AML.`, ['could signal', 'may signal', 'can signal', 'might signal']),
    ...sentences((cue) => `The drug is ${cue} for AML.`, ['fda-approved', 'fda approved', 'fda-labeled', 'fda labeled']),
    ...sentences((cue) => `It has ${cue} for AML.`, ['fda approval', 'fda-approval', 'fda label']),
    ...sentences((cue) => `The ${cue} is AML.`, ['labeled indication', 'labelled indication', 'label indication', 'approved indication']),
    ...sentences((cue) => `Its ${cue} include AML.`, ['approved indications']),
    // A progression stated in the past is the disease now (Index: Leukemia, myeloid, acute C92.0-).
    ['a progression stated', 'His MDS progressed to AML in 2025.', [['MDS', 'D469', 'present'], ['AML', 'C9200', 'present']]],
  ]);
});

describe('narrative assertion round 11: rule-outs in an assessment and for a biopsy', () => {
  checkReadings([
    // table: lung / Malignant Secondary C78.0- (no side: null): a staging CT's rule-out with no finding pointing there is a
    // staging search, hypothetical (ANNOTATION.md "Rule-out on a staging study"), also in an Assessment's unheaded
    // recommendations; C64.2 "Malignant neoplasm of left kidney, except renal pelvis", "likely": uncertain.
    [
      'a staging rule-out in an assessment',
      'Assessment:\n74M with a 3.8 cm L renal mass, likely RCC.\nRecs:\n1. CT chest for staging (r/o pulmonary mets).',
      [['RCC', 'C642', 'uncertain'], ['pulmonary mets', 'null', 'hypothetical']],
    ],
  ]);
});

describe('narrative assertion round 11: a biopsy to evaluate for a disease is a rule-out', () => {
  checkReadings([
    // table: lymph gland, cervical / Malignant Secondary C77.0: the biopsy samples the suspicious node, a rule-out the
    // finding prompts (uncertain, ANNOTATION.md "Rule-out on a staging study"; Guideline II.H).
    [
      'an FNA to evaluate for a metastasis',
      'Impression:\n2. R level III node with suspicious features - FNA recommended to evaluate for nodal metastasis.',
      [['nodal metastasis', 'C770', 'uncertain']],
    ],
    // table: colon / Malignant Primary C18.9: a visit to look for a recurrence samples nothing; it stays hypothetical.
    ['a visit to evaluate for a recurrence', 'Plan: return in 1 yr to evaluate for recurrence of colon cancer.', [['colon cancer', 'C189', 'hypothetical']]],
  ]);
});

describe('narrative assertion round 11: "presumed" closing its clause', () => {
  checkReadings([
    // C90.00 "Multiple myeloma not having achieved remission": "presumed" (Guideline II.H, probable) reaches back over the
    // qualifier set off after the diagnosis.
    [
      'a presumed diagnosis after its qualifiers',
      '1. Multiple myeloma, IgG kappa, presumed (CRAB features) - marrow biopsy pending.',
      [['Multiple myeloma', 'C9000', 'uncertain']],
    ],
    // table: liver / Malignant Secondary C78.7: before its diagnosis as before.
    ['"presumed" before its diagnosis', 'Presumed metastatic disease to the liver.', [['metastatic disease to the liver', 'C787', 'uncertain']]],
  ]);
});

describe("narrative assertion round 11: a survivorship plan's table of risks", () => {
  checkReadings([
    // C73 "Malignant neoplasm of thyroid gland" and C18.9 "… colon, unspecified" as late-effect risks: hypothetical (ANNOTATION.md:
    // a risk); the table's "Risk" column names them, the other columns are the reasons and the plan.
    [
      'the diseases of a "Risk" column',
      '| Risk | Why | What / when |\n|------|-----|-------------|\n| Thyroid cancer | neck RT | TSH yearly |\n| Colon cancer | abdominal RT | colonoscopy at 35 |\n',
      [['Thyroid cancer', 'C73', 'hypothetical'], ['Colon cancer', 'C189', 'hypothetical']],
    ],
    // A table with no risk column keeps its diagnoses' own reading (C73 present).
    ['a table of diagnoses', '| Diagnosis | Year |\n|---|---|\n| Thyroid cancer | 2026 |\n', [['Thyroid cancer', 'C73', 'present']]],
  ]);
});

describe('narrative assertion round 11: an imaging technique is no denial', () => {
  checkReadings([
    // table: liver / Malignant Secondary C78.7: "with and without contrast" names the technique; nothing is denied.
    ['"with and without contrast"', 'CT abdomen with and without contrast shows liver metastases.', [['liver metastases', 'C787', 'present']]],
    ['"w/ and w/o contrast"', 'CT abdomen w/ and w/o contrast shows liver metastases.', [['liver metastases', 'C787', 'present']]],
    ['"without and with contrast"', 'MRI liver without and with contrast shows liver metastases.', [['liver metastases', 'C787', 'present']]],
    // C50.9- needs a side (null): "with or without RT" is an option, not a denial.
    ['"with or without"', 'Adjuvant chemotherapy with or without RT for breast cancer.', [['breast cancer', 'null', 'present']]],
    ['"with & without"', 'CT with & without IV contrast shows liver metastases.', [['liver metastases', 'C787', 'present']]],
  ]);
});

describe('narrative assertion round 11: a removal glossed after a comma', () => {
  checkReadings([
    // Z86.0101 "Personal history of adenomatous and serrated colon polyps": the adenoma named after the dated removal is
    // what was removed (Guideline I.C.2.d), as a parenthesis after it names it ("removed 1970s (fibroadenoma)").
    ['", was X" after a dated removal', 'Polyp in colon removed 2021, was tubular adenoma, control colonoscopy 2024 was clean.', [['tubular adenoma', 'Z860101', 'history']]],
    // Z86.018 "Personal history of other benign neoplasm".
    ['", was a X" after a dated removal', 'Breast lump removed 1990, was a fibroadenoma.', [['fibroadenoma', 'Z86018', 'history']]],
    // D12.6 "Benign neoplasm of colon, unspecified": a removal today is today's specimen, present.
    ['an undated removal', 'Polyp removed today, was tubular adenoma.', [['tubular adenoma', 'D126', 'present']]],
  ]);
});

describe('narrative assertion round 11: a removal denied after the clauses of its own item', () => {
  checkReadings([
    // table: breast / Benign D24.- (right D24.1): biopsied, never excised, it is still there (I.C.2.d); the status closes
    // the item the fibroadenoma opens, past its biopsy clause.
    [
      '"not excised" after a biopsy clause',
      'Personal hx: R breast fibroadenoma, US-guided core bx 2019 (benign), not excised.',
      [['R breast fibroadenoma', 'D241', 'present']],
    ],
    // Z85.3 "Personal history of malignant neoplasm of breast" (NED) and D17.9 "Benign lipomatous neoplasm, unspecified": the
    // status after the lipoma is the lipoma's only.
    ['a status of the last item only', 'PMH: breast cancer 2010, NED, HTN, lipoma, never removed.', [['breast cancer', 'Z853', 'history'], ['lipoma', 'D179', 'present']]],
  ]);
});

describe('narrative assertion round 11: "other cancers" denied after the patient\'s own', () => {
  checkReadings([
    // Z86.006 "Personal history of melanoma in situ" (excised, dated) and Z85.9 "Personal history of malignant neoplasm,
    // unspecified", denied (ANNOTATION.md): "other" cancers are further cancers of the patient's own history.
    [
      '"denies any other cancers" outside a history section',
      'HISTORY:\nMelanoma in situ L forearm excised 2011. Denies any other cancers.',
      [['Melanoma in situ L forearm', 'Z86006', 'history'], ['cancers', 'Z859', 'negated']],
    ],
  ]);
});

describe('narrative assertion round 11: a complication named after cancer therapy', () => {
  checkReadings([
    // ANNOTATION.md "Complications named after the cancer are not mentions" ("cancer therapy-related cardiac dysfunction"):
    // no Z80.9 from the adjective "relative" before it.
    ['"cancer therapy-related" names no cancer', 'Relative GLS drop 30% = moderate asymptomatic cancer therapy-related cardiac dysfunction.', []],
    ['"cancer treatment-related" names no cancer', 'Her relative risk of cancer treatment-related cardiomyopathy is low.', []],
  ]);
});

describe("narrative assertion round 11: the patient's old cancer restated beside its name", () => {
  checkReadings([
    // Z85.42 "Personal history of malignant neoplasm of other parts of uterus": "her old cancer" is that endometrial cancer,
    // named in the same sentence, not a Z85.9 of another. Since round 21 it is its own entry with that code, as d381's gold
    // has it ("'her old cancer' is the endometrial cancer named next": restatedPastCancer.ts).
    [
      '"her old cancer" beside its sited history',
      'Pt asked if this is related to her old cancer - pt has hx of endometrial ca (stage IA, TAH/BSO 2018, NED).',
      [['cancer', 'Z8542', 'history'], ['endometrial ca', 'Z8542', 'history']],
    ],
    // A checkbox item stays an item of its own (Z85.9 and Z85.3 "… of breast").
    ['a checkbox item is no restatement', 'Cancer: [x] Yes - hx of breast cancer 2010, NED.', [['Cancer', 'Z859', 'history'], ['breast cancer', 'Z853', 'history']]],
  ]);
});

describe("narrative assertion round 11: a drug label's list of indications", () => {
  checkReadings([
    // C92.00 and C92.10 ("Chronic myeloid leukemia, BCR/ABL-positive, not having achieved remission"): every indication the
    // label lists is the disease in general, hypothetical, to the sentence's end.
    [
      'the whole list after "FDA-approved"',
      'The drug is FDA-approved (2023) for adults with relapsed or refractory disease of several kinds, including newly diagnosed AML with a FLT3 mutation and chronic myeloid leukemia.',
      [['AML', 'C9200', 'hypothetical'], ['chronic myeloid leukemia', 'C9210', 'hypothetical']],
    ],
  ]);
});
