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
