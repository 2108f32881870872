import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Commonwealth round 23, second pass (issue 12, tuner F2): notes written in British and Commonwealth English (NHS letters, MDT
 * outcomes, RCPath histopathology; dev d983–d1002). Codes checked against the FY2027 code titles (/work/shared/codesets) and the
 * Table of Neoplasms (FY2025).
 */

// Nodes counted with the primary are its regional nodes, removed with it (ANNOTATION.md, lymph nodes: "the nodes of a resection
// specimen with no region written are the resected organ's regional nodes (a colectomy's … C77.2)"; table: lymph gland,
// intra-abdominal / Malignant Secondary C77.2; Tabular C77.2 Secondary and unspecified malignant neoplasm of intra-abdominal lymph
// nodes). A letter writes the count in words with an article, in the sentence after the primary's (d983 "This confirms a moderately
// differentiated adenocarcinoma of the sigmoid colon … . Two of the twenty-one lymph nodes contain metastatic adenocarcinoma").
const countedNodes: readonly ReadingCase[] = [
  ['a count in words with an article, in the sentence after the primary',
    'This confirms a moderately differentiated adenocarcinoma of the sigmoid colon invading into pericolic fat. Two of the twenty-one lymph nodes contain metastatic adenocarcinoma, margins clear.',
    [['adenocarcinoma of the sigmoid colon', 'C187', 'present'], ['lymph nodes contain metastatic adenocarcinoma', 'C772', 'present']]],
  // The oesophagus drains to the neck, the chest and the abdomen, so its nodes keep the unspecified code (Tabular C77.9).
  ['an organ whose regional nodes lie in several regions gives none',
    'Histology confirms an adenocarcinoma of the lower oesophagus. Two of the fourteen lymph nodes contain metastatic adenocarcinoma.',
    [['adenocarcinoma of the lower oesophagus', 'C155', 'present'], ['lymph nodes contain metastatic adenocarcinoma', 'C779', 'present']]],
];

describe('narrative commonwealth round 23b: nodes counted after the primary', () => {
  checkReadings(countedNodes);
});

// A referral form's "Criteria met:" list is answered for this patient like a trial's eligibility list: an unticked "[ ]" in a list
// whose met items are "[x]" counts as "[N]", and a named cancer the answer denies is negated, hedged or not (ANNOTATION.md,
// round 16's answered-criteria rule and round 23's review 23-c (b); table: stomach / Malignant Primary C16.9; d995 "[ ] Upper
// abdominal mass consistent with stomach cancer"). A ticked hedged criterion stays the referral's doubt (as d985's ticked
// "[x] Chest X-ray findings suggestive of lung cancer" is uncertain).
const untickedHedgedCriteria: readonly ReadingCase[] = [
  ['an unticked hedged criterion is answered no',
    'Criteria met:\n[x] Dysphagia\n[ ] Upper abdominal mass consistent with stomach cancer\n[x] Aged 55 and over with weight loss',
    [['stomach cancer', 'C169', 'negated']]],
  ['a ticked hedged criterion keeps its doubt',
    'Criteria met:\n[x] Upper abdominal mass consistent with stomach cancer\n[ ] Haematemesis',
    [['stomach cancer', 'C169', 'uncertain']]],
];

describe('narrative commonwealth round 23b: unticked hedged referral criteria', () => {
  checkReadings(untickedHedgedCriteria);
});

// A referral form's pre-printed title names the pathway, not the patient's diagnosis (ANNOTATION.md, issue 12 synoptic rule: the
// template's title is no mention; review 23-c (b): "the form's pre-printed title … 'Suspected Upper GI Cancer - Urgent Referral'
// … no mention"; d995). Only a first line written as a heading is a title: an order's plain first line keeps its cancer
// (table: lung / Malignant Primary, no lobe or side written, so no code).
const referralTitles: readonly ReadingCase[] = [
  ['a 2WW form\'s title names no diagnosis',
    'Suspected Upper GI Cancer - Urgent Referral (NG12 / 2WW)\nCriteria met:\n[x] Dysphagia\nAssessment: ?oesophageal malignancy.',
    [['oesophageal malignancy', 'C159', 'uncertain']]],
  ['an order written in sentence case keeps its cancer',
    'Lung cancer referral to thoracic surgery',
    [['Lung cancer', 'null', 'present']]],
];

describe('narrative commonwealth round 23b: a referral form\'s title', () => {
  checkReadings(referralTitles);
});
