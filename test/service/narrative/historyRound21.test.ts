import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * History round 21 (issue 12, tuner G): when a cancer is the patient's past and when it is now. Codes checked against the
 * FY2027 code titles (/work/shared/codesets).
 */

// A problem list's row written as the history code's own Tabular title is that history, whatever the list's status column
// says (Tabular Z85.850 Personal history of malignant neoplasm of thyroid; ANNOTATION.md round 18, a code line's title is coded
// as the code on its line; Guideline I.C.2.d): "Active" there says the history stays on the list, not that the cancer is back
// (d107 "Personal history of malignant neoplasm of thyroid   Z85.850   2004   Active"). A plain row with "Active" keeps its cancer
// current, and a treatment written after the title still keeps it current.
const titledHistoryRow: readonly ReadingCase[] = [
  ['an "Active" status does not undo a history title',
    'Problem                                              ICD-10-CM   Onset   Status\nPersonal history of malignant neoplasm of thyroid    Z85.850     2004    Active',
    [['malignant neoplasm of thyroid', 'Z85850', 'history']]],
  ['an "Active" status keeps a plain row current',
    'Problem                                              ICD-10-CM   Onset   Status\nMalignant neoplasm of thyroid gland                  C73         2024    Active',
    [['Malignant neoplasm of thyroid', 'C73', 'present']]],
];

// A treatment received in the past for the cancer it names is a history lead, as "treated for" opening its clause is (Guideline
// I.C.2.d; Tabular Z85.46 Personal history of malignant neoplasm of prostate; ANNOTATION.md, history): "he was treated for a
// low-risk prostate cancer with radiation (IMRT) in 2016 - PSA has stayed <0.5" (d873). A treatment still given after it keeps the
// cancer current, and "was treated" after its cancer stays the post cue it was.
const treatedForInThePast: readonly ReadingCase[] = [
  ['"was treated for" leads a history', 'Gout, and he was treated for a low-risk prostate cancer with radiation (IMRT) in 2016 - PSA has stayed <0.5.',
    [['prostate cancer', 'Z8546', 'history']]],
  ['"had been treated for" leads a history too', 'She had been treated for thyroid cancer in 2004 at an outside hospital.',
    [['thyroid cancer', 'Z85850', 'history']]],
  ['a treatment still given keeps it current', 'She was treated for breast cancer in 2015, now on anastrozole.', [['breast cancer', 'null', 'present']]],
  ['"was treated" after its cancer still reads back', 'Her thyroid cancer was treated 10 years ago.', [['thyroid cancer', 'Z85850', 'history']]],
];

// A metastasis written with its own site after a cancer ("a bone metastasis from the prostate cancer") is a lesion of its own whose
// "from" names its source: the cancer before it stays the primary its words name, here the history its lead gives (ANNOTATION.md
// round 20: a former primary named as a metastasis's source is its own history mention; Tabular Z85.46; d703 "History of prostate
// cancer, PSA undetectable, a bone metastasis from the prostate cancer is felt unlikely"). A clause calling the cancer itself
// metastatic from an organ ("Adenocarcinoma in the liver, metastatic from the pancreas") still makes it the liver's secondary.
const metastasisWithItsOwnSite: readonly ReadingCase[] = [
  ['a sited metastasis from a history cancer leaves that cancer history',
    '1. Lung adenocarcinoma, right lower lobe.\n2. History of prostate cancer, a bone metastasis from the prostate cancer is felt unlikely.',
    [['Lung adenocarcinoma, right lower lobe', 'C3431', 'present'], ['prostate cancer', 'Z8546', 'history'], ['bone metastasis', 'C7951', 'uncertain'],
      ['prostate cancer', 'Z8546', 'history']]],
  ['a clause calling the cancer metastatic from an organ still spreads it', 'Adenocarcinoma in the liver, metastatic from the pancreas.',
    [['Adenocarcinoma in the liver', 'C787', 'present'], ['metastatic from the pancreas', 'C259', 'present']]],
];

// "No active lesion" / "no active disease" after a history says no current problem, as "no active issues" does: it is the
// history's NED status (primaryCareTriggers.ts), and the word "active" inside it is no active cue (Guideline I.C.2.d; Tabular Z85.828 Personal history of other malignant neoplasm of skin;
// d867 "3. Hx BCC - no active lesion."). A denied "No active second malignancy" keeps its denial.
const noActiveLesion: readonly ReadingCase[] = [
  ['"no active lesion" leaves a history', '3. Hx BCC - no active lesion.', [['BCC', 'Z85828', 'history']]],
  ['"no active disease" leaves a history', 'Hx breast cancer 2015, no active disease.', [['breast cancer', 'Z853', 'history']]],
  ['a denied active malignancy stays denied', 'No active second malignancy.', [['second malignancy', 'C801', 'negated']]],
];

// A removal the patient tells in plain words on a date ("taken off", "cut out") is past, as a dated "removed" is (Guideline
// I.C.2.d; ANNOTATION.md: a skin cancer removed at a prior encounter is history; Tabular Z85.828, Z85.820; d811 'Pt also reports
// she had "skin cancer taken off my nose" years ago.'). Undated, or done today, it says nothing of the past.
const removedInPlainWords: readonly ReadingCase[] = [
  ['"taken off … years ago" is history', 'Pt also reports she had "skin cancer taken off my nose" years ago.', [['skin cancer', 'Z85828', 'history']]],
  ['"cut out … in 2015" is history', 'He had a melanoma cut out of his back in 2015.', [['melanoma', 'Z85820', 'history']]],
  ['"taken off today" is not', 'Skin cancer taken off today.', [['Skin cancer', 'C4490', 'present']]],
];

describe('history, round 21', () => {
  describe('a removal told in plain words', () => checkReadings(removedInPlainWords));
  describe('"no active lesion" after a history', () => checkReadings(noActiveLesion));
  describe('a metastasis with its own site names its source', () => checkReadings(metastasisWithItsOwnSite));
  describe('a treatment received in the past for the cancer it names', () => checkReadings(treatedForInThePast));
  describe('a history title on an active problem list row', () => checkReadings(titledHistoryRow));
});
