import * as assert from 'node:assert/strict';
import { checkReadings, readingSummary } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Laboratory and molecular reports round 23, second pass (issue 12, tuner H): the general causes a lab report's reader needs in
 * the NGS, ctDNA, marrow, cytology and molecular tumour board reports of dev d963–d982, read as a coder reads them.
 */

// ANNOTATION.md, "A statement about a class of patients is no mention of the class's disease": an interpretation's evidence
// is reported in a population ("a sensitizing alteration in non-small cell lung cancer", "NCCN category 1 for advanced
// EGFR-mutated NSCLC", "86th percentile in melanoma", "an increased incidence of brain mets in BRAF-mutant melanoma", "data in
// ATM-mutant PDAC", "the gene is associated with hereditary breast cancer"; a drug's approval for a disease is left to round 11's
// foreseen indication), and a trial's listing ("Phase 2, EGFR-mutant NSCLC after progression") names whom it enrols; the report's own diagnosis stays (d963, d975, d976, d979).
const diseasePopulations: readonly ReadingCase[] = [
  ['evidence "in" and a grant "for" a population name no one (d963)',
    'Tumor type: Lung adenocarcinoma\n\nINTERPRETATION:\nEGFR L858R is a sensitizing alteration in non-small cell lung cancer; first-line osimertinib is NCCN category 1 for advanced EGFR-mutated NSCLC.\n',
    [['Lung adenocarcinoma', 'null', 'present']]],
  ['a percentile, an incidence and a molecular subgroup name a population (d979)',
    'DIAGNOSIS: Melanoma, metastatic to brain\n\nIMMUNOTHERAPY MARKERS\n  TMB: 18.4 m/MB (86th percentile in melanoma)\nINTERPRETATION\nPTEN loss is associated w/ an increased incidence of brain mets in BRAF-mutant melanoma.\n',
    [['Melanoma', 'C439', 'present'], ['metastatic to brain', 'C7931', 'present']]],
  ['data "in" a molecular subgroup name a population (d975)',
    'Board discussion:\n- ATM pathogenic variant: germline. Platinum sensitivity data in ATM-mutant PDAC limited.\n', []],
  ['a gene\'s disease association names no one (d976)',
    'Interpretation:\nA VUS is reported because the gene is associated with hereditary breast cancer.\n', []],
  ['a trial\'s listing by its phase names whom it enrols (d963)',
    'CLINICAL TRIALS\nNCT0xxxx981 - Phase 2, EGFR-mutant NSCLC after progression on osimertinib\n', []],
  ['the patient\'s own disease treated, tried or tested stays',
    'Plan: on osimertinib for EGFR-mutant NSCLC; if progression, trial for recurrent NSCLC. EGFR L858R detected in lung adenocarcinoma.\n',
    [['NSCLC', 'null', 'present'], ['NSCLC', 'null', 'hypothetical'], ['lung adenocarcinoma', 'null', 'present']]],
  ['a phase of the disease itself is no trial', 'Accelerated phase CML.\n', [['CML', 'C9210', 'present']]],
];

describe('lab reports round 23b: a disease named as the population evidence comes from', () => checkReadings(diseasePopulations));

// ANNOTATION.md, "A denied origin of an established metastasis is no mention of the metastasis": of a node the same report proves
// metastatic (table: lymph node, intrathoracic / Malignant Secondary C77.1), "not suggestive of metastasis from the patient's
// prior thyroid carcinoma" denies where it came from; the former primary keeps its history entry (Tabular Z85.850 Personal
// history of malignant neoplasm of thyroid; d963, d745). A hedged origin of an open lesion and a denial in a note that proves no
// metastasis stay (table: lung / Malignant Secondary C78.0-; Tabular Z85.820).
const deniedOrigins: readonly ReadingCase[] = [
  ['a denied origin of a proven nodal metastasis is no mention (d963)',
    "EBUS station 7 FNA positive for metastatic adenocarcinoma. Prior hx of papillary thyroid carcinoma 2011, NED.\n\nINTERPRETATION:\nThis profile is consistent with the submitted diagnosis of lung adenocarcinoma and is not suggestive of metastasis from the patient's prior thyroid carcinoma.\n",
    [['station 7 FNA positive for metastatic adenocarcinoma', 'C771', 'present'], ['thyroid carcinoma', 'Z85850', 'history'], ['lung adenocarcinoma', 'null', 'present'], ['thyroid carcinoma', 'Z85850', 'history']]],
  ['a hedged origin of an open lesion stays', 'CT: new 8 mm RUL nodule. Metastasis from her prior breast cancer unlikely.\n',
    [['Metastasis', 'C7801', 'uncertain'], ['breast cancer', 'Z853', 'history']]],
  ['a denial where no metastasis is proven stays', 'Hx of melanoma of the back, excised 2019, NED. PET: no evidence of metastasis from her prior melanoma.\n',
    [['melanoma of the back', 'Z85820', 'history'], ['metastasis', 'C799', 'negated'], ['melanoma', 'Z85820', 'history']]],
];

describe('lab reports round 23b: a denied origin of a proven metastasis', () => checkReadings(deniedOrigins));

// ANNOTATION.md, "What is a mention" (tumour markers, a test's or a procedure's name without its disease are none): a lab report's
// "TUMOR %: 70" field measures the sample's tumour content, as "tumor content" and "tumor cellularity" do, and a germline report's
// "BAP1 tumor predisposition syndrome" names a syndrome, as "tumor lysis syndrome" does; neither is the patient's tumour restated
// (d979, d980). The report's own diagnosis stays (table: brain / Malignant Secondary C79.31).
const tumourProperties: readonly ReadingCase[] = [
  ['"TUMOR %" is a field of the sample (d979)', 'SPECIMEN: Brain, R frontal lesion, craniotomy    TUMOR %: 70\nDIAGNOSIS: Melanoma, metastatic to brain\n',
    [['Melanoma', 'C439', 'present'], ['metastatic to brain', 'C7931', 'present']]],
];

describe('lab reports round 23b: a tumour\'s measure or syndrome', () => {
  checkReadings(tumourProperties);
  it('"BAP1 tumor predisposition syndrome" restates no tumour of a liver cancer\'s report (d980)', () => {
    const text = [
      'Specimen: Liver, segment 6 mass, US-guided core biopsy (block A2)', '', 'Indication for testing:',
      '56F w/ 7.8 cm liver mass seg 6 w/ satellite nodules and portal/retroperitoneal adenopathy, core bx: adenocarcinoma, CK7+, CK19+, CK20-, CDX2-, albumin ISH positive -> c/w intrahepatic cholangiocarcinoma. Colon and gastric primaries excluded clinically (normal EGD/colonoscopy 10/2026).',
      '', 'Interpretation:',
      'An in-frame FGFR2 fusion is detected. The BAP1 variant VAF (33%) makes germline origin unlikely but not impossible; BAP1 tumor predisposition syndrome could be considered only if personal/family history supports it.',
      '',
    ].join('\n');
    assert.deepEqual(readingSummary(text).filter(([words]) => words === 'tumor'), []);
  });
});

// ANNOTATION.md, "What is a mention" (a diagnosis documented of the patient): a test's report naming what it does not assess
// ("Regional nodal involvement is not assessed by this test") states the test's scope, neither a finding nor its denial (d980);
// the report's diagnosis stays (Tabular C22.1 Intrahepatic bile duct carcinoma, inclusion term "Cholangiocarcinoma").
const unassessedFindings: readonly ReadingCase[] = [
  ['what a test does not assess is no mention (d980)',
    'Dx: intrahepatic cholangiocarcinoma.\nRegional nodal involvement is not assessed by this test.\n',
    [['intrahepatic cholangiocarcinoma', 'C221', 'present']]],
];

describe('lab reports round 23b: what a test does not assess', () => checkReadings(unassessedFindings));
