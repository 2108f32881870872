import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Codes round 20 (issue 12): mentions the reader already found with the wrong code, read as a coder reads them. Codes checked
 * against the FY2027 code titles (/work/shared/codesets/icd10cm-2027): D21.4 Benign neoplasm of connective and other soft
 * tissue of abdomen; D13.0 Benign neoplasm of esophagus; D25.9 Leiomyoma of uterus, unspecified.
 */

// ANNOTATION.md, "A leiomyoma of the stomach is D21.4": the Index sends a leiomyoma outside the uterus to the Table ("Leiomyoma —
// see also Neoplasm, connective tissue, benign"), whose connective tissue list has the row "connective tissue, stomach" (Benign
// D21.4); a site the list does not name is coded as a neoplasm of that site (the Table's note to the list: an esophageal
// leiomyoma is table: esophagus / Benign D13.0). The uterus, the other female genital organs and the pelvis keep "Leiomyoma,
// uterus" D25.9. A leiomyoma offered against a GIST ("GIST vs leiomyoma") is of the GIST's organ (d271, d392, d770).
const leiomyomaOutsideUterus: readonly ReadingCase[] = [
  ['a gastric leiomyoma is the connective tissue of the abdomen', 'Gastric leiomyoma.', [['Gastric leiomyoma', 'D214', 'present']]],
  ['"leiomyoma of the stomach" is D21.4', 'Leiomyoma of the stomach.', [['Leiomyoma of the stomach', 'D214', 'present']]],
  ['an esophageal leiomyoma is the esophagus\'s benign neoplasm', 'Esophageal leiomyoma.', [['Esophageal leiomyoma', 'D130', 'present']]],
  ['a uterine leiomyoma stays D25.9', 'Uterine leiomyoma.', [['Uterine leiomyoma', 'D259', 'present']]],
  ['a pelvic mass read as a leiomyoma stays D25.9', 'Pelvic mass c/w leiomyoma.', [['leiomyoma', 'D259', 'uncertain']]],
  ['a leiomyoma offered against a gastric GIST is gastric (d392)', 'Gastric GIST. DDx: GIST vs leiomyoma.',
    [['Gastric GIST', 'C49A2', 'present'], ['GIST', 'C49A2', 'uncertain'], ['leiomyoma', 'D214', 'uncertain']]],
  ['a leiomyoma in the next sentence of a GIST keeps D25.9', 'Gastric GIST. Also leiomyoma on US.',
    [['Gastric GIST', 'C49A2', 'present'], ['leiomyoma', 'D259', 'present']]],
];

// ANNOTATION.md, "An untyped MDS restating the patient's typed MDS takes the documented type" and Round 20 decision 3 (a
// rule-out asked before the note establishes the diagnosis keeps its hedge and takes the type the note then proves for that
// lesion: Guideline II.H, "coded as if it existed"; Tabular D46.C Myelodysplastic syndrome with isolated del(5q) chromosomal
// abnormality, D46.21 Refractory anemia with excess of blasts 1): "? MDS" on a consult request (d196) and "r/o MDS" in a marrow
// report's history (d509) take the type, as the same words after the typed MDS do.
const askedMyelodysplasia: readonly ReadingCase[] = [
  ['"? MDS" on the request before the typed MDS takes its type (d196)', 'Reason: anemia, ? MDS\nMarrow: MDS with isolated del(5q). Plan: MDS tx.',
    [['MDS', 'D46C', 'uncertain'], ['MDS with isolated del(5q)', 'D46C', 'present'], ['MDS', 'D46C', 'present']]],
  ['"r/o MDS" before the typed MDS takes its type (d509)', 'Clinical history: r/o MDS.\nDx MDS-EB-1, IPSS-M high.',
    [['MDS', 'D4621', 'uncertain'], ['MDS-EB-1', 'D4621', 'present']]],
  ['a doubted MDS after the typed MDS restates it', 'Dx MDS-EB-1. Possible MDS progression.',
    [['MDS-EB-1', 'D4621', 'present'], ['MDS', 'D4621', 'uncertain']]],
];

// ANNOTATION.md, "Side and sub-site documented elsewhere in the note" (the pathology part's label is the statement's own site):
// an operative note lists its specimens by letter and its pathology addendum answers part by part with the same letters and no
// site, so each answer is read at its part's site (d786: part A "Bladder tumor, L lateral wall" → table: bladder / wall /
// lateral C67.2 Malignant neoplasm of lateral wall of bladder; part C "Bladder, L posterior wall papillary lesion" → C67.4
// Malignant neoplasm of posterior wall of bladder; part F "Prostatic urethra" → table: urethra / Ca in situ D09.19 Carcinoma in
// situ of other urinary organs). A node with no region takes its part's region (table: lymph gland, axilla / Malignant
// Secondary C77.3). The list's last item covers its own sentence only: what follows is the note's again.
const letteredParts: readonly ReadingCase[] = [
  ['an addendum\'s lettered answers take their specimen lines\' sites (d786)',
    'SPECIMENS:\nA. Bladder tumor, L lateral wall, TURBT\nB. Bladder, L posterior wall papillary lesion\nC. Prostatic urethra, bx\n\n'
    + 'ADDENDUM - PATHOLOGY:\nA. Invasive high-grade papillary urothelial carcinoma (pT1).\nB. Papillary urothelial carcinoma, low grade, noninvasive (pTa).\n'
    + 'C. Benign urothelial mucosa, negative for CIS.\nDiscussed HG T1 w/ CIS.',
    [['Bladder tumor', 'C672', 'present'], ['urothelial carcinoma', 'C672', 'present'], ['urothelial carcinoma', 'C674', 'present'],
      ['CIS', 'D0919', 'negated'], ['CIS', 'D090', 'present']]],
  ['a node with no region takes its part\'s region',
    'SPECIMENS:\nA. Left breast, mastectomy\nB. Lymph node, left axilla\n\nADDENDUM - PATHOLOGY:\nA. Invasive ductal carcinoma, 2.6 cm.\n'
    + 'B. One lymph node, negative for metastatic carcinoma (0/1).',
    [['ductal carcinoma', 'null', 'present'], ['lymph node, negative for metastatic carcinoma', 'C773', 'negated']]],
];

// Index: Leukemia, acute NEC C95.0- (Tabular C95.00 Acute leukemia of unspecified cell type not having achieved remission):
// "acute leukemia" names the acute leukaemia of unspecified cell type, not the Index's leukaemia NOS (C95.90), and a CLL is no
// type of it (d357 "no evidence of acute leukemia" in a CLL patient's marrow, d568 "risk of transformation to acute
// leukemia"); in an AML note it is the AML (C92.00), as an untyped leukaemia is (ANNOTATION.md, the untyped leukaemia rule).
// A type denied right before it ("no transformation to AML") is no type the record documents, as a refuted one is not (d357).
const acuteLeukaemia: readonly ReadingCase[] = [
  ['a CLL patient\'s denied "acute leukemia" is C95.00 (d357)', 'CLL/SLL, Rai 0. BM bx: no evidence of acute leukemia.',
    [['CLL/SLL', 'C9110', 'present'], ['acute leukemia', 'C9500', 'negated']]],
  ['a feared "acute leukemia" is C95.00 (d568)', 'Low risk of transformation to acute leukemia.', [['acute leukemia', 'C9500', 'hypothetical']]],
  ['an AML patient\'s "acute leukemia" is the AML', 'AML (NPM1+), D+16. Marrow: no residual acute leukemia.',
    [['AML', 'C9200', 'present'], ['acute leukemia', 'C9200', 'negated']]],
  ['a denied AML types no leukaemia', 'Post-PV MF. No transformation to AML. Risk of leukemia discussed.',
    [['Post-PV MF', 'D474', 'present'], ['AML', 'C9200', 'negated'], ['leukemia', 'C9590', 'hypothetical']]],
];

// ANNOTATION.md, "Side and sub-site documented elsewhere in the note" (a coder codes the most specific diagnosis the record
// documents): a benign histology that implies its organ, written again without its part, restates the lesion the encounter
// places at one part in the same words (d769's result letter: "tubulovillous adenoma" of part A, ascending colon, table: colon /
// ascending / Benign D12.2 Benign neoplasm of ascending colon; "tubular adenomas" of part B, D12.3 Benign neoplasm of transverse
// colon; d504 "f/u meningioma" of the R frontal convexity meningioma, D32.0 Benign neoplasm of cerebral meninges). Words placed
// at two parts leave the restatement at the organ (D12.6 Benign neoplasm of colon, unspecified).
const restatedBenignParts: readonly ReadingCase[] = [
  ['a result letter restates each polyp at its part (d769)',
    'PATHOLOGY:\nA. Colon, ascending, polypectomy: Tubulovillous adenoma.\nB. Colon, transverse, polypectomy: Tubular adenomas (2 fragments).\n\n'
    + 'Letter: the large polyp was a tubulovillous adenoma. The two small polyps were tubular adenomas.',
    [['Tubulovillous adenoma', 'D122', 'present'], ['Tubular adenomas', 'D123', 'present'], ['tubulovillous adenoma', 'D122', 'present'],
      ['tubular adenomas', 'D123', 'present']]],
  ['adenomas of two parts leave the restatement at the colon',
    'PATHOLOGY:\nA. Colon, ascending, polypectomy: Tubular adenoma.\nB. Colon, sigmoid, polypectomy: Tubular adenoma.\n\nLetter: both polyps were tubular adenomas.',
    [['Tubular adenoma', 'D122', 'present'], ['Tubular adenoma', 'D125', 'present'], ['tubular adenomas', 'D126', 'present']]],
  ['a meningioma named before its site is of the meninges documented (d504)', 'Chief Complaint: f/u meningioma; new L hearing loss\nHPI: 67 yo M w/ known R frontal convexity meningioma (2.4 cm).',
    [['meningioma', 'D320', 'present'], ['frontal convexity meningioma', 'D320', 'present']]],
];

// Tabular D17.- Benign lipomatous neoplasm by site (D17.1 … of skin and subcutaneous tissue of trunk, D17.24 … of left leg,
// D17.39 … of other sites): "subcutaneous" names the tissue, and the body surface written right after it says which skin (d712
// "subcutaneous lipoma R upper back" D17.1); with no surface written the lipoma stays D17.39.
const lipomaSurface: readonly ReadingCase[] = [
  ['a subcutaneous lipoma of the upper back is of the trunk (d712)', 'Back: 4 cm soft mobile subcutaneous lipoma R upper back, unchanged.',
    [['subcutaneous lipoma', 'D171', 'present']]],
  ['a subcutaneous lipoma of the left thigh is of the left leg', 'Subcutaneous lipoma of the L thigh.', [['Subcutaneous lipoma', 'D1724', 'present']]],
  ['a subcutaneous lipoma of no surface stays D17.39', 'Subcutaneous lipoma.', [['Subcutaneous lipoma', 'D1739', 'present']]],
];

// ANNOTATION.md, coordinated sites (one entry per site), and Tabular D25.1 Intramural leiomyoma of uterus / D25.2 Subserosal
// leiomyoma of uterus: a pathology line that sets two layers off after the plural ("Leiomyomata, intramural and subserosal")
// documents a leiomyoma of each layer, so a fibroid restated without its layer is of two layers and stays D25.9 Leiomyoma of
// uterus, unspecified (d559 "presumed fibroids", "multiple leiomyomata").
const layersSetOffAfter: readonly ReadingCase[] = [
  ['two layers set off after the plural are two leiomyomas, and the restatement stays D25.9 (d559)',
    'Uterus: multiple leiomyomata.\n  - Leiomyomata, intramural and subserosal (3, up to 2.1 cm).',
    [['leiomyomata', 'D259', 'present'], ['Leiomyomata, intramural and subserosal', 'D251', 'present'], ['Leiomyomata, intramural and subserosal', 'D252', 'present']]],
  ['one layer set off stays one leiomyoma', 'Leiomyomata, intramural.', [['Leiomyomata, intramural', 'D251', 'present']]],
];

// Index: Cholangiocarcinoma C22.1 (no site; Tabular C22.1 Intrahepatic bile duct carcinoma), "specified site NEC — see Neoplasm,
// malignant, by site"; Index: Klatskin's tumor C24.0 (Tabular C24.0 Malignant neoplasm of extrahepatic bile duct). A note that
// documents its cholangiocarcinoma at the hilum has specified its site, so a site-less restatement is that cancer (d795 "c/w
// cholangiocarcinoma" of the hilar stricture's biopsy); a note that also writes an intrahepatic one keeps C22.1.
const documentedBileDuct: readonly ReadingCase[] = [
  ['a hilar cholangiocarcinoma\'s site-less restatement is C24.0 (d795)', 'Hilar cholangiocarcinoma (Klatskin). Path: c/w cholangiocarcinoma.',
    [['Hilar cholangiocarcinoma', 'C240', 'present'], ['cholangiocarcinoma', 'C240', 'present']]],
  ['a note with an intrahepatic one keeps C22.1', 'Intrahepatic cholangiocarcinoma. Hilar cholangiocarcinoma? Cholangiocarcinoma.',
    [['Intrahepatic cholangiocarcinoma', 'C221', 'present'], ['Hilar cholangiocarcinoma', 'C240', 'uncertain'], ['Cholangiocarcinoma', 'C221', 'present']]],
];

// ANNOTATION.md, "Side and sub-site documented elsewhere in the note" for nodes (encounterNodeRegion.ts): a nodal metastasis with
// no region takes the one region the encounter's nodal metastases name, and two rows of one Table region are one region (table:
// lymph gland, gastric and celiac / Malignant Secondary C77.2 Secondary and unspecified malignant neoplasm of intra-abdominal
// lymph nodes; d721 "metastatic to liver and perigastric/celiac nodes" … "GEJ adenocarcinoma w/ liver and nodal mets" C77.2).
// Nodes of two regions leave it at C77.9 Secondary and unspecified malignant neoplasm of lymph node, unspecified.
const oneTableRegion: readonly ReadingCase[] = [
  ['perigastric and celiac nodes are one region for the nodal mets (d721)',
    'Adenocarcinoma of the gastroesophageal junction, metastatic to liver and perigastric/celiac nodes.\nA/P: GEJ adenocarcinoma w/ liver and nodal mets.',
    [['Adenocarcinoma of the gastroesophageal junction', 'C160', 'present'], ['metastatic to liver', 'C787', 'present'], ['perigastric', 'C772', 'present'],
      ['celiac nodes', 'C772', 'present'], ['GEJ adenocarcinoma', 'C160', 'present'], ['liver', 'C787', 'present'], ['nodal mets', 'C772', 'present']]],
  ['nodes of two regions leave the nodal mets at C77.9',
    'Adenocarcinoma of the gastroesophageal junction, metastatic to liver and mediastinal/celiac nodes.\nA/P: GEJ adenocarcinoma w/ liver and nodal mets.',
    [['Adenocarcinoma of the gastroesophageal junction', 'C160', 'present'], ['metastatic to liver', 'C787', 'present'], ['mediastinal', 'C771', 'present'],
      ['celiac nodes', 'C772', 'present'], ['GEJ adenocarcinoma', 'C160', 'present'], ['liver', 'C787', 'present'], ['nodal mets', 'C779', 'present']]],
];

describe('narrative codes round 20: a leiomyoma outside the uterus is coded by the Table', () => checkReadings(leiomyomaOutsideUterus));
describe('narrative codes round 20: an MDS asked about before the note types it stays unspecified', () => checkReadings(askedMyelodysplasia));
describe('narrative codes round 20: an addendum\'s lettered answer is read at its specimen line\'s site', () => checkReadings(letteredParts));
describe('narrative codes round 20: an acute leukaemia of no cell type is C95.0-', () => checkReadings(acuteLeukaemia));
describe('narrative codes round 20: a benign histology restated takes the part the encounter places it at', () => checkReadings(restatedBenignParts));
describe('narrative codes round 20: a subcutaneous lipoma takes the body surface written after it', () => checkReadings(lipomaSurface));
describe('narrative codes round 20: two fibroid layers set off after the plural are a leiomyoma of each', () => checkReadings(layersSetOffAfter));
describe('narrative codes round 20: a site-less cholangiocarcinoma of a hilar one is C24.0', () => checkReadings(documentedBileDuct));
describe('narrative codes round 20: two node rows of one Table region are one region', () => checkReadings(oneTableRegion));
