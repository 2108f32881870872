import { checkReadings } from './readingCases';

/**
 * The assertion causes found in the blind batches d283–d322 (sixth round: radiology and pathology reports, and notes
 * by non-oncologists where cancer is one problem of many), each in wordings of its own, not the notes' sentences.
 * Expected codes cite the Table of Neoplasms row or Index entry of the words as written; the assertions follow
 * NARRATIVE.md's model (NegEx/ConText triggers and scopes) and the guidelines: history is a malignancy excised or
 * eradicated with no further treatment directed to it and no evidence of disease (I.C.2.d, Z85 / Z86.0-).
 */

describe('narrative assertion round 6: a recurrence denied is no active cue', () => {
  checkReadings([
    // Z85.3 Personal history of malignant neoplasm of breast: treated, and "no local recurrence" says it is gone (I.C.2.d).
    ['"no local recurrence" after a treatment', 'Breast cancer 2012, treated with lumpectomy and RT, no local recurrence.', [['Breast cancer', 'Z853', 'history']]],
    // Z85.51 Personal history of malignant neoplasm of bladder: a Past Medical History item whose surveillance found no recurrence.
    ['"w/o recurrence" in a past-history list', 'PMH: bladder cancer, TURBT 2019 + BCG through 2021, cystoscopy q6mo w/o recurrence; HTN.', [['bladder cancer', 'Z8551', 'history']]],
    // A recurrence affirmed keeps the cancer current: table: breast / Malignant Primary C50.9- (no side or sex: null).
    ['a recurrence affirmed stays current', 'Breast cancer 2012, treated with lumpectomy, now with local recurrence.', [['Breast cancer', 'null', 'present']]],
  ]);
});

describe('narrative assertion round 6: an active cue belongs to the item it closes', () => {
  checkReadings([
    // Index: Myeloma (multiple) C90.0- not in remission C90.00; Z85.71 Personal history of Hodgkin lymphoma: "on active therapy"
    // closes the myeloma's item, and "remote" leads the lymphoma's own.
    ['a treatment closing the item before', '67F w/ multiple myeloma on active therapy, remote Hodgkin lymphoma s/p ABVD.', [['multiple myeloma', 'C9000', 'present'], ['Hodgkin lymphoma', 'Z8571', 'history']]],
    // Index: Leukemia, chronic lymphocytic C91.10; Z85.46 Personal history of malignant neoplasm of prostate (NED).
    ['a drug of the item before in a PMH list', 'PMH: CLL on ibrutinib, prostate cancer 2010 s/p RP, NED.', [['CLL', 'C9110', 'present'], ['prostate cancer', 'Z8546', 'history']]],
    // table: breast / Malignant Primary C50.9- (no side or sex: null); Z85.038 Personal history of other malignant neoplasm of large intestine.
    ['a history lead opening a new item', 'Pt with metastatic breast cancer, h/o colon cancer 2010 s/p resection.', [['breast cancer', 'null', 'present'], ['colon cancer', 'Z85038', 'history']]],
    // table: tongue, base / Malignant Primary C01: "as above" points back to the lung cancer's line, not on to the next one
    // (the upper-case "BOT" line does not end the sentence); Z85.810 Personal history of malignant neoplasm of tongue.
    ['a pointer belongs to the line before', 'PMH:\nLung cancer as above\nBOT cancer 2018, s/p CRT, NED\n', [['Lung cancer', 'null', 'present'], ['BOT cancer', 'Z85810', 'history']]],
    // A treatment before the diagnosis it treats still keeps it current: table: breast C50.9- (null).
    ['a treatment leading its own diagnosis', 'On letrozole for h/o breast cancer.', [['breast cancer', 'null', 'present']]],
  ]);
});

describe('narrative assertion round 6: a cancer treated now is no history anywhere in the note', () => {
  checkReadings([
    // table: prostate / Malignant Primary C61: the plan's "on leuprolide" is treatment directed at it now, so the problem
    // list's "History of" is a label, not I.C.2.d's eradication; the colon cancer keeps Z85.038 (no treatment reaches it).
    [
      'a problem-list history of a cancer the plan treats',
      'Problem list:\n- History of prostate cancer, s/p RT 2022\n- History of colon cancer 2015\n\nA/P:\n1. Prostate cancer - on leuprolide, PSA 0.2.\n',
      [['prostate cancer', 'C61', 'present'], ['colon cancer', 'Z85038', 'history'], ['Prostate cancer', 'C61', 'present']],
    ],
    // Z85.46: a history stated as eradicated ("completed RT, NED") keeps its own cue beside a plan's ADT of another episode.
    [
      'an eradication cue keeps its history',
      'Problem list:\n- Prostate cancer 2012, completed RT, NED\n\nA/P:\n1. Prostate cancer, on leuprolide.\n',
      [['Prostate cancer', 'Z8546', 'history'], ['Prostate cancer', 'C61', 'present']],
    ],
  ]);
});

describe('narrative assertion round 6: a reading favoured after a denial', () => {
  checkReadings([
    // table: breast / Malignant Primary C50.9- and ovary / Malignant Primary C56.- (no side: null): "does not support" denies
    // the breast cancer, and "favors", opening its own clause after a comma, weighs the ovarian primary (IV.H: uncertain).
    [
      '"does not support X and, …, favors Y"',
      'The stains do not support metastatic breast carcinoma and, together with the adnexal mass, favors an ovarian primary.',
      [['breast carcinoma', 'null', 'negated'], ['ovarian primary', 'null', 'uncertain']],
    ],
    ['"favors" before its reading', 'Morphology favors an ovarian primary.', [['ovarian primary', 'null', 'uncertain']]],
  ]);
});

describe('narrative assertion round 6: a judgement closing its clause', () => {
  checkReadings([
    // table: bone / Malignant Secondary C79.51: "not favored" judges the copula's subject improbable, not excluded (ANNOTATION.md,
    // Settled: "doubt X", "X unlikely" are uncertain), past the words that qualify it.
    ['"X of … origin is not favored"', 'A bone metastasis of renal origin is not favored.', [['bone metastasis', 'C7951', 'uncertain']]],
    // table: bladder / Malignant Primary C67.9 (urothelial carcinoma with no site written): a frozen section's "favored" after a subtype.
    ['"X, … type, favored."', 'Frozen section: urothelial carcinoma, high-grade papillary type, favored.', [['urothelial carcinoma', 'C679', 'uncertain']]],
    // The reach stops at another item: the lung adenocarcinoma stays present (table: lung C34.9-, no side: null); brain / Malignant
    // Secondary C79.31 is what "favored" weighs.
    ['another item is not judged', 'Lung adenocarcinoma, brain lesion, metastasis favored.', [['Lung adenocarcinoma', 'null', 'present'], ['brain lesion, metastasis', 'C7931', 'uncertain']]],
  ]);
});

describe('narrative assertion round 6: a progression weighed presupposes the disease', () => {
  checkReadings([
    // table: liver / Malignant Secondary C78.7: "likely" and "vs" weigh the progression against another cause, not the metastases.
    ['"likely progression of X vs Y"', 'Jaundice - likely progression of hepatic metastases vs stent occlusion.', [['hepatic metastases', 'C787', 'present']]],
    // Index: Lymphoma (of) C85.90: what is hedged is the progression of her known disease.
    ['"concerning for progression of her X"', 'PET: new avid nodes, concerning for progression of her lymphoma.', [['lymphoma', 'C8590', 'present']]],
    // A differential of the disease itself stays uncertain: table: bone / Malignant Secondary C79.51; Index: Myeloma C90.00.
    ['a differential of the disease itself', 'Lytic lesion: metastasis to bone vs myeloma.', [['metastasis to bone', 'C7951', 'uncertain'], ['myeloma', 'C9000', 'uncertain']]],
  ]);
});

describe('narrative assertion round 6: surveillance studies clean after treatment', () => {
  checkReadings([
    // Z85.528 Personal history of other malignant neoplasm of kidney: removed, no treatment since, surveillance with no evidence of disease (I.C.2.d).
    ['"surveillance imaging clean"', 'Renal cell carcinoma s/p L nephrectomy 2020, no adjuvant tx, surveillance imaging clean through 2025.', [['Renal cell carcinoma', 'Z85528', 'history']]],
    // Z85.51 Personal history of malignant neoplasm of bladder.
    ['"surveillance scopes clear"', 'Bladder cancer s/p TURBT 2019 and BCG, surveillance scopes clear since.', [['Bladder cancer', 'Z8551', 'history']]],
  ]);
});

describe('narrative assertion round 6: a Past Surgical History list dates its operations', () => {
  checkReadings([
    // Index: Fibroid (tumor), uterus D25.9; removed: Z86.018 Personal history of other benign neoplasm. Every operation a Past
    // Surgical History lists is past, so the removal needs no written date (a procedure report's own "hysterectomy" does).
    ['a parenthesised diagnosis after an operation', 'PSH: cholecystectomy, hysterectomy (benign fibroids)\n', [['fibroids', 'Z86018', 'history']]],
    ['an operation after the diagnosis', 'PSH:\n- uterine fibroids - hysterectomy\n', [['fibroids', 'Z86018', 'history']]],
    ['today\'s specimen stays present', 'Pathology: uterine leiomyoma, hysterectomy specimen.\n', [['uterine leiomyoma', 'D259', 'present']]],
  ]);
});

describe('narrative assertion round 6: a metastasis resolved while its cancer is treated', () => {
  checkReadings([
    // table: rectum / Malignant Primary C20 and liver / Malignant Secondary C78.7: one deposit gone under treatment of a cancer still
    // there is no history (I.C.2.d: treatment is still directed to the disease).
    ['"resolution of" beside a current primary', 'Rectal adenocarcinoma, on FOLFOX. CT today: resolution of the liver metastasis.', [['Rectal adenocarcinoma', 'C20', 'present'], ['liver metastasis', 'C787', 'present']]],
    // Index: Carcinoma, lung C34.9- (no side: null); brain / Malignant Secondary C79.31.
    ['"resolved" beside a current primary', 'Lung adenocarcinoma, on osimertinib. Brain metastasis resolved after SRS.', [['Lung adenocarcinoma', 'null', 'present'], ['Brain metastasis', 'C7931', 'present']]],
  ]);
});

describe('narrative assertion round 6: cervical screening normal since an excised CIN', () => {
  checkReadings([
    // Tabular D06.9 inclusion "cervical intraepithelial neoplasia III"; excised with normal screening since: Z86.001 Personal
    // history of in-situ neoplasm of cervix uteri.
    ['"all Paps normal since"', 'Other problems: CIN 3 in 2011 s/p cone, all Paps normal since.', [['CIN 3', 'Z86001', 'history']]],
  ]);
});

describe('narrative assertion round 6: a screening study named before what it screens for', () => {
  checkReadings([
    // table: colon / Malignant Primary C18.9 and lung C34.9- (no side: null): what a screening looks for is not there (hypothetical).
    ['"screening colonoscopy for"', 'Plan: screening colonoscopy for colon cancer, due 2027.', [['colon cancer', 'C189', 'hypothetical']]],
    ['"screening LDCT for"', 'Annual screening LDCT for lung cancer given 40 pk-yr.', [['lung cancer', 'null', 'hypothetical']]],
  ]);
});

describe('narrative assertion round 6: a Medications list that treats the cancer', () => {
  checkReadings([
    // table: breast / Malignant Primary C50.9- (no side or sex: null): anastrozole taken now is adjuvant endocrine therapy directed
    // to the breast cancer, so it is present (I.C.2.d; ANNOTATION.md: adjuvant endocrine therapy keeps a cancer present).
    ['an aromatase inhibitor in the Meds list', 'PMH: HTN, DM, breast cancer (dx 2019), OA.\nMeds: anastrozole 1 mg daily, lisinopril.\n', [['breast cancer', 'null', 'present']]],
    // table: prostate / Malignant Primary C61: androgen deprivation listed as a home medication.
    ['androgen deprivation in a Medications list', 'PMH: HTN, prostate cancer s/p RT 2020.\nMEDICATIONS:\n- leuprolide q3mo\n- amlodipine\n', [['prostate cancer', 'C61', 'present']]],
    // A drug of another cancer leaves the history: Z85.038 Personal history of other malignant neoplasm of large intestine.
    ['a drug of another cancer', 'PMH: HTN, colon cancer 2015.\nMeds: anastrozole.\n', [['colon cancer', 'Z85038', 'history']]],
    // A drug the list says was completed treats nothing now: Z85.3 Personal history of malignant neoplasm of breast.
    ['a drug completed', 'PMH: breast cancer 2012.\nMeds: tamoxifen - completed 2017, lisinopril\n', [['breast cancer', 'Z853', 'history']]],
  ]);
});

describe('narrative assertion round 6: radiology\'s qualified exclusions', () => {
  checkReadings([
    // table: adrenal (gland) / Malignant Secondary C79.7-, right C79.71: "cannot be entirely excluded" leaves it open (II.H), not denied.
    ['"cannot be entirely excluded"', 'Right adrenal nodule, indeterminate; adrenal metastasis cannot be entirely excluded.', [['adrenal metastasis', 'C7971', 'uncertain']]],
    // Index: Lymphoma (of) C85.90: "but not diagnostic of" is short of the diagnosis, not its denial.
    ['"concerning for, but not diagnostic of"', 'The findings are concerning for, but not diagnostic of, lymphoma.', [['lymphoma', 'C8590', 'uncertain']]],
    // table: brain / Malignant Secondary C79.31.
    ['"cannot completely exclude"', 'MRI cannot completely exclude a small brain metastasis.', [['brain metastasis', 'C7931', 'uncertain']]],
  ]);
});

describe('narrative assertion round 6: a site-less malignancy in a past-history list beside a current cancer', () => {
  checkReadings([
    // Index: Myeloma (multiple) C90.00: the PMH's "malignancy" names that current cancer, not a Z85.9 history of another one.
    ['beside a current cancer', 'HPI: 70F with multiple myeloma on daratumumab.\nPMH:\n- Provoked DVT 2026 in setting of malignancy, on apixaban\n- HTN\n', [['multiple myeloma', 'C9000', 'present']]],
    // With no current cancer it stays the history the list gives it: Z85.9 Personal history of malignant neoplasm, unspecified.
    ['with no current cancer', 'PMH:\n- Provoked DVT 2026 in setting of malignancy, on apixaban\n- HTN\n', [['malignancy', 'Z859', 'history']]],
  ]);
});
