import { checkReadings } from './readingCases';

/**
 * Vocabulary, types and codes round 13 (issue 12): the less common neoplasms — gliomas of the spinal cord, and the
 * types, behaviours and codes of the blind batch d503–d522. Each expected code cites its Table of Neoplasms row (FY2025
 * table), Index entry or Tabular code (FY2027 code file titles); each case read differently before this round unless its
 * title opens with "guard", which pins what the new reading must not change.
 */

describe('narrative round 13: a glioma of the spinal cord', () => {
  checkReadings([
    // Index: Ependymoma, Astrocytoma, specified site — see Neoplasm, malignant; table: spinal cord / Malignant Primary C72.0
    // (Tabular C72.0 Malignant neoplasm of spinal cord), not the brain's C71.9.
    ['"Ependymoma of the spinal cord"', 'Ependymoma of the spinal cord.', [['Ependymoma of the spinal cord', 'C720', 'present']]],
    ['"Spinal astrocytoma"', 'Spinal astrocytoma.', [['Spinal astrocytoma', 'C720', 'present']]],
    ['"Intramedullary ependymoma"', 'Intramedullary ependymoma at C5.', [['Intramedullary ependymoma', 'C720', 'present']]],
    // Table: conus medullaris, filum terminale / Malignant Primary C72.0.
    ['"ependymoma of the filum terminale"', 'Myxopapillary ependymoma of the filum terminale.', [['ependymoma of the filum terminale', 'C720', 'present']]],
    // Table: optic nerve / Malignant Primary C72.3-; Tabular C72.32 Malignant neoplasm of left optic nerve.
    ['"Left optic nerve glioma"', 'Left optic nerve glioma.', [['Left optic nerve glioma', 'C7232', 'present']]],
    // "cervical cord" is the spinal cord's cervical segment (table: spinal cord (cervical) C72.0), not the cervix uteri (C53.9).
    ['"cervical cord" is no cervix', 'Cancer of the cervical cord.', [['Cancer of the cervical cord', 'C720', 'present']]],
    // A spine report's glioma named after its cord lesion: table: spinal cord / Malignant Primary C72.0; Unspecified behavior D49.7.
    ['a spine report\'s favoured ependymoma and its differential', 'Cervical cord: Intramedullary expansile lesion C4-C6, with syrinx. Favored ependymoma; astrocytoma less likely.', [
      ['ependymoma', 'C720', 'uncertain'], ['astrocytoma', 'C720', 'uncertain'],
    ]],
    // guard: a glioma of a brain lobe keeps its lobe (table: brain, frontal lobe C71.1), and one with no site its brain (C71.9).
    ['guard: "L frontal GBM"', 'L frontal GBM.', [['frontal GBM', 'C711', 'present']]],
    ['guard: a GBM note\'s spinal drop metastases leave the GBM in the brain', 'GBM. No spinal drop mets.', [['GBM', 'C719', 'present'], ['spinal drop mets', 'C7949', 'negated']]],
  ]);
});
