import { checkReadings } from './readingCases';

/**
 * Vocabulary round 4 (issue 12): haematologic, dermatologic, ophthalmic, germ-cell, gynaecologic, neuro-oncologic
 * and neuroendocrine words the reader did not read or misread, written as families of phrasing (abbreviations and
 * common spellings) rather than copied from one note. Each expected code cites its Table of Neoplasms row, Index
 * entry or Tabular code (FY2027 code file titles quoted); each case read differently before this round unless its
 * title opens with "guard", which pins what the new words must not change.
 */

describe('narrative vocabulary round 4: leukaemia words', () => {
  checkReadings([
    // Tabular C92.3 Myeloid sarcoma (inclusions: chloroma, granulocytic sarcoma): C92.30 "Myeloid sarcoma, not having achieved remission".
    ['myeloid sarcoma and its synonyms are C92.3-', 'Biopsy: granulocytic sarcoma. Ddx chloroma.', [['granulocytic sarcoma', 'C9230', 'present'], ['chloroma', 'C9230', 'uncertain']]],
    // A leukaemia in the skin or a lung infiltrate is the patient's leukaemia: Index: Leukemia, myeloid, acute C92.0- (C92.00).
    ['leukemia cutis and leukemic infiltrate restate the note\'s AML', 'AML in aplasia after induction. L shin nodule: leukemia cutis. CT: leukemic infiltrate.', [
      ['AML', 'C9200', 'present'], ['leukemia cutis', 'C9200', 'present'], ['leukemic infiltrate', 'C9200', 'present'],
    ]],
    // The untyped word takes the note's type and its remission: Tabular C91.01 "Acute lymphoblastic leukemia, in remission".
    ['"no CNS leukemia" in a B-ALL note in CR2 is C91.01, "B-ALL, CR2" is in remission', 'Ph-like B-ALL in CR2, day +21 after BMT. 1. B-ALL, CR2. CNS: no CNS leukemia.', [
      ['B-ALL', 'C9101', 'present'], ['B-ALL', 'C9101', 'present'], ['CNS leukemia', 'C9101', 'negated'],
    ]],
    // The type most written is the patient's; a relative's once-named leukaemia does not type the word. Tabular C92.10 CML, BCR/ABL-positive.
    ['the leukaemia of the note, not of a relative', 'He has CML on imatinib. Father: AML. CML in MMR. He is worried the leukemia is back.', [
      // "worried … is back" weighs a relapse: uncertain (assertion round 4), coded as the note's CML in relapse, C92.12 (ANNOTATION.md,
      // consistency pass round 16: a mention whose own words state a relapse takes the relapse code; d218).
      ['CML', 'C9210', 'present'], ['AML', 'Z806', 'family'], ['CML', 'C9210', 'present'], ['leukemia', 'C9212', 'uncertain'],
    ]],
    ['guard: two types written alike leave the word untyped (Index: Leukemia C95.9-)', 'CML vs CMML. Leukemia not excluded.', [
      ['CML', 'C9210', 'uncertain'], ['CMML', 'C9310', 'uncertain'], ['Leukemia', 'C9590', 'uncertain'],
    ]],
    // ANNOTATION: names of services are no mentions; Tabular C92.1- (CML in chronic phase is not coded by phase); Index: Leukemia, hairy cell C91.4-.
    ['a leukaemia service is no diagnosis; CML-CP and HCL are their leukaemias', 'Seen by the Leukemia team. 68M with CML-CP on dasatinib. HCL remains in remission.', [
      ['CML-CP', 'C9210', 'present'], ['HCL', 'C9141', 'present'],
    ]],
    ['guard: "HCL" before a dose is a drug salt', 'Sertraline HCL 50 mg daily.', []],
  ]);
});

describe('narrative vocabulary round 4: lymphoma words', () => {
  checkReadings([
    // Tabular C83.0 inclusion: splenic marginal zone lymphoma; C83.07 "Small cell B-cell lymphoma, spleen".
    ['splenic marginal zone lymphoma is C83.07', 'Splenic marginal zone lymphoma considered. SMZL less likely.', [
      ['Splenic marginal zone lymphoma', 'C8307', 'uncertain'], ['SMZL', 'C8307', 'uncertain'],
    ]],
    // Tabular C88.0 inclusion: lymphoplasmacytic lymphoma with IgM-production (C88.00 Waldenstrom macroglobulinemia not having achieved remission).
    ['lymphoplasmacytic lymphoma making IgM is C88.0; "WM" in capitals', 'IgM-kappa paraprotein 2.9 g/dL. BM bx: lymphoplasmacytic lymphoma. Marrow pattern favors WM.', [
      ['lymphoplasmacytic lymphoma', 'C8800', 'present'], ['WM', 'C8800', 'present'],
    ]],
    ['guard: without IgM it is the C83.0 inclusion (C83.00 Small cell B-cell lymphoma, unspecified site)', 'Lymph node bx: lymphoplasmacytic lymphoma.', [['lymphoplasmacytic lymphoma', 'C8300', 'present']]],
    ['guard: "WM" of a brain MRI is white matter', 'MRI: periventricular WM hyperintensities. WM changes c/w small vessel disease.', []],
    // Index: Lymphoma, large cell, diffuse C83.3- (hyphenated spelling); Tabular C88.0 (plain "Waldenstrom").
    ['large-cell transformation and bare Waldenstrom', 'Bx: CLL, no large-cell transformation. No family history of Waldenstrom.', [
      ['CLL', 'C9110', 'present'], ['large-cell transformation', 'C8330', 'negated'], ['Waldenstrom', 'Z807', 'negated'],
    ]],
  ]);
});

describe('narrative vocabulary round 4: skin and eye', () => {
  checkReadings([
    // Index: Dermatofibroma — see Neoplasm, skin, benign; table: skin, leg → D23.7-; D23.71 "… skin of right lower limb, including hip".
    ['"DF" and dermatofibroma are benign skin neoplasms', 'DF R shin, stable. Dermatofibroma of the left thigh.', [['DF R shin', 'D2371', 'present'], ['Dermatofibroma of the left thigh', 'D2372', 'present']]],
    // A keratoacanthoma-type SCC is of the skin: table skin, hand → C44.6-, squamous: C44.622 "Squamous cell carcinoma of skin of right upper limb, including shoulder".
    ['an SCC of keratoacanthoma type is cutaneous, its surface set off after the type', '3. SCC, KA type, R dorsal hand -> Mohs referral. KA-type SCC of the L forearm.', [
      ['SCC, KA type, R dorsal hand', 'C44622', 'present'], ['KA-type SCC of the L forearm', 'C44629', 'present'],
    ]],
    ['guard: ankle "DF" with a strength grade is dorsiflexion', 'Knee ext 4-/5, DF 2/5, PF 4+/5.', []],
    // Tabular D22 inclusion: nevus NOS; Index: Mole (pigmented) — see Nevus; D22.62 "Melanocytic nevi of left upper limb, including shoulder".
    ['mole, BANs and a bare nevus are melanocytic nevi', 'Changing mole L forearm. Multiple BANs. Nevus of the R upper arm.', [
      ['mole L forearm', 'D2262', 'present'], ['BANs', 'D229', 'present'], ['Nevus of the R upper arm', 'D2261', 'present'],
    ]],
    ['guard: a screening question about moles and non-melanocytic nevi are no nevi', 'Denies new or changing moles. Nevus sebaceous of the scalp. Spider nevus. Complete hydatidiform mole.', []],
    // Index: Melanoma (malignant), by site; superficial spreading is a kind of invasive melanoma. Z85.820 personal history of malignant melanoma of skin.
    ['"SSM" and named growth patterns are melanoma', 'Hx SSM L upper back 2023. Nodular melanoma R calf.', [['SSM L upper back', 'Z85820', 'history'], ['Nodular melanoma R calf', 'C4371', 'present']]],
    // Index: Carcinoma, sebaceous — see Neoplasm, skin, malignant; Tabular C44.1392 "Sebaceous cell carcinoma of skin of left lower eyelid, including
    // canthus"; elsewhere the other specified type: C44.399 "Other specified malignant neoplasm of skin of other parts of face".
    ['sebaceous carcinoma is the eyelid\'s sebaceous type, by upper or lower lid, and other specified elsewhere', 'Sebaceous carcinoma of the left lower eyelid. Sebaceous carcinoma of the R cheek.', [
      ['Sebaceous carcinoma of the left lower eyelid', 'C441392', 'present'], ['Sebaceous carcinoma of the R cheek', 'C44399', 'present'],
    ]],
    // Index: Hidrocystoma — see Neoplasm, skin, benign; D23.111 "Other benign neoplasm of skin of right upper eyelid, including canthus".
    ['a hidrocystoma is a benign skin neoplasm of the eyelid written', '2. Apocrine hidrocystoma R upper lid', [['Apocrine hidrocystoma R upper lid', 'D23111', 'present']]],
    // Table: choroid / Benign D31.3- (D31.32 "Benign neoplasm of left choroid"); conjunctiva D31.0-.
    ['a nevus of the eye is a benign neoplasm of the eye by site; a bare nevus restates it', 'Flat choroidal nevus of the left eye. Plan: nevus photos yearly.', [
      ['choroidal nevus', 'D3132', 'present'], ['nevus', 'D3132', 'present'],
    ]],
  ]);
});

describe('narrative vocabulary round 4: germ cell, trophoblastic and intraepithelial', () => {
  checkReadings([
    // Index: Tumor, germ cell, mixed — see Neoplasm, malignant; table: testis C62.9-; germ cell neoplasia in situ: table testis / Ca in situ D07.6- (D07.69).
    ['mixed germ cell tumour and GCNIS of the testis', 'Mixed germ cell tumor of the left testis. Germ cell neoplasia in situ of the testis.', [
      ['Mixed germ cell tumor of the left testis', 'C6292', 'present'], ['Germ cell neoplasia in situ of the testis', 'D0769', 'present'],
    ]],
    // Tabular C58 inclusion: choriocarcinoma NOS; Index: Tumor, trophoblastic, placental site D39.2 ("Neoplasm of uncertain behavior of placenta").
    ['choriocarcinoma and PSTT are of the placenta', 'Gestational choriocarcinoma. PSTT not excluded.', [['Gestational choriocarcinoma', 'C58', 'present'], ['PSTT', 'D392', 'uncertain']]],
    // Tabular D07.1 Carcinoma in situ of vulva (VIN III); D07.4 Carcinoma in situ of penis.
    ['dVIN and PeIN are carcinoma in situ of their organ', 'Adjacent dVIN at margin. Penile intraepithelial neoplasia (PeIN) of the prepuce.', [
      ['dVIN', 'D071', 'present'], ['Penile intraepithelial neoplasia (PeIN) of the prepuce', 'D074', 'present'],
    ]],
  ]);
});

describe('narrative vocabulary round 4: head, neck, nerve and heart', () => {
  checkReadings([
    // Table: nasopharynx / Malignant Primary C11.9; a salivary duct carcinoma of the parotid: table parotid C07.
    ['NPC and salivary duct carcinoma', 'NPC, stage III. Salivary duct carcinoma of the left parotid.', [['NPC', 'C119', 'present'], ['Salivary duct carcinoma of the left parotid', 'C07', 'present']]],
    // Table: meninges / Benign D32.9, Uncertain D42.9 (atypical, WHO grade 2).
    ['meningiomas in the plural and an atypical meningioma', 'Multiple meningiomas. Atypical (grade 2) meningioma resected.', [
      ['meningiomas', 'D329', 'present'], ['Atypical (grade 2) meningioma', 'D429', 'present'],
    ]],
    // Table: acoustic nerve / Benign D33.3 ("Benign neoplasm of cranial nerves").
    ['vestibular schwannoma and "VS" after a side', 'Bilateral vestibular schwannomas. R VS 1.2 cm.', [['vestibular schwannomas', 'D333', 'present'], ['VS', 'D333', 'present']]],
    ['guard: "VS" alone is vital signs or versus', 'VS: stable overnight.', []],
    // Table: paraganglion NEC / Uncertain D44.7 ("… aortic body and other paraganglia").
    ['paraganglioma outside the adrenal', 'No extra-adrenal paragangliomas.', [['extra-adrenal paragangliomas', 'D447', 'negated']]],
    // Index: Myxoma — see Neoplasm, connective tissue, benign; the heart's: table heart / Benign D15.1; thigh: connective tissue D21.2- (D21.22 left).
    ['a myxoma with no site is the heart\'s; with one, connective tissue there', 'LA echodensity - myxoma vs thrombus. Intramuscular myxoma of the left thigh.', [
      ['myxoma', 'D151', 'uncertain'], ['myxoma of the left thigh', 'D2122', 'present'],
    ]],
    // Table: unknown site or unspecified / Malignant Primary C80.1.
    // "Second malignancy risk:" over the cancers it names is an entry of its own too (ANNOTATION.md, "A generic second cancer(s)"; d114 mended).
    ['a risk of second malignancy; "Second malignancy risk:" heading the cancers it names', 'Late effects: risk of second malignancy. Second malignancy risk: thyroid.', [['second malignancy', 'C801', 'hypothetical'], ['Second malignancy', 'C801', 'hypothetical']]],
  ]);
});

describe('narrative vocabulary round 4: neuroendocrine', () => {
  checkReadings([
    // Carcinoid syndrome E34.00, carcinoid heart syndrome E34.01: no neoplasm; a clinic's name is no mention (ANNOTATION).
    ['carcinoid syndrome, heart disease, crisis and a NET clinic are no tumours', 'NEUROENDOCRINE TUMOR CLINIC. TTE: suggestive of carcinoid heart disease. Avoid carcinoid crisis.', []],
    // Tabular C7B.02 Secondary carcinoid tumors of liver, C7B.03 of bone; C7A.012 Malignant carcinoid tumor of the ileum.
    ['a NET note\'s primary and metastases written apart are the carcinoid\'s', 'PET: uptake in the ileal primary, ~15 liver mets and osseous mets. Liver bx: well-differentiated neuroendocrine tumor, grade 2.', [
      ['ileal primary', 'C7A012', 'present'], ['liver mets', 'C7B02', 'present'], ['osseous mets', 'C7B03', 'present'], ['well-differentiated neuroendocrine tumor', 'C7B02', 'present'],
    ]],
    // Plural NETs: Tabular C7A.019 Malignant carcinoid tumor of the small intestine, unspecified portion; a denied family history Z80.9 (carcinoid).
    ['neuroendocrine tumours in the plural', 'Multiple small-bowel NETs. No family hx of MEN1 or neuroendocrine tumors.', [
      ['small-bowel NETs', 'C7A019', 'present'], ['neuroendocrine tumors', 'Z809', 'negated'],
    ]],
    ['a NET followed by its bracketed primary takes that organ (C7A.012)', 'Metastatic small-bowel NET (ileal primary).', [['small-bowel NET', 'C7A012', 'present'], ['ileal primary', 'C7A012', 'present']]],
    ['guard: metastases nearest another cancer stay that cancer\'s (C78.7)', 'Hx appendiceal carcinoid 2010. Now colon adenocarcinoma with liver mets.', [
      ['appendiceal carcinoid', 'Z85030', 'history'], ['colon adenocarcinoma', 'C189', 'present'], ['liver mets', 'C787', 'present'],
    ]],
  ]);
});

describe('narrative vocabulary round 4: a tumour restated without its site, and malignant forms of benign names', () => {
  checkReadings([
    // Index: Mesothelioma (malignant), by site: pleura → Tabular C45.0 "Mesothelioma of pleura"; the restatement takes the one site written.
    ['a mesothelioma subtype restated without its site is the pleural one', 'R pleural bx: epithelioid malignant mesothelioma. Path review: epithelioid mesothelioma.', [
      ['epithelioid malignant mesothelioma', 'C450', 'present'], ['epithelioid mesothelioma', 'C450', 'present'],
    ]],
    // Tabular C49.A2 Gastrointestinal stromal tumor of stomach.
    ['a GIST restated without its organ is the gastric one', 'Gastric GIST, 6 cm. Plan: GIST on imatinib.', [['Gastric GIST', 'C49A2', 'present'], ['GIST', 'C49A2', 'present']]],
    ['guard: two sites leave the restatement at Index: Mesothelioma C45.9', 'Mesothelioma of the peritoneum; pleural mesothelioma also. Epithelioid mesothelioma on review.', [
      ['Mesothelioma of the peritoneum', 'C451', 'present'], ['pleural mesothelioma', 'C450', 'present'], ['Epithelioid mesothelioma', 'C459', 'present'],
    ]],
    // Table: adrenal, medulla / Malignant Primary C74.1-; a relative's: Z80.8 (family history of malignant neoplasm of other organs or systems).
    ['a metastatic pheochromocytoma is malignant', 'Paternal aunt: died of metastatic pheochromocytoma at 55.', [['metastatic pheochromocytoma', 'Z808', 'family']]],
    // Index: Schwannoma — see Neoplasm, nerve, benign; removed: Z86.018 personal history of other benign neoplasm.
    ['schwannomas in the plural', 'Hx cutaneous schwannomas excised.', [['cutaneous schwannomas', 'Z86018', 'history']]],
  ]);
});

describe('narrative vocabulary round 4: more abbreviations and names of the same diseases', () => {
  checkReadings([
    // Tabular C90.0 inclusion: plasma cell myeloma; C91.5- adult T-cell lymphoma/leukemia; C91.6- T-cell prolymphocytic; C93.3- juvenile myelomonocytic.
    ['myeloma and T-cell and juvenile leukaemias by their names and abbreviations', 'Plasma cell myeloma, IgG kappa. PCM in VGPR. ATLL, acute variant. T-PLL. JMML in a 2 yo.', [
      ['Plasma cell myeloma', 'C9000', 'present'], ['PCM', 'C9000', 'present'], ['ATLL', 'C9150', 'present'], ['T-PLL', 'C9160', 'present'], ['JMML', 'C9330', 'present'],
    ]],
    // Tabular D47.Z1 Post-transplant lymphoproliferative disorder (PTLD); C7A Excludes2 → C25.4 Malignant neoplasm of endocrine pancreas.
    ['PTLD and a pancreatic NET by its abbreviation', 'PTLD after renal transplant. pNET of the pancreatic tail.', [['PTLD', 'D47Z1', 'present'], ['pNET', 'C254', 'present']]],
    ['guard: "PNET" in capitals is no pancreatic tumour', 'Hx PNET of the chest wall in childhood.', []],
    // Table: pelvis, renal C65.- (C65.1 right, C65.2 left); ureter C66.- when written (C66.2 "Malignant neoplasm of left ureter").
    ['upper tract urothelial carcinoma is of the renal pelvis unless the ureter is written', 'Right renal pelvis mass: upper tract urothelial carcinoma. UTUC of the left ureter.', [
      ['upper tract urothelial carcinoma', 'C651', 'present'], ['UTUC of the left ureter', 'C662', 'present'],
    ]],
    // Table: pituitary / Benign D35.2 (not the C7A carcinoid of "neuroendocrine tumor"); prostate C61.
    ['a pituitary neuroendocrine tumour is a pituitary adenoma; csPCa is prostate cancer', 'Pituitary neuroendocrine tumor, 1.8 cm. NFPA. csPCa on MRI-targeted bx.', [
      ['Pituitary neuroendocrine tumor', 'D352', 'present'], ['NFPA', 'D352', 'present'], ['csPCa', 'C61', 'present'],
    ]],
    // Table: brain C71.9; tongue C02.9 (the written site of an oral SCC); thyroid C73.
    ['glioma grades, oral SCC and follicular thyroid carcinoma by their abbreviations', 'LGG, s/p resection. OSCC of the tongue. FTC s/p thyroidectomy.', [
      ['LGG', 'C719', 'present'], ['OSCC of the tongue', 'C029', 'present'], ['FTC', 'C73', 'present'],
    ]],
  ]);
});

describe('narrative vocabulary round 4: tubal and lung classification words', () => {
  checkReadings([
    // Table: fallopian tube / Ca in situ D07.39 ("Carcinoma in situ of other female genital organs").
    ['"STIC" is carcinoma in situ of the fallopian tube', 'Fallopian tubes: no occult carcinoma, no STIC.', [['STIC', 'D0739', 'negated']]],
    // Table: lung, upper lobe C34.1- (right: C34.11), lower lobe C34.3- (left: C34.32).
    ['non-small cell carcinoma is the lung\'s; "SqCC" a squamous cell carcinoma at its site', 'RUL wedge: non-small cell carcinoma, favor adenocarcinoma. LLL SqCC, stage IIB.', [
      ['non-small cell carcinoma', 'C3411', 'present'], ['LLL SqCC', 'C3432', 'present'],
    ]],
  ]);
});

describe('narrative vocabulary round 4: ambiguous abbreviations typed by the encounter', () => {
  checkReadings([
    // Index: Melanoma C43.-; a relative's: Z80.8 (family history of malignant neoplasm of other organs or systems).
    ['"MM" in a skin note is melanoma', 'FHx: MM (mother, dx 50s).\n\nExam: BCC L nasal ala.', [['MM', 'Z808', 'family'], ['BCC L nasal ala', 'C44311', 'present']]],
    // Index: Myeloma, multiple C90.0- (C90.00 "Multiple myeloma not having achieved remission").
    ['"MM" in a myeloma note is multiple myeloma', 'Multiple myeloma, IgG kappa. MM on lenalidomide maintenance.', [['Multiple myeloma', 'C9000', 'present'], ['MM', 'C9000', 'present']]],
    ['guard: "MM" as millimetres, mucous membranes, or with no disease written is no mention', 'HEENT: MM moist. Breslow 2.4 MM. MM.', []],
    // Index: Lymphoma, Hodgkin C81.9- (history Z85.71); Lymphoma, mantle cell C83.1- (C83.10); Polycythemia vera D45.
    ['"HL" beside a Hodgkin regimen, "MCL" in a lymphoma note, "PV" in a note about a myeloproliferative neoplasm', 'Prior anthracycline (ABVD for HL). MCL, blastoid variant. Hx follicular lymphoma. JAK2+ PV dx 2015; post-PV myelofibrosis.', [
      ['HL', 'Z8571', 'history'], ['MCL', 'C8310', 'present'], ['follicular lymphoma', 'Z8572', 'history'], ['PV', 'D45', 'present'], ['post-PV myelofibrosis', 'D474', 'present'],
    ]],
    ['guard: hearing loss, a knee ligament and the portal vein are no neoplasms', 'Bilateral HL, hearing aids. MCL tear, R knee. L PV invasion by HCC.', [['HCC', 'C220', 'present']]],
  ]);
});

describe('narrative vocabulary round 4: British spellings', () => {
  checkReadings([
    // Table: esophagus C15.9; gastroesophageal junction → cardia C16.0; Index: Hemangioma D18.0- (intra-abdominal D18.03); Tabular C7A.020 appendix.
    ['oesophagus, gastro-oesophageal junction, haemangioma and tumour as written in British notes',
      'Carcinoma of the oesophagus. OGJ adenocarcinoma. Hepatic haemangioma 2 cm. Carcinoid tumour of the appendix.', [
        ['Carcinoma of the oesophagus', 'C159', 'present'], ['OGJ adenocarcinoma', 'C160', 'present'], ['Hepatic haemangioma', 'D1803', 'present'],
        ['Carcinoid tumour of the appendix', 'C7A020', 'present'],
      ]],
    // The copy keeps the term's codes: Index: Leukemia, myeloid, acute C92.0-, in remission C92.01; Tabular C96.9.
    ['leukaemia and haematological in the British spelling', 'Acute myeloid leukaemia in CR1. Haematological malignancy in her father.', [
      ['Acute myeloid leukaemia', 'C9201', 'present'], ['Haematological malignancy', 'Z807', 'family'],
    ]],
  ]);
});
