import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * History round 22 (issue 12): the history code (Z85.-, Z86.0-) against the current code of the same words. ANNOTATION.md's
 * history rules (Guideline I.C.2.d: a primary excised or eradicated, no further treatment, no evidence of existing primary is
 * Z85; a metastasis is coded as a secondary site). Codes checked against the FY2027 code titles (/work/shared/codesets) and
 * the Table of Neoplasms (FY2025).
 */

// A metastasis weighed in a patient with a past cancer is the hedged new lesion, not the history of the old cancer
// (ANNOTATION.md "Codes by assertion": uncertain follows Guidelines II.H / IV.H; "A metastasis of a primary excised long ago
// … is coded as the secondary site, and the primary stays its history code", d337): d780 "metastasis from prior glottic SCC
// considered much less likely", d782 "pt w/ hx breast ca -- highly suspicious for brain metastases", d881 "pt w/ prior lung
// cancer -> high concern for brain metastasis", d923 "Ddx includes metastasis (… prostate ca remote …)". Table: brain /
// Malignant Secondary C79.31 (Tabular: Secondary malignant neoplasm of brain); bone / Malignant Secondary C79.51.
const hedgedSpread: readonly ReadingCase[] = [
  ['"high concern for" a brain metastasis after "prior" lung cancer', 'Headache in a pt w/ prior lung cancer -> high concern for brain metastasis.', [['lung cancer', 'Z85118', 'history'], ['brain metastasis', 'C7931', 'uncertain']]],
  ['"highly suspicious for" brain metastases after "hx" breast ca', 'Two enhancing lesions in pt w/ hx breast ca -- highly suspicious for brain metastases.', [['breast ca', 'Z853', 'history'], ['brain metastases', 'C7931', 'uncertain']]],
  ['"suspicious for" bone metastases after "remote" prostate cancer', 'Sclerotic L2 lesion suspicious for bone metastasis (prostate ca remote, PSA undetectable).', [['bone metastasis', 'C7951', 'uncertain'], ['prostate ca', 'Z8546', 'history']]],
];

describe('narrative reader: history round 22', () => {
  describe('a metastasis weighed after a past cancer is uncertain, not history', () => checkReadings(hedgedSpread));
});
