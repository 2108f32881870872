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
