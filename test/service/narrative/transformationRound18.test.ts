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

// "Richter('s) transformation" is C91.1- (Tabular C91.1 inclusion: Richter syndrome), and a transformation is active disease: denied
// in a CLL in remission it is C91.10 (Chronic lymphocytic leukemia of B-cell type not having achieved remission), not the CLL's
// C91.11 (d190 "No evidence of Richter transformation clinically", d737).
const richter: readonly ReadingCase[] = [
  ['a denied Richter transformation of a CLL in remission is C91.10', 'Relapsed CLL, now in remission after VenO (uMRD4). No evidence of Richter transformation clinically.',
    [['CLL', 'C9111', 'present'], ['Richter transformation', 'C9110', 'negated']]],
];

// A "large cell transformation" names a disease only through what it produces: the DLBCL of a CLL or low-grade B-cell lymphoma
// (Index: Lymphoma, diffuse large B-cell C83.3-; Tabular C83.30 Diffuse large B-cell lymphoma, unspecified site), nothing new of a
// mycosis fungoides (C84.0- stays; no mention, d657).
const largeCellTransformation: readonly ReadingCase[] = [
  ['a mycosis fungoides\' large cell transformation is no mention', 'Skin bx: mycosis fungoides, patch stage. CD30-positive large cells are rare; large cell transformation is not present.',
    [['mycosis fungoides', 'C8409', 'present']]],
  ['a CLL\'s denied large cell transformation stays the DLBCL denied', 'bx: CLL/SLL, no large cell transformation.',
    [['CLL/SLL', 'C9110', 'present'], ['large cell transformation', 'C8330', 'negated']]],
];

describe('narrative reader: transformations and restatements round 18', () => {
  describe('Richter transformation is active CLL', () => checkReadings(richter));
  describe('large cell transformation by the disease it arises from', () => checkReadings(largeCellTransformation));
  describe('a feared restatement is coded as written', () => checkReadings(fearedRestatements));
});
