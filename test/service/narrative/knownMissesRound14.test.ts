import { checkReadings } from './readingCases';

/**
 * The reader's known misses, round 14 (issue 12): words of real notes the reader did not read. Each expected code cites its
 * Table of Neoplasms row (FY2025 table), Index entry or Tabular code (FY2027 code file titles); each case read differently
 * before this round unless its title opens with "guard", which pins what the new reading must not change.
 */

describe('narrative round 14: spread written as "disease" (ANNOTATION.md, "Spread written as disease")', () => {
  checkReadings([
    // "no distant disease" is "no distant metastatic disease" with the adjective elided: Tabular C79.9 Secondary malignant
    // neoplasm of unspecified site.
    ['"no distant disease"', 'Oropharyngeal SCC, p16+. PET: no distant disease.', [['Oropharyngeal SCC', 'C109', 'present'], ['distant disease', 'C799', 'negated']]],
    // Table: lymph gland, intrapelvic / Malignant Secondary C77.5, beside the distant spread's C79.9.
    ['"no pelvic nodal or distant disease"', 'Prostate cancer. Staging: no pelvic nodal or distant disease.', [
      ['Prostate cancer', 'C61', 'present'], ['pelvic nodal or distant disease', 'C775', 'negated'], ['distant disease', 'C799', 'negated'],
    ]],
    // A liver cancer's spread outside the liver is distant spread of no site named: C79.9.
    ['"no extrahepatic disease" of an HCC', 'HCC. No extrahepatic disease.', [['HCC', 'C220', 'present'], ['extrahepatic disease', 'C799', 'negated']]],
    // Tabular C7B.02 Secondary carcinoid tumors of liver (the carcinoid's spread).
    ['"stable hepatic disease" of a NET', 'Metastatic NET with stable hepatic disease.', [['Metastatic NET', 'C7B00', 'present'], ['hepatic disease', 'C7B02', 'present']]],
    // Table: peritoneum / Malignant Secondary C78.6.
    ['"no peritoneal disease"', 'Gastric adenocarcinoma. CT: no peritoneal disease.', [['Gastric adenocarcinoma', 'C169', 'present'], ['peritoneal disease', 'C786', 'negated']]],
    // Table: lymph gland, neck / Malignant Secondary C77.0.
    ['"L neck nodal disease"', 'Tongue SCC with L neck nodal disease.', [['Tongue SCC', 'C029', 'present'], ['L neck nodal disease', 'C770', 'present']]],
    // Table: lymph gland (NOS) C77.9 and viscera NEC / Malignant Secondary C79.89.
    ['"no nodal or visceral disease"', 'Prostate cancer BCR. PSMA PET: no nodal or visceral disease.', [
      ['Prostate cancer', 'C61', 'present'], ['nodal', 'C779', 'negated'], ['visceral disease', 'C7989', 'negated'],
    ]],
    ['guard: an organ\'s own diseases are no spread', 'Patient with chronic liver disease and COPD (chronic obstructive pulmonary disease), interstitial lung disease.', []],
    ['guard: a note naming no neoplasm means the organ\'s disease', 'Denies hepatic disease. Hypertension.', []],
    // A lymphoma's nodal disease is the lymphoma itself (its extent is the fifth character, C83.38), no secondary.
    ['guard: a lymphoma\'s nodal disease', 'DLBCL stage III with bulky mediastinal nodal disease and no extranodal disease.', [['DLBCL', 'C8338', 'present']]],
    // Myeloma "bone disease" is the myeloma itself (ANNOTATION.md).
    ['guard: a myeloma\'s bone disease', 'Myeloma with lytic bone disease and hepatic disease.', [['Myeloma', 'C9000', 'present']]],
  ]);
});

describe('narrative round 14: Kaposi sarcoma by site (Tabular C46.-)', () => {
  checkReadings([
    // "KS" in a note about HIV or a Kaposi sarcoma is the sarcoma; a report label's body surface is its skin: C46.0 Kaposi's sarcoma of skin.
    ['a label\'s body surface is the skin', 'Punch bx L shin 10/2026: KAPOSI SARCOMA, nodular stage, HHV-8 LANA+.', [['KAPOSI SARCOMA', 'C460', 'present']]],
    // C46.0 (skin, the first site of the set-off list), C46.4 Kaposi's sarcoma of gastrointestinal sites ("GI": Table intestinal
    // tract C26.-), and C46.5- of lung with no side written: candidates C46.50, C46.51, C46.52 (I.B.13).
    ['"AIDS-associated KS, skin of both legs", "GI KS", "pulmonary KS"', '1. AIDS-associated KS, skin of both legs + hard palate: refer to onc. EGD if GI sx to r/o GI KS. CXR nl - no pulmonary KS.', [
      ['KS, skin of both legs', 'C460', 'present'], ['GI KS', 'C464', 'hypothetical'], ['pulmonary KS', 'null', 'negated'],
    ]],
    ['"KS" in an HIV note', 'HIV on ART. KS, skin of both legs.', [['KS, skin of both legs', 'C460', 'present']]],
    ['guard: "KS" with no Kaposi sarcoma or HIV is no mention', 'Klinefelter syndrome (KS), on testosterone.', []],
    // C46.2 Kaposi's sarcoma of palate.
    ['guard: "Kaposi sarcoma of the hard palate"', 'Kaposi sarcoma of the hard palate.', [['Kaposi sarcoma of the hard palate', 'C462', 'present']]],
  ]);
});

describe('narrative round 14: mantle cell lymphoma\'s polyposis and an eye melanoma\'s set-off side', () => {
  checkReadings([
    // Tabular C83.1 Mantle cell lymphoma, inclusion term "Malignant lymphomatous polyposis": polyps of the bowel, an extranodal
    // site (C83.19 Mantle cell lymphoma, extranodal and solid organ sites).
    ['"lymphomatous polyposis"', 'Colonoscopy 11/19: innumerable small polyps (lymphomatous polyposis) of the ascending and transverse colon.', [
      ['lymphomatous polyposis', 'C8319', 'present'],
    ]],
    // The same inclusion list's "Centrocytic lymphoma" (C83.10 with no site).
    ['"centrocytic lymphoma"', 'New diagnosis of centrocytic lymphoma.', [['centrocytic lymphoma', 'C8310', 'present']]],
    // Table: ciliary body / Malignant Primary C69.4-; C69.41 Malignant neoplasm of right ciliary body.
    ['"Ciliary body melanoma, right eye"', 'Ciliary body melanoma, right eye.', [['Ciliary body melanoma', 'C6941', 'present']]],
    // C69.32 Malignant neoplasm of left choroid.
    ['guard: "Choroidal melanoma OS"', 'Choroidal melanoma OS, medium size.', [['Choroidal melanoma', 'C6932', 'present']]],
  ]);
});

describe('narrative round 14: a borderline tumour\'s noninvasive implants', () => {
  checkReadings([
    // Table: peritoneum / Uncertain Behavior D48.4 (Neoplasm of uncertain behavior of peritoneum); invasive implants stay metastases (C78.6).
    ['"noninvasive implant" beside denied invasive ones', 'Peritoneal bx, pelvic sidewall: noninvasive implant, epithelial type (1 focus). No invasive implants identified.', [
      ['noninvasive implant', 'D484', 'present'], ['invasive implants', 'C786', 'negated'],
    ]],
    ['"noninvasive epithelial implant" on a peritoneal biopsy', 'C. Pelvic peritoneum, cul-de-sac biopsy: noninvasive epithelial implant (desmoplastic type).', [
      ['noninvasive epithelial implant', 'D484', 'present'],
    ]],
  ]);
});

describe('narrative round 14: a uveal melanoma restating the encounter\'s choroidal one', () => {
  checkReadings([
    // The uveal tract holds the choroid: the encounter's "Choroidal melanoma OS" (C69.32 Malignant neoplasm of left choroid) is the
    // tumour the uveal melanoma names, whose own row (uveal tract C69.4-) has no side written.
    ['"uveal melanoma" after "Choroidal melanoma OS"', 'Choroidal melanoma OS, medium size. Counseled re: uveal melanoma metastatic risk.', [
      ['Choroidal melanoma', 'C6932', 'present'], ['uveal melanoma', 'C6932', 'hypothetical'],
    ]],
    // guard: a skin melanoma documents no eye; the uveal melanoma keeps its own row, with no side (null).
    ['guard: a skin melanoma gives an eye melanoma no site', 'Melanoma of the R posterior shoulder. Uveal melanoma not seen on exam.', [
      ['Melanoma of the R posterior shoulder', 'C4361', 'present'], ['Uveal melanoma', 'null', 'negated'],
    ]],
  ]);
});
