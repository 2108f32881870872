import { checkReadings } from './readingCases';

/**
 * Round 16, tuner A (issue 12): head and neck, eye and paediatric tumours as real notes write them. Each expected code
 * cites its Table of Neoplasms row, Index entry or Tabular title (FY2027 release); each case read differently before
 * this round unless its title opens with "guard", which pins what the new reading must not change.
 */

describe('narrative round 16: the nodes of a head and neck resection or neck dissection are the neck\'s', () => {
  checkReadings([
    // Table: lymph gland, cervical / Malignant Secondary C77.0 (lymph nodes of head, face and neck): a neck dissection's nodes.
    ['"neck dissection … Lymph nodes: 2/7 positive for metastatic SCC"', 'L partial glossectomy + L selective neck dissection. Lymph nodes: 2/7 positive for metastatic SCC.', [
      ['Lymph nodes: 2/7 positive for metastatic SCC', 'C770', 'present'],
    ]],
    // C02.1 border of tongue (table: tongue, border (lateral)); the nodes of a glossectomy specimen C77.0.
    ['a glossectomy report\'s node part', 'Final Pathology:\nA. Tongue, left lateral, partial glossectomy:\n   - Invasive squamous cell carcinoma\nB. Lymph nodes, left neck levels I-IV:\n   - Level II: 2/7 positive for metastatic SCC (largest 1.4 cm, no ENE)\n', [
      ['squamous cell carcinoma', 'C021', 'present'], ['metastatic SCC', 'C770', 'present'],
    ]],
    // C32.0 glottis; a laryngectomy's regional nodes are cervical, C77.0.
    ['"Total laryngectomy: … Lymph nodes: 3/41 with metastatic carcinoma"', 'Total laryngectomy: invasive squamous cell carcinoma of the glottis. Lymph nodes: 3/41 with metastatic carcinoma.', [
      ['squamous cell carcinoma of the glottis', 'C320', 'present'], ['Lymph nodes: 3/41 with metastatic carcinoma', 'C770', 'present'],
    ]],
    // C07 parotid gland; intraparotid and neck nodes are C77.0.
    ['"R superficial parotidectomy: … Lymph nodes: 1/6"', 'R superficial parotidectomy: acinic cell carcinoma of the parotid. Lymph nodes: 1/6 with metastatic carcinoma.', [
      ['carcinoma of the parotid', 'C07', 'present'], ['Lymph nodes: 1/6 with metastatic carcinoma', 'C770', 'present'],
    ]],
    // Thyroid nodes reach the superior mediastinum (level VII): a thyroidectomy's region-less nodes stay C77.9.
    ['guard: a thyroidectomy names no node region', 'L total thyroidectomy: papillary thyroid carcinoma. Lymph nodes: 2/5 with metastatic carcinoma.', [
      ['thyroid carcinoma', 'C73', 'present'], ['Lymph nodes: 2/5 with metastatic carcinoma', 'C779', 'present'],
    ]],
  ]);
});

describe('narrative round 16: the oral tongue\'s parts', () => {
  checkReadings([
    // Table: tongue, border (lateral) / Malignant Primary C02.1 (border of tongue): a one-word gloss in parentheses is passed over.
    ['"SCC of L lateral (oral) tongue"', 'Dx: SCC of L lateral (oral) tongue, pT2 pN2b', [['SCC of L lateral (oral) tongue', 'C021', 'present']]],
    ['"Bx R lateral (mobile) tongue: invasive SCC"', 'Bx R lateral (mobile) tongue: invasive SCC.', [['SCC', 'C021', 'present']]],
    // C02.3 is the oral tongue "part unspecified": the one part the encounter documents (the border, C02.1) is the restatement's.
    ['"Oral tongue SCC" after the lateral border\'s', 'Dx: SCC of L lateral (oral) tongue, pT2 pN2b\nA/P:\nOral tongue SCC, pT2N2b, PNI+ -> adjuvant RT.', [
      ['SCC of L lateral (oral) tongue', 'C021', 'present'], ['Oral tongue SCC', 'C021', 'present'],
    ]],
    // Two parts documented (C02.1 border, C02.0 dorsal surface): the oral tongue keeps C02.3.
    ['guard: two documented parts leave the oral tongue C02.3', 'Dx: SCC of L lateral (oral) tongue. Dorsal tongue SCC also. A/P: Oral tongue SCC, adjuvant RT.', [
      ['SCC of L lateral (oral) tongue', 'C021', 'present'], ['tongue SCC', 'C020', 'present'], ['Oral tongue SCC', 'C023', 'present'],
    ]],
    ['guard: the oral tongue alone is C02.3', 'Dx: SCC of the oral tongue. A/P: Oral tongue SCC, adjuvant RT.', [
      ['SCC of the oral tongue', 'C023', 'present'], ['Oral tongue SCC', 'C023', 'present'],
    ]],
  ]);
});

describe('narrative round 16: a bone tumour restated after an osteosarcoma is of its bone', () => {
  checkReadings([
    // Index: Osteosarcoma, Sarcoma, Ewing's — see Neoplasm, bone, malignant; table: bone, femur C40.2-, left C40.22 (Tabular:
    // long bones of left lower limb). The rule-out of the same lesion takes its documented site (ANNOTATION.md, uncertain mentions).
    ['"osteosarcoma, L distal femur … r/o Ewing sarcoma"', 'Diagnosis: osteosarcoma, L distal femur. Outside bx read as "r/o Ewing sarcoma vs small cell osteosarcoma".', [
      ['osteosarcoma, L distal femur', 'C4022', 'present'], ['Ewing sarcoma', 'C4022', 'uncertain'], ['osteosarcoma', 'C4022', 'uncertain'],
    ]],
    // A denied one is coded as written: bone NOS C41.9.
    ['guard: a denied Ewing keeps bone NOS', 'Diagnosis: osteosarcoma, L distal femur. EWSR1 FISH negative (not Ewing).', [
      ['osteosarcoma, L distal femur', 'C4022', 'present'], ['Ewing', 'C419', 'negated'],
    ]],
  ]);
});

describe('narrative round 16: salivary cytology and the pineal tumour\'s older name', () => {
  checkReadings([
    // Index: Pinealoblastoma C75.3 (Tabular: Malignant neoplasm of pineal gland); a risk is hypothetical.
    ['"Risk of pinealoblastoma"', 'Risk of pinealoblastoma.', [['pinealoblastoma', 'C753', 'hypothetical']]],
    // The table's "stroma, endometrial" row is no site of a parotid smear's stroma: table: parotid / Benign D11.0.
    ['"Bx R parotid: stroma, c/w pleomorphic adenoma"', 'Bx R parotid: stroma, c/w pleomorphic adenoma.', [['pleomorphic adenoma', 'D110', 'present']]],
    // The organ an FNA sampled is the one its cytology's conclusion is about: table: parotid / Benign D11.0.
    ['"FNA R parotid: smear w/ … cells, c/w pleomorphic adenoma"', 'US-guided FNA 11/14 R parotid: smear w/ chondromyxoid stroma and bland myoepithelial\ncells, c/w pleomorphic adenoma (Milan IVA).', [
      ['pleomorphic adenoma', 'D110', 'present'],
    ]],
  ]);
});

describe('narrative round 16: a melanoma of the eye proves the eye\'s tumour on its side', () => {
  checkReadings([
    // Index: Melanoma, specified site NEC — see Neoplasm, malignant; table: choroid / Malignant Primary C69.3-, left (OS) C69.32.
    ['"Choroidal melanoma OS … OS fundus: … choroidal tumor"', 'Dx: Choroidal melanoma OS, s/p plaque.\nOS fundus: pigmented dome-shaped choroidal tumor, regressing.', [
      ['Choroidal melanoma', 'C6932', 'present'], ['choroidal tumor', 'C6932', 'present'],
    ]],
    // The other eye's tumour is not the melanoma: Index: Tumor — see Neoplasm, unspecified behavior; retina and choroid D49.81.
    ['guard: the other eye\'s tumour stays unspecified', 'Choroidal melanoma OD. OS fundus: choroidal tumor, flat.', [
      ['Choroidal melanoma', 'C6931', 'present'], ['choroidal tumor', 'D4981', 'present'],
    ]],
    // A skin melanoma (Tabular C43) proves no skin tumour's code: unspecified behaviour of other specified sites D49.89.
    ['guard: a melanoma of skin leaves the skin\'s tumour', 'Melanoma of the R upper back s/p WLE. Skin exam: new 4 mm tumor of the R upper back.', [
      ['Melanoma of the R upper back', 'C4359', 'present'], ['tumor of the R upper back', 'D4989', 'present'],
    ]],
  ]);
});

describe('narrative round 16: ocular surface squamous neoplasia', () => {
  checkReadings([
    // A neoplasia of no stated behaviour of the conjunctiva: table: conjunctiva / Unspecified Behavior D49.89 (Tabular: Neoplasm of
    // unspecified behavior of other specified sites); an image's "c/w" is uncertain.
    ['"c/w OSSN"', 'AS-OCT today: thickened epithelium - c/w OSSN.', [['OSSN', 'D4989', 'uncertain']]],
    ['"ocular surface squamous neoplasia of the L eye"', 'Ocular surface squamous neoplasia of the L eye, on topical 5-FU.', [
      ['Ocular surface squamous neoplasia of the L eye', 'D4989', 'present'],
    ]],
    ['guard: "ossn" in lower case is no abbreviation read', 'ossn', []],
  ]);
});

describe('narrative round 16: a marrow sample written before the tumour it found', () => {
  checkReadings([
    // Table: marrow (bone) / Malignant Secondary C79.52 (Tabular: Secondary malignant neoplasm of bone marrow): a neuroblastoma found in
    // the marrow is its spread there.
    ['"BM bx bilat w/ neuroblastoma 30%"', 'BM bx bilat w/ neuroblastoma 30%.', [['neuroblastoma', 'C7952', 'present']]],
    ['"BM aspirate/bx negative for neuroblastoma"', 'BM aspirate/bx negative for neuroblastoma.', [['neuroblastoma', 'C7952', 'negated']]],
    // Index: Neuroblastoma — see Neoplasm, malignant, by site; no site written: the adrenal's row needs a side (null).
    ['guard: a marrow transplant found nothing in the marrow', 's/p autologous bone marrow transplant for neuroblastoma.', [['neuroblastoma', 'null', 'present']]],
  ]);
});

describe('narrative round 16: the nasopharynx as head and neck notes write it', () => {
  checkReadings([
    // Table: nasopharynx, wall, lateral / Malignant Primary C11.2: the biopsy dated right after its word reports on the mass before it.
    ['"mass R lateral nasopharyngeal wall; bx 11/12 undifferentiated carcinoma"', 'Exophytic mass R lateral nasopharyngeal wall; bx 11/12 undifferentiated carcinoma.', [
      ['carcinoma', 'C112', 'present'],
    ]],
    // "NP" before a tumour or wall noun is the nasopharynx: table: nasopharynx / Malignant Primary C11.9; lateral wall C11.2.
    ['"avid NP primary"', 'PET/CT w/ avid NP primary and bilat cervical nodes.', [['NP primary', 'C119', 'present']]],
    ['"mass of the lateral NP wall; bx: carcinoma"', 'Exophytic mass of the lateral NP wall; bx: carcinoma.', [['carcinoma', 'C112', 'present']]],
    ['guard: a nurse practitioner is no site', 'Seen by NP Smith today for breast ca follow-up.', [['breast ca', 'null', 'present']]],
  ]);
});

describe('narrative round 16: an extra-axial lesion gives a glioma no lobe', () => {
  checkReadings([
    // A dural-based lesion of the convexity is on the meninges: the glioma keeps brain NOS (table: brain / Malignant Primary C71.9).
    ['"extra-axial dural-based lesion R parietal convexity" is no glioma lobe', 'MRI: incidental 6 mm extra-axial dural-based lesion R parietal convexity. Impression: low-grade glioma.', [
      ['glioma', 'C719', 'present'],
    ]],
    // Table: brain, parietal lobe / Malignant Primary C71.3.
    ['guard: a mass of the lobe still gives it', 'MRI: 4 cm mass R parietal lobe. Path: low-grade glioma.', [['glioma', 'C713', 'present']]],
  ]);
});

describe('narrative round 16: lung metastases whose parenthesis lists lobes of both lungs', () => {
  checkReadings([
    // Both lungs, no bilateral code: null with C78.01 and C78.02 (ANNOTATION.md); the later LLL metastasis is the left's, C78.02.
    ['"lung mets at dx (3 nodules RLL/LLL)" take no side from the LLL one', 'Lung mets at dx (3 nodules RLL/LLL), on chemo.\nCT chest: residual 4 mm LLL nodule - likely responding metastasis.', [
      ['Lung mets', 'null', 'present'], ['LLL nodule - likely responding metastasis', 'C7802', 'uncertain'],
    ]],
    ['guard: one lung\'s lobes leave the documented side', 'Lung mets at dx (2 nodules LUL/LLL), on chemo.\nCT chest: residual 4 mm LLL nodule - likely responding metastasis.', [
      ['Lung mets', 'C7802', 'present'], ['LLL nodule - likely responding metastasis', 'C7802', 'uncertain'],
    ]],
  ]);
});
