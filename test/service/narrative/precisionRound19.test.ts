import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Precision round 19 (issue 12): words that are no mention by ANNOTATION.md, and assertions a coder would read otherwise. Codes
 * checked against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A disease named with an adverb of how often it does something, or "is known to", speaks of every case of it (ANNOTATION.md,
// round 14: "A statement about a disease in general is not a mention"; d710 "GBM very rarely spreads outside the brain", d773
// "sporadic ileal NETs are usually not hereditary", d774 "HPV-associated cancers of the oropharynx generally carry a favorable
// prognosis", d658 "Merkel cell carcinoma is known to be more frequent … in CLL patients"). The patient's own disease, with a
// possessive before it, stays: Index: Glioblastoma (multiforme) — see Neoplasm, brain, malignant; table: brain / Malignant
// Primary C71.9 (Tabular: Malignant neoplasm of brain, unspecified); table: liver / Malignant Secondary C78.7.
const diseaseInGeneral: readonly ReadingCase[] = [
  ['"<disease> very rarely <verb>" is no mention', 'I explained GBM very rarely spreads outside the brain.', []],
  ['"<disease> are usually" is no mention', 'Daughter asked about her risk -- sporadic ileal NETs are usually not hereditary.', []],
  ['a frequency adverb after the disease and its site is no mention', 'Discussed that HPV-associated cancers of the oropharynx generally carry a favorable prognosis.', []],
  ['"<disease> is known to" is no mention', 'Merkel cell carcinoma is known to be more aggressive.', []],
  ['the patient\'s own disease before a frequency adverb stays', 'Her GBM usually progresses slowly.', [['GBM', 'C719', 'present']]],
  ['a disease whose clause a comma closes before the adverb stays', 'Liver mets, usually stable.', [['Liver mets', 'C787', 'present']]],
];

// A disease opening the clause a guideline's name leads is the guideline's threshold for every such tumour (ANNOTATION.md, round
// 18: "A guideline's threshold quoted as the reason for a plan is a statement about the disease in general"; d770 "Per NCCN, GIST
// >=2 cm -> resection recommended", d801 "Per NCCN, KRAS-mutant tumors are not expected to benefit", d778 "Per SGO, surgery for
// suspected ovarian cancer should be …"; table: liver / Malignant Secondary C78.7, Tabular C19 Malignant neoplasm of rectosigmoid junction, the corpus's colorectal primary, README encounterSites). The patient's own, with a possessive, stays: Index: Carcinoma, non-small cell — see
// Neoplasm, lung, malignant; table: lung / Malignant Primary C34.9- (no side written: no code). Index: Tumor, stromal,
// gastrointestinal, stomach C49.A2.
const guidelineThreshold: readonly ReadingCase[] = [
  ['a disease right after "Per NCCN," is no mention', 'Gastric GIST, body. Per NCCN,\n   GIST >=2 cm -> resection recommended.', [['Gastric GIST', 'C49A2', 'present']]],
  // The biopsy's "consistent with colorectal primary" is settled present by the same report's plain "This metastatic colorectal
  // adenocarcinoma" (settledConclusion.ts; ANNOTATION.md 2026-12-05, as d801's gold codes it).
  ['a modified "tumors" after "Per NCCN," restates no specimen\'s tumour', 'SPECIMEN: Liver, segment 6 lesion, CT-guided core biopsy\nDiagnosis: Metastatic adenocarcinoma, consistent with colorectal primary\n\nINTERPRETATION:\nThis metastatic colorectal adenocarcinoma is RAS-mutant. Per NCCN, KRAS-mutant tumors are not expected to benefit from anti-EGFR antibodies.',
    [['adenocarcinoma', 'C787', 'present'], ['colorectal primary', 'null', 'present'], ['colorectal adenocarcinoma', 'null', 'present']]],
  ['a hedged disease after "Per SGO," is no mention', 'Per SGO, surgery for suspected ovarian cancer should be done by a gyn oncologist.', []],
  ['the patient\'s own disease after "Per NCCN," stays', 'Per NCCN, her stage IIIA NSCLC warrants chemo.', [['NSCLC', 'null', 'present']]],
  ['a disease after a clinician\'s "Per" stays', 'Per Dr. Smith, GIST is confirmed.', [['GIST', 'C49A0', 'present']]],
];

// A trial criterion the table answers "N" for the patient denies its words; its exceptions stay the protocol's, and an unanswered
// criterion stays hypothetical (ANNOTATION.md round 16, "A clinical-trial eligibility criterion answered for the patient is about
// the patient … A named cancer or a prior malignancy denied by the answer is negated"; d186's E-2 and E-3): table: nervous system
// NEC / Malignant Secondary C79.40 (CNS); Tabular C80.1 Malignant (primary) neoplasm, unspecified (an unspecified malignancy);
// table: cervix uteri / Ca in situ D06.9; a denied prior malignancy is Z85.9 Personal history of malignant neoplasm, unspecified
// (the same rule: "Z85.9 for 'prior malignancy'"); a criterion written as an absence ("No CNS involvement by myeloma") answered "N"
// would affirm the disease and stays the protocol's (Index: Myeloma C90.0-, C90.00 not having achieved remission).
const criterionTable = (row: string): string => `ELIGIBILITY CHECKLIST\n| #   | Criterion                            | Met | Source / comment |\n${row}\n`;
const answeredCriteria: readonly ReadingCase[] = [
  ['a criterion answered "N" is denied', criterionTable('| E-2 | Known active CNS metastases          | N   | not imaged       |'), [['CNS metastases', 'C7940', 'negated']]],
  ['an "N" criterion\'s exception stays the protocol\'s', criterionTable('| E-3 | Additional malignancy within the past 3 years, except carcinoma in situ of cervix | N   |    |'),
    [['Additional malignancy', 'C801', 'negated'], ['carcinoma in situ of cervix', 'D069', 'hypothetical']]],
  ['a prior malignancy answered "N" is the denied history Z85.9', criterionTable('| E-3 | Prior malignancy within 3 years      | N   |                  |'), [['malignancy', 'Z859', 'negated']]],
  ['a criterion written as an absence and answered "N" stays hypothetical', criterionTable('| E-4 | No CNS involvement by myeloma        | N   |                  |'), [['myeloma', 'C9000', 'hypothetical']]],
  ['an unanswered criterion stays hypothetical', criterionTable('| E-2 | Known active CNS metastases          |     |                  |'), [['CNS metastases', 'C7940', 'hypothetical']]],
];

// A histology naming a meeting or a care pathway ("lymphoma TB", "myeloma pathway") names the field of a board or programme, not
// a diagnosis (ANNOTATION.md: boards and programmes are no mentions; d198, d726); "TB" after a comma is tuberculosis in a list and
// leaves the cancer before it: Index: Myeloma (multiple) C90.0-, C90.00 not having achieved remission; Index: Lymphoma C85.9-;
// history Z85.72 Personal history of non-Hodgkin lymphomas.
const namedMeetings: readonly ReadingCase[] = [
  ['"<histology> TB" is a tumour board', 'Bridging: RT to mesenteric mass vs continue R-GemOx (discuss at lymphoma TB Thu).', []],
  ['"<histology> pathway" is a care pathway', 'Multiple myeloma. Plan:\n- Heme/onc consult requested (myeloma pathway)', [['Multiple myeloma', 'C9000', 'present']]],
  ['"TB" after a comma leaves the lymphoma', 'PMH: lymphoma, TB 1990.', [['lymphoma', 'Z8572', 'history']]],
];

// A parenthesis after a diagnosis that gives its names in a classification (WHO, ICC) glosses that diagnosis: one mention spans
// both, as the gold annotates d646 "follicular lymphoma, histologic grade 2 (ICC: FL grade 1-2; WHO-HAEM5: classic FL)", d652
// "MDS with excess blasts-2 (MDS-EB2; WHO-HAEM5 MDS-IB2)" and d655 "(MDS-RS-SLD per WHO 2016; …)". A parenthesis with no
// classification's label, or naming another disease, keeps its mention. Index: Lymphoma, follicular, grade II C82.1-
// (C82.10 unspecified site); Tabular D46.22 Refractory anemia with excess of blasts 2; D46.1 Refractory anemia with ring
// sideroblasts; table: lung / Malignant Secondary C78.0- (no side: no code).
const classificationGlosses: readonly ReadingCase[] = [
  ['a WHO / ICC parenthesis after a lymphoma names it again', 'DIAGNOSIS: Findings are diagnostic of a follicular lymphoma, histologic grade 2 (ICC: FL grade\n1-2; WHO-HAEM5: classic FL).', [['follicular lymphoma', 'C8210', 'present']]],
  ['a WHO name after an MDS subtype names it again', 'Dx: MDS with excess blasts-2 (MDS-EB2; WHO-HAEM5 MDS-IB2), 14% blasts.', [['MDS', 'D4622', 'present']]],
  ['"per WHO 2016" inside the parenthesis names it again', 'HPI: 76 y/o M w/ MDS w/ ring sideroblasts, single lineage dysplasia (MDS-RS-SLD per WHO 2016; now "MDS with low blasts and SF3B1 mutation" WHO 2022), dx 03/2025.',
    [['MDS w/ ring sideroblasts', 'D461', 'present']]],
  ['a parenthesis naming another disease keeps it', 'Breast cancer (lung mets).', [['Breast cancer', 'null', 'present'], ['lung mets', 'null', 'present']]],
];

// A site-less histology right before "<site> <metastasis word>" is the metastasis's material, as in "melanoma metastasis"
// (histologyOfMetastasis.ts; ANNOTATION.md: "melanoma metastasis, favored" is the secondary, not C43.-, d337; d150, d178, d714,
// d729 "hemorrhagic melanoma brain mets"): table: brain NEC / Malignant Secondary C79.31. A list ("Melanoma, brain mets") keeps
// the melanoma (Index: Melanoma (malignant) C43.9), and an organ-named primary keeps its organ (table: breast C50.91-, no side).
const metastasisMaterial: readonly ReadingCase[] = [
  ['"melanoma brain mets" is the brain metastasis only', 'MDM: New-onset seizure secondary to hemorrhagic melanoma brain mets with edema.', [['brain mets', 'C7931', 'present']]],
  ['a hedged "melanoma brain metastasis" is the metastasis only', 'Solitary R frontal brain mass - suspected melanoma brain metastasis; r/o high grade glioma.', [['brain metastasis', 'C7931', 'uncertain'], ['glioma', 'C719', 'uncertain']]],
  ['a list keeps the melanoma', 'Melanoma, brain mets.', [['Melanoma', 'C439', 'present'], ['brain mets', 'C7931', 'present']]],
  ['an organ-named primary keeps its organ', 'Breast cancer liver mets.', [['Breast cancer', 'null', 'present'], ['liver mets', 'C787', 'present']]],
];

// The "<organ> primary" a pathologist concludes for a metastasis whose primary the note documents as history is that history, no
// entry of its own (ANNOTATION.md round 15: "the source of a metastasis whose primary the note documents as history gets no
// entry", d421, d450, d592; d689, d753); the primary of a current cancer so concluded stays ("c/w <organ> primary … on tissue or
// cytology of a current primary is a present mention"): Z85.3 Personal history of malignant neoplasm of breast; table: liver /
// Malignant Secondary C78.7; table: colon, sigmoid / Malignant Primary C18.7.
const historySources: readonly ReadingCase[] = [
  ['"consistent with breast primary" of a history breast cancer is that history', '58 y/o woman. PMH: L breast IDC 2015 s/p lumpectomy and RT, NED since.\nLiver, core biopsy: METASTATIC CARCINOMA, consistent with breast primary (GATA3+, CK7+).',
    [['L breast IDC', 'Z853', 'history'], ['Liver, core biopsy: METASTATIC CARCINOMA', 'C787', 'present']]],
  ['"consistent with colorectal primary" of a current colon cancer stays', 'Sigmoid colon adenocarcinoma, on FOLFOX.\nLiver, core biopsy: metastatic adenocarcinoma, consistent with colorectal primary.',
    [['Sigmoid colon adenocarcinoma', 'C187', 'present'], ['Liver, core biopsy: metastatic adenocarcinoma', 'C787', 'present'], ['colorectal primary', 'C187', 'present']]],
];

// A synoptic field that measures the tumour ("Tumor Quantitation: ~15% of prostate") is a field label, no mention (ANNOTATION.md:
// "Synoptic fields that assert nothing are not mentions", as "Tumor Size" and "Tumor Extent"; d746): table: prostate / Malignant
// Primary C61.
const tumourMeasures: readonly ReadingCase[] = [
  ['"Tumor Quantitation" is a field of the form', 'Prostate, radical prostatectomy: prostatic adenocarcinoma, Gleason 3+4.\nSYNOPTIC:\n  Tumor Quantitation ............... ~15% of prostate\n',
    [['prostatic adenocarcinoma', 'C61', 'present']]],
];

describe('narrative reader: precision round 19', () => {
  describe('a field measuring the tumour', () => checkReadings(tumourMeasures));
  describe('the concluded source of a metastasis of a history cancer', () => checkReadings(historySources));
  describe('a histology before "<site> mets"', () => checkReadings(metastasisMaterial));
  describe('a classification\'s name for the diagnosis before it', () => checkReadings(classificationGlosses));
  describe('a board or pathway named after its field', () => checkReadings(namedMeetings));
  describe('a trial criterion answered "N"', () => checkReadings(answeredCriteria));
  describe('a guideline\'s threshold quoted', () => checkReadings(guidelineThreshold));
  describe('a disease described by how often it does something', () => checkReadings(diseaseInGeneral));
});
