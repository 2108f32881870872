import { checkReadings } from './readingCases';

/**
 * The assertion causes found in the blind batches d243–d282 (fifth round), each in wordings of its own,
 * not the notes' sentences. Expected codes cite the Table of Neoplasms row or Index entry of the words as
 * written; the assertions follow NARRATIVE.md's model (NegEx/ConText triggers and scopes) and the
 * guidelines: history is a malignancy excised or eradicated with no further treatment and no evidence of
 * disease (I.C.2.d, Z85 / Z86.0-); a risk, a screening or a staging plan for spread not found is hypothetical.
 */

describe('narrative assertion round 5: a written code inside a problem-list item', () => {
  checkReadings([
    // Z85.828 Personal history of other malignant neoplasm of skin: the dated Mohs ends the lesion (I.C.2.d);
    // the full stop of "C44.221" must not cut the item in two sentences.
    ['a dated Mohs after a code', 'Problem list:\n- Squamous cell carcinoma of skin of left ear (C44.221) - Mohs 2020\n', [['Squamous cell carcinoma of skin of left ear', 'Z85828', 'history']]],
    // Z85.038 Personal history of other malignant neoplasm of large intestine (sigmoid): "NED" closes the same item.
    ['"NED" after a code', 'Diagnoses:\n- Adenocarcinoma of sigmoid colon (C18.7), NED since 2021\n', [['Adenocarcinoma of sigmoid colon', 'Z85038', 'history']]],
  ]);
});

describe('narrative assertion round 5: a status word heading a problem list', () => {
  checkReadings([
    // "Resolved:" heads its items as "Resolved Problems:" does: Z85.828 Personal history of other malignant neoplasm
    // of skin, and Z86.018 Personal history of other benign neoplasm for the lipoma (Index: Lipoma D17.-).
    ['"Resolved:" over a list', 'Active problems:\n- Hypertension\n\nResolved:\n- Basal cell carcinoma of skin of nose\n- Lipoma of arm\n', [['Basal cell carcinoma of skin of nose', 'Z85828', 'history'], ['Lipoma of arm', 'Z86018', 'history']]],
    // The word as a status after one item still speaks for that item: Z85.41 Personal history of malignant neoplasm of cervix uteri.
    ['"resolved" closing one item', 'PMH: cervical ca 2005 (resolved), HTN.', [['cervical ca', 'Z8541', 'history']]],
  ]);
});

describe('narrative assertion round 5: weighed and staged diagnoses', () => {
  checkReadings([
    // table: lung, upper lobe / Malignant Primary, right C34.11; "is a consideration" weighs the diagnosis (IV.H).
    ['"is a consideration"', 'New 12 mm RUL nodule; primary lung cancer is a consideration, infection also possible.', [['lung cancer', 'C3411', 'uncertain']]],
    // Index: Lymphoma (of) C85.90.
    ['"remains a consideration"', 'Bulky mediastinal adenopathy. Lymphoma remains a consideration.', [['Lymphoma', 'C8590', 'uncertain']]],
    // Tabular C79.9 Secondary malignant neoplasm of unspecified site: staging imaging in a plan screens for spread (hypothetical).
    ['staging imaging in a plan', 'Plan:\n1. Staging PET/CT and brain MRI to rule out distant metastatic disease.', [['distant metastatic disease', 'C799', 'hypothetical']]],
    // table: liver / Malignant Secondary C78.7: a study not called staging may answer a finding, so its rule-out stays uncertain (II.H).
    ['imaging not called staging stays uncertain', 'Plan:\n1. MRI abdomen to exclude liver metastases.', [['liver metastases', 'C787', 'uncertain']]],
    // table: liver / Malignant Secondary C78.7: a rule-out with no study named stays the rule-out of a suspected lesion (II.H).
    ['a rule-out with no study stays uncertain', 'Plan:\n1. Hypoechoic liver lesion, r/o liver mets; biopsy next week.', [['liver mets', 'C787', 'uncertain']]],
    // The same study read in an Impression is a finding's rule-out (uncertain): table: liver / Malignant Secondary C78.7.
    ['an impression keeps the rule-out', 'Impression:\nMRI abdomen advised to exclude liver metastases.', [['liver metastases', 'C787', 'uncertain']]],
  ]);
});

describe('narrative assertion round 5: a denied family cancer history', () => {
  checkReadings([
    // Z80.9 Family history of malignant neoplasm, unspecified, kept with the assertion negated (ANNOTATION.md: a denied
    // family history keeps its Z80 code); "known" and "family" both stand between the denial and "cancer history".
    ['"no known family cancer history"', 'Social: nonsmoker. FH: noncontributory; no known family cancer history.', [['cancer', 'Z809', 'negated']]],
    // Z85.9 Personal history of malignant neoplasm, unspecified: with no family word the denied history is the patient's.
    ['"no known personal cancer history"', 'PMH: HTN. No known personal cancer history.', [['cancer', 'Z859', 'negated']]],
  ]);
});

describe('narrative assertion round 5: a denied relapse keeps a course completed', () => {
  checkReadings([
    // Z85.72 Personal history of non-Hodgkin lymphomas: a completed course (I.C.2.d); the denied relapse after it is
    // no active cue that keeps the lymphoma current.
    ['a summary with "No relapse"', 'Diagnosis: Diffuse large B-cell lymphoma, stage II\nTreatment: R-CHOP x 6, completed 05/2018. No relapse.', [['Diffuse large B-cell lymphoma', 'Z8572', 'history']]],
    // Z85.71 Personal history of Hodgkin lymphoma: the completed course is history, and "no relapse" after it keeps it so.
    ['"completed …, no relapse"', 'Hodgkin lymphoma dx 2012, ABVD x 4 completed 2013, no relapse since.', [['Hodgkin lymphoma', 'Z8571', 'history']]],
    // A relapse stated stays current (Index: Lymphoma, Hodgkin C81.9-, unspecified site C81.90).
    ['a relapse stated stays present', 'Hodgkin lymphoma, relapsed 2025 after ABVD.', [['Hodgkin lymphoma', 'C8190', 'present']]],
  ]);
});

describe('narrative assertion round 5: a cycle count inside a completed course', () => {
  checkReadings([
    // Z85.038 Personal history of other malignant neoplasm of large intestine: "completed" ends the course (I.C.2.d); a drug
    // stopped "after cycle 4" dates an event of that course and is no treatment going on.
    ['"after cycle N" in a completed course', 'Adenocarcinoma of the sigmoid colon, completed adjuvant FOLFOX 2022 (oxaliplatin dropped after cycle 4 for neuropathy).', [['Adenocarcinoma of the sigmoid colon', 'Z85038', 'history']]],
    // A cycle going on keeps the cancer current (table: colon, sigmoid / Malignant Primary C18.7).
    ['a cycle going on stays present', 'Adenocarcinoma of the sigmoid colon, now cycle 5 of FOLFOX.', [['Adenocarcinoma of the sigmoid colon', 'C187', 'present']]],
  ]);
});

describe('narrative assertion round 5: the spread of a cancer still present', () => {
  checkReadings([
    // table: lung, upper lobe / Malignant Primary, right C34.11, and brain / Malignant Secondary C79.31: the cancer is still
    // treated, so a "hx of" its brain metastases is part of a present cancer, not Z85 (Guideline I.C.2.d).
    ['"Hx of brain metastases" beside a present cancer', 'Stage IV adenocarcinoma of the right upper lobe on osimertinib. Hx of brain metastases s/p SRS 2025.', [['adenocarcinoma of the right upper lobe', 'C3411', 'present'], ['brain metastases', 'C7931', 'present']]],
    // With the cancer itself history (Z85.3 Personal history of malignant neoplasm of breast) its old spread stays history as read.
    // Round 19 (historySecondary.ts, Guideline I.C.2.d): the old spread is the personal history of the breast cancer, Z85.3.
    ['an old spread of a cancer gone', 'PMH: HTN. Hx of bone metastases from breast cancer, treated 2010, NED since.', [['bone metastases', 'Z853', 'history'], ['breast cancer', 'Z853', 'history']]],
  ]);
});

describe('narrative assertion round 5: negative surveillance studies after treatment', () => {
  checkReadings([
    // Z85.51 Personal history of malignant neoplasm of bladder: "cystoscopies negative" is the study's result, no evidence of
    // disease after the TURBT (I.C.2.d), not a denial of the carcinoma.
    ['"cystoscopies negative"', 'Urothelial carcinoma of bladder s/p TURBT 2018, cystoscopies negative since.', [['Urothelial carcinoma of bladder', 'Z8551', 'history']]],
    // Z85.038 Personal history of other malignant neoplasm of large intestine.
    ['"surveillance colonoscopies negative"', 'Adenocarcinoma of the sigmoid colon resected 2016, surveillance colonoscopies negative.', [['Adenocarcinoma of the sigmoid colon', 'Z85038', 'history']]],
  ]);
});

describe('narrative assertion round 5: weighed alternatives and imaging surveillance', () => {
  checkReadings([
    // Z85.118 Personal history of other malignant neoplasm of bronchus and lung: the recurrence after "over" is the reading
    // weighed against, not affirmed, so the "prior" carcinoma stays history (I.C.2.d).
    // The favoured reading keeps its hedge: table: lung, upper lobe / Malignant Primary, right C34.11 (IV.H).
    // Round 21 decisions: "The hedged alternatives keep their own entries", so "(probably adenocarcinoma)" is an uncertain entry of
    // its own at the nodule's lobe (d282, d780; hedgedAlternative.ts, round 22).
    ['"favor … over recurrence of the prior"', 'New RUL nodule - favor a second primary lung cancer (probably adenocarcinoma) over recurrence of the prior squamous cell carcinoma of the left lower lobe.',
      [['lung cancer', 'C3411', 'uncertain'], ['adenocarcinoma', 'C3411', 'uncertain'], ['squamous cell carcinoma of the left lower lobe', 'Z85118', 'history']]],
    // Z85.118: a resected cancer followed "on CT surveillance" after treatment is a history, like "on surveillance".
    ['"on CT surveillance"', 'Squamous cell carcinoma of the lung s/p lobectomy 2021, no adjuvant tx, on CT surveillance.', [['Squamous cell carcinoma of the lung', 'Z85118', 'history']]],
  ]);
});

describe('narrative assertion round 5: the precursor a disease progressed from', () => {
  checkReadings([
    // Index: Myeloma (multiple) C90.0-, not in remission C90.00; Gammopathy, monoclonal, of undetermined significance D47.2,
    // and once it has become myeloma the MGUS is past: Z86.03 Personal history of neoplasm of uncertain behavior.
    ['"progressed from MGUS"', 'Kappa light chain myeloma dx 2023, progressed from MGUS followed since 2015.', [['myeloma', 'C9000', 'present'], ['MGUS', 'Z8603', 'history']]],
    // The word "progressed" alone still keeps a cancer current (table: prostate / Malignant Primary C61).
    ['"progressed on" stays present', 'Prostate cancer, progressed on ADT.', [['Prostate cancer', 'C61', 'present']]],
  ]);
});

describe('narrative assertion round 5: a risk and the list of what it is of', () => {
  checkReadings([
    // table: skin NOS / Malignant Primary C44.90 (ANNOTATION.md: a site-less "skin cancer"); a risk is hypothetical.
    // The generic "Second malignancy" is its own hypothetical C80.1 (ANNOTATION.md, "A generic second cancer(s)"; d114, d265 mended).
    ['a parenthesised list after a risk', 'Assessment:\n2. Second malignancy risk on lenalidomide (skin cancer) - derm yearly.', [['Second malignancy', 'C801', 'hypothetical'], ['skin cancer', 'C4490', 'hypothetical']]],
    // A parenthesis with no risk before it glosses a present diagnosis (table: skin, scalp / Malignant Primary C44.40).
    ['a parenthesis with no risk', 'Assessment:\n2. New scalp lesion (skin cancer) - derm to excise.', [['skin cancer', 'C4440', 'present']]],
  ]);
});

describe('narrative assertion round 5: "vs" across the study a finding was seen on', () => {
  checkReadings([
    // table: liver / Malignant Secondary C78.7 and Index: Hemangioma D18.00: "vs" weighs both readings (IV.H), the
    // "on CT" between the first and the hedge notwithstanding.
    ['"X on CT vs Y"', 'New liver mets on CT vs hemangiomas.', [['liver mets', 'C787', 'uncertain'], ['hemangiomas', 'D1800', 'uncertain']]],
    // Other words between still end the backward reach of "vs" (table: liver / Malignant Secondary C78.7; bone / Malignant Secondary C79.51).
    ['other words keep "vs" local', 'Liver mets enlarging since June, new lung nodules vs atelectasis.', [['Liver mets', 'C787', 'present']]],
  ]);
});

describe('narrative assertion round 5: a problem-list entry follows the note\'s account', () => {
  checkReadings([
    // Z85.038 Personal history of other malignant neoplasm of large intestine: the HPI says the course is over and no
    // disease is left (I.C.2.d), so the bare problem-list entry of the same cancer is that history.
    ['a bare entry after a completed course', 'Problem List:\n1. Malignant neoplasm of sigmoid colon\n2. Hypertension\n\nHPI: Adenocarcinoma of the sigmoid colon, completed adjuvant FOLFOX 2022, NED since.',
      [['Malignant neoplasm of sigmoid colon', 'Z85038', 'history'], ['Adenocarcinoma of the sigmoid colon', 'Z85038', 'history']]],
    // The same entry stays present when the note states the cancer present too (table: colon, sigmoid / Malignant Primary C18.7).
    ['a bare entry of a cancer still there', 'Problem List:\n1. Malignant neoplasm of sigmoid colon\n\nHPI: Adenocarcinoma of the sigmoid colon, now cycle 4 of FOLFOX.',
      [['Malignant neoplasm of sigmoid colon', 'C187', 'present'], ['Adenocarcinoma of the sigmoid colon', 'C187', 'present']]],
  ]);
});

describe('narrative assertion: a judgement written after the diagnosis it weighs', () => {
  checkReadings([
    // Guideline IV.H: "probable", "likely" make a diagnosis uncertain wherever the clinician writes them; after the noun they
    // close its clause. Index: Lymphoma C85.90; table: lung / Malignant Primary C34.9- (no side: code null).
    ['"X is likely", "X likely", "X is probable"', 'A/P: Lymphoma is likely. Lymphoma likely. Lung cancer is probable.', [
      ['Lymphoma', 'C8590', 'uncertain'], ['Lymphoma', 'C8590', 'uncertain'], ['Lung cancer', 'null', 'uncertain'],
    ]],
    // The judgement before the noun reads as before (table: liver / Malignant Secondary C78.7; bone / Malignant Secondary C79.51).
    ['guard: "most likely X" still hedges what follows', 'CT: liver lesions, most likely liver mets.', [['liver mets', 'C787', 'uncertain']]],
    // What is weighed after the noun is the response, not the cancer (table: breast / Malignant Primary, female, left C50.912 ("she")).
    ['guard: "likely to respond" does not hedge the cancer', 'She has L breast cancer, likely to respond to AC-T.', [['L breast cancer', 'C50912', 'present']]],
  ]);
});

describe('narrative assertion: a treatment continued keeps its cancer current', () => {
  checkReadings([
    // Guideline I.C.2.d: Z85 only when "there is no further treatment directed to that site"; adjuvant endocrine therapy is such
    // treatment. Table: breast / Malignant Primary, female C50.91- ("she"; right C50.911).
    ['"NED, continue AI" and "NED. Continue anastrozole." are current', 'A/P: She has R breast cancer - NED, continue AI for total 5-7 yrs. R breast cancer, NED. Continue anastrozole.', [
      ['R breast cancer', 'C50911', 'present'], ['R breast cancer', 'C50911', 'present'],
    ]],
    // Z85.3 Personal history of malignant neoplasm of breast: the endocrine therapy is over.
    ['guard: a completed course is history', 'A/P: She has h/o R breast cancer, completed 5 years of tamoxifen in 2019, NED.', [['R breast cancer', 'Z853', 'history']]],
    // Guideline IV.H: a lesion watched while its diagnosis is only likely is uncertain, not a history of it
    // (table: kidney / Malignant Primary, left C64.2).
    ['a hedged lesion "on surveillance" is no history', 'Renal: 2.1 cm L renal mass, likely RCC, on surveillance given age.', [['RCC', 'C642', 'uncertain']]],
    // A risk list stays hypothetical though the sentence names a drug taken now (table: skin / Malignant Primary C44.90).
    ['guard: "risk on lenalidomide (…, skin ca)" is a risk', 'Myeloma in VGPR. Secondary malignancy risk on lenalidomide (skin ca) - derm yearly.', [
      ['Myeloma', 'C9000', 'present'], ['Secondary malignancy', 'C801', 'hypothetical'], ['skin ca', 'C4490', 'hypothetical'],
    ]],
  ]);
});

describe('narrative assertion: a question mark written against a word hedges it', () => {
  checkReadings([
    // Guideline IV.H (uncertain diagnosis); Index: Carcinoma, hepatocellular C22.0; table: lung / Malignant Secondary C78.0-
    // (right upper lobe: C78.01).
    ['"?HCC" and "- ?mets" as "? HCC"', 'Liver lesion, ?HCC. RUL nodule - ?mets.', [['HCC', 'C220', 'uncertain'], ['RUL nodule - ?mets', 'C7801', 'uncertain']]],
    // A question mark that closes a word still ends its question (table: liver / Malignant Secondary C78.7; bone / Malignant Secondary C79.51).
    ['guard: "mets?" ends its sentence', 'Liver mets? Bone mets present.', [['Liver mets', 'C787', 'uncertain'], ['Bone mets', 'C7951', 'present']]],
  ]);
});
