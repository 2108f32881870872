import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 20 (issue 12): negated, uncertain and hypothetical mentions the reader missed entirely. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// ANNOTATION.md, "A recurrence at a named site, affirmed or denied, is a mention": "a recurrence in the primary's own bed or at its
// anastomosis is the primary … The assertion is the words' own". A recurrence written at the organ of the note's own neoplasm is
// that neoplasm's local recurrence (d718 "The pelvic exam shows no evidence of recurrence at the cervix" of a cervical SCC: table:
// cervix / Malignant Primary C53.9, Tabular C53.9 Malignant neoplasm of cervix uteri, unspecified; d268 "prostate recurrence is
// unlikely" after a prostatectomy: table: prostate / Malignant Primary C61; d514 "Surveillance for recurrence in the L ovary" of a
// serous borderline tumour: table: ovary / Uncertain Behavior, Tabular D39.12 Neoplasm of uncertain behavior of left ovary). A
// recurrence at another organ stays that organ's secondary, and an excised basal cell carcinoma's "no recurrence" stays its history cue.
const ownOrganRecurrences: readonly ReadingCase[] = [
  ['"no evidence of recurrence at the cervix" of a cervical cancer is C53.9, negated',
    'Hx of stage IIIC1 squamous cell carcinoma of the cervix s/p chemoRT 2025. The pelvic exam shows no evidence of recurrence at the cervix.\n',
    [['squamous cell carcinoma of the cervix', 'Z8541', 'history'], ['recurrence at the cervix', 'C539', 'negated']]],
  ['"prostate recurrence is unlikely" after a prostatectomy is C61, uncertain',
    'Hx prostate ca s/p prostatectomy 2016. New neck nodes; prostate recurrence is unlikely given undetectable PSA.\n',
    [['prostate ca', 'Z8546', 'history'], ['prostate recurrence', 'C61', 'uncertain']]],
  ['surveillance for recurrence in the other ovary of a borderline tumour is D39.12, hypothetical',
    'Stage IIA serous borderline tumor R ovary, fertility-sparing surgery complete.\n- Surveillance for recurrence in the L ovary: exam + TVUS q6mo.\n',
    [['serous borderline tumor R ovary', 'D3911', 'present'], ['recurrence in the L ovary', 'D3912', 'hypothetical']]],
  ['a recurrence in another organ stays that organ\'s secondary', 'Adenocarcinoma of the sigmoid colon. CT: recurrence in the liver.\n',
    [['Adenocarcinoma of the sigmoid colon', 'C187', 'present'], ['recurrence in the liver', 'C787', 'present']]],
  ['an excised basal cell carcinoma\'s "no recurrence at R ear" is its history cue, no mention', 'Hx BCC R ear, Mohs 2020, no recurrence at R ear.\n',
    [['BCC R ear', 'Z85828', 'history']]],
];

describe('narrative reader, round 20: missed negated, uncertain and hypothetical mentions', () => {
  describe('a recurrence at the organ of the note\'s own neoplasm', () => checkReadings(ownOrganRecurrences));
});
