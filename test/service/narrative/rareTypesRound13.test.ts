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

describe('narrative round 13: mast cell neoplasms', () => {
  checkReadings([
    // Tabular D47.01 Cutaneous mastocytosis, inclusion "Maculopapular cutaneous mastocytosis" (and "Urticaria pigmentosa").
    ['"maculopapular cutaneous mastocytosis"', 'Skin bx 10/2026: maculopapular cutaneous mastocytosis.', [['maculopapular cutaneous mastocytosis', 'D4701', 'present']]],
    ['"Urticaria pigmentosa"', 'Urticaria pigmentosa since childhood.', [['Urticaria pigmentosa', 'D4701', 'present']]],
    // Tabular D47.02 Systemic mastocytosis, inclusion "Indolent systemic mastocytosis".
    ['"SYSTEMIC MASTOCYTOSIS, indolent subtype"', 'BM bx -> SYSTEMIC MASTOCYTOSIS, indolent subtype.', [['SYSTEMIC MASTOCYTOSIS', 'D4702', 'present']]],
    ['"Indolent systemic mastocytosis"', '1. Indolent systemic mastocytosis w/ skin involvement.', [['Indolent systemic mastocytosis', 'D4702', 'present']]],
    // Tabular C96.21 Aggressive systemic mastocytosis; C94.30 Mast cell leukemia not having achieved remission.
    ['"Not aggressive SM, not mast cell leukemia"', 'Not aggressive SM, not mast cell leukemia.', [['aggressive SM', 'C9621', 'negated'], ['mast cell leukemia', 'C9430', 'negated']]],
    // Tabular D47.09 inclusion "Mastocytosis NOS".
    ['"mastocytosis" alone', 'Referred for possible mastocytosis.', [['mastocytosis', 'D4709', 'uncertain']]],
  ]);
});

describe('narrative round 13: Langerhans-cell histiocytosis', () => {
  checkReadings([
    // Tabular C96.6 Unifocal Langerhans-cell histiocytosis, inclusions "Eosinophilic granuloma", "Langerhans-cell histiocytosis NOS":
    // the name restated in its own parenthesis is one mention (ANNOTATION.md).
    ['"LANGERHANS CELL HISTIOCYTOSIS (eosinophilic granuloma)"', 'Dx: LANGERHANS CELL HISTIOCYTOSIS (eosinophilic granuloma).', [['LANGERHANS CELL HISTIOCYTOSIS', 'C966', 'present']]],
    // Tabular C96.0 Multifocal and multisystemic (disseminated) Langerhans-cell histiocytosis.
    ['"unifocal LCH", "no multisystem LCH"', 'Unifocal LCH of the L parietal bone -> no multisystem LCH.', [['Unifocal LCH', 'C966', 'present'], ['multisystem LCH', 'C960', 'negated']]],
    // Tabular C96.5 inclusion "Hand-Schüller-Christian disease" (multifocal and unisystemic).
    ['"multifocal LCH"', 'Multifocal LCH of bone, on vinblastine.', [['Multifocal LCH', 'C965', 'present']]],
    // Tabular C96.6 Excludes1: adult pulmonary Langerhans cell histiocytosis (J84.82), no neoplasm.
    ['guard: "pulmonary LCH" is no neoplasm', 'Hx pulmonary LCH, quit smoking.', []],
  ]);
});

describe('narrative round 13: a parenthesised restatement of the same code', () => {
  checkReadings([
    // Index: Syndrome, myelodysplastic D46.9; Leukemia, hairy cell C91.4- (Tabular C91.40): the abbreviation in parentheses restates.
    ['"myelodysplastic syndrome (MDS)"', 'Dx: myelodysplastic syndrome (MDS).', [['myelodysplastic syndrome', 'D469', 'present']]],
    ['"hairy cell leukemia (HCL)"', 'Dx: hairy cell leukemia (HCL).', [['hairy cell leukemia', 'C9140', 'present']]],
    // guard: a parenthesis naming another code is its own mention (Index: Lymphoma, diffuse large B-cell C83.3-; Leukemia, chronic lymphocytic C91.1-).
    ['guard: "DLBCL (Richter transformation of CLL)"', 'Dx: DLBCL (Richter transformation of CLL).', [['DLBCL', 'C8330', 'present'], ['Richter transformation', 'C9110', 'present'], ['CLL', 'C9110', 'present']]],
  ]);
});

describe('narrative round 13: MDS with increased blasts (WHO 5th edition)', () => {
  checkReadings([
    // MDS-IB1 is the former MDS-EB-1: Tabular D46.21 Refractory anemia with excess of blasts 1; MDS-IB2 D46.22.
    ['"MDS-IB1"', 'Equivalent to MDS-IB1 in WHO 5th ed. terms.', [['MDS-IB1', 'D4621', 'present']]],
    ['"MDS-IB2"', 'Dx: MDS-IB2, IPSS-M high.', [['MDS-IB2', 'D4622', 'present']]],
  ]);
});

describe('narrative round 13: a bone tumour named with no site', () => {
  checkReadings([
    // Index: Tumor, giant cell, bone D48.0 (table: bone / Uncertain Behavior D48.0, Tabular D48.0 … bone and articular cartilage).
    ['"-> GIANT CELL TUMOR OF BONE"', 'CT-guided core bx: giant cells -> GIANT CELL TUMOR OF BONE. No atypia.', [['GIANT CELL TUMOR OF BONE', 'D480', 'present']]],
    // Index: Chondrosarcoma — see Neoplasm, bone, malignant; table: bone / Malignant Primary C41.9.
    ['"no concern for secondary chondrosarcoma"', 'No concern for secondary chondrosarcoma.', [['chondrosarcoma', 'C419', 'negated']]],
    // Index: Osteochondroma — see Neoplasm, bone, benign; table: humerus / Benign D16.0-; Tabular D16.02 … long bones of left upper limb;
    // the plan's "Osteochondroma" restates it. The lesion's shape ("sessile") stands between the site and the tumour.
    ['"L proximal humerus sessile osteochondroma" and its restatement', 'Incidental L proximal humerus sessile osteochondroma.\nPlan:\n- Osteochondroma: XR in 1-2 yrs.', [
      ['L proximal humerus sessile osteochondroma', 'D1602', 'present'], ['Osteochondroma', 'D1602', 'present'],
    ]],
    // Table: bone / Benign D16.9 (Tabular D16.9 Benign neoplasm of bone and articular cartilage, unspecified).
    ['"Osteochondroma" alone', 'Osteochondroma.', [['Osteochondroma', 'D169', 'present']]],
  ]);
});

describe('narrative round 13: appendiceal mucinous neoplasms', () => {
  checkReadings([
    // LAMN is ICD-O-3.2 8480/1 (uncertain behaviour): table: appendix / Uncertain Behavior D37.3 (Tabular D37.3 … of appendix);
    // its abbreviation in parentheses restates it (ANNOTATION.md: one mention).
    ['"LOW-GRADE APPENDICEAL MUCINOUS NEOPLASM (LAMN)"', 'Pathology showed LOW-GRADE APPENDICEAL MUCINOUS NEOPLASM (LAMN). Confined to appendix.', [
      ['LOW-GRADE APPENDICEAL MUCINOUS NEOPLASM', 'D373', 'present'],
    ]],
    ['"LAMN, confined to appendix"', '1. LAMN, confined to appendix, R0.', [['LAMN', 'D373', 'present']]],
    // HAMN is 8480/2 (in situ): table: appendix / Ca in situ D01.0.
    ['"HAMN"', 'Appy: HAMN, margins negative.', [['HAMN', 'D010', 'present']]],
    // History of a neoplasm of uncertain behaviour: Z86.03.
    ['"Hx LAMN … NED"', 'Hx LAMN s/p appendectomy 2019, NED.', [['LAMN', 'Z8603', 'history']]],
  ]);
});

describe('narrative round 13: a morphology tumour after a list of one site', () => {
  checkReadings([
    // Index: Hemangioma, specified site NEC D18.09 (Tabular D18.09 Hemangioma of other sites): the vertebrae listed are one site.
    ['"T7 and T11 vertebral body hemangiomas"', 'T7 and T11 vertebral body hemangiomas.', [['T11 vertebral body hemangiomas', 'D1809', 'present']]],
    // guard: two organs stay unread (Tabular D18.00 Hemangioma unspecified site), not the last organ's D18.03.
    ['guard: "Liver and spleen hemangiomas"', 'Liver and spleen hemangiomas.', [['hemangiomas', 'D1800', 'present']]],
  ]);
});

describe('narrative round 13: "MF" in a note about mycosis fungoides', () => {
  checkReadings([
    // Index: Mycosis fungoides C84.0-: the note's lymphoma, not myelofibrosis; its ISCL/EORTC stage IB is the skin alone (Tabular
    // C84.09 Mycosis fungoides, extranodal and solid organ sites; ANNOTATION.md round 24 decision X, which replaced C84.00 here).
    ['"MF, stage IB" after "Mycosis fungoides"', 'Dx: Mycosis fungoides, stage IB.\nA/P: 1. MF, stage IB, improving on nbUVB.', [
      ['Mycosis fungoides', 'C8409', 'present'], ['MF', 'C8409', 'present'],
    ]],
    // guard: in a note about primary myelofibrosis "MF" stays the myelofibrosis (Tabular D47.4 Osteomyelofibrosis).
    ['guard: "MF" in a PMF note', 'Dx: PMF, JAK2+.\nPlan: MF - ruxolitinib.', [['PMF', 'D474', 'present'], ['MF', 'D474', 'present']]],
  ]);
});
