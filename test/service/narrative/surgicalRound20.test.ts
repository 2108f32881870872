import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 20's surgical clinic cases (issue 12, the blind batch d843-d862: surgical oncology, breast, thoracic, colorectal, HPB,
 * head and neck, urologic and gynaecologic oncology visits before and after cancer operations). Codes checked against the FY2027
 * code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

/** The section names the reader gives the headers of `text`, in order. */
function sectionNames(text: string): string[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).sections.map((section) => section.name);
}

// ANNOTATION.md, "Sections", rule 3 (a header placed by its meaning): a post-operative visit's review of the operation's final
// pathology under its short name is the pathology report, `Pathology`, as "Final pathology" is (d849 "Final surgical path:");
// a consultant letter's "My impression:" is its impression (d853); a post-operative
// visit's "Pre-op summary:" tells the work-up before the operation, `History of Present Illness` (d852).
const HEADER_SPELLINGS: readonly (readonly [string, readonly string[]])[] = [
  ['Final surgical path:\nCecum and ascending colon, right hemicolectomy -\n  Adenocarcinoma, moderately differentiated.', ['Pathology']],
  ['My impression:\n1. Metastatic clear cell renal cell carcinoma to the pancreatic tail.', ['Impression']],
  ['Pre-op summary: surveillance US 8/2026 showed a new 3.4 cm seg 7 lesion, c/w HCC.', ['History of Present Illness']],
];

// ANNOTATION.md round 17, "A conditional plan's diagnosis is coded as written": a carcinoma an operation's intra-operative test
// would show ("if frozen margins show carcinoma", d854; "If frozen section confirms a high grade serous carcinoma", d859) is
// Tabular C80.1 Malignant (primary) neoplasm, unspecified, hypothetical, with the test's words ("section", "margins") and the
// carcinoma's own grade and type words between "if" and the carcinoma. A carcinoma a plain sentence states keeps its site.
const intraoperativeConditions: readonly ReadingCase[] = [
  ['"if frozen margins show carcinoma" is C80.1 hypothetical', 'Plan: left partial glossectomy.\n- if frozen margins show carcinoma will re-resect at the same sitting',
    [['carcinoma', 'C801', 'hypothetical']]],
  ['"If frozen section confirms a high grade serous carcinoma" is C80.1 hypothetical', 'Plan:\n- Exploratory laparotomy, TAH/BSO, with frozen section. If frozen section confirms a high grade serous carcinoma we will complete staging.',
    [['carcinoma', 'C801', 'hypothetical']]],
];

// A dictation slip read as the word it stands for (README, damagedWords.ts: a compound speech recognition writes apart): "car cinema"
// is "carcinoma" (d846 "non small cell car cinema favor adenocarcinoma", d854 "invasive squamous cell car cinema"), only when
// the two words stand together. Index: Carcinoma, non-small cell — see Neoplasm, lung, malignant; table: lung / upper lobe /
// Malignant Primary C34.1-, right C34.11 (Tabular: Malignant neoplasm of upper lobe, right bronchus or lung).
const dictatedCarcinoma: readonly ReadingCase[] = [
  ['"car cinema" is read as "carcinoma"', 'Right upper lobe nodule biopsy showed non small cell car cinema.', [['non small cell car cinema', 'C3411', 'present']]],
  ['"car" and "cinema" apart are no carcinoma', 'He parked his car in the lot; cinema tickets.', []],
];

// Issue 12 (a coder codes the most specific site the record documents) and ANNOTATION.md round 20 (an uncertain mention of the
// same lesion takes its documented site): a bone tumour named with no site, after the imaging of one bone (d862 "MRI R femur
// … chondroid lesion distal femur … concerning for a low grade chondrosarcoma rather than an enchondroma"), is that bone's.
// Index: Chondrosarcoma — see Neoplasm, cartilage / bone, malignant; table: bone / femur / Malignant Primary C40.2-, right
// C40.21 (Tabular: Malignant neoplasm of long bones of right lower limb); Enchondroma — see Neoplasm, bone, benign: D16.21
// (Benign neoplasm of long bones of right lower limb). Denied it is coded as written (bone NOS C41.9), and two bones leave it open.
const documentedBone: readonly ReadingCase[] = [
  ['a bone tumour without a site is the one bone imaged before it', 'MRI R femur: chondroid lesion distal femur. Findings concerning for a low grade chondrosarcoma rather than an enchondroma.',
    [['chondrosarcoma', 'C4021', 'uncertain'], ['enchondroma', 'D1621', 'uncertain']]],
  ['a denied bone tumour keeps the bone\'s own row', 'MRI R femur: chondroid lesion. No concern for secondary chondrosarcoma.', [['chondrosarcoma', 'C419', 'negated']]],
  ['two bones imaged leave the bone\'s own row', 'XR: lesions of the R femur and the L humerus. Concerning for a low grade chondrosarcoma.', [['chondrosarcoma', 'C419', 'uncertain']]],
];

// A node set off after a diagnosis and its site and called clear by its short "neg" is the next clause's finding, no second site
// of the diagnosis (README, siteLists.ts: "a site set off after the anchor or its sites and called clear is the next clause's";
// d845's attestation "Final path high grade DCIS of R breast, SLN neg x2"). Index: Carcinoma, intraductal (noninfiltrating) —
// breast D05.1-; Tabular D05.11 Intraductal carcinoma in situ of right breast.
const clearNodes: readonly ReadingCase[] = [
  ['"SLN neg" after a DCIS of the breast is no site of the DCIS', 'Final path high grade DCIS of R breast, SLN neg x2.', [['DCIS of R breast', 'D0511', 'present']]],
];

// A node or washings item under a specimen's organ label reports its own site (ANNOTATION.md, "Sites and columns": lymph node metastasis by
// region, the Table's lymph gland rows; d860's final path "Uterus, cervix, bilateral tubes and ovaries:" with "- Sentinel lymph
// nodes, R and L obturator: negative for metastatic carcinoma"): table: lymph gland, intrapelvic (obturator) / Malignant
// Secondary C77.5, negated, not the uterus's secondary C79.82; "- Peritoneal washings: negative for malignant cells" is table:
// peritoneum / Malignant Secondary C78.6, negated (round 15's washings), not the uterus's C55. A field item ("- Histologic type:") keeps the label's organ:
// table: endometrium / Malignant Primary C54.1.
const nodeItems: readonly ReadingCase[] = [
  ['a node item under an organ label is the nodes\'', 'Final path:\nUterus, cervix, bilateral tubes and ovaries:\n- Endometrioid carcinoma, FIGO grade 1\n- Sentinel lymph nodes, R and L obturator: negative for metastatic carcinoma (0/2)',
    [['carcinoma', 'C541', 'present'], ['metastatic carcinoma', 'C775', 'negated']]],
  ['a washings item under an organ label is the peritoneum\'s', 'Uterus, cervix, bilateral tubes and ovaries:\n- Peritoneal washings: negative for malignant cells',
    [['malignant cells', 'C786', 'negated']]],
  ['a field item under an organ label keeps the organ', 'Final path:\nUterus, cervix, bilateral tubes and ovaries:\n- Histologic type: endometrioid carcinoma, FIGO grade 1',
    [['carcinoma', 'C541', 'present']]],
];

// ANNOTATION.md's margin rule (README, marginStatement.ts: a margin statement that names the neoplasm is the specimen's tumour at the
// margin) for a margin item named by its kind (d852 "- Resection margin: negative for carcinoma" under "Liver, segments 6/7,
// resection:"; d745 "- Staple margin negative for carcinoma"): the resected HCC at the margin, Index: Carcinoma, hepatocellular
// C22.0 (not the liver's secondary C78.7 a bare carcinoma in the liver would be); table: lung / upper lobe / Malignant Primary,
// right C34.11. A skin excision's "Deep margin:" keeps its part's label (table: skin / trunk; Index: Melanoma — trunk C43.59).
const marginKinds: readonly ReadingCase[] = [
  ['"Resection margin: negative for carcinoma" of an HCC is the HCC, denied', 'Liver, segments 6/7, resection:\n - Hepatocellular carcinoma, 3.6 cm\n - Resection margin: negative for carcinoma, closest 0.8 cm',
    [['Hepatocellular carcinoma', 'C220', 'present'], ['carcinoma', 'C220', 'negated']]],
  ['"Staple margin negative for carcinoma" is the lung tumour, denied', 'Lung, RUL, wedge resection:\n   - Invasive adenocarcinoma, 1.4 cm.\n   - Staple margin negative for carcinoma (1.1 cm).',
    [['adenocarcinoma', 'C3411', 'present'], ['carcinoma', 'C3411', 'negated']]],
  ['a skin excision\'s "Deep margin:" keeps the label\'s site', 'Skin, L upper back, excision:\n   - Deep margin: involved by invasive melanoma', [['invasive melanoma', 'C4359', 'present']]],
];

// A carcinoma found in nodes is their secondary (README, siteLists.ts: "a carcinoma found in lymph nodes after a preposition"), also
// told to the patient with a passive and a count in words (d849 "cancer was found in one of the lymph nodes"): a colectomy's
// regional nodes, table: lymph gland, intra-abdominal / Malignant
// Secondary C77.2 (ANNOTATION.md, "Sites and columns": the nodes of a resection specimen with no region written).
const foundInNodes: readonly ReadingCase[] = [
  ['"cancer was found in one of the lymph nodes" after a hemicolectomy is C77.2', 'Stage IIIB cecal adenocarcinoma s/p R hemicolectomy. Explained: tumor completely removed, but cancer was found in one of the lymph nodes, so chemotherapy is recommended.',
    // Since round 21 the "tumor" a label's colon reports is the proven cancer's, C18.0 (d849's gold; tumourObject.ts).
    [['cecal adenocarcinoma', 'C180', 'present'], ['tumor', 'C180', 'present'], ['cancer was found in one of the lymph nodes', 'C772', 'present']]],
];

// A head and neck surgeon's "neck metastasis" is the cervical nodes' (d854 "Neck metastasis left level II and III"): table: lymph
// gland, neck / Malignant Secondary C77.0 (Tabular: Secondary and unspecified malignant neoplasm of lymph nodes of head, face and neck);
// the oral tongue is table: tongue, anterior two-thirds / Malignant Primary C02.3.
const neckMetastases: readonly ReadingCase[] = [
  ['"Neck metastasis" is C77.0', 'Assessment: Squamous cell carcinoma of left oral tongue. Neck metastasis left level II and III.',
    [['Squamous cell carcinoma of left oral tongue', 'C023', 'present'], ['Neck metastasis', 'C770', 'present']]],
  ['"No neck mets" denies C77.0', 'No neck mets.', [['neck mets', 'C770', 'negated']]],
];

describe('narrative reader: surgical clinics round 20', () => {
  describe('a neck metastasis', () => checkReadings(neckMetastases));
  describe('a cancer found in lymph nodes', () => checkReadings(foundInNodes));
  describe('a margin item named by its kind', () => checkReadings(marginKinds));
  describe('a node item under an organ\'s label', () => checkReadings(nodeItems));
  describe('a node called "neg" after the diagnosis', () => checkReadings(clearNodes));
  describe('a bone tumour after the imaging of one bone', () => checkReadings(documentedBone));
  describe('a dictated "car cinema"', () => checkReadings(dictatedCarcinoma));
  describe('section headers of a surgical visit', () => {
    for (const [text, expected] of HEADER_SPELLINGS) it(text.split('\n')[0] ?? text, () => assert.deepEqual(sectionNames(text), expected));
  });
  describe('a carcinoma an intra-operative test would show', () => checkReadings(intraoperativeConditions));
});
