import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Codes round 19 (issue 12): mentions the reader already found with the wrong code, read as a coder reads them. Codes checked
 * against the FY2027 code titles (/work/shared/codesets/icd10cm-2027): C83.32 Diffuse large B-cell lymphoma, intrathoracic lymph
 * nodes; C83.33 … intra-abdominal lymph nodes; C85.22 Mediastinal (thymic) large B-cell lymphoma, intrathoracic lymph nodes.
 */

// ANNOTATION.md, "Stage or node regions in the lymphoma's own sentence" set its fifth character (Tabular C83.3-: 2 intrathoracic,
// 3 intra-abdominal lymph nodes): a "mediastinal" or "retroperitoneal lymphoma" is a nodal mass of that region, not a lymphoma
// of an extranodal organ (C83.398), since the mediastinum and the retroperitoneum are connective-tissue regions whose lymphoma
// is in their nodes (d690 "mediastinal lymphoma" C83.32, d723 "retroperitoneal lymphoma" C83.33).
const nodeBearingRegions: readonly ReadingCase[] = [
  ['a DLBCL patient\'s "mediastinal lymphoma" is of the intrathoracic nodes', 'DLBCL stage IIIB. Port placed for mediastinal lymphoma.',
    [['DLBCL', 'C8338', 'present'], ['mediastinal lymphoma', 'C8332', 'present']]],
  ['a DLBCL patient\'s "retroperitoneal lymphoma" is of the intra-abdominal nodes', 'DLBCL. CT: bulky retroperitoneal lymphoma.',
    [['DLBCL', 'C8330', 'present'], ['retroperitoneal lymphoma', 'C8333', 'present']]],
  ['"Hodgkin lymphoma of the mediastinum" is of the intrathoracic nodes', 'Hodgkin lymphoma of the mediastinum.',
    [['Hodgkin lymphoma of the mediastinum', 'C8192', 'present']]],
];

// Tabular C85.2- Mediastinal (thymic) large B-cell lymphoma: the name places the lymphoma in the mediastinum, so with no other
// site written it is C85.22 "… intrathoracic lymph nodes" (d645 "primary mediastinal large B-cell lymphoma" and d751, both in a
// differential: uncertain); its remission keeps C85.2A, which has no site.
const mediastinalLargeBCell: readonly ReadingCase[] = [
  ['a primary mediastinal large B-cell lymphoma in a differential is C85.22', 'DDx: primary mediastinal large B-cell lymphoma, not favored.',
    [['primary mediastinal large B-cell lymphoma', 'C8522', 'uncertain']]],
  ['"PMBCL in remission" keeps C85.2A', 'PMBCL in remission.', [['PMBCL', 'C852A', 'present']]],
];

// ANNOTATION.md, "Lymph node metastasis by region": node regions joined in one phrase are one entry of the Tabular's own code for
// them (table: lymph gland, multiple sites in categories C77.0 - C77.5 / Malignant Secondary C77.8 Secondary and unspecified
// malignant neoplasm of lymph nodes of multiple regions). A nodal metastasis that takes its region from such a phrase before it
// is in both (d311 "Retroperitoneal and L common iliac LAD (to 1.8 cm) c/w nodal metastases" C77.8); one category's two regions
// stay that category, and regions offered as alternatives ("or") keep the nearer one, as before.
const joinedRegionsBefore: readonly ReadingCase[] = [
  ['"Retroperitoneal and L common iliac LAD c/w nodal metastases" is of multiple regions', 'CT: Retroperitoneal and L common iliac LAD (to 1.8 cm) c/w nodal metastases.',
    [['nodal metastases', 'C778', 'uncertain']]],
  ['"Mediastinal and axillary adenopathy, c/w nodal metastases" is of multiple regions', 'Prostate ca. Mediastinal and axillary adenopathy, c/w nodal metastases.',
    [['Prostate ca', 'C61', 'present'], ['nodal metastases', 'C778', 'uncertain']]],
  ['two intrapelvic regions stay intrapelvic', 'Prostate ca. R external iliac and obturator LAD c/w nodal metastases.',
    [['Prostate ca', 'C61', 'present'], ['nodal metastases', 'C775', 'uncertain']]],
  ['regions offered as alternatives keep the nearer one', 'Prostate ca. Para-aortic or pelvic LAD, concerning for nodal mets.',
    [['Prostate ca', 'C61', 'present'], ['nodal mets', 'C775', 'uncertain']]],
];

// ANNOTATION.md, "Side and sub-site documented elsewhere in the note" (a coder codes the most specific diagnosis the record
// documents) and "Tumor" of a proven cancer: a liver cancer named by its organ only in a note that types it as hepatocellular
// carcinoma is that carcinoma (Index: Carcinoma, hepatocellular C22.0; C22.9 is the liver "not specified as primary or
// secondary"). d600 "The liver cancer is spreading" of a multifocal HCC, d449 "Hypervascular tumor in segment 7" of the HCC
// treated. A denied, feared or relative's liver cancer is coded as written, and a note with a liver metastasis keeps C22.9.
const documentedLiverType: readonly ReadingCase[] = [
  ['"the liver cancer" of a documented HCC is C22.0', 'Multifocal hepatocellular carcinoma. Patient says: "The liver cancer is spreading."',
    [['hepatocellular carcinoma', 'C220', 'present'], ['liver cancer', 'C220', 'present']]],
  ['a liver tumour of the HCC treated is C22.0', 'Hx of HCC s/p MWA. Hypervascular tumor in segment 7, c/w HCC. Impression: Y-90 of segment 7 tumor.',
    [['HCC', 'Z8505', 'history'], ['tumor in segment 7', 'C220', 'present'], ['HCC', 'C220', 'uncertain'], ['segment 7 tumor', 'C220', 'present']]],
  ['a feared liver cancer keeps C22.9', 'HCC. Risk of liver cancer.', [['HCC', 'C220', 'present'], ['liver cancer', 'C229', 'hypothetical']]],
  ['a note with liver metastases keeps C22.9', 'Colon ca with liver mets. Also HCC. Liver cancer on CT.',
    [['Colon ca', 'C189', 'present'], ['liver mets', 'C787', 'present'], ['HCC', 'C220', 'present'], ['Liver cancer', 'C229', 'present']]],
  // A past HCC is its history (Tabular Z85.05 Personal history of malignant neoplasm of liver) and types no present liver cancer.
  ['a past HCC leaves a present liver cancer C22.9', 'Hx of HCC s/p resection 2015. Liver cancer on CT.',
    [['HCC', 'Z8505', 'history'], ['Liver cancer', 'C229', 'present']]],
];

// ANNOTATION.md "Round 19 decisions": a follicular lymphoma written "grade 1-2" / "gr 1-2" is Tabular C82.9- Follicular
// lymphoma, unspecified (the WHO grouping names no single grade of the classification, and one lymphoma cannot be both C82.0-
// and C82.1-; d198, d254, d566), with the fifth character its sentence gives. A grade is read right before the histology too
// ("grade 2 follicular lymphoma" C82.1-), and "gr" opens one.
const follicularGrades: readonly ReadingCase[] = [
  ['"FL grade 1-2" is of unspecified grade', 'FL grade 1-2, on observation.', [['FL', 'C8290', 'present']]],
  ['"grade 1-2 follicular lymphoma" is of unspecified grade', 'Biopsy: grade 1-2 follicular lymphoma.', [['follicular lymphoma', 'C8290', 'present']]],
  ['"FL grade 1-2" of two node regions keeps their fifth character (d198)', 'FL grade 1-2, stage III, dx 2017 (inguinal + retroperitoneal nodes), on observation.', [['FL', 'C8298', 'present']]],
  ['"grade 2 follicular lymphoma in remission" is C82.1A', 'grade 2 follicular lymphoma in remission.', [['follicular lymphoma', 'C821A', 'present']]],
  ['"FL gr 2" is grade II', 'FL gr 2, on observation.', [['FL', 'C8210', 'present']]],
];

// ANNOTATION.md, "A lymphoma's extranodal site in its own sentence is 'extranodal and solid organ sites' (…9)" (Tabular C85.99
// Non-Hodgkin lymphoma, unspecified, extranodal and solid organ sites; C83.19 Mantle cell lymphoma, extranodal and solid organ
// sites): "<lymphoma> with <organ> involvement" places the lymphoma in the organ, and the involvement is no metastasis of it,
// even in a sentence that calls another disease metastatic (d726 "myeloma vs metastatic carcinoma ... Lymphoma w/ bone
// involvement" C85.99). A solid cancer's "with bone involvement" stays its bone secondary.
const lymphomaInvolvement: readonly ReadingCase[] = [
  ['"Lymphoma w/ bone involvement" in a differential is C85.99, no bone secondary', 'Ddx: myeloma vs metastatic carcinoma vs Lymphoma w/ bone involvement.',
    [['myeloma', 'C9000', 'uncertain'], ['Lymphoma w/ bone involvement', 'C8599', 'uncertain']]],
  ['"Mantle cell lymphoma with GI involvement" is C83.19', 'Mantle cell lymphoma with GI involvement.', [['Mantle cell lymphoma with GI involvement', 'C8319', 'present']]],
  ['a solid cancer\'s bone involvement stays a bone secondary', 'Metastatic breast cancer with bone involvement.',
    [['breast cancer', 'null', 'present'], ['bone involvement', 'C7951', 'present']]],
];

// The same rule (Tabular C85.99), for a lymphoma offered as the other reading of a cancer written with its organ right before
// "vs": ANNOTATION.md's own example, "gastric adenocarcinoma vs lymphoma" of an antral mass C85.99 (d683). A finding's site set
// off before the differential ("anterior mediastinal mass: thymoma vs lymphoma", d45) places neither reading's lymphoma.
const alternativeOrgan: readonly ReadingCase[] = [
  ['"gastric adenocarcinoma vs lymphoma" places the lymphoma in the stomach', 'Ulcerated antral mass. r/o gastric adenocarcinoma vs lymphoma.',
    [['gastric adenocarcinoma', 'C163', 'uncertain'], ['lymphoma', 'C8599', 'uncertain']]],
  ['"mediastinal mass: thymoma vs lymphoma" leaves the lymphoma unplaced', 'Anterior mediastinal mass: thymoma vs lymphoma.',
    [['thymoma', 'D150', 'uncertain'], ['lymphoma', 'C8590', 'uncertain']]],
];

// ANNOTATION.md, "Complications named after the cancer are not mentions": metastatic cord compression is coded through the
// vertebral metastasis the note names, never as the cord's or the epidural space's C79.49, and direct extension is no
// metastasis ("Sites and columns"). So "Metastatic epidural spinal cord compression" is no mention (d467), and an epidural
// tumour beside a vertebral metastasis is that metastasis (table: bone / vertebra / Malignant Secondary C79.51; d759 "ventral
// epidural tumor abutting but not deforming the cord"); with no vertebral metastasis it keeps the table's epidural row (D49.7).
const epiduralExtension: readonly ReadingCase[] = [
  ['"Metastatic epidural spinal cord compression" is a complication, no mention', 'Metastatic epidural spinal cord compression at T10 from prostate ca bone mets.',
    [['prostate ca', 'C61', 'present'], ['bone mets', 'C7951', 'present']]],
  ['an epidural tumour beside a vertebral metastasis is the vertebral metastasis', 'T11 vertebral metastasis. MRI: ventral epidural tumor abutting the cord.',
    [['T11 vertebral metastasis', 'C7951', 'present'], ['epidural tumor', 'C7951', 'present']]],
  ['an epidural tumour alone keeps its row', 'MRI: ventral epidural tumor abutting the cord.', [['epidural tumor', 'D497', 'present']]],
];

// Guideline I.C.2.d: a malignancy excised or eradicated, with no further treatment and no evidence of disease, is coded by its
// Z85 code, whose categories go by the primary's site (Tabular Z85.038 Personal history of other malignant neoplasm of large
// intestine; Z85.3 … of breast; Z85.820 … of malignant melanoma of skin). A metastasis gone with its cancer is part of that
// history: d202 "R INGUINAL SLN 1/2 POS (MICROMETASTASIS)" after its thigh melanoma Z85.820, d159 "metastatic SCC" of an anal
// cancer Z85.048. The history cancer written just before it is its own, else the note's one history cancer.
const historySecondaries: readonly ReadingCase[] = [
  ['a treated breast cancer\'s liver metastases are its history', 'hx of breast ca with liver mets, treated, NED since 2015.',
    [['breast ca', 'Z853', 'history'], ['liver mets', 'Z853', 'history']]],
  ['a history metastasis takes the history cancer written before it', 'PMH: colon ca with liver mets s/p resection 2010, completed FOLFOX, NED. Also hx prostate ca s/p RP 2012, NED.',
    [['colon ca', 'Z85038', 'history'], ['liver mets', 'Z85038', 'history'], ['prostate ca', 'Z8546', 'history']]],
];

// ANNOTATION.md, "metastatic to X … metastatic X cancer: X is the primary" and round 15's "Metastatic <histology>": the nodes a
// pathology finding is about hold the cancer's spread (table: lymph gland, pelvic / Malignant Secondary C77.5; lymph gland,
// cervical C77.0), also when the histology names its organ itself rather than by a site word: d720 "2 of 19 pelvic lymph nodes
// positive for metastatic urothelial carcinoma" C77.5, d699 "FNA … positive for metastatic PTC" C77.0, d619 "metastatic Wilms
// tumor" of hilar nodes. A "metastatic" histology with no finding subject stays its primary.
const impliedOrganSpread: readonly ReadingCase[] = [
  ['nodes positive for metastatic urothelial carcinoma hold its secondary', '2 of 19 pelvic lymph nodes positive for metastatic urothelial carcinoma (ypN2).',
    [['metastatic urothelial carcinoma', 'C775', 'present'], ['urothelial carcinoma', 'C679', 'present']]],
  ['neck nodes positive for metastatic PTC hold its secondary beside the thyroid primary', 'Two R level IV lymph nodes positive for metastatic PTC.',
    [['metastatic PTC', 'C770', 'present'], ['PTC', 'C73', 'present']]],
  ['"Metastatic urothelial carcinoma" with no finding subject stays the primary', 'Metastatic urothelial carcinoma on pembrolizumab.', [['urothelial carcinoma', 'C679', 'present']]],
];

// ANNOTATION.md, "Uncertain mentions of the same lesion take its documented side or sub-site" (the rule-out of a biopsy part,
// d126): a requisition's "r/o MM part A, r/o BCC part B" is about the parts whose labels give their sites (table: skin, back →
// Tabular C43.59 Malignant melanoma of other part of trunk; skin, nose → C44.311 Basal cell carcinoma of skin of nose).
const specimenParts: readonly ReadingCase[] = [
  ['"r/o MM part A, r/o BCC part B" take the parts\' labelled sites',
    'Clinical information: 66 yo M. Multiple lesions sampled; r/o MM part A, r/o BCC part B.\n\nDIAGNOSIS:\nA. SKIN, LEFT UPPER BACK, SAUCERIZATION BIOPSY:\n   MALIGNANT MELANOMA, SUPERFICIAL SPREADING TYPE, INVASIVE.\n\nB. SKIN, RIGHT NASAL ALA, SHAVE BIOPSY:\n   BASAL CELL CARCINOMA, NODULAR TYPE.\n',
    [['MM', 'C4359', 'uncertain'], ['BCC', 'C44311', 'uncertain'], ['MALIGNANT MELANOMA', 'C4359', 'present'], ['BASAL CELL CARCINOMA', 'C44311', 'present']]],
];

// ANNOTATION.md, "Relapse in one note": a myeloma the note documents in relapse takes the relapse code (Tabular C90.02 Multiple
// myeloma in relapse). A sentence that opens with the relapse and names no disease states it of the disease before, as "In sCR."
// states a remission (d18 "Dx: multiple myeloma … auto-HCT 2/2026. Relapsed 10/2026 with new lytic lesions."); "Relapse risk"
// states none.
const openingRelapse: readonly ReadingCase[] = [
  ['"Relapsed 10/2026 …" after the myeloma is its relapse', 'Dx: multiple myeloma, IgA lambda, s/p VRd x4, auto-HCT 2/2026. Relapsed 10/2026 with new lytic lesions.',
    [['multiple myeloma', 'C9002', 'present']]],
  ['"Relapse risk is high" states no relapse', 'AML in CR1. Relapse risk is high; plan allo-HCT.', [['AML', 'C9201', 'present']]],
];

// Tabular C81.97 Hodgkin lymphoma, unspecified, spleen; C83.37 Diffuse large B-cell lymphoma, spleen: the spleen has its own fifth
// character (7), written as the adjective too ("splenic involvement", "splenic DLBCL", table: spleen, splenic NEC), not the
// extranodal 9. No corpus note changes with it; it completes the involvement rule above.
const splenicAdjective: readonly ReadingCase[] = [
  ['"Hodgkin lymphoma with splenic involvement" is C81.97', 'Hodgkin lymphoma with splenic involvement.', [['Hodgkin lymphoma with splenic involvement', 'C8197', 'present']]],
  ['"splenic DLBCL" is C83.37', 'splenic DLBCL', [['splenic DLBCL', 'C8337', 'present']]],
];

describe('narrative codes round 19: a lymphoma of the mediastinum or retroperitoneum is of their nodes', () => checkReadings(nodeBearingRegions));
describe('narrative codes round 19: a mediastinal large B-cell lymphoma is of the intrathoracic nodes', () => checkReadings(mediastinalLargeBCell));
describe('narrative codes round 19: a nodal metastasis of two joined node regions is of multiple regions', () => checkReadings(joinedRegionsBefore));
describe('narrative codes round 19: an untyped liver cancer takes the type its note documents', () => checkReadings(documentedLiverType));
describe('narrative codes round 19: a follicular lymphoma grade written as two grades is open between them', () => checkReadings(follicularGrades));
describe('narrative codes round 19: a lymphoma with an organ\'s involvement is in that organ', () => checkReadings(lymphomaInvolvement));
describe('narrative codes round 19: a lymphoma offered against an organ\'s cancer is of that organ', () => checkReadings(alternativeOrgan));
describe('narrative codes round 19: an epidural tumour of a vertebral metastasis is that metastasis', () => checkReadings(epiduralExtension));
describe('narrative codes round 19: a history metastasis is the personal history of its cancer', () => checkReadings(historySecondaries));
describe('narrative codes round 19: a metastatic histology that names its organ is spread in the nodes it is found in', () => checkReadings(impliedOrganSpread));
describe('narrative codes round 19: a question about a specimen part takes the part\'s labelled site', () => checkReadings(specimenParts));
describe('narrative codes round 19: a sentence that opens with the relapse is the disease\'s before it', () => checkReadings(openingRelapse));
describe('narrative codes round 19: the splenic adjective is the spleen\'s fifth character', () => checkReadings(splenicAdjective));
