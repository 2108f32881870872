import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 21 (issue 12): negated, uncertain and hypothetical mentions the reader missed entirely. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// ANNOTATION.md, "Negative for X in a pathology part is a negated mention at the part's own labelled site", and round 17's
// "'Tumor' or 'neoplasm' … D49.- by site stays for … a separate pathology part": "no evidence of tumor" is the pathologist's search
// of the part that found no tumour, a denied tumour of unspecified behaviour at the part's site (d514 "2. Omentum: benign adipose
// tissue, no evidence of tumor": table: omentum / Unspecified Behavior D49.0, Tabular D49.0 Neoplasm of unspecified behavior of
// digestive system; an ovary part: table: ovary / Unspecified Behavior D49.59, Tabular D49.59 Neoplasm of unspecified behavior of
// other genitourinary organ). "Tumor" after "of" stays the object of a measure or a property elsewhere ("10% of tumor", "no evidence
// of tumor lysis").
const deniedTumourSearches: readonly ReadingCase[] = [
  ['"Omentum: benign adipose tissue, no evidence of tumor" is a denied tumour of the omentum, D49.0',
    'FINAL PATHOLOGY:\n1. Right ovary and tube: SEROUS BORDERLINE TUMOR, 9.2 cm.\n2. Omentum: benign adipose tissue, no evidence of tumor.\n',
    [['SEROUS BORDERLINE TUMOR', 'D3911', 'present'], ['tumor', 'D490', 'negated']]],
  ['"Left ovary: benign, no evidence of tumor" is a denied tumour of the ovary, D49.59',
    'Pathology:\nB. Left ovary: benign, no evidence of tumor.\n', [['tumor', 'D4959', 'negated']]],
  ['"no evidence of tumor lysis" names a syndrome, no tumour', 'Hx lung ca. Uric acid 3.2 - no evidence of tumor lysis.\n',
    [['lung ca', 'Z85118', 'history']]],
];

// The same rule for a part labelled with an organ and the organ taken with it: d397 "B. Left ovary and tube: No tumor identified.",
// d747 "Right ovary and fallopian tube: No tumor identified." (table: ovary / Unspecified Behavior D49.59, Tabular D49.59 Neoplasm
// of unspecified behavior of other genitourinary organ). A tumour in a parenthesis restating the part's diagnosis is no second
// mention (d514 "SEROUS BORDERLINE TUMOR (atypical proliferative serous tumor)": table: ovary / Uncertain Behavior, right D39.11).
const joinedOrganLabels: readonly ReadingCase[] = [
  ['"B. Left ovary and tube: No tumor identified" is a denied tumour of the ovary, D49.59',
    'Final Pathology (11/18/26):\nA. Right ovary and tube: High-grade serous carcinoma, 9.5 cm.\nB. Left ovary and tube: No tumor identified.\n',
    [['carcinoma', 'C561', 'present'], ['tumor', 'D4959', 'negated']]],
  ['"Right ovary and fallopian tube: No tumor identified" is a denied tumour of the ovary, D49.59',
    'Pathology:\n   Right ovary and fallopian tube: No tumor identified. Paratubal cysts.\n', [['tumor', 'D4959', 'negated']]],
  ['a parenthesis restating the borderline tumour is no second mention',
    'FINAL PATHOLOGY:\n1. Right ovary and tube: SEROUS BORDERLINE TUMOR (atypical proliferative serous tumor), 9.2 cm.\n',
    [['SEROUS BORDERLINE TUMOR', 'D3911', 'present']]],
];

describe('round 21 denied mentions', () => {
  describe('a part searched for tumour that found none', () => checkReadings(deniedTumourSearches));
  describe('a part labelled with two organs', () => checkReadings(joinedOrganLabels));
});
