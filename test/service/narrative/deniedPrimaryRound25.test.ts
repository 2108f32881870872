import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 25 (issue 12, tuner REG, cancer registry documents): a registrar's denial of a generic new primary ("no new primary on
 * this specimen", "no separate primary", "no evidence of a second primary on the PET") is a mention of C80.1, negated
 * (ANNOTATION.md: "a denied generic new primary on surveillance keeps C80.1, negated"; Tabular C80.1 Malignant (primary)
 * neoplasm, unspecified); an affirmed or doubted one designates a lesion and is not read from the words alone
 * (`deniedNewPrimary.ts`; "second primary" before "on": `secondPrimarySites.ts`).
 */
const deniedPrimaries: readonly ReadingCase[] = [
  // d1104 "History only; no new primary on this specimen." (gold C80.1 negated); d1121 "Pt B: no new primary; …".
  ['"no new primary" is a denied generic primary',
    'Notes:\n- #7: R hemicolectomy 2017, NED. History only; no new primary on this specimen.',
    [['primary', 'C801', 'negated']]],
  // d1118 "the lytic lesions are part of the myeloma; no separate primary." (gold C80.1 negated).
  ['"no separate primary" is a denied generic primary',
    'Marrow bx: plasma cell myeloma. The lytic lesions are part of the myeloma; no separate primary.',
    [['plasma cell myeloma', 'C9000', 'present'], ['myeloma', 'C9000', 'present'], ['primary', 'C801', 'negated']]],
  // d1121 "Pt A: no evidence of a second primary on the 11/2026 PET." (gold C80.1 negated).
  ['"a second primary on the PET" stands alone',
    'Pt A: no evidence of a second primary on the 11/2026 PET.',
    [['second primary', 'C801', 'negated']]],
  // Guards: an affirmed or doubted new primary names a lesion the words do not give (d796 "favor new primary lung cancer",
  // gold C34.12 uncertain; d1119 "abstract as new primary per the Cutaneous Melanoma rules"); "lung primary" keeps its reading.
  ['guard: an affirmed new primary is not read as a generic one',
    'If a future bx shows cancer elsewhere, abstract as new primary per the rules.',
    []],
  ['guard: "c/w lung primary" keeps the lung',
    'EBUS 10R: metastatic adenocarcinoma, c/w lung primary.',
    [['EBUS 10R: metastatic adenocarcinoma', 'C771', 'present'], ['lung primary', 'null', 'present']]],
];

describe('narrative reader: denied new primaries round 25', () => checkReadings(deniedPrimaries));
