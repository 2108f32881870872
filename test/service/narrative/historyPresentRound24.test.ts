import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * History versus present round 24 (issue 12, tuner E): a former primary named in its current spread's words. Codes checked
 * against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A primary named in the words of its spread ("Metastatic breast cancer to the liver") in a note that documents it as excised
// history is the former primary of that metastasis: Guideline I.C.2.d codes its Z85 code (Tabular Z85.3 Personal history of
// malignant neoplasm of breast) beside the secondary (table: liver / Malignant Secondary C78.7; ANNOTATION.md round 15, "A
// primary excised or eradicated stays history when a new distant metastasis is treated locally"; dev d87 "hx of breast ca s/p L
// mastectomy 2017 … Metastatic breast cancer to the liver, biopsy proven"). The words asked about are no evidence that the
// cancer is current; a primary the note documents as current elsewhere still is, coded or waiting for its side.
const spreadSource: readonly ReadingCase[] = [
  ['the primary named in its liver spread\'s words is the history the note documents',
    'Indication: 61F with hx of breast ca s/p L mastectomy 2017. Surveillance CT showed two new hypodense lesions in the right hepatic lobe.\nImpression: Metastatic breast cancer to the liver, biopsy proven.',
    [['breast ca', 'Z853', 'history'], ['breast cancer', 'Z853', 'history'], ['cancer to the liver', 'C787', 'present']]],
  ['a primary current elsewhere in the note, waiting for its side, keeps the spread\'s primary current',
    'Problems: L breast cancer on letrozole. Hx of breast ca 2010.\nImpression: Metastatic breast cancer to the liver, biopsy proven.',
    [['L breast cancer', 'null', 'present'], ['breast ca', 'Z853', 'history'], ['breast cancer', 'null', 'present'], ['cancer to the liver', 'C787', 'present']]],
  ['without a documented history the spread\'s primary stays present',
    'Impression: Metastatic breast cancer to the liver, biopsy proven.',
    [['breast cancer', 'null', 'present'], ['cancer to the liver', 'C787', 'present']]],
];

describe('history versus present round 24: the former primary of a current spread', () => checkReadings(spreadSource));
