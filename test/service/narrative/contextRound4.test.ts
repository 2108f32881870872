import { checkReadings } from './readingCases';

/**
 * Context round 4: sides and sub-sites written near a mention, the direction of spread, and sites that
 * are no sites. Each case: the text, then the mentions expected ([words, code, assertion]); every code
 * is read off the Table of Neoplasms, the Index or the Tabular (cited per case) and checked against the
 * FY2027 code file (`../shared/codesets/icd10cm-2027/icd10cm-codes-2027.derived.txt`).
 */

describe('narrative context round 4: the eye side written as OD / OS / OU', () => {
  checkReadings([
    // Index: Melanoma, choroid → table: eye, choroid / Malignant Primary C69.3-; left → C69.32 Malignant neoplasm of left choroid.
    ['reads OS after a choroidal melanoma as the left eye', 'IMPRESSION:\n1. Choroidal melanoma OS, COMS medium (9 mm basal x 3.2 mm)',
      [['Choroidal melanoma', 'C6932', 'present']]],
    // The study line's eye: "B-scan OS:" names the left eye of the finding it reports (C69.32).
    ['reads the eye a study line names for the finding it concludes', 'B-scan OS: dome-shaped mass, 3.2 mm thick, low internal reflectivity - c/w choroidal melanoma; no extrascleral extension',
      [['choroidal melanoma', 'C6932', 'uncertain']]],
    // table: eye, choroid / C69.3-; OD (oculus dexter) is the right eye → C69.31.
    ['reads OD before the finding on its line as the right eye', 'DFE:\n OD - elevated pigmented choroidal lesion, c/w choroidal melanoma',
      [['choroidal melanoma', 'C6931', 'uncertain']]],
    // "OS" is overall survival outside the eye: the lung primary keeps the side the text gives it (table: lung / C34.9-; left → C34.92).
    ['does not read OS as a side outside the eye', 'Left lung adenocarcinoma, stage IV: median OS 14 months on chemoimmunotherapy.',
      [['Left lung adenocarcinoma', 'C3492', 'present']]],
  ]);
});

describe('narrative context round 4: a side or site written after the histology in a problem list', () => {
  checkReadings([
    // table: adrenal (gland) / Benign D35.0-; the side after the adenoma closes the phrase: right → D35.01 Benign neoplasm of right adrenal gland.
    ['reads a side closing the phrase after an adenoma as its organ\'s side', 'PMH:\n- Benign adrenal adenoma R, incidental 2019 - stable, no f/u needed',
      [['adrenal adenoma', 'D3501', 'present']]],
    // A side followed by another site names that site's side, not the adenoma's: adrenal without a side stays open (D35.00–D35.02).
    ['does not read a side that opens the next site as the adenoma\'s', 'Adrenal adenoma R kidney cyst', [['Adrenal adenoma', 'null', 'present']]],
    // table: meninges, cerebral / Benign D32.0 (a parafalcine meningioma lies along the falx cerebri), not meninges NOS D32.9.
    ['reads a meningioma\'s sub-site written after its side', 'Incidental meningioma L parafalcine 9 mm (MRI 2021) - stable on serial MRI',
      [['meningioma L parafalcine', 'D320', 'present']]],
    // Tabular D17.1 Benign lipomatous neoplasm of skin and subcutaneous tissue of trunk (the back); D17.22 … of left arm (the shoulder is of the upper limb).
    ['reads the body site written right after a lipoma', 'Lipoma R upper back - asymptomatic\n#9. Lipoma L shoulder - incidental, no action.',
      [['Lipoma R upper back', 'D171', 'present'], ['Lipoma L shoulder', 'D1722', 'present']]],
  ]);
});

describe('narrative context round 4: a carcinoma found in lymph nodes is a secondary there', () => {
  checkReadings([
    // table: lymph, lymphatic channel NEC / gland (secondary): no primary cell, Malignant Secondary C77.9 (not lymph channel C49.9).
    ['reads a carcinoma in a count of lymph nodes as a nodal secondary', 'Adenocarcinoma in 2 of 27 lymph nodes.',
      [['Adenocarcinoma in 2 of 27 lymph nodes', 'C779', 'present']]],
    // table: lymph gland, cervical / Malignant Secondary C77.0 (nodes of head, face and neck); neck level II is cervical.
    ['reads a node region in parentheses after the node word', 'Metastatic carcinoma in 2 of 27 lymph nodes (level II), largest 1.4 cm.',
      [['Metastatic carcinoma in 2 of 27 lymph nodes (level II)', 'C770', 'present']]],
  ]);
});

describe('narrative context round 4: a tumour found in the marrow or in another organ\'s specimen spread there', () => {
  checkReadings([
    // table: marrow (bone) NEC / Malignant Secondary C79.52 ("BM" before a marrow sample is the bone marrow); a neuroblastoma called
    // metastatic in a marrow sample is that secondary, not its adrenal primary (C74.9-).
    ['reads a metastatic neuroblastoma in a marrow sample as the marrow secondary', '- Bilateral BM aspirate/bx: metastatic neuroblastoma, ~60% cellularity replaced.',
      [['metastatic neuroblastoma', 'C7952', 'present']]],
    // The marrow's primary cell (C96.9) is lymphoid and haematopoietic tissue; a sarcoma there is the secondary C79.52.
    ['reads a sarcoma in a marrow sample as the marrow secondary', '- BM aspirate/bx 11/19: no residual Ewing sarcoma by morphology;',
      [['Ewing sarcoma', 'C7952', 'negated']]],
    // table: liver / Malignant Secondary C78.7: a renal cell carcinoma called metastatic in a liver biopsy spread to the liver; its
    // words name the kidney, so it is also the primary (ANNOTATION.md round 13/14, two entries; round 19), null with no side (C64.-).
    ['reads a metastatic tumour that implies its organ in another organ\'s biopsy as a secondary there', 'Liver, core biopsy: metastatic RCC',
      [['metastatic RCC', 'C787', 'present'], ['RCC', 'null', 'present']]],
  ]);
});

describe('narrative context round 4: the organs a metastatic cancer spread to, listed in parentheses', () => {
  checkReadings([
    // table: stomach / Malignant Primary C16.9; ovary / Malignant Secondary C79.6-, the plural both ovaries → C79.63 (FY2027 codes file);
    // peritoneum / Malignant Secondary C78.6.
    ['reads a parenthesised organ list after a metastatic cancer as its secondaries', '56F with metastatic signet ring gastric cancer (ovaries, peritoneum), now progressing:',
      [['gastric cancer', 'C169', 'present'], ['ovaries', 'C7963', 'present'], ['peritoneum', 'C786', 'present']]],
    // A parenthesis of the primary's own organ is its sub-site, not a spread: table: lung, upper lobe / C34.1-; RUL → C34.11.
    ['keeps a parenthesised sub-site of the primary\'s organ as the primary\'s', 'Metastatic lung cancer (RUL) on osimertinib.',
      [['lung cancer', 'C3411', 'present']]],
    // A parenthesis that is not a site list names no spread (table: breast / C50.9-, no side: null).
    ['reads no spread from a parenthesis of receptors', 'Metastatic breast cancer (ER+/PR+).', [['breast cancer', 'null', 'present']]],
  ]);
});

describe('narrative context round 4: the direction of spread', () => {
  checkReadings([
    // Sites closed by "origin" are where the tumour came from: table: stomach / Malignant Primary C16.9 (not Secondary C78.89);
    // the denied breast origin keeps the breast's primary cell, open by side (C50.9-): null, negated.
    ['reads the sites an origin word closes as the primary', 'IHC: CK7+/CK20+/CDX2+, GATA3 neg --\n    metastatic gastric, NOT breast, origin.',
      [['metastatic gastric', 'C169', 'present'], ['breast', 'null', 'negated']]],
    // Without an origin word, sites after "metastatic" stay where it spread: table: liver / Malignant Secondary C78.7.
    ['keeps the sites after "metastatic" as secondaries without an origin word', 'Metastatic to liver.', [['Metastatic to liver', 'C787', 'present']]],
  ]);
});

describe('narrative context round 4: words the table prints as rows that are no sites in a note', () => {
  checkReadings([
    // "scar" describes the lung nodule, not the skin (table row "scar NEC" → C79.2): table: lung, upper lobe / Malignant Secondary C78.0-; left → C78.02.
    ['does not read a scar as the skin', '  LUL nodule, stable -- favor scar, residual metastasis not excluded.',
      [['LUL nodule, stable -- favor scar, residual metastasis', 'C7802', 'uncertain']]],
    // "parenchyma" is the parotid's tissue, not the kidney's (table row "parenchyma, kidney" D30.0-): Index: Oncocytoma → Neoplasm, benign; parotid D11.0.
    ['does not read a parenchyma as the kidney', 'Also note: incidental 4 mm oncocytoma within the left parotid parenchyma, separate from the tumor.',
      [['oncocytoma within the left parotid', 'D110', 'present']]],
  ]);
});

describe('narrative context round 4: a site-coded morphology restated without its site', () => {
  checkReadings([
    // Index: Mesothelioma, malignant → C45.-, by site: pleura C45.0 (Tabular C45.0 Mesothelioma of pleura), not C45.9 unspecified;
    // the restatement in the path review is the same tumour.
    ['gives a restated mesothelioma the pleura it was named at', 'VATS R pleural bx 11/10: epithelioid malignant mesothelioma, BAP1 loss.\nPATH REVIEW: agree, epithelioid mesothelioma, no sarcomatoid component.',
      [['epithelioid malignant mesothelioma', 'C450', 'present'], ['epithelioid mesothelioma', 'C450', 'present']]],
  ]);
});

describe('narrative context round 4: a dermatology line\'s site after the lesion\'s grade', () => {
  checkReadings([
    // Index: Nevus, skin, trunk D22.5 (Tabular D22.5 Melanocytic nevi of trunk; the flank is of the trunk): the grade of atypia stands between.
    ['reads the site after a dysplastic nevus\'s grade of atypia', '2. Dysplastic nevus w/ moderate atypia R flank, margin involved -> re-excision',
      [['Dysplastic nevus w/ moderate atypia R flank', 'D225', 'present']]],
  ]);
});

describe('narrative context round 4: the node region of a colon primary', () => {
  checkReadings([
    // table: lymph, lymphatic channel NEC, gland (secondary), colic / Malignant Secondary C77.2 (pericolonic nodes are the colic nodes).
    ['reads pericolonic nodes as the colic nodes for the node metastasis of the clause', 'CT: 4.2 cm hepatic flexure wall thickening and 3\nenlarged pericolonic nodes (largest 1.4 cm), suspicious for nodal mets.',
      [['nodal mets', 'C772', 'uncertain']]],
  ]);
});

describe('narrative context round 4: the testis the note documents as descended, and an organ called normal', () => {
  checkReadings([
    // table: testis, testes, descended / Malignant Primary C62.1-; left → C62.12 Malignant neoplasm of descended left testis (not C62.92).
    ['reads a testis the examination calls descended as the descended testis', 'Both testes normally descended (no hx cryptorchidism).\nA/P: Nonseminomatous GCT of the L testis, stage IIIA.',
      [['GCT of the L testis', 'C6212', 'present']]],
    // table: testis, testes, undescended / Malignant Primary C62.0-; right → C62.01 Malignant neoplasm of undescended right testis.
    ['reads a history of cryptorchidism as the undescended testis', 'PMH: R cryptorchidism, orchiopexy age 2.\nDx: seminoma of the right testis.',
      [['seminoma of the right testis', 'C6201', 'present']]],
    // "R testis normal" gives no side: the mass is in the left testis (C62.12), the side written with the tumour's organ before it.
    ['takes no side from an organ the text calls normal', 'Scrotal US: L testis with 4.1 cm mass; R testis normal. Both testes descended.\nPath: seminoma 5%.',
      [['seminoma', 'C6212', 'present']]],
  ]);
});

describe('narrative context round 4: a part of the organ written after the histology or beside the side', () => {
  checkReadings([
    // table: penis, glans / Malignant Primary C60.1 (not penis C60.9): the part after "of the" narrows the organ written before.
    ['reads the part after "of the" as a part of the organ written before the histology', 'Penile squamous cell carcinoma of the glans, pT1b.',
      [['Penile squamous cell carcinoma', 'C601', 'present']]],
    // table: pancreas, tail / Malignant Primary C25.2.
    ['reads the pancreatic tail written after the histology', 'Dx: pancreatic adenocarcinoma of the tail.', [['pancreatic adenocarcinoma', 'C252', 'present']]],
    // table: nasopharynx, wall, lateral / Malignant Primary C11.2 (Tabular C11.2 Malignant neoplasm of lateral wall of nasopharynx).
    ['reads a side of a hollow organ as a part of its wall', 'Biopsy of the R lateral nasopharyngeal primary: undifferentiated carcinoma.',
      [['R lateral nasopharyngeal primary', 'C112', 'present']]],
  ]);
});

describe('narrative context round 4: the upper or lower part written with a sided site', () => {
  checkReadings([
    // table: skin NOS, eyelid / Malignant Primary C44.10-; basal cell carcinoma, right lower eyelid → C44.1122 (FY2027 codes file).
    ['reads "lower" with a sided eyelid as the lower eyelid', '3. R lower eyelid lesion - r/o BCC', [['BCC', 'C441122', 'uncertain']]],
    // Tabular C44.1191 Basal cell carcinoma of skin of left upper eyelid, including canthus.
    ['reads "upper" with a sided eyelid as the upper eyelid', 'BCC of the left upper eyelid', [['BCC of the left upper eyelid', 'C441191', 'present']]],
  ]);
});

describe('narrative context round 4: an upper-tract urothelial carcinoma is not of the bladder', () => {
  checkReadings([
    // table: pelvis, renal / Malignant Primary C65.-; right → C65.1 Malignant neoplasm of right renal pelvis (not bladder C67.9).
    ['places an upper-tract urothelial carcinoma in the renal pelvis of the finding it concludes', 'IMPRESSION:\n1. Enhancing right renal pelvis filling defect, highly suspicious for upper tract urothelial\n   carcinoma.',
      [['upper tract urothelial\n   carcinoma', 'C651', 'uncertain']]],
    // table: ureter, ureteral / Malignant Primary C66.-; left → C66.2 Malignant neoplasm of left ureter.
    ['places it in the ureter the report names', 'Left distal ureter: 8 mm enhancing mass. Concern for upper tract urothelial carcinoma.',
      [['upper tract urothelial carcinoma', 'C662', 'uncertain']]],
    // With no finding before it the upper tract stays open: table: pelvis, renal / C65.- and ureter / C66.-, on the right side the
    // findings name → null with candidates C65.1 and C66.1.
    ['leaves a ruled-out upper-tract carcinoma open between the renal pelvis and the ureter', 'Clinical history: gross hematuria. Rule out upper tract urothelial carcinoma.\nFINDINGS: Kidneys: 2.3 cm enhancing filling defect in the right renal pelvis.',
      [['upper tract urothelial carcinoma', 'null', 'uncertain']]],
  ]);
});

describe('narrative context round 4: metastases of an organ named on both sides', () => {
  checkReadings([
    // table: lung / Malignant Secondary C78.0-: nodules of the right and the left lung; C78.0- has no bilateral code (C78.01 right, C78.02 left),
    // so the metastases stay open between the two.
    ['reads metastases concluding nodules of both lungs as bilateral', '- CT chest 11/15: 3 R lung nodules (4-7 mm) and 1 L lower lobe 5 mm nodule, non-calcified --\n  concerning for pulmonary metastases.',
      [['pulmonary metastases', 'null', 'uncertain']]],
    // One side only: table: lung / C78.0-; right → C78.01.
    ['keeps the one side of a nodule of one lung', 'CT: RUL nodule, likely metastasis.', [['RUL nodule, likely metastasis', 'C7801', 'uncertain']]],
  ]);
});

describe('narrative context round 4: the node an item\'s label names', () => {
  checkReadings([
    // table: lymph gland, groin / Malignant Secondary C77.4 (nodes of inguinal region and lower limb), not C77.9: the item's label names the node.
    ['reads a node recurrence in a later clause of an item labelled by a node', '4. R groin node: US in 6 wk; FNA if enlarging to exclude contralateral nodal recurrence.',
      [['nodal recurrence', 'C774', 'hypothetical']]],
  ]);
});

describe('narrative context round 4: the lead line of a list calls its items metastatic', () => {
  checkReadings([
    // "involvement" is a metastasis only where the disease is called metastatic; here the lead line does: table: adrenal / Malignant
    // Secondary C79.7-, left → C79.72; pericardium / Malignant Secondary C79.89 (other specified sites); "suspected" is uncertain.
    ['reads involvement in a list item under a metastatic lead line as metastases', '56F with metastatic gastric cancer, now progressing:\n - probable leptomeningeal disease\n - L adrenal and pericardial involvement suspected',
      [['gastric cancer', 'C169', 'present'], ['leptomeningeal disease', 'C7932', 'uncertain'], ['L adrenal', 'C7972', 'uncertain'], ['pericardial involvement', 'C7989', 'uncertain']]],
    // Without a metastatic lead, "involvement" is no metastasis (a lymphoma's marrow involvement, a joint's).
    ['reads no metastasis in an item under a lead line that does not call the disease metastatic', 'Exam today:\n - R knee involvement by gout\n - L adrenal and pericardial involvement suspected', []],
  ]);
});

describe('narrative context round 4: the skin of a body site written before "skin"', () => {
  checkReadings([
    // table: skin NOS / Malignant Secondary C79.2: one mention, not the umbilicus and the skin twice.
    ['reads "umbilical skin met" as one skin secondary', ' - umbilical skin met (clinically), bx if it changes mgmt', [['umbilical skin met', 'C792', 'present']]],
    // table: skin NOS, forearm / Malignant Primary C44.60-; squamous cell carcinoma, left → C44.629 (skin of left upper limb, including shoulder).
    ['reads "L forearm skin SCC" as the skin of the left forearm', 'L forearm skin SCC', [['L forearm skin SCC', 'C44629', 'present']]],
  ]);
});

describe('narrative context round 4: a secondary at an unusual site named after its eponym', () => {
  checkReadings([
    // A Sister Mary Joseph nodule is an umbilical metastasis: table: skin NOS, umbilicus / Malignant Secondary C79.2.
    ['reads a Sister Mary Joseph nodule as a skin secondary', 'EXAM: Umbilicus: 1.5 cm firm violaceous nodule (Sister Mary Joseph). Abd distended.',
      [['Sister Mary Joseph', 'C792', 'present']]],
  ]);
});

describe('narrative context round 4: a bone or soft-tissue tumour restated without its site', () => {
  checkReadings([
    // Index: Sarcoma, Ewing's — see Neoplasm, bone, malignant; table: bone, ilium / Malignant Primary C41.4; the problem-list restatement is the same tumour.
    ['gives a restated Ewing sarcoma the bone it was named at', '17F with Ewing sarcoma of the R iliac wing.\nA/P:\n#1 Ewing sarcoma - proceed C7 VDC today',
      [['Ewing sarcoma of the R iliac wing', 'C414', 'present'], ['Ewing sarcoma', 'C414', 'present']]],
    // With no earlier site there is nothing to restate: round 13 codes a site-less bone sarcoma by the row the Index sends it to
    // (Index: Sarcoma, Ewing's — see Neoplasm, bone, malignant; table: bone / Malignant Primary C41.9).
    ['reads the bone\'s own row from a sarcoma never named with a site', 'A/P:\n1. Ewing sarcoma - proceed C7 VDC today', [['Ewing sarcoma', 'C419', 'present']]],
  ]);
});

describe('narrative context round 4: a bone written as a noun is a bone row', () => {
  checkReadings([
    // table: bone, femur / Malignant Primary C40.2-; left → C40.22 Malignant neoplasm of long bones of left lower limb (the bone of the biopsied lesion).
    ['gives a bone tumour the femur of the lesion biopsied', 'MRI L femur 11/09: 9.5 cm intramedullary lesion. Core needle bx 11/14: osteoblastic osteosarcoma.',
      [['osteosarcoma', 'C4022', 'present']]],
  ]);
});

describe('narrative context round 4: two readings of one finding joined by "or"', () => {
  checkReadings([
    // Index: Thymoma, malignant C37 (an invasive thymoma) and Carcinoma, thymic C37: two readings, each a mention, both hedged.
    ['keeps both histologies of a site joined by "or"', 'Loss of the fat plane raises concern for an invasive thymoma or thymic\n   carcinoma.',
      [['invasive thymoma', 'C37', 'uncertain'], ['thymic\n   carcinoma', 'C37', 'uncertain']]],
  ]);
});

describe('narrative context round 4: a glioma\'s lobe set off after it', () => {
  checkReadings([
    // Index: Glioblastoma — see Neoplasm, brain, malignant; frontal and parietal lobes: table: brain, overlapping lesion / Malignant Primary C71.8.
    ['reads the lobe set off after a glioblastoma and its markers', '61 y/o male w/ GBM (IDH-wildtype, MGMT unmethylated), R\nfrontoparietal, s/p subtotal resection 9/2026, on temozolomide.',
      [['GBM', 'C718', 'present']]],
    // table: brain, temporal lobe / Malignant Primary C71.2.
    ['reads the lobe set off after a glioblastoma', 'GBM, left temporal, s/p resection', [['GBM, left temporal', 'C712', 'present']]],
  ]);
});

describe('narrative context round 4: a metaplasia named after a tissue is no site', () => {
  checkReadings([
    // The label's organ places the denied malignancy: table: stomach, antrum / Malignant Primary C16.3 ("intestinal" metaplasia is no intestine).
    ['keeps the label\'s organ for a denial listed after an intestinal metaplasia', 'A. Gastric antrum bx: chronic inactive gastritis; no H. pylori on IHC; negative for intestinal metaplasia,\ndysplasia and malignancy.',
      [['malignancy', 'C163', 'negated']]],
  ]);
});

describe('narrative context round 4: a salivary tumour of the gland a label names', () => {
  checkReadings([
    // Index: Warthin's tumor — see Neoplasm, salivary gland, benign; the label names the parotid: table: parotid / Benign D11.0 (not salivary NOS D11.9).
    ['gives a Warthin tumour the parotid its line is about', 'R parotid: 1.2 cm lesion on MRI, favored Warthin tumor, not sampled.',
      [['Warthin tumor', 'D110', 'uncertain']]],
  ]);
});

describe('narrative context round 4: the lesion biopsied, named twice before its site', () => {
  checkReadings([
    // table: nasopharynx, wall, lateral / Malignant Primary C11.2: the mass of the lateral nasopharyngeal wall is what the biopsy sampled.
    ['reads the organ of a mass whose place is written twice', 'Nasopharyngoscopy: friable exophytic mass\nof the R fossa of Rosenmuller / lateral nasopharyngeal wall. Bx 11/04: undifferentiated\nnonkeratinizing carcinoma (WHO type III), EBER-ISH positive.',
      [['carcinoma', 'C112', 'present']]],
  ]);
});

describe('narrative context round 4: a tissue cue with histologic modifiers before the finding', () => {
  checkReadings([
    // "bx" reports the antral tumour's tissue: table: stomach, antrum / Malignant Primary C16.3 ("signet ring" changes no code).
    ['reads a biopsy result written with modifiers after "bx"', 'EGD: antral tumor, bx signet ring adenocarcinoma.',
      [['antral tumor', 'C163', 'present'], ['adenocarcinoma', 'C163', 'present']]],
  ]);
});

describe('narrative context round 4: leptomeningeal disease over the brain, the spine or both', () => {
  checkReadings([
    // Brain and cauda equina: table: meninges, cerebral / Malignant Secondary C79.32 and meninges, spinal / C79.49 — one phrase for several
    // sites, null; the assessment restating the MRI finding keeps its extent.
    ['reads leptomeningeal disease along the brainstem and the cauda equina as both meninges', 'MRI brain/spine 11/24: diffuse leptomeningeal enhancement along the brainstem, cranial nerves\nand cauda equina, c/w leptomeningeal carcinomatosis.\nA/P:\n - probable leptomeningeal disease (MRI), CSF cytology pending',
      [['leptomeningeal carcinomatosis', 'null', 'uncertain'], ['leptomeningeal disease', 'null', 'uncertain']]],
    // A spine report's intradural denial: table: meninges, spinal / Malignant Secondary C79.49.
    ['reads an intradural or leptomeningeal metastasis as the spinal meninges', '3. No intradural or leptomeningeal metastasis.',
      [['leptomeningeal metastasis', 'C7949', 'negated']]],
    // No spine word: the lexicon's cerebral meninges (C79.32).
    ['keeps leptomeningeal disease with no spine word over the brain', 'No leptomeningeal disease.', [['leptomeningeal disease', 'C7932', 'negated']]],
  ]);
});

describe('narrative context round 4: a denial in a list of denials', () => {
  checkReadings([
    // "no metastatic foci" after "no extra-adrenal paragangliomas" denies spread anywhere, not a metastasis of the adrenal lesion (no C79.71).
    // (The paragangliomas denied are their own mention: Index: Paraganglioma, extra-adrenal — uncertain behaviour D44.7, negated.)
    ['takes no finding for a metastasis denied in a list of denials', 'PET: avid R adrenal lesion, no\nextra-adrenal paragangliomas, no metastatic foci.',
      [['extra-adrenal paragangliomas', 'D447', 'negated']]],
    // One denial right after the finding is about it: table: adrenal / Malignant Secondary C79.7-, left → C79.72, negated.
    ['keeps the finding of a single denial after it', '1.2 cm L adrenal nodule, no metastasis.', [['L adrenal nodule, no metastasis', 'C7972', 'negated']]],
  ]);
});
