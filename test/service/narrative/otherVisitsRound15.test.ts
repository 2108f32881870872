import { checkReadings } from './readingCases';

/**
 * Notes where cancer is not the visit's subject, round 15 (issue 12): ED, hospitalist, pre-op, consult, primary care and
 * geriatrics notes of the blind batch d583–d602, read generically. Each expected code cites its Table of Neoplasms row
 * (FY2025 table), Index entry or Tabular code (FY2027 code file titles); each case read differently before this round unless
 * its title opens with "guard", which pins what the new reading must not change.
 */

describe('narrative round 15: a pointer after an EHR flag', () => {
  checkReadings([
    // "(HCC)" after a problem is the hierarchical condition category flag (ANNOTATION.md: no mention); the pointer after it
    // still points back to the HPI's account, which calls the cancer treated and over: Z85.3 Personal history of malignant
    // neoplasm of breast (Guideline I.C.2.d).
    ['"Breast cancer (HCC) - see above" after a completed history', 'HPI: 74F with hx of L breast IDC dx 2014, completed tamoxifen 2019.\n\nPMH:\n- HTN\n- Breast cancer (HCC) - see above\n',
      [['L breast IDC', 'Z853', 'history'], ['Breast cancer', 'Z853', 'history']]],
    ['"Breast cancer (HCC) - as above"', 'HPI: 74F with hx of L breast IDC dx 2014, completed tamoxifen 2019.\n\nPMH:\n- Breast cancer (HCC) - as above\n',
      [['L breast IDC', 'Z853', 'history'], ['Breast cancer', 'Z853', 'history']]],
    // guard: the pointer in the parenthesis itself still points ("cutaneous SCC (see above)").
    ['guard: "(see above)" is the pointer', 'HPI: 74F with hx of L breast IDC dx 2014, completed tamoxifen 2019.\n\nPMH:\n- Breast cancer (see above)\n',
      [['L breast IDC', 'Z853', 'history'], ['Breast cancer', 'Z853', 'history']]],
  ]);
});

describe('narrative round 15: open readings of a study and a differential', () => {
  checkReadings([
    // "does not exclude" leaves the diagnosis open like "cannot exclude" (Guidelines II.H): table: brain / Malignant
    // Secondary C79.31, uncertain, not the negation "not" alone would read.
    ['"does not exclude brain mets"', 'CT head w/o: no intracranial mass; does not exclude brain mets.', [['brain mets', 'C7931', 'uncertain']]],
    // "Also on ddx: lymphoma": the differential's label opens its list (Index: Lymphoma C85.9-, unspecified site C85.90).
    ['"Also on ddx: lymphoma"', 'Presumed lung ca. Also on ddx: lymphoma.', [['lung ca', 'null', 'uncertain'], ['lymphoma', 'C8590', 'uncertain']]],
    ['guard: "(lymphoma on ddx)"', 'Hold steroids until tissue (lymphoma on ddx).', [['lymphoma', 'C8590', 'uncertain']]],
  ]);
});

describe('narrative round 15: the serosal linings are where spread is the rule', () => {
  checkReadings([
    // A recurrence on the peritoneum is its spread (table: peritoneum, peritoneal / Malignant Secondary C78.6), as "recurrence
    // in the peritoneum" already read; the adjective reaches the Table's row "peritoneum, peritoneal".
    ['"peritoneal recurrence"', 'CA-125 rose and CT showed peritoneal recurrence.', [['peritoneal recurrence', 'C786', 'present']]],
    // Table: pleura, pleural / Malignant Secondary C78.2.
    ['"pleural recurrence"', 'Breast cancer 2016; CT now shows pleural recurrence.', [['Breast cancer', 'null', 'present'], ['pleural recurrence', 'C782', 'present']]],
    ['guard: "recurrence in the peritoneum"', 'CT showed recurrence in the peritoneum.', [['recurrence in the peritoneum', 'C786', 'present']]],
  ]);
});

describe('narrative round 15: "resolved" of a restaging\'s own finding', () => {
  checkReadings([
    // The nodules resolved, not the primary: table: lung, lower lobe / Malignant Primary C34.3-, left C34.32, still present.
    ['"R lung nodules resolved" after the primary', 'Restaging CT: LLL primary 1.6 cm (from 4.2), R lung nodules resolved.', [['LLL primary', 'C3432', 'present']]],
    ['"lesions resolved" after the primary', 'LLL primary smaller, liver lesions resolved.', [['LLL primary', 'C3432', 'present']]],
    // guard: a cancer that resolved is gone (Z85.41 Personal history of malignant neoplasm of cervix uteri).
    ['guard: "cervical ca 2005 (resolved)"', 'PMH: HTN, cervical ca 2005 (resolved).', [['cervical ca', 'Z8541', 'history']]],
  ]);
});

describe('narrative round 15: a relapse judged likely', () => {
  checkReadings([
    // A suspected relapse is uncertain (Guidelines II.H) and carries no relapse to the plain mentions: Tabular C90.00 Multiple
    // myeloma not having achieved remission for the HPI's myeloma, C90.02 Multiple myeloma in relapse for the doubted one.
    ['"Myeloma, likely relapsed"', 'HPI: IgG-kappa multiple myeloma s/p ASCT, on lenalidomide.\nA/P:\n3. Myeloma, likely relapsed - heme to see.',
      [['multiple myeloma', 'C9000', 'present'], ['Myeloma', 'C9002', 'uncertain']]],
    // guard: "likely recurrent X" still hedges what follows (Index: Meningioma D32.9; a meningioma of no stated site).
    ['guard: "likely recurrent meningioma"', 'Enlarging nodule at the resection bed, likely recurrent meningioma.', [['meningioma', 'D329', 'uncertain']]],
  ]);
});

describe('narrative round 15: a meningioma\'s sub-site set off before its size', () => {
  checkReadings([
    // Table: meninges, cerebral / Benign D32.0 (the convexity and the falx are cerebral meninges), the sub-site set off after the
    // histology and closed by its size rather than by punctuation.
    ['"Meningioma, R frontal convexity 1.1 cm"', 'Meningioma, R frontal convexity 1.1 cm, incidental', [['Meningioma', 'D320', 'present']]],
    ['"Meningioma, L parafalcine 9 mm"', 'Meningioma, L parafalcine 9 mm.', [['Meningioma', 'D320', 'present']]],
    // guard: closed by a comma, as before.
    ['guard: "Meningioma, L frontal convexity, 1.2 cm"', 'Meningioma, L frontal convexity, 1.2 cm.', [['Meningioma', 'D320', 'present']]],
  ]);
});

describe('narrative round 15: a dominant implant and the diffuse spread', () => {
  checkReadings([
    // Two findings of the peritoneum, each its own entry (table: peritoneum, peritoneal / Malignant Secondary C78.6).
    ['"peritoneal implant, diffuse peritoneal carcinomatosis"', 'CT: 3 cm RLQ peritoneal implant, diffuse peritoneal carcinomatosis, moderate ascites.',
      [['peritoneal implant', 'C786', 'present'], ['peritoneal carcinomatosis', 'C786', 'present']]],
    // guard: one spread word reaching its site twice stays one mention.
    ['guard: "peritoneal implants, peritoneal implants"', 'Peritoneal implants, peritoneal implants.', [['Peritoneal implants', 'C786', 'present']]],
  ]);
});

describe('narrative round 15: the leukaemia\'s cells on a cytology', () => {
  checkReadings([
    // The leukaemia looked for in a fluid is the note's own type (Index: Leukemia, myeloid, acute C92.0-; C92.00 not having
    // achieved remission), denied here.
    ['"negative for leukemic blasts"', 'AML on 7+3. CSF cytology from LP 11/22 negative for leukemic blasts.', [['AML', 'C9200', 'present'], ['leukemic blasts', 'C9200', 'negated']]],
    ['"no leukemic cells"', 'AML on 7+3. CSF: no leukemic cells.', [['AML', 'C9200', 'present'], ['leukemic cells', 'C9200', 'negated']]],
    ['"leukaemic blasts" (British)', 'AML on 7+3. CSF cytology negative for leukaemic blasts.', [['AML', 'C9200', 'present'], ['leukaemic blasts', 'C9200', 'negated']]],
    ['"leukaemic cells" (British)', 'AML on 7+3. CSF: no leukaemic cells.', [['AML', 'C9200', 'present'], ['leukaemic cells', 'C9200', 'negated']]],
  ]);
});

describe('narrative round 15: a plan timed by another course\'s end', () => {
  checkReadings([
    // The rule-out is the thyroid nodule's (C73 Malignant neoplasm of thyroid gland, uncertain, Guidelines II.H); "after RT
    // completed" dates the plan, it does not make a thyroid cancer treated (no Z85.850).
    ['"r/o thyroid cancer after RT completed"', 'Thyroid nodule - outpatient US +/- FNA to r/o thyroid cancer after RT completed.', [['thyroid cancer', 'C73', 'uncertain']]],
    ['"r/o lymphoma once chemo completed"', 'Repeat PET to r/o lymphoma once chemo completed.', [['lymphoma', 'C8590', 'uncertain']]],
    // guard: a course completed after the diagnosis still ends it (Z85.850 Personal history of malignant neoplasm of thyroid).
    ['guard: "Thyroid cancer, RAI completed 2015"', 'Thyroid cancer, RAI completed 2015.', [['Thyroid cancer', 'Z85850', 'history']]],
  ]);
});

describe('narrative round 15: a screening nearer its diagnosis than the relative', () => {
  checkReadings([
    // The patient's own screening (hypothetical, ANNOTATION.md: a screening for), not the daughter's cancer (no Z80.3); a woman's
    // breast cancer with no side is C50.91- (null with candidates).
    ['"daughter … stop breast cancer screening"', '84F. Mammograms stopped (d/w pt + daughter, both agree to stop breast cancer screening).', [['breast cancer', 'null', 'hypothetical']]],
    ['"son … colon cancer screening"', 'Discussed with pt and son: colon cancer screening stopped at 75.', [['colon cancer', 'C189', 'hypothetical']]],
    // guard: the relative's own cancer stays a family history (Z80.3 Family history of malignant neoplasm of breast).
    ['guard: "Sister - breast cancer at 60"', 'FHx: Sister - breast cancer at 60.', [['breast cancer', 'Z803', 'family']]],
  ]);
});

describe('narrative round 15: implants on the liver\'s and spleen\'s surface', () => {
  checkReadings([
    // The capsule's surface is the peritoneum that covers the organ (table: peritoneum, peritoneal / Malignant Secondary C78.6).
    ['"perihepatic surface implants"', 'CT: also few new subcm perihepatic surface implants.', [['perihepatic surface implants', 'C786', 'present']]],
    ['"perisplenic surface nodules" c/w metastases', 'Perisplenic surface nodules c/w metastases.', [['Perisplenic surface nodules c/w metastases', 'C786', 'uncertain']]],
  ]);
});

describe('narrative round 15: a type weighed right after the tumour', () => {
  checkReadings([
    // Each reading of the differential is its own mention (lung C34.9-: no side written, null with candidates), the first
    // item before "vs" included, as the one after it already was.
    ['"lung ca (SCLC vs NSCLC)"', 'Presumed lung ca (SCLC vs NSCLC).', [['lung ca', 'null', 'uncertain'], ['SCLC', 'null', 'uncertain'], ['NSCLC', 'null', 'uncertain']]],
    // Table: lung, upper lobe / Malignant Primary C34.1-, right C34.11, for both the carcinoma and the type favoured.
    ['"bronchogenic carcinoma, SCLC favored"', 'RUL mass, most c/w primary bronchogenic carcinoma, SCLC favored.', [['bronchogenic carcinoma', 'C3411', 'uncertain'], ['SCLC', 'C3411', 'uncertain']]],
    // guard: a parenthesis restating the diagnosis stays one mention (ANNOTATION.md).
    ['guard: "lung malignancy (SCLC favored …)"', 'Mediastinal mass, most c/w primary lung malignancy (SCLC favored given bulk).', [['lung malignancy', 'null', 'uncertain']]],
  ]);
});

describe('narrative round 15: a study named after its tissue', () => {
  checkReadings([
    // The biopsy's adenocarcinoma is the prostate's (C61 Malignant neoplasm of prostate), not a bone primary: "bone scan" names
    // the next study, no site of the histology before it.
    ['"adenoca, bone scan w/ …"', 'Prostate bx 2021: adenoca, bone scan w/ T-spine + pelvic lesions.', [['adenoca', 'C61', 'present']]],
    // guard: the scan's own finding keeps its site (table: bone / Malignant Secondary C79.51).
    ['guard: "Bone scan positive for bone mets"', 'Bone scan positive for bone mets.', [['bone mets', 'C7951', 'present']]],
  ]);
});

describe('narrative round 15: a course with its start date', () => {
  checkReadings([
    // Treatment going on keeps the cancer current (Guideline I.C.2.d): C01 Malignant neoplasm of base of tongue and table: lymph
    // gland, neck / Malignant Secondary C77.0, not Z85.810 / history.
    ['"+ RT (started 10/26)"', 'L BOT SCC with L level II and III nodal mets on weekly cisplatin + RT (started 10/26).',
      [['L BOT SCC', 'C01', 'present'], ['L level II and III nodal mets', 'C770', 'present']]],
    // guard: a course on a date is completed (Z85.818 Personal history of malignant neoplasm of other sites of lip, oral cavity, and pharynx).
    ['guard: "s/p surgery + RT 2019"', 'Tonsil SCC s/p surgery + RT 2019.', [['Tonsil SCC', 'Z85818', 'history']]],
  ]);
});
