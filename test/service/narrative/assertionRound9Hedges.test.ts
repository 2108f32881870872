import { checkReadings } from './readingCases';

/**
 * The assertion causes of round 9 (the blind dev batches d363–d402: messy non-oncology documentation and specialty
 * notes) about what is not yet known or only foreseen: a chance, a read that cannot tell, a plan or risk, a hedge. Expected
 * codes cite the Table of Neoplasms row or Index entry of the words as written (checked in the FY2027 code list); the
 * assertions follow ANNOTATION.md's conventions and guidelines II.H / IV.H for uncertainty. The round's present, history
 * and family readings are in `assertionRound9Status.test.ts`.
 */

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

describe('narrative assertion round 9: a diagnosis that "is a possibility"', () => {
  checkReadings([
    // Index: Lymphoma (non-Hodgkin) C85.90: a reading weighed as possible is not made (Guidelines II.H: "possible").
    ['a lymphoma that is a possibility', 'Node likely reactive, but lymphoma is a possibility.', [['lymphoma', 'C8590', 'uncertain']]],
    // table: liver / Malignant Secondary C78.7.
    ['liver metastases that remain a possibility', 'Hypodense foci; liver metastases remain a possibility.', [['liver metastases', 'C787', 'uncertain']]],
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

describe("narrative assertion round 9: radiology's other readings short of a diagnosis", () => {
  checkReadings([
    // table: liver / Malignant Secondary C78.7: "in keeping with" is the British "consistent with" (II.H: uncertain).
    ['most in keeping with', 'Findings most in keeping with metastatic disease to the liver.', [['metastatic disease to the liver', 'C787', 'uncertain']]],
    // Index: Lymphoma (non-Hodgkin) C85.9-: "could reflect" weighs a reading; the mediastinal nodes of its own sentence give the
    // fifth character (ANNOTATION.md, "Stage or node regions in the lymphoma's own sentence"; Tabular C85.92 … intrathoracic lymph nodes; round 22).
    ['could reflect', 'Mediastinal adenopathy could reflect lymphoma or sarcoidosis.', [['lymphoma', 'C8592', 'uncertain']]],
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
