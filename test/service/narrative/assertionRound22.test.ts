import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Assertion round 22 (issue 12, tuner I): uncertain, present and hypothetical as ANNOTATION.md's rules decide them. Codes
 * checked against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// Rule-out on a staging study (ANNOTATION.md, "Rule-out on a staging study" and its round 17 application; round 22 (d): d844):
// a study that rules out distant spread with no finding or symptom named as its reason is the staging of the cancer's M
// category, hypothetical, whatever the study is called (d92 "PET/CT to r/o distant disease", d844 "- staging: CT C/A/P and bone
// scan given N1 - r/o distant metastatic disease"); a plan's "to stage" is the staging noun's verb (d938 "laparoscopy to r/o
// occult peritoneal disease"). A rule-out a finding prompts stays uncertain (d596). Table: Malignant Secondary C79.9
// (disseminated, NOS); peritoneum C78.6.
const stagingSearch: readonly ReadingCase[] = [
  ['a study ruling out distant disease is a staging search',
    'Assessment: p16+ SCC of the right tonsil with ipsilateral nodal mets, cT2N1M0. Will present at tumor board; PET/CT to r/o distant disease.',
    [['SCC of the right tonsil', 'C099', 'present'], ['nodal mets', 'C770', 'present'], ['distant disease', 'C799', 'hypothetical']]],
  ['a staging field of a plan keeps its distant rule-out hypothetical',
    'A/P:\n47F w/ newly dx L breast IDC, cT2 cN1 M0 (clinical), HR+/HER2-.\n- staging: CT C/A/P and bone scan given N1 - r/o distant metastatic disease\n- genetics referral',
    [['L breast IDC', 'C50912', 'present'], ['distant metastatic disease', 'C799', 'hypothetical']]],
  ['a distant rule-out a finding prompts stays uncertain',
    'Plan: CT chest to r/o distant mets given the new hemoptysis.',
    [['distant mets', 'C799', 'uncertain']]],
  ['a plan that studies the cancer "to stage" it searches the peritoneum',
    'Assessment/Plan:\n1. Epithelioid pleural mesothelioma R.\n   - Needs EBUS to stage mediastinal nodes (N) and laparoscopy to r/o occult peritoneal mets before any P/D.',
    [['pleural mesothelioma', 'C450', 'present'], ['peritoneal mets', 'C786', 'hypothetical']]],
  ['a stage group is no staging verb',
    'Assessment/Plan:\n1. Stage IIIA lung adenocarcinoma. New liver lesion - MRI liver to r/o liver mets.',
    [['lung adenocarcinoma', 'null', 'present'], ['liver mets', 'C787', 'uncertain']]],
];

// A consent's risks are hypothetical, the disease already suspected included (ANNOTATION.md, round 17 second pass: "the hedge
// 'possibility of' sits inside the risk and does not make it uncertain"; d687's TURBT consent). Table: bladder / Malignant
// Primary C67.9; bladder / Unspecified Behavior D49.4. A clinician's "possibility of X" outside a consent stays uncertain.
const consentRisks: readonly ReadingCase[] = [
  ['the possibility of a cancer among a consent\'s risks is a risk',
    'HPI: 70M w/ bladder tumor.\nConsent obtained after discussing risks incl bleeding, infection, perforation, need for repeat\nresection, and possibility of muscle-invasive bladder cancer requiring cystectomy/chemo.',
    [['bladder tumor', 'D494', 'present'], ['bladder cancer', 'C679', 'hypothetical']]],
  ['a possibility of a cancer outside a consent stays uncertain',
    'Assessment: 70M w/ hematuria. Discussed with patient the possibility of bladder cancer; cystoscopy next week.',
    [['bladder cancer', 'C679', 'uncertain']]],
];

// A working diagnosis "until proven otherwise" is still to be proven, uncertain (Guidelines II.H / IV.H "probable", "suspected";
// d937 "anterior mediastinal mass = thymoma until proven otherwise", its plan's "the probable thymoma"). Index: Thymoma (benign)
// D15.0.
const workingDiagnosis: readonly ReadingCase[] = [
  ['a thymoma until proven otherwise is uncertain',
    'Impression:\n48M w/ MG and a 4.3 cm encapsulated anterior mediastinal mass = thymoma until proven otherwise.',
    [['thymoma', 'D150', 'uncertain']]],
  ['a thymoma stated plainly stays present',
    'Impression:\n48M w/ MG and a 4.3 cm encapsulated anterior mediastinal mass, resected: thymoma.',
    [['thymoma', 'D150', 'present']]],
];

// A cytology or tissue result read "c/w X" is the pathologist's diagnosis on tissue, present (ANNOTATION.md, "A cytology or tissue
// result read 'c/w X'", "Flow cytometry read 'c/w X' is a diagnosis on cells", "'c/w <organ> primary' … on tissue or cytology of a
// current primary is a present mention"): under a pathology report's own heading the sample may be named sentences before its
// conclusion (d798's cytology addendum, d836's flow cytometry, d568's marrow Final Diagnosis). An image read in the sentence
// keeps the hedge; "in keeping with" is read as "consistent with" is (d827). Index: Leukemia, myeloid, acute C92.0-; Carcinoma,
// serous, high grade → ovary C56.-, null with its sides; Lymphoma, B-cell, germinal center NOS C85.9-; table: liver / Malignant
// Secondary C78.7.
const pathologyConclusions: readonly ReadingCase[] = [
  ['a cytology addendum\'s "c/w ovarian primary" is the pathologist\'s diagnosis',
    'ADDENDUM - CYTOLOGY (12/04/2026):\nPeritoneal fluid: POSITIVE FOR MALIGNANCY. Metastatic high-grade serous carcinoma (WT1+, PAX8+), c/w ovarian primary.',
    [['MALIGNANCY', 'C786', 'present'], ['Metastatic high-grade serous carcinoma', 'C786', 'present'], ['ovarian primary', 'null', 'present']]],
  ['a flow cytometry interpretation\'s "consistent with" is a diagnosis on cells',
    'FLOW CYTOMETRY:\n  Lambda-restricted B-cell population, CD19+, CD20+ bright, CD10+, CD5-. Interpretation: CD10-positive monotypic B cells, consistent with a germinal center B-cell lymphoma.',
    [['lymphoma', 'C8590', 'present']]],
  ['a flow cytometry interpretation "in keeping with" AML is a diagnosis on cells (d827)',
    'FLOW CYTOMETRY:\n Interpretation: Myeloid blast population, CD34-/HLA-DR-, in keeping with AML with NPM1 mutation.',
    [['AML', 'C9200', 'present']]],
  ['an image "most in keeping with" metastases stays a hedge',
    'Impression: CT shows innumerable liver lesions, most in keeping with metastases.',
    [['liver lesions, most in keeping with metastases', 'C787', 'uncertain']]],
  ['an image read in a pathology section keeps its "c/w" a hedge',
    'Pathology:\nLiver lesion on CT, c/w metastatic adenocarcinoma.',
    [['Liver lesion on CT, c/w metastatic adenocarcinoma', 'C787', 'uncertain']]],
  ['an impression\'s "c/w" stays a hedge',
    'Impression: RLL mass c/w lung cancer.',
    [['lung cancer', 'C3431', 'uncertain']]],
];

// A metastasis typed by its cells ("metastatic adenocarcinoma") is a reading of tissue or cytology, so the source it is "consistent
// with" is present wherever the report's diagnosis line stands (ANNOTATION.md, "'c/w <organ> primary' … on tissue or cytology of a
// current primary is a present mention", d81's "Diagnosis:" field, d828's cytology DIAGNOSIS). Untyped metastatic disease, or an
// image in the sentence, keeps the hedge. Table: rectum, and colon / Malignant Primary C19 (null with C18.9, C19, C20); liver /
// Malignant Secondary C78.7.
const typedMetastasisSources: readonly ReadingCase[] = [
  ['the source of a typed metastasis on a report\'s diagnosis line is present',
    'PATHOLOGY\n\nSpecimen: Liver, segment 7 lesion, CT-guided core biopsy\nDiagnosis: Metastatic adenocarcinoma, consistent with colorectal primary (CK20 positive, CDX2 positive, CK7 negative).',
    [['adenocarcinoma', 'C787', 'present'], ['colorectal primary', 'null', 'present']]],
  ['the source of untyped metastatic disease stays a hedge',
    'Impression: multiple liver masses with metastatic disease, c/w colorectal primary.',
    [['liver masses with metastatic disease', 'C787', 'present'], ['colorectal primary', 'null', 'uncertain']]],
  ['an image in the sentence keeps the source a hedge',
    'Impression: CT shows metastatic adenocarcinoma pattern, c/w colorectal primary.',
    [['colorectal primary', 'null', 'uncertain']]],
];

// Readings listed as the subject of one judgement share it (Guidelines II.H / IV.H "unlikely", "less likely"; ANNOTATION.md
// "Codes by assertion": uncertain), past the reasons set off in parentheses after each (d937 "Lymphoma (no B sx, …) and a
// mediastinal germ cell tumor (normal markers) are unlikely", d886 "Craniopharyngioma, Rathke cleft cyst felt less likely on
// imaging"). A judgement closes its clause before a conjunction that opens the next (d703 "a bone metastasis from the prostate
// cancer is felt unlikely but this will be sorted out on the biopsy"; table: bone / Malignant Secondary C79.51); one that does
// not close its clause judges no list. Index: Lymphoma (of) C85.9-; Craniopharyngioma D44.4;
// Thymoma (benign) D15.0; Tumor, germ cell, mediastinum C38.3.
const sharedJudgements: readonly ReadingCase[] = [
  ['the first of two readings judged unlikely together is uncertain',
    'Impression:\n48M w/ MG and anterior mediastinal mass. Lymphoma (no B sx, no adenopathy, normal LDH) and a mediastinal germ cell tumor (normal markers) are unlikely.',
    [['Lymphoma', 'C8590', 'uncertain'], ['mediastinal germ cell tumor', 'C383', 'uncertain']]],
  ['a differential felt less likely on imaging hedges its first reading',
    'Assessment:\n- Craniopharyngioma, Rathke cleft cyst felt less likely on imaging',
    [['Craniopharyngioma', 'D444', 'uncertain']]],
  ['a judgement that a conjunction follows closes its clause (d703)',
    '2. History of prostate cancer, PSA undetectable, a bone metastasis from the prostate cancer is felt unlikely but this will be sorted out on the biopsy.',
    [['prostate cancer', 'Z8546', 'history'], ['bone metastasis', 'C7951', 'uncertain'], ['prostate cancer', 'Z8546', 'history']]],
  ['a judgement that does not close its clause judges no list',
    'Impression: Thymoma, 4 cm, encapsulated, and the nodes are unlikely to be involved.',
    [['Thymoma', 'D150', 'present']]],
];

describe('assertion round 22: staging searches, consent risks, working diagnoses and pathology conclusions', () => {
  describe('rule-out on a staging study', () => checkReadings(stagingSearch));
  describe('a consent\'s risks', () => checkReadings(consentRisks));
  describe('until proven otherwise', () => checkReadings(workingDiagnosis));
  describe('a conclusion under a pathology heading', () => checkReadings(pathologyConclusions));
  describe('the source of a typed metastasis', () => checkReadings(typedMetastasisSources));
  describe('readings judged together', () => checkReadings(sharedJudgements));
});
