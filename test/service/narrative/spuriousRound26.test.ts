import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 26 (issue 12, tuner C): words that look like mentions and are none by ANNOTATION.md, "What is a mention" and the rounds
 * that settled it. Codes checked against the FY2027 code titles (/work/shared/codesets/icd10cm-2027).
 */

// A relative's own risk of a cancer is no mention (ANNOTATION.md, round 24 Q (a): d401 "Daughter asked about her own risk of
// pancreatic cancer", d439 "your brothers and sister … as they have a higher risk of colon cancer too", d955 "asks whether his
// children are at risk of pancreatic cancer", d956 "her daughter's risk for breast and ovarian cancer", d1016 "Pt's daughter asked
// if she is at risk of 'skin cancer'"). The patient's own risk stays hypothetical, even when a relative is the one spoken to
// (d1090 "discussed again with mom the small risk of therapy-related MDS or AML": Tabular D46.9 Myelodysplastic syndrome,
// unspecified; C92.00 Acute myeloblastic leukemia, not having achieved remission) or a thing is the subject (d887 "removing them
// lowers his risk of colon cancer": table: intestine, large, colon / Malignant Primary C18.9).
const relativesRisk: readonly ReadingCase[] = [
  ['a daughter\'s own risk is no mention', 'Plan: Daughter asked about her own risk of pancreatic cancer - no germline testing done.', []],
  ['the children\'s risk is no mention',
    'HPI: Worried he "gave" the cancer to his kids - asks whether his children are at risk of pancreatic cancer.', []],
  ['the siblings\' risk, as "they", is no mention',
    'Please make sure your brothers and sister are also screened, as they have a higher risk of colon cancer too.', []],
  ['a daughter\'s risk of two cancers is no mention of either', 'Worries also about her daughter\'s risk for breast and ovarian cancer given family hx.', []],
  ['a daughter at risk of a quoted cancer is no family history',
    'Pt\'s daughter asked if she is at risk of "skin cancer" from mom - counselled (not hereditary).', []],
  ['kids with a higher risk are no mention', 'Her kids have a higher risk of colon cancer, as they are first-degree relatives.', []],
  ['guard: the patient\'s risk discussed with a relative stays hypothetical',
    'Long-term: discussed again with mom the small risk of therapy-related MDS or AML from etoposide.',
    [['MDS', 'D469', 'hypothetical'], ['AML', 'C9200', 'hypothetical']]],
  ['guard: "them" naming the polyps leaves the patient\'s risk',
    'Pt reassured; reviewed that removing the adenomas lowers his risk of colon cancer.', [['colon cancer', 'C189', 'hypothetical']]],
];

// A count or a site inside a prognostic score is a score item, no mention (ANNOTATION.md, round 24 W (a); d1065 "antecedent
// pregnancy: mole ........ 0", "number of mets 0 .... 0", d1075 "largest tumor 6 cm .... 2", "number of mets >8 .... 4"). The
// tumour scored keeps its own entry (Tabular C58 Malignant neoplasm of placenta; Index: Choriocarcinoma, female C58), and the same
// points lines under a title that is no score ("Imaging summary:") keep theirs (table: brain / Malignant Secondary C79.31).
const scoreItems: readonly ReadingCase[] = [
  ['a prognostic score\'s items are no mentions',
    'WHO prognostic score:\n age 31 ................................ 0\n antecedent pregnancy: mole ............ 0\n interval from index pregnancy <4 mo 0\n largest tumor 6 cm ................... 2\n number of mets 3 ..................... 1\n TOTAL 3 -> low risk\n\nA/P: Gestational choriocarcinoma, 3 lung mets.',
    [['Gestational choriocarcinoma', 'C58', 'present'], ['lung mets', 'null', 'present']]],
  ['a score\'s site of metastases is a score item',
    'WHO prognostic score:\n age 31 ................................ 0\n site of mets: brain .................. 4\n number of mets >8 .................... 4\n prior failed chemo: none ............. 0', []],
  ['guard: points lines under another title keep their mention',
    'Imaging summary:\n site of mets: brain .................. 4\n number of mets >8 .................... 4', [['mets', 'C7931', 'present']]],
  ['guard: a study after the score keeps its mention',
    'WHO prognostic score:\n site of mets: brain .................. 4\n\nMRI brain: brain mets, largest 2 cm ... 4 lesions', [['brain mets', 'C7931', 'present']]],
];

// A share of every case of a disease ("occur in 10-15% of intrahepatic cholangiocarcinoma", d980; "(rate ~10-15% in BR pancreatic
// cancer)", d851), or a disease that "occurs in a small % of pts" (d947, ANNOTATION.md round 23's own example), is a frequency of
// the class, no mention (round 23: "A statement about a class of patients is no mention"). The rule-out beside it keeps its entry
// (table: peritoneum / Malignant Secondary C78.6), as does the patient's own disease in another "occurs in" (table: kidney /
// Malignant Primary C64.-, Tabular C64.2 Malignant neoplasm of left kidney, except renal pelvis) or after a share of its own mass.
const classShares: readonly ReadingCase[] = [
  ['a share of every case of a disease is no mention',
    'FGFR2 fusions/rearrangements occur in 10-15% of intrahepatic cholangiocarcinoma and predict benefit from FGFR inhibitors.', []],
  ['a rate in a disease class leaves the rule-out beside it',
    'Plan: staging laparoscopy to rule out occult peritoneal metastases (rate ~10-15% in BR pancreatic cancer).', [['peritoneal metastases', 'C786', 'hypothetical']]],
  ['a disease that occurs in a share of patients is no mention', 'A/P: Metachronous contralateral RCC occurs in a small % of pts. Annual CT.', []],
  ['guard: the patient\'s disease occurring in a setting stays', 'A/P: L RCC occurs in the setting of VHL; partial nephrectomy planned.', [['RCC', 'C642', 'present']]],
  ['guard: a share of the patient\'s own mass stays', 'Dx: 10% of the L kidney mass is clear cell RCC.', [['RCC', 'C642', 'present']]],
];

// A parenthesis giving a therapy's example or approval names the disease class the therapy is for, in everyone (ANNOTATION.md,
// round 14: a statement about a disease's "usual treatment response" is no mention; round 23: a guideline of everyone with the
// disease): d968 "(e.g., dostarlimab … in primary advanced or recurrent endometrial cancer)", d839 "(e.g., osimertinib, NCCN
// category 1 first-line option for metastatic NSCLC)", d975 "(FDA accelerated approval 2024 for NRG1+ NSCLC and pancreatic
// adenocarcinoma)". A parenthesis of example diseases keeps them (d1025 "No other cancers (e.g., mesothelioma, lymphoma)": Index:
// Mesothelioma C45.9, Lymphoma C85.9-, Tabular C85.90; Z85.9 Personal history of malignant neoplasm, unspecified, negated), and so
// does the patient's own disease after a closed parenthesis (table: lung / Malignant Primary C34.9-, no side: null).
const drugIndications: readonly ReadingCase[] = [
  ['an example therapy\'s indication is no mention',
    'The dMMR status is relevant to eligibility for immune checkpoint inhibitor therapy (e.g., dostarlimab with carboplatin/paclitaxel in primary advanced or recurrent endometrial cancer).', []],
  ['an example drug\'s first-line option across a line break is no mention',
    'EGFR exon 19 deletion: associated with benefit from EGFR tyrosine kinase inhibitors (e.g., osimertinib, NCCN category 1 first-line option\nfor metastatic NSCLC).', []],
  ['an approval\'s indications are no mentions',
    '- NRG1 fusion is actionable: zenocutuzumab (FDA accelerated approval 2024 for NRG1+ NSCLC and pancreatic adenocarcinoma). Recommend as 2nd line.', []],
  ['guard: example diseases keep their denial', 'A/P: No other cancers (e.g., mesothelioma, lymphoma) identified on review of records.',
    [['cancers', 'Z859', 'negated'], ['mesothelioma', 'C459', 'negated'], ['lymphoma', 'C8590', 'negated']]],
  ['guard: the patient\'s disease after a closed parenthesis stays', 'A/P: Stage IV NSCLC - started osimertinib (approved first-line) for metastatic NSCLC.',
    [['NSCLC', 'null', 'present'], ['NSCLC', 'null', 'present']]],
];

// A synoptic form's title names the form, as "BREAST INVASIVE CARCINOMA SYNOPTIC (CAP)" does (ANNOTATION.md, round 24 H: a
// pre-printed form's title naming a cancer is no mention; d1005 "SYNOPTIC (Hepatocellular Carcinoma, Explant):", d658 "SYNOPTIC
// (Merkel Cell Carcinoma - Resection, CAP v4.3):"). The form's own histologic type field keeps its entry (Index: Carcinoma,
// hepatocellular C22.0; Tabular C22.0 Liver cell carcinoma).
const synopticTitles: readonly ReadingCase[] = [
  ['a synoptic title\'s histology is no mention, its type field is',
    'SYNOPTIC (Hepatocellular Carcinoma, Explant):\nHistologic type: hepatocellular carcinoma', [['hepatocellular carcinoma', 'C220', 'present']]],
  ['a synoptic title with words before the histology is no mention',
    'SYNOPTIC (Merkel Cell Carcinoma - Resection, CAP v4.3):\nTumor site: skin of L forearm', []],
];

describe('narrative reader: spurious mentions round 26', () => {
  describe('a relative\'s own risk of cancer is no mention', () => checkReadings(relativesRisk));
  describe('a prognostic score\'s items are no mentions', () => checkReadings(scoreItems));
  describe('a share of a disease class is no mention', () => checkReadings(classShares));
  describe('a therapy\'s example or approval names no mention', () => checkReadings(drugIndications));
  describe('a synoptic form\'s title is no mention', () => checkReadings(synopticTitles));
});
