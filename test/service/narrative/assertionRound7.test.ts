import { checkReadings } from './readingCases';

/**
 * The assertion causes found in the blind batches d323–d362 (seventh round: hospital notes, and outpatient oncology
 * documents other than progress notes: trial checklists, genetics, survivorship plans), each in wordings of its own,
 * not the notes' sentences. Expected codes cite the Table of Neoplasms row or Index entry of the words as written
 * (checked in the FY2026 code list); the assertions follow NARRATIVE.md's model and the guidelines: history is a
 * malignancy eradicated with no further treatment and no evidence of disease (I.C.2.d, Z85), family history Z80.-.
 */

describe('narrative assertion round 7: a trial checklist answered in its boxes', () => {
  checkReadings([
    // table: brain / Malignant Secondary C79.31; "leptomeningeal disease" with no spinal level is meninges, cerebral C79.32
    // (ANNOTATION.md): each "[N]" denies its own criterion, and the "[Y]" line after it is affirmed, not reached by the "[N]".
    [
      'an exclusion list answered "[N]"',
      'EXCLUSION CRITERIA\n[N] Active brain metastases requiring steroids\n[N] Known leptomeningeal disease\n[Y] Able to swallow pills\n',
      [['brain metastases', 'C7931', 'negated'], ['leptomeningeal disease', 'C7932', 'negated']],
    ],
    // A denied personal history of a cancer with no site is Z85.9 negated (ANNOTATION.md); table: liver / Malignant
    // Secondary C78.7: the "[N]" line before does not reach into the "[Y]" line below it.
    [
      'a "[Y]" line after a "[N]" line stays affirmed',
      'Checklist:\n[N] Prior malignancy within 3 years\n[Y] Measurable liver metastases on CT\n',
      [['malignancy', 'Z859', 'negated'], ['liver metastases', 'C787', 'present']],
    ],
  ]);
});

describe('narrative assertion round 7: family histories in shorthand', () => {
  checkReadings([
    // Z80.0 Family history of malignant neoplasm of digestive organs: "d." (died) does not end the relative's sentence;
    // Z80.1 (trachea, bronchus and lung) for the father in the next clause.
    ['"d." after a relative', 'Lives alone. Father d. colon cancer age 66; brother lung ca.', [['colon cancer', 'Z800', 'family'], ['lung ca', 'Z801', 'family']]],
    // Z80.41 Family history of malignant neoplasm of ovary: a first-degree relative written "FDR".
    ['a first-degree relative written "FDR"', 'Referred for testing: FDR with ovarian cancer dx at 48.', [['ovarian cancer', 'Z8041', 'family']]],
    // A capital "D." still ends its sentence: table: colon / Malignant Primary C18.9, the patient's own.
    ['vitamin "D." ends its sentence', 'Takes vitamin D. Colon cancer, on FOLFOX.', [['Colon cancer', 'C189', 'present']]],
  ]);
});

describe('narrative assertion round 7: a history header qualified in parentheses', () => {
  checkReadings([
    // Z80.0 (digestive organs) and Z80.9 Family history of malignant neoplasm, unspecified, denied (ANNOTATION.md: a denied
    // family history keeps its Z80 code): "Family History (per patient):" is the Family History section.
    [
      'a family history header with a qualifier',
      'Family History (per patient): sister with stomach cancer; no other cancers.',
      [['stomach cancer', 'Z800', 'family'], ['cancers', 'Z809', 'negated']],
    ],
    // Z85.3 Personal history of malignant neoplasm of breast: "PMH (reviewed):" is the Past Medical History section.
    ['a past medical history header with a qualifier', 'PMH (reviewed): HTN; breast cancer 2009.', [['breast cancer', 'Z853', 'history']]],
  ]);
});

describe('narrative assertion round 7: histories reviewed and denied', () => {
  checkReadings([
    // Z80.9 Family history of malignant neoplasm, unspecified, denied: a family history "noncontributory for" cancer.
    ['"noncontributory for" in a family history', 'Family history: noncontributory for cancer.', [['cancer', 'Z809', 'negated']]],
    // Z85.9 Personal history of malignant neoplasm, unspecified, denied: "No other cancers" closing a Past Medical History list
    // (ANNOTATION.md: a denied personal history of a site-less cancer is Z85.9 negated).
    ['"No other cancers" in a past medical history', 'PMH: GERD, gout. No other cancers.', [['cancers', 'Z859', 'negated']]],
    // A site-less metastasis denied there stays the denied C79.9 (Tabular: Secondary malignant neoplasm of unspecified site).
    ['a denied metastasis in a past medical history', 'PMH: prostate cancer on ADT; PET 2025 without metastatic disease.', [['prostate cancer', 'C61', 'present'], ['metastatic disease', 'C799', 'negated']]],
  ]);
});

describe('narrative assertion round 7: "w/o recurrence" after a resection', () => {
  checkReadings([
    // Z85.038 Personal history of other malignant neoplasm of large intestine: resected, and the next sentence's surveillance
    // study found no recurrence (I.C.2.d: no evidence of disease, no treatment directed at it).
    ['"w/o recurrence" opening the next sentence', 'Colon cancer 2016, s/p R hemicolectomy. Colonoscopy 2024 w/o recurrence.', [['Colon cancer', 'Z85038', 'history']]],
    // Z85.46 Personal history of malignant neoplasm of prostate: the cue after the diagnosis in its own sentence.
    ['"w/o recurrence" in the sentence', 'Prostate cancer s/p prostatectomy 2015, w/o recurrence.', [['Prostate cancer', 'Z8546', 'history']]],
  ]);
});

describe('narrative assertion round 7: a note that calls the patient cured', () => {
  checkReadings([
    // Z85.71 Personal history of Hodgkin lymphoma: "Cured" before the diagnosis is history like "cured" after it (I.C.2.d;
    // ANNOTATION.md: "cured" with no current disease is history).
    ['"Cured" before a lymphoma', 'Summary for PCP: Cured Hodgkin lymphoma; annual echo advised.', [['Hodgkin lymphoma', 'Z8571', 'history']]],
    // Z85.43 Personal history of malignant neoplasm of ovary: a status line of its own, two sentences from the diagnosis field,
    // speaks of the note's one cancer.
    [
      'a status line calling the patient cured',
      'DIAGNOSIS\nHigh-grade serous ovarian cancer, stage IA, 2012\n\nTREATMENT\nTAH/BSO and carboplatin/paclitaxel x6, 2012.\nStatus: seen yearly since 2012; considered cured.\n',
      [['ovarian cancer', 'Z8543', 'history']],
    ],
    // Index: Leukemia, chronic lymphocytic, B-cell type C91.10 (watched, untreated: present); Z85.47 for the seminoma,
    // which the "Cured." right after its own line closes: the note's other cancer is not cured by it.
    [
      'a cure right after another diagnosis is that one\'s',
      '1) CLL, untreated - watch and wait.\n2) Hx seminoma L testis - orchiectomy 2001. Cured.\n',
      [['CLL', 'C9110', 'present'], ['seminoma L testis', 'Z8547', 'history']],
    ],
    // A cure hoped for or asked about is not stated: table: breast / Malignant Primary C50.9- (no side or sex: null), present.
    [
      'guard: a cure hoped for',
      'Breast cancer s/p lumpectomy 11/2026.\n\nPlan: adjuvant RT next month.\nPt hopes to be cured.\n',
      [['Breast cancer', 'null', 'present']],
    ],
    ['guard: a cure asked about', 'Breast cancer s/p lumpectomy 11/2026.\n\nPlan: RT next month.\nIs she cured? Too early to tell.\n', [['Breast cancer', 'null', 'present']]],
    // Two cancers documented: the status line names neither, so neither is made history by it (table: breast C50.9- null;
    // colon C18.9).
    [
      'a status line with two cancers in the note cures neither',
      'Breast cancer 2015.\nColon cancer 2020.\n\nStatus: considered cured.\n',
      [['Breast cancer', 'null', 'present'], ['Colon cancer', 'C189', 'present']],
    ],
  ]);
});

describe('narrative assertion round 7: a status word beside its diagnosis', () => {
  checkReadings([
    // Index: Leukemia, chronic lymphocytic, B-cell type C91.10: never treated, the disease is still there (ANNOTATION.md:
    // watch and wait is present), though a history lead opens the item.
    ['"- untreated" after a history lead', 'Problems:\n3. Hx of CLL - untreated, counts stable, sees heme yearly.\n', [['CLL', 'C9110', 'present']]],
    // Z85.3 for the breast cancer its own cues end (I.C.2.d); Index: Leukemia, acute myeloid C92.00 for the leukaemia the
    // history lead also reaches: "current" before it says it is now.
    [
      '"current" before a later diagnosis',
      'PMH significant for R breast cancer 2016 s/p lumpectomy, completed RT, NED - current AML.',
      [['R breast cancer', 'Z853', 'history'], ['AML', 'C9200', 'present']],
    ],
    // A status word elsewhere is not the diagnosis's: Z85.46 (prostate) stays history beside "current smoker".
    ['guard: "current smoker" is no status of the cancer', 'PMH notable for prostate cancer 2010 s/p RP, NED, current smoker.', [['prostate cancer', 'Z8546', 'history']]],
  ]);
});

describe('narrative assertion round 7: a treated metastasis is still there', () => {
  checkReadings([
    // table: brain / Malignant Secondary C79.31 and bone C79.51: "treated with" names a treatment of the spread, not its end
    // (I.C.2.d: history only once eradicated and no longer treated).
    [
      '"treated w/" after metastases',
      'Stage IV melanoma, brain mets and bone mets, treated w/ nivolumab then SRS.',
      [['melanoma', 'C439', 'present'], ['brain mets', 'C7931', 'present'], ['bone mets', 'C7951', 'present']],
    ],
    // Z85.810 Personal history of malignant neoplasm of tongue: a primary "treated with" definitive chemoradiation and NED.
    ['guard: a primary treated and NED stays history', 'Base of tongue SCC 2017, treated with definitive CRT, NED.', [['Base of tongue SCC', 'Z85810', 'history']]],
  ]);
});

describe('narrative assertion round 7: a completed course on a date', () => {
  checkReadings([
    // Z85.72 Personal history of non-Hodgkin lymphomas: a full regimen given years ago, nothing now (I.C.2.d).
    ['a regimen on a date', 'Seen for fatigue. DLBCL s/p R-CHOP x6 2018, seen yearly.', [['DLBCL', 'Z8572', 'history']]],
    // Z86.000 Personal history of in-situ neoplasm of breast: "and RT" joined to the dated lumpectomy completes the treatment.
    ['radiation joined to a dated operation', 'R breast DCIS s/p lumpectomy and RT 2013.', [['R breast DCIS', 'Z86000', 'history']]],
    // A course without a date right after it says nothing of when: table: rectum / Malignant Primary C20 stays present.
    ['guard: an undated course', 'Rectal cancer dx 2025, s/p chemoradiation, restaging MRI next week.', [['Rectal cancer', 'C20', 'present']]],
    // A drug given after the course keeps it going: table: lung / Malignant Primary C34.9- (no side: null), present.
    ['guard: a drug after the course', 'Lung adenocarcinoma s/p chemoradiation 2024, durvalumab consolidation ongoing.', [['Lung adenocarcinoma', 'null', 'present']]],
    // A course followed by an active cue keeps the disease current: table: lung / Malignant Primary C34.9- (null) and
    // bone / Malignant Secondary C79.51.
    ['guard: progression after the course', 'Lung cancer s/p chemo 2023, now with bone mets.', [['Lung cancer', 'null', 'present'], ['bone mets', 'C7951', 'present']]],
  ]);
});

describe('narrative assertion round 7: a type the record refutes types nothing', () => {
  checkReadings([
    // Index: Lymphoma (malignant) C85.90: the only type written is denied by its answer ("? - no: chart error"), so the later
    // untyped lymphoma keeps the untyped code (ANNOTATION.md: a type the note itself refutes types nothing); C83.30 negated.
    [
      'a refuted type',
      'Problem list reconciled: H/o follicular lymphoma? - no, chart error.\nNode core bx today: lymphoma, flow pending.',
      [['follicular lymphoma', 'C8290', 'negated'], ['lymphoma', 'C8590', 'present']],
    ],
    // Guard: a type the record states types the later lymphoma (Index: Lymphoma, follicular C82.90).
    [
      'guard: a type stated plainly',
      'Follicular lymphoma, watched since 2019.\nNode core bx today: lymphoma, flow pending.',
      [['Follicular lymphoma', 'C8290', 'present'], ['lymphoma', 'C8290', 'present']],
    ],
  ]);
});

describe('narrative assertion round 7: a concern named after what it fears', () => {
  checkReadings([
    // Index: Syndrome, myelodysplastic D46.9, uncertain (Guidelines II.H / IV.H): "MDS concern" is a concern for MDS.
    ['"X concern"', 'Lenalidomide held 10/2026 for MDS concern; marrow pending.', [['MDS', 'D469', 'uncertain']]],
  ]);
});

describe('narrative assertion round 7: a question mark after a qualifier', () => {
  checkReadings([
    // Index: Lymphoma, diffuse large B-cell C83.30: the question is about refractoriness, set off by a comma, not the lymphoma.
    ['a question about a qualifier', 'Relapsed DLBCL, chemo-refractory? - not clear yet.', [['DLBCL', 'C8330', 'present']]],
    // Guard: a question mark right after the diagnosis hedges it (table: liver / Malignant Secondary C78.7, uncertain).
    ['guard: a question mark right after the diagnosis', 'New hypodense lesions: liver mets?', [['liver mets', 'C787', 'uncertain']]],
  ]);
});

describe('narrative assertion round 7: a treatment denied is no denial of the disease', () => {
  checkReadings([
    // The plan denies chemotherapy or an operation, not the cancer: table: prostate / Malignant Primary C61, present.
    ['"no chemotherapy … for" a cancer', 'Plan: RT alone; no chemotherapy is needed for the prostate cancer at this risk level.', [['prostate cancer', 'C61', 'present']]],
    ['"not a candidate for" a treatment of a cancer', 'Not a candidate for resection of the prostate cancer given comorbidities.', [['prostate cancer', 'C61', 'present']]],
    // Guard: the disease itself denied stays negated (C61 negated).
    ['guard: "no" before the disease', 'Biopsy: no prostate cancer.', [['prostate cancer', 'C61', 'negated']]],
  ]);
});

describe('narrative assertion round 7: a history restating an in-situ lesion', () => {
  checkReadings([
    // Z86.006 Personal history of melanoma in situ: the note's only melanoma is the excised in-situ one, so "prior melanoma"
    // restates it (not Z85.820, the invasive melanoma's history).
    [
      'a prior melanoma that was in situ',
      'Derm hx: melanoma in situ R shoulder, WLE 2020, no recurrence.\nExam: prior melanoma scar R shoulder, no pigment.\n',
      [['melanoma in situ R shoulder', 'Z86006', 'history'], ['melanoma', 'Z86006', 'history']],
    ],
    // Z86.000 Personal history of in-situ neoplasm of breast: "Hx of breast cancer" of a patient whose documented breast
    // neoplasm is DCIS.
    [
      'a prior breast cancer that was DCIS',
      'Hx of L breast DCIS, lumpectomy + RT 2014, NED.\nScreening today: hx of breast cancer, mammogram due.\n',
      [['L breast DCIS', 'Z86000', 'history'], ['breast cancer', 'Z86000', 'history']],
    ],
    // Guard: an invasive history of its own keeps its code (Z85.820 with its NED; Z86.006 for the in-situ one).
    [
      'guard: an invasive melanoma documented too',
      'Melanoma L calf excised 2012, NED.\nMelanoma in situ R arm WLE 2019, no recurrence.\n',
      [['Melanoma L calf', 'Z85820', 'history'], ['Melanoma in situ R arm', 'Z86006', 'history']],
    ],
  ]);
});

describe('narrative assertion round 7: the risks a consent lists', () => {
  checkReadings([
    // Index: Leukemia C95.90, hypothetical (ANNOTATION.md: a risk is hypothetical): a consent's list of risks.
    ['"Risks including …"', 'Risks including infection, infertility and secondary leukemia were discussed.', [['leukemia', 'C9590', 'hypothetical']]],
    // Index: Leukemia, acute myeloid C92.00, hypothetical: a long parenthesised list after "Risks".
    [
      'a long list in parentheses after "Risks"',
      'Risks (cytokine release, neurotoxicity, long cytopenias, infections, hypogammaglobulinemia, secondary AML) reviewed.',
      [['AML', 'C9200', 'hypothetical']],
    ],
  ]);
});

describe('narrative assertion round 7: a diagnosis in parentheses after a dated course', () => {
  checkReadings([
    // Z86.000 Personal history of in-situ neoplasm of breast: "RT 2014 (DCIS)" names what the finished course treated.
    ['"RT <year> (DCIS)"', 'Cardiac risk: left-sided RT 2014 (DCIS); no anthracycline.', [['DCIS', 'Z86000', 'history']]],
    // Z85.71 Personal history of Hodgkin lymphoma.
    ['"RT <year> (lymphoma)"', 'Mantle RT 2009 (Hodgkin lymphoma), echo normal.', [['Hodgkin lymphoma', 'Z8571', 'history']]],
    // Guard: a course without a date names no past course (table: breast / In situ D05.1-, no side: null; present).
    ['guard: an undated course', 'Plan: RT (DCIS) to start next month.', [['DCIS', 'null', 'present']]],
  ]);
});

describe('narrative assertion round 7: still free of a disease the patient had', () => {
  checkReadings([
    // Z85.72 Personal history of non-Hodgkin lymphomas: the untyped "lymphoma" is the note's DLBCL (C83.3-), and "remains free
    // of" says it is gone, not that it was never there. The DLBCL itself, completed 2016 with nothing since, is Z85.72 too.
    [
      '"Remains free of lymphoma"',
      'DLBCL, completed R-CHOP in 2016.\nPlan: remains free of lymphoma; annual visit.\n',
      [['DLBCL', 'Z8572', 'history'], ['lymphoma', 'Z8572', 'history']],
    ],
    // Guard: a specimen "free of" tumour stays a denial (table: lung / Malignant Primary C34.9-, negated; no side: null).
    ['guard: margins "free of" carcinoma', 'Bronchial margin free of lung carcinoma.', [['lung carcinoma', 'null', 'negated']]],
  ]);
});

describe('narrative assertion round 7: a rule-out answered after its colon', () => {
  checkReadings([
    // Index: Lymphoma (malignant) C85.90, negated: the biopsy's result after the colon denies what it was to rule out.
    [
      'a rule-out denied by its result',
      'Excisional bx of a R neck node to r/o lymphoma: reactive follicular hyperplasia, no clonal population.',
      [['lymphoma', 'C8590', 'negated']],
    ],
    // Guard: a result that does not deny it leaves the rule-out uncertain (C85.90).
    ['guard: a result pending', 'Node core bx to r/o lymphoma: flow cytometry pending.', [['lymphoma', 'C8590', 'uncertain']]],
  ]);
});
