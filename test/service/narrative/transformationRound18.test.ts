import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Transformation and restatement round 18 (issue 12): a transformation whose words name a neoplasm is a mention coded as that
 * neoplasm (ANNOTATION.md, round 18 decisions, "A transformation is a mention when its words name a neoplasm"), and a feared
 * one is coded as written ("Negated, hypothetical and 'contralateral' mentions take no side from elsewhere"). Codes checked
 * against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A histology that implies its organ, restated as a feared diagnosis, takes neither the side nor the sub-site of the tumour
// named before it: d143 "will re-biopsy to look for MET amp / SCLC transformation" of an LUL adenocarcinoma is a hypothetical
// SCLC with no side (Index: Carcinoma, small cell — see Neoplasm, malignant, by site; table: lung / Malignant Primary C34.9-, the
// side left to the coder: no code), and d433 "trial for recurrent GBM" of an R temporal glioblastoma the brain NOS (Index:
// Glioblastoma — see Neoplasm, brain, malignant; table: brain NEC / Malignant Primary C71.9). The present restatement keeps the
// sub-site named before it (Tabular C71.2 Malignant neoplasm of temporal lobe).
const fearedRestatements: readonly ReadingCase[] = [
  ['a feared "SCLC transformation" takes no side from the LUL primary',
    'Imaging: MRI brain 11/20/26 - treated lesions smaller/stable; no new intracranial\nmetastatic disease. CT CAP 11/20/26 - post-SBRT changes LUL; osseous mets stable, sclerotic.\nNo new hepatic or adrenal lesions. 2 mm RLL nodule unchanged, likely benign.\n\nA/P:\n58F never-smoker w/ EGFR L858R-mutant NSCLC (adeno) of the LUL, stage IV, with bone and\nbrain metastases, on 1L osimertinib now ~19 mo, s/p SRS and SBRT for oligoprogression.\n1. Metastatic lung adenocarcinoma - responding/stable. Continue osimertinib. Repeat CT CAP and\nMRI brain in 3 mo. If further progression, will re-biopsy to look for MET amp / SCLC transformation.\n2. Bone mets - cont denosumab, Ca/vit D.\n',
    [['intracranial\nmetastatic disease', 'C7931', 'negated'], ['osseous mets', 'C7951', 'present'], ['NSCLC (adeno) of the LUL', 'C3412', 'present'],
      ['bone', 'C7951', 'present'], ['brain metastases', 'C7931', 'present'], ['lung adenocarcinoma', 'C3412', 'present'], ['SCLC', 'null', 'hypothetical'],
      ['Bone mets', 'C7951', 'present']]],
  ['a feared "recurrent GBM" is the brain NOS, the present one its temporal lobe',
    'HPI: 61 y/o man with R temporal glioblastoma, IDH-wildtype.\nA/P:\n1. GBM, on adjuvant TMZ.\n   - If progression confirmed -> discuss re-resection or trial for recurrent GBM.',
    [['temporal glioblastoma', 'C712', 'present'], ['GBM', 'C712', 'present'], ['GBM', 'C719', 'hypothetical']]],
];

describe('narrative reader: transformations and restatements round 18', () => {
  describe('a feared restatement is coded as written', () => checkReadings(fearedRestatements));
});
