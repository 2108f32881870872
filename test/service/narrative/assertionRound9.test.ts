import { INFORMANT_TRIGGERS } from '../../../server/src/service/narrative/informantTriggers';
import { checkReadings } from './readingCases';

/**
 * The assertion causes of round 9 (the blind dev batches d363–d402: messy non-oncology documentation and specialty
 * notes), each in wordings of its own, not the notes' sentences. Expected codes cite the Table of Neoplasms row or
 * Index entry of the words as written (checked in the FY2027 code list); the assertions follow ANNOTATION.md's
 * conventions and the guidelines (I.C.2.d for history, II.H / IV.H for uncertainty).
 */

describe('narrative assertion round 9: a removal denied leaves the neoplasm there', () => {
  checkReadings([
    // Index: Lipoma — see also Neoplasm, lipomatous, benign, by site: skin and subcutaneous tissue of right arm D17.21
    // (shoulder is the upper limb). "never removed" closes its own item of a history list: the lipoma is still there,
    // so it is present, not Z86.018 (ANNOTATION.md: history is excised or treated with no current disease).
    [
      'a history list item "(never removed)" is present',
      'Other history: HTN, gout, lipoma of the left shoulder (never removed), prior appendectomy.',
      [['lipoma of the left shoulder', 'D1722', 'present']],
    ],
    [
      'a lipoma "not removed" after its biopsy stays present',
      'PMH: lipoma R upper arm, not removed, stable.',
      [['lipoma R upper arm', 'D1721', 'present']],
    ],
  ]);
});

describe('narrative assertion round 9: a chance, a read that cannot tell, a suspicion denied, a study to assess for', () => {
  checkReadings([
    // table: kidney / Malignant Primary C64.- (no side written: null). "small chance it is" weighs a diagnosis not made
    // (Guidelines II.H: "possible", "probable"), so uncertain.
    [
      'a small chance that it is a cancer is uncertain',
      'Renal lesion is probably a cyst, but there is a small chance it is a kidney cancer; MRI ordered.',
      [['kidney cancer', 'null', 'uncertain']],
    ],
    // table: lung / Malignant Secondary C78.0- (no side: null): a read that "can't tell" leaves its reading open.
    [
      'a read that cannot tell is uncertain',
      "Spiculated nodule; can't tell on CT whether these are lung mets or granulomas.",
      [['lung mets', 'null', 'uncertain']],
    ],
    // Index: Cholangiocarcinoma — see Neoplasm, liver, primary, intrahepatic bile duct C22.1: "not suspected" denies the
    // reading (ConText's negation "not suspected"), it does not hedge it as "suspected" would.
    [
      'a diagnosis "not suspected" is negated',
      'Mild intrahepatic ductal dilatation without mass; cholangiocarcinoma not suspected.',
      [['cholangiocarcinoma', 'C221', 'negated']],
    ],
    // Tabular C79.9 Secondary malignant neoplasm of unspecified site: what a post-treatment study will "assess for" is
    // looked for, not found (ANNOTATION.md: a screening or surveillance for is hypothetical).
    [
      'a study to "assess for" distant metastases is hypothetical',
      'Post-treatment PET at 3 months: assess for residual disease and distant metastases.',
      [['distant metastases', 'C799', 'hypothetical']],
    ],
  ]);
});

describe('narrative assertion round 9: a relative or spouse who reports or is told is the informant, not the patient with the disease', () => {
  checkReadings([
    // Index: Leukemia, lymphocytic, chronic, B-cell type C91.1- (not in remission C91.10): the untyped "leukemia" is the CLL
    // the note names; the daughter who calls is the informant, so it is the patient's disease (present), not Z80.6.
    [
      'a daughter who calls about the leukemia',
      'CLL, untreated. Daughter (POA) called: her leukemia is causing bruising.',
      [['CLL', 'C9110', 'present'], ['leukemia', 'C9110', 'present']],
    ],
    // table: lung / Malignant Primary C34.9- (no side: null); the son told by phone has no cancer of his own (not Z80.1).
    [
      'a son told by phone about the cancer',
      'Told son by phone: lung cancer stable on scan.',
      [['lung cancer', 'null', 'present']],
    ],
    // Index: Tumor — see Neoplasm, unspecified behavior, by site: brain D49.6. A wife who is aware is no other
    // experiencer: the tumour is the patient's and the mention is kept.
    [
      'a wife aware of the prognosis',
      'Wife aware that the brain tumor is not curable.',
      [['brain tumor', 'D496', 'present']],
    ],
    // Z80.0 Family history of malignant neoplasm of digestive organs: a relative named with a disease of their own after
    // the informant still reads as family.
    [
      'the informant names a relative with a cancer of their own',
      'Per daughter, her father had colon cancer.',
      [['colon cancer', 'Z800', 'family']],
    ],
  ]);
});

describe('narrative assertion round 9: each informant phrase', () => {
  // table: prostate / Malignant Primary C61: every informant phrase leaves the patient's cancer after it present.
  checkReadings(INFORMANT_TRIGGERS.map((trigger): [string, string, [string, string, string][]] =>
    [`"${trigger.words}"`, `Update: ${trigger.words} - prostate cancer stable.`, [['prostate cancer', 'C61', 'present']]]));
});

describe("narrative assertion round 9: the patient's own history lead wins over a relative named after the mention", () => {
  checkReadings([
    // Z86.000 Personal history of in-situ neoplasm of breast (DCIS, history by its lead) and Z80.3 Family history of
    // malignant neoplasm of breast: the mother's possessive names the cancer after it, not the DCIS before it.
    [
      'a personal history before a relative\'s cancer',
      "Given her personal history of DCIS and her mother's breast cancer, she meets testing criteria.",
      [['DCIS', 'Z86000', 'history'], ['breast cancer', 'Z803', 'family']],
    ],
    // Z85.820 Personal history of malignant melanoma of skin and Z80.8 Family history of malignant neoplasm of other
    // organs or systems (ANNOTATION.md: a family melanoma is Z80.8).
    [
      'a personal and a family melanoma joined by "+"',
      'Hx melanoma + FHx melanoma: skin checks q6mo.',
      [['melanoma', 'Z85820', 'history'], ['melanoma', 'Z808', 'family']],
    ],
  ]);
});

describe('narrative assertion round 9: "FH" after a diagnosis is its favourable histology', () => {
  checkReadings([
    // Index: Wilms' tumor — see Neoplasm, kidney, malignant; left kidney C64.2 (Malignant neoplasm of left kidney, except
    // renal pelvis). "FH" set off after the tumour is its favourable histology, not a family history (not Z80.51).
    ['a Wilms tumour of favourable histology', 'Wilms tumor, L kidney, FH, stage II - continue vincristine.', [['Wilms tumor, L kidney', 'C642', 'present']]],
    // Z80.3 Family history of malignant neoplasm of breast: "FH:" still leads a family history.
    ['"FH:" leads a family history', 'FH: breast ca in mother.', [['breast ca', 'Z803', 'family']]],
  ]);
});

describe('narrative assertion round 9: a history lead between a condition and the mention', () => {
  checkReadings([
    // Z85.42 Personal history of malignant neoplasm of other parts of uterus (endometrium; treated 2018, Guideline I.C.2.d):
    // the "if" of the patient's question does not reach past the history lead that names the old cancer.
    [
      'a question "if" before a history lead',
      'She asked if the new spot is related to anything - she has hx of endometrial ca treated with TAH/BSO in 2018.',
      [['endometrial ca', 'Z8542', 'history']],
    ],
  ]);
});

describe('narrative assertion round 9: a remission its own sentence calls cured', () => {
  checkReadings([
    // Z85.72 Personal history of non-Hodgkin lymphomas, not C83.3A (DLBCL in remission): ANNOTATION.md, "Remission and cure
    // in one note": cured is the stronger statement, so the mention is history.
    ['a DLBCL in CR, considered cured', 'Also: prior DLBCL (R-CHOP x6, 2014) - in CR since 2014, considered cured.', [['DLBCL', 'Z8572', 'history']]],
    // Z85.71 Personal history of Hodgkin lymphoma in every mention, the later "remains in remission" included.
    [
      'a cured Hodgkin lymphoma restated in remission',
      'Hx of Hodgkin lymphoma, ABVD 2009, in remission since, cured. Lymphoma remains in remission.',
      [['Hodgkin lymphoma', 'Z8571', 'history'], ['Lymphoma', 'Z8571', 'history']],
    ],
  ]);
});

describe('narrative assertion round 9: a family history header with a long qualifier', () => {
  checkReadings([
    // Z80.49 Family history of malignant neoplasm of other genital organs (uterus, C55) and Z80.0 (colon, C18.9): the
    // header's parenthesis holds its own semicolon and colon and runs past the usual header length, and the pedigree
    // lines below it are the family's (section default, ANNOTATION.md "family").
    [
      'a pedigree under "Family History (…; …: no):"',
      'Family History (3-generation pedigree obtained; consanguinity: no):\nMaternal side:\n  - Mother, 70: colon cancer at 52, alive. Uterine ca at 61.',
      [['colon cancer', 'Z800', 'family'], ['Uterine ca', 'Z8049', 'family']],
    ],
  ]);
});

describe('narrative assertion round 9: a plan or risk that no longer applies', () => {
  checkReadings([
    // table: ovary / Malignant Primary C56.- (no side: null): "no longer relevant" denies the screening, not a cancer; the
    // ovarian cancer after it is still the object of a risk (hypothetical, ANNOTATION.md), not denied.
    [
      'a risk no longer relevant before another risk',
      'Screening no longer relevant after BSO, ovarian cancer risk eliminated.',
      [['ovarian cancer', 'null', 'hypothetical']],
    ],
  ]);
});

describe("narrative assertion round 9: a cancer named with no status in the chief complaint or HPI takes the note's account of it", () => {
  checkReadings([
    // Z85.850 Personal history of malignant neoplasm of thyroid: treated (thyroidectomy and RAI 2019) with no evidence of
    // disease (Guideline I.C.2.d); the chief complaint names the same cancer with no status of its own.
    [
      'a chief complaint "thyroid ca f/u"',
      'CC: thyroid ca f/u\n\nHPI: 49F with h/o papillary thyroid carcinoma, s/p total thyroidectomy and RAI 2019, NED.',
      [['thyroid ca', 'Z85850', 'history'], ['thyroid carcinoma', 'Z85850', 'history']],
    ],
    // Z85.42 Personal history of malignant neoplasm of other parts of uterus (endometrium, C54.1): the HPI's referral
    // names the cancer the past history says was resected with no evidence of disease.
    [
      'an HPI referral for a cancer the past history calls NED',
      'HPI: 44 y/o woman referred with endometrial ca at 43 for Lynch evaluation.\n\nPMH:\n- Endometrioid adenocarcinoma of the endometrium - TLH/BSO 3/2026, NED on last exam.',
      [['endometrial ca', 'Z8542', 'history'], ['adenocarcinoma of the endometrium', 'Z8542', 'history']],
    ],
    // table: endometrium / Malignant Primary C54.1: a mention the plan treats now keeps the HPI's cancer current.
    [
      'the same referral when the plan treats the cancer now',
      'HPI: 44 y/o woman referred with endometrial ca at 43 for Lynch evaluation.\n\nPMH:\n- Endometrioid adenocarcinoma of the endometrium - TLH/BSO 3/2026, NED on last exam.\n\nA/P: endometrial ca, on letrozole.',
      [['endometrial ca', 'C541', 'present'], ['adenocarcinoma of the endometrium', 'Z8542', 'history'], ['endometrial ca', 'C541', 'present']],
    ],
  ]);
});

describe('narrative assertion round 9: "Impression & Plan" is a plan header', () => {
  checkReadings([
    // table: lung / Malignant Secondary C78.0- (no side: null): a baseline staging CT to rule out spread, in a plan, looks
    // for a spread no finding has raised (hypothetical, assertionStaging.ts); the header must be read as the plan's.
    [
      'a staging rule-out under "Impression & Plan:"',
      'Impression & Plan:\n1. Serous carcinoma of the right ovary, s/p debulking.\n   - CT chest baseline to r/o pulmonary mets.',
      [['carcinoma of the right ovary', 'C561', 'present'], ['pulmonary mets', 'null', 'hypothetical']],
    ],
  ]);
});

describe('narrative assertion round 9: the uterus removed with its fibroids on a date', () => {
  checkReadings([
    // Index: Fibroid (tumor) — see Leiomyoma, uterus D25.9; taken out with the uterus on a date, it is a past benign
    // neoplasm: Z86.018 Personal history of other benign neoplasm (ANNOTATION.md, "Codes by assertion").
    ['fibroids, TAH/BSO on a date', 'Uterine fibroids, TAH/BSO 2004.', [['fibroids', 'Z86018', 'history']]],
    ['a TLH for fibroids, dated', 'Hx: TLH for fibroids (2015).', [['fibroids', 'Z86018', 'history']]],
  ]);
});

describe('narrative assertion round 9: "old" right before a disease names a past one', () => {
  checkReadings([
    // Z85.820 Personal history of malignant melanoma of skin: "old melanoma excision site" names a melanoma excised in
    // the past (Guideline I.C.2.d).
    ['an old melanoma excision site', 'Healed scar of the L calf (old melanoma excision site), no nodularity.', [['melanoma', 'Z85820', 'history']]],
    // Z85.3 Personal history of malignant neoplasm of breast: the adjective reaches the whole phrase.
    ['an old breast cancer scar', 'Exam: old breast cancer scar, well healed.', [['breast cancer', 'Z853', 'history']]],
    // table: breast / Malignant Primary C50.9- (no side: null): an age is no cue, only "old" right before the disease.
    ['an age is no history', '68 year old woman with breast cancer.', [['breast cancer', 'null', 'present']]],
  ]);
});

describe('narrative assertion round 9: the patient a finding is hedged in', () => {
  checkReadings([
    // table: lung / Malignant Primary C34.9- (no side: null): "most likely malignant effusion" hedges the effusion (no
    // neoplasm code: J91.0 is not read); "in pt w/" introduces the known cancer, which is present (NegEx's terminators of
    // the known background, as "in the setting of").
    [
      'a hedge ending at "in pt w/"',
      'Effusion - most likely malignant effusion in pt w/ advanced lung ca.',
      [['lung ca', 'null', 'present']],
    ],
    // Index: Leukemia, lymphocytic, chronic, B-cell type C91.10 (not in remission): "probably reactive" hedges the node.
    ['a hedge ending at "in a patient with"', 'Enlarged axillary node, probably reactive in a patient with CLL.', [['CLL', 'C9110', 'present']]],
  ]);
});

describe('narrative assertion round 9: an instruction to return for what would show the disease', () => {
  checkReadings([
    // D47.2 Monoclonal gammopathy (present) and Index: Myeloma C90.0- (not in remission C90.00): what the patient should
    // return for is foreseen, not found (ANNOTATION.md: an instruction, "return if", is hypothetical).
    [
      'return for the signs of a progression',
      'MGUS, stable - annual SPEP; return for bone pain or anemia (progression to myeloma).',
      [['MGUS', 'D472', 'present'], ['myeloma', 'C9000', 'hypothetical']],
    ],
    // Index: Lymphoma (non-Hodgkin) C85.9- (C85.90, unspecified site): the same instruction by phone.
    ['call for the signs of a relapse', 'Call for night sweats or new lumps, a sign of lymphoma relapse.', [['lymphoma', 'C8590', 'hypothetical']]],
  ]);
});

describe('narrative assertion round 9: liver-directed treatment leaves the tumour in its organ', () => {
  checkReadings([
    // Index: Carcinoma, hepatocellular C22.0: chemoembolization controls or bridges a tumour left in the liver; it is no
    // treatment completed that eradicates it (Guideline I.C.2.d), so "treated with" is no history here.
    [
      'an HCC treated with TACE',
      'Hepatocellular carcinoma of segment 6, diagnosed 2025 and treated with TACE in April and September 2025.',
      [['Hepatocellular carcinoma of segment 6', 'C220', 'present']],
    ],
  ]);
});

describe('narrative assertion round 9: an excised in-situ neoplasm whose endocrine therapy stopped early', () => {
  checkReadings([
    // Z86.000 Personal history of in-situ neoplasm of breast: lumpectomy and radiation ended the DCIS; tamoxifen stopped
    // for side effects was risk reduction, so its stopping does not make the DCIS current (I.C.2.d).
    [
      'a DCIS after lumpectomy and RT, tamoxifen stopped',
      'Hx L breast DCIS, s/p lumpectomy + RT 2019, tamoxifen 2019-2021 (stopped for hot flashes).',
      [['L breast DCIS', 'Z86000', 'history']],
    ],
    // table: breast / Malignant Primary C50.912 (left female breast): a malignancy whose treatment stopped for toxicity is
    // still there (ANNOTATION.md: treatment ended by toxicity is no eradication).
    [
      'an invasive cancer whose chemotherapy stopped for toxicity',
      'Hx L breast cancer in a woman, s/p 2 cycles AC 2025 (stopped for neuropathy).',
      [['L breast cancer', 'C50912', 'present']],
    ],
  ]);
});

describe('narrative assertion round 9: surveillance studies normal after a treated cancer', () => {
  checkReadings([
    // Z85.038 Personal history of other malignant neoplasm of large intestine: resected, no adjuvant treatment, and the
    // surveillance colonoscopies since are normal (no evidence of disease, Guideline I.C.2.d), also from the next sentence.
    ['colonoscopies normal, in the next sentence', 'Colon cancer stage II in 2015, resected, no chemo. Colonoscopies normal since.', [['Colon cancer', 'Z85038', 'history']]],
    // Z85.048 Personal history of malignant neoplasm of rectum, rectosigmoid junction, and anus.
    ['surveillance CTs unremarkable', 'Rectal cancer s/p LAR 2018, surveillance CTs unremarkable.', [['Rectal cancer', 'Z85048', 'history']]],
  ]);
});

describe('narrative assertion round 9: a diagnosis that "is a possibility"', () => {
  checkReadings([
    // Index: Lymphoma (non-Hodgkin) C85.90: a reading weighed as possible is not made (Guidelines II.H: "possible").
    ['a lymphoma that is a possibility', 'Node likely reactive, but lymphoma is a possibility.', [['lymphoma', 'C8590', 'uncertain']]],
    // table: liver / Malignant Secondary C78.7.
    ['liver metastases that remain a possibility', 'Hypodense foci; liver metastases remain a possibility.', [['liver metastases', 'C787', 'uncertain']]],
  ]);
});

describe('narrative assertion round 9: disease free since, opening the next sentence', () => {
  checkReadings([
    // Z85.3 Personal history of malignant neoplasm of breast: treated in 2014, free of disease since (I.C.2.d); the cue
    // opens the next sentence after its subject words ("she has been").
    [
      'she has been disease free since',
      'She underwent lumpectomy for breast cancer in 2014 followed by radiation; she has been disease free since.',
      [['breast cancer', 'Z853', 'history']],
    ],
  ]);
});

describe('narrative assertion round 9: a risk written after the disease, a chance, the signs to watch for', () => {
  checkReadings([
    // table: ovary / Malignant Primary C56.- (no side: null): a risk is hypothetical (ANNOTATION.md), "risk of 40%" too.
    ['a cancer risk of a percentage', 'Offered risk-reducing BSO given ovarian cancer risk of 40%.', [['ovarian cancer', 'null', 'hypothetical']]],
    // table: breast / Malignant Primary C50.9- (no side: null): the chance of a recurrence is foreseen, not found.
    ['the chance of recurrence', 'We discussed the chance of recurrence of her breast cancer.', [['breast cancer', 'null', 'hypothetical']]],
    // Index: Melanoma (malignant) C43.9: the signs taught to watch for.
    ['the signs and symptoms taught', 'Counseled on signs and symptoms of recurrent melanoma.', [['melanoma', 'C439', 'hypothetical']]],
    // table: breast / Malignant Primary C50.9-: a risk of another condition set off by a comma is not the cancer's.
    ['a risk of another condition after a comma', 'Breast cancer, risk of lymphedema discussed.', [['Breast cancer', 'null', 'present']]],
  ]);
});

describe('narrative assertion round 9: a treatment about to begin or a diagnosis just made keeps a history list item current', () => {
  checkReadings([
    // table: lung / Malignant Primary C34.9- (no side: null): chemotherapy about to start is treatment directed at the
    // cancer (I.C.2.d), so the Past Medical History default (history) does not apply.
    ['a PMH item starting chemo', 'PMH: CAD, lung ca dx 10/2026 - starting chemo next wk', [['lung ca', 'null', 'present']]],
    // table: pancreas / Malignant Primary C25.9: a diagnosis just made is current.
    ['a PMH item newly diagnosed', 'PMH: HTN, DM2, newly diagnosed pancreatic cancer, surgery planned.', [['pancreatic cancer', 'C259', 'present']]],
  ]);
});

describe("narrative assertion round 9: radiology's other readings short of a diagnosis", () => {
  checkReadings([
    // table: liver / Malignant Secondary C78.7: "in keeping with" is the British "consistent with" (II.H: uncertain).
    ['most in keeping with', 'Findings most in keeping with metastatic disease to the liver.', [['metastatic disease to the liver', 'C787', 'uncertain']]],
    // Index: Lymphoma (non-Hodgkin) C85.9-: "could reflect" weighs a reading; the mediastinal nodes of its own sentence give the
    // fifth character (ANNOTATION.md, "Stage or node regions in the lymphoma's own sentence"; Tabular C85.92 … intrathoracic lymph nodes; round 22).
    ['could reflect', 'Mediastinal adenopathy could reflect lymphoma or sarcoidosis.', [['lymphoma', 'C8592', 'uncertain']]],
  ]);
});

describe('narrative assertion round 9: no evidence of recurrence, in more wordings', () => {
  checkReadings([
    // Z85.048 Personal history of other malignant neoplasm of rectum, rectosigmoid junction, and anus: no evidence of a
    // recurrence says the cancer itself is gone (Guideline I.C.2.d), not that it is denied.
    ['no evidence of local recurrence of', 'No evidence of local recurrence of the rectal cancer.', [['rectal cancer', 'Z85048', 'history']]],
    ['without signs of recurrence of', 'Without signs of recurrence of the rectal cancer on MRI.', [['rectal cancer', 'Z85048', 'history']]],
    ['without evidence of recurrence, after it', 'Rectal cancer s/p LAR 2018, without evidence of recurrence.', [['Rectal cancer', 'Z85048', 'history']]],
  ]);
});

describe("narrative assertion round 9: a gene's cancer risks listed", () => {
  checkReadings([
    // table: colon, with rectum / Malignant Primary C19 for "colorectal", endometrium C54.1: the risks a
    // genetics note lists are foreseen, not found (ANNOTATION.md: a risk is hypothetical).
    [
      'cancer risks of a gene, listed after a colon',
      'Cancer risks associated with MLH1: colorectal cancer up to 50%, endometrial cancer up to 40%.',
      [['colorectal cancer', 'null', 'hypothetical'], ['endometrial cancer', 'C541', 'hypothetical']],
    ],
  ]);
});

describe('narrative assertion round 9: a treatment or follow-up no longer given negates the treatment, not the disease', () => {
  checkReadings([
    // Index: Leukemia, lymphocytic, chronic, B-cell type C91.10: "no longer on treatment" denies the treatment; the CLL
    // itself is not denied (watch and wait is current disease, ANNOTATION.md).
    ['no longer on treatment for CLL', 'No longer on treatment for CLL.', [['CLL', 'C9110', 'present']]],
    // table: ovary / Malignant Primary C56.- (no side: null).
    ['no longer receiving chemotherapy', 'She is no longer receiving chemotherapy for ovarian cancer.', [['ovarian cancer', 'null', 'present']]],
  ]);
});

describe('narrative assertion round 9: a two-way hedge after "with" qualifies the finding it introduces', () => {
  checkReadings([
    // table: lung / Malignant Primary C34.9- (no side: null) and brain / Malignant Secondary C79.31: "possible" is the
    // metastases' adjective; the known lung cancer before "with" is not hedged.
    [
      'a known cancer with possible metastases',
      'Known lung cancer with possible brain metastases.',
      [['lung cancer', 'null', 'present'], ['brain metastases', 'C7931', 'uncertain']],
    ],
    ['the same after "w/"', 'Known lung cancer w/ suspected brain metastases.', [['lung cancer', 'null', 'present'], ['brain metastases', 'C7931', 'uncertain']]],
    // Index: Lymphoma (non-Hodgkin) C85.90: a hedge closing its clause still reaches back.
    ['a hedge closing its clause', 'Lymphoma, possible.', [['Lymphoma', 'C8590', 'uncertain']]],
  ]);
});
