import { INFORMANT_TRIGGERS } from '../../../server/src/service/narrative/informantTriggers';
import { checkReadings } from './readingCases';

/**
 * The assertion causes of round 9 (the blind dev batches d363–d402: messy non-oncology documentation and specialty
 * notes) about whose disease it is and whether it is still there: a removal denied, a relative who informs, a history lead,
 * a remission, a treated cancer's surveillance. Expected codes cite the Table of Neoplasms row or Index entry of the words as
 * written (checked in the FY2027 code list); the assertions follow ANNOTATION.md's conventions and guideline I.C.2.d for
 * history. The round's uncertain and hypothetical readings are in `assertionRound9Hedges.test.ts`.
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

describe('narrative assertion round 9: a treatment about to begin or a diagnosis just made keeps a history list item current', () => {
  checkReadings([
    // table: lung / Malignant Primary C34.9- (no side: null): chemotherapy about to start is treatment directed at the
    // cancer (I.C.2.d), so the Past Medical History default (history) does not apply.
    ['a PMH item starting chemo', 'PMH: CAD, lung ca dx 10/2026 - starting chemo next wk', [['lung ca', 'null', 'present']]],
    // table: pancreas / Malignant Primary C25.9: a diagnosis just made is current.
    ['a PMH item newly diagnosed', 'PMH: HTN, DM2, newly diagnosed pancreatic cancer, surgery planned.', [['pancreatic cancer', 'C259', 'present']]],
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

describe('narrative assertion round 9: a treatment or follow-up no longer given negates the treatment, not the disease', () => {
  checkReadings([
    // Index: Leukemia, lymphocytic, chronic, B-cell type C91.10: "no longer on treatment" denies the treatment; the CLL
    // itself is not denied (watch and wait is current disease, ANNOTATION.md).
    ['no longer on treatment for CLL', 'No longer on treatment for CLL.', [['CLL', 'C9110', 'present']]],
    // table: ovary / Malignant Primary C56.- (no side: null).
    ['no longer receiving chemotherapy', 'She is no longer receiving chemotherapy for ovarian cancer.', [['ovarian cancer', 'null', 'present']]],
  ]);
});
