import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Assertion round 13 (issue 12: dictation, OCR faxes, pasted tables, SOAP notes, sign-outs, second-language writers,
 * interpreter visits). Codes checked against the FY2027 code titles (data/icd10cm/2027) and the Table of Neoplasms:
 * lymph gland, cervical / Malignant Secondary C77.0; lymph gland, intrapelvic C77.5; lymph gland NOS C77.9; D22.5
 * Melanocytic nevi of trunk (Index: Nevus, skin, trunk); D33.3 Benign neoplasm of cranial nerves (Index: Neuroma, acoustic);
 * C71.8 Malignant neoplasm of overlapping sites of brain (ANNOTATION.md, two contiguous lobes); Z80.3 Family history of
 * malignant neoplasm of breast; C43.9 Malignant melanoma of skin, unspecified; C90.00 Multiple myeloma not having achieved
 * remission; C49.A2 Gastrointestinal stromal tumor of stomach (Index: Tumor, stromal, gastrointestinal, stomach); C22.0 Liver
 * cell carcinoma; Z85.850 Personal history of malignant neoplasm of thyroid; Z86.0101 Personal history of adenomatous and
 * serrated colon polyps; Z85.3 Personal history of malignant neoplasm of breast; C43.59 Malignant melanoma of other part of
 * trunk (back).
 */

const reportLanguage: readonly ReadingCase[] = [
  ['"evocative for" is a hedge (Guidelines II.H, "suggestive of")', 'CT neck: left level II lymph nodes necrotic, evocative for metastasis.',
    [['left level II lymph nodes necrotic, evocative for metastasis', 'C770', 'uncertain']]],
  ['"evocative of" is a hedge', 'MRI: lytic lesion of the sternum, evocative of metastasis.', [['sternum, evocative of metastasis', 'C7951', 'uncertain']]],
  ['an informant\'s doubt after a relative\'s question mark leaves the family history', 'FHx: Sister - breast ca? (pt not sure).',
    [['breast ca', 'Z803', 'family']]],
  ['an informant\'s doubt after the patient\'s own question mark is uncertain, not denied', 'PMH: HTN. Hx melanoma? (pt not sure).',
    [['melanoma', 'C439', 'uncertain']]],
  ['"none atypical" grades the nevi just named, it does not deny them', 'Exam: several benign appearing nevi trunk, none atypical on dermoscopy.',
    [['nevi trunk', 'D225', 'present']]],
  ['"0/7 lymph nodes involved by carcinoma" denies the nodes\' metastasis', 'C. LYMPH NODES, LEFT PELVIC, EXCISION:\n   - 0/7 LYMPH NODES INVOLVED BY CARCINOMA.',
    [['CARCINOMA', 'C775', 'negated']]],
  ['"0 of 12 nodes positive" denies it too', 'Regional lymph nodes: 0 of 12 nodes positive for metastatic carcinoma.',
    [['nodes positive for metastatic carcinoma', 'C779', 'negated']]],
  ['"now adj TMZ" is adjuvant treatment going on (Guideline I.C.2.d)', 'Hx GBM R frontoparietal s/p resection 6/2026, completed RT/TMZ 8/2026, now adj TMZ C4.',
    [['GBM R frontoparietal', 'C718', 'present']]],
];

const dashedHedge: readonly ReadingCase[] = [
  ['a hedge set off by a dash at the item\'s end judges its diagnosis past the measurements', '2. L vestibular schwannoma, 1.3 cm (Koos II) - likely; refer to neurotology.',
    [['vestibular schwannoma', 'D333', 'uncertain']]],
  ['another diagnosis between them keeps the hedge its own', '2. Liver mets, stable; thyroid adenoma 2 cm - likely.',
    [['Liver mets', 'C787', 'present'], ['thyroid adenoma', 'D34', 'uncertain']]],
];

const outlookAndSamples: readonly ReadingCase[] = [
  ['what symptoms "could herald" is not there yet (hypothetical)', 'Return sooner for bone pain, which could herald progression to myeloma.',
    [['myeloma', 'C9000', 'hypothetical']]],
  ['"EUS-FNB … c/w X" is the pathologist\'s reading of tissue (ANNOTATION.md, a cytology or tissue result read "c/w X")',
    'EUS-FNB 11/2026 of the gastric fundus mass: spindle cells, CD117+, DOG1+, c/w gastric GIST.', [['gastric GIST', 'C49A2', 'present']]],
  ['a route before a hyphen names no sample: an image\'s "c/w" stays a hedge', 'CT-guided biopsy planned; CT: 3 cm gastric mass c/w gastric GIST.',
    [['gastric GIST', 'C49A2', 'uncertain']]],
];

const statusColumn: readonly ReadingCase[] = [
  ['a pasted problem table\'s status column marks a row past (Guideline I.C.2.d; benign: Z86.01-)',
    'Problem List:\n| Problem | Onset | Status |\n|---|---|---|\n| Hepatocellular carcinoma | 03/2026 | Active |\n| Papillary thyroid ca s/p thyroidectomy + RAI | 2008 | Resolved |\n| Colon adenomas | 2022 | Inactive |\n',
    [['Hepatocellular carcinoma', 'C220', 'present'], ['thyroid ca', 'Z85850', 'history'], ['Colon adenomas', 'Z860101', 'history']]],
  ['a tab-separated one too', 'Problem\tOnset\tStatus\nBreast cancer, left\t2015\tHistorical\nMelanoma of the back\t2024\tActive\n',
    [['Breast cancer', 'Z853', 'history'], ['Melanoma of the back', 'C4359', 'present']]],
];

describe('narrative assertion round 13: a problem table\'s status column', () => checkReadings(statusColumn));
describe('narrative assertion round 13: outlook and samples', () => checkReadings(outlookAndSamples));
describe('narrative assertion round 13: report language', () => checkReadings(reportLanguage));
describe('narrative assertion round 13: a hedge closing its list item', () => checkReadings(dashedHedge));
