import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 25 (issue 12, tuner B): "no other known" denies as "no known" does, and a site-less cancer or malignancy denied as
 * "known" is a personal history denied, Z85.9 negated (ANNOTATION.md: "A personal or family history of a cancer with no site
 * … is a mention: Z85.9 / Z80.9, denied ones negated"; d466's "no known cancer dx"). Codes checked against the FY2027 code
 * titles (/work/shared/codesets): Z85.9 Personal history of malignant neoplasm, unspecified; Z80.9 Family history of malignant
 * neoplasm, unspecified; C79.9 Secondary malignant neoplasm of unspecified site.
 */
const deniedKnownCancer: readonly ReadingCase[] = [
  // d753: "?recurrence vs other (no other known malignancy; smoker 20 pk-yr - lung ca also in ddx per requisition)".
  ['no other known malignancy is a personal history denied',
    'Clinical history: 70M smoker, R supraclavicular node; no other known malignancy.',
    [['malignancy', 'Z859', 'negated']]],
  ['no known cancer is a personal history denied',
    'HPI: 70M, no known cancer.',
    [['cancer', 'Z859', 'negated']]],
  // "known" alone would end the denial before the cancer (a hedge's known background): the longer cue reaches it.
  ['a relative with no other known cancer is a family history denied',
    'FHx: Mother - no other known cancer.',
    [['cancer', 'Z809', 'negated']]],
  // Guards: a denied site-less spread keeps its C79.9 (d327), and a relative's denied cancers keep Z80.9.
  ['no known metastatic disease stays a denied site-less spread',
    'HPI: lytic lesions in the skull and ribs. No known metastatic disease.',
    [['metastatic disease', 'C799', 'negated']]],
  ['a brother with no known cancers stays a family history denied',
    'FH: brother with no known cancers.',
    [['cancers', 'Z809', 'negated']]],
];

describe('narrative reader: a denied known cancer (round 25)', () => {
  checkReadings(deniedKnownCancer);
});
