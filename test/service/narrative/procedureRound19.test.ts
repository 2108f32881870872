import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 19 (issue 12): procedure and report documents (operative notes with frozen sections and pathology addenda, endoscopy,
 * EUS and EBUS reports, IR procedure notes, cytology reports), the blind batch d783–d802. Expected mentions and sections
 * follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the
 * Table of Neoplasms (FY2025).
 */

/** The section names the reader gives the headers of `text`, in order. */
function sectionNames(text: string): string[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).sections.map((section) => section.name);
}

// ANNOTATION.md's header table: "an addendum named only by its date, time, author or service, whatever follows the date" is
// `Addendum` ("ADDENDUM 12/04 (path reviewed w/ team)"), and "an addendum whose header names the pathology part it adds" is
// `Pathology` ("ADDENDUM - PATHOLOGY (10/16/2026)", "Cytology addendum"). A procedure note annotates its addendum with a
// reviewer, a parenthesis holding its own punctuation or a decoration: d784 "ADDENDUM 12/06/2026 (final path reviewed):",
// d799 "ADDENDUM 12/01/2026 (cytology reviewed, HL/MF):", d789 "ADDENDUM (12/07/26) final path:", d788 "=== ADDENDUM -
// PATHOLOGY (11/26/2026) ===", d798 "ADDENDUM - CYTOLOGY (12/04/2026)", d794 "CYTOLOGY ADDENDUM 12/02/2026 (Dr. Amadi)".
const ADDENDUM_HEADERS: readonly (readonly [string, readonly string[]])[] = [
  ['Plan: f/u path.\n\nADDENDUM 12/06/2026 (final path reviewed):\nA. Invasive ductal carcinoma.', ['Plan', 'Addendum']],
  ['Plan: f/u cytology.\n\nADDENDUM 12/01/2026 (cytology reviewed, HL/MF):\nPleural fluid: adenocarcinoma.', ['Plan', 'Addendum']],
  ['Plan: f/u path.\n\nADDENDUM (12/07/26) final path:\n(A) Renal cell carcinoma.', ['Plan', 'Addendum']],
  ['Disposition: SICU.\n\n=== ADDENDUM - PATHOLOGY (11/26/2026) ===\nA. Adenocarcinoma.', ['Plan', 'Pathology']],
  ['Impression: ascites.\n\nADDENDUM - CYTOLOGY (12/04/2026)\nAscites: POSITIVE FOR MALIGNANCY.', ['Impression', 'Pathology']],
  ['Recommendations: f/u cytology.\n\nCYTOLOGY ADDENDUM 12/02/2026 (Dr. Amadi)\nA. Pancreas: adenocarcinoma.', ['Assessment and Plan', 'Pathology']],
  ['Plan: see addendum (12/04) for path.\nHematology addendum 12/04 (Dr. Li):\nMarrow: no lymphoma.', ['Plan', 'Addendum']],
];

// ANNOTATION.md's header table and round 17: a procedure note's "TECHNIQUE" is the procedure itself, `Procedure` (d786, d789,
// d791, d798 "Technique - port:"), while an imaging report's technique, with no Procedure header before it, stays `Results`;
// "INDICATIONS FOR OPERATION" is the story of the illness as "Indications for surgery" is (d785); a frozen-section label with
// its pathologist opening its own line or list item is `Pathology` ("- Frozen (Dr. Vukovic):", d785), but an indented "Frozen:"
// continuing a findings item keeps the findings' section (d171).
const PROCEDURE_NOTE_HEADERS: readonly (readonly [string, readonly string[]])[] = [
  ['PROCEDURE: TURBT.\nTECHNIQUE:\nExophytic component of the tumor resected.', ['Procedure', 'Procedure']],
  ['Procedures: port, paracentesis.\nTechnique - port: R IJ accessed.', ['Procedure', 'Procedure']],
  ['COMPARISON: none.\nTECHNIQUE: Axial images after contrast.', ['Results', 'Results']],
  ['INDICATIONS FOR OPERATION:\nRUL nodule.', ['History of Present Illness']],
  ['FINDINGS:\n- RUL lesion.\n- Frozen (Dr. Vukovic): "Non-small cell carcinoma."', ['Results', 'Pathology']],
  ['FINDINGS:\n- IOUS: 1.4 cm lesion seg 6. Wedge excision.\n  Frozen: metastatic adenocarcinoma.', ['Results']],
];

describe('narrative round 19 procedure documents: procedure note headers', () => {
  for (const [text, names] of PROCEDURE_NOTE_HEADERS) it(JSON.stringify(text.split('\n').slice(-1)[0]), () => assert.deepEqual(sectionNames(text), names));
});

describe('narrative round 19 procedure documents: addendum headers', () => {
  for (const [text, names] of ADDENDUM_HEADERS) it(JSON.stringify(text.split('\n').slice(-2, -1)[0]), () => assert.deepEqual(sectionNames(text), names));
});

// ANNOTATION.md, "Lymph node metastasis by region" and round 17 ("Inside a procedure note's Findings block, its sampling and
// organ sub-labels (… a linear-EBUS station list …) are fields of the findings"): an EBUS report lists each station as an
// item opening with the station and a colon, describes the node, then gives the on-site reading ("- Stn 7: 18 mm, round. 3
// passes. ROSE: malignant cells"), and the cytology addendum labels its parts "LN stn 4L:" (d796). Stations 2–9 are
// mediastinal, 10–11 hilar and interlobar: table: lymph gland, mediastinal / hilar / bronchopulmonary, Malignant Secondary
// C77.1 (Tabular C77.1 Secondary and unspecified malignant neoplasm of intrathoracic lymph nodes).
const stationItems: readonly ReadingCase[] = [
  ['an EBUS station item\'s ROSE reading is of its station', 'EBUS:\n- Stn 7: 18 mm, round, necrosis. 3 passes. ROSE: malignant cells, squamous features.\n- Stn 4R: 6 mm, oval. 3 passes. ROSE: lymphocytes only,\n  no malignant cells.',
    [['malignant cells', 'C771', 'present'], ['malignant cells', 'C771', 'negated']]],
  ['"LN stn 4L:" labels its part with the station', 'FINAL CYTOLOGY:\nB. LN stn 4L: Squamous cell carcinoma.\nD. LN stn 4R: Negative for malignancy.',
    [['Squamous cell carcinoma', 'C771', 'present'], ['malignancy', 'C771', 'negated']]],
  ['an item that names a site of its own keeps it', 'Findings:\n- Stn 7: 18 mm. Liver: 2 cm lesion c/w metastasis.', [['Liver: 2 cm lesion c/w metastasis', 'C787', 'uncertain']]],
];

describe('narrative round 19 procedure documents: station items', () => checkReadings(stationItems));

// ANNOTATION.md, settled 2026-12-05: "Only 'c/w' is settled by the note's own tissue; every other hedge keeps its own words",
// and an image's or a clinical "c/w X" is uncertain unless the same note's tissue establishes it. An operative note's MRI
// "c/w clear cell RCC" is settled by its own pathology addendum (d789: table: kidney / Malignant Primary C64.-; right ->
// C64.1 Malignant neoplasm of right kidney, except renal pelvis), a ROSE "consistent with pancreatic adenocarcinoma" by the
// EUS report's cytology addendum (d794: table: pancreas / body / Malignant Primary C25.1). An imaging Impression's plain
// restatement settles nothing ("Each statement's assertion comes from its own words"), and "suspicious for" keeps its doubt.
const settledConclusions: readonly ReadingCase[] = [
  ['an MRI "c/w" is settled by the note\'s pathology addendum',
    'Indication: MRI 9/12: 4.1 cm enhancing R renal mass, c/w clear cell RCC.\nPlan: f/u path.\n\nADDENDUM (12/07/26) final path:\n(A) R kidney, partial nephrectomy: Renal cell carcinoma, clear cell type.',
    [['RCC', 'C641', 'present'], ['Renal cell carcinoma', 'C641', 'present']]],
  ['an Impression restating the finding settles nothing', 'Findings: 2 cm L adrenal nodule, -5 HU, c/w lipid-rich adenoma.\nImpression: L adrenal adenoma.',
    [['lipid-rich adenoma', 'D3502', 'uncertain'], ['L adrenal adenoma', 'D3502', 'present']]],
  ['"suspicious for" keeps its doubt beside the tissue', 'Pre-op dx: R renal mass, suspicious for RCC.\nPathology: R kidney, partial nephrectomy: renal cell carcinoma.',
    [['RCC', 'C641', 'uncertain'], ['renal cell carcinoma', 'C641', 'present']]],
];

describe('narrative round 19 procedure documents: "c/w" settled by the note\'s tissue', () => checkReadings(settledConclusions));

// ANNOTATION.md, "Lymph node metastasis by region": the nodes of a resection specimen with no region written are the resected
// organ's regional nodes, a Whipple's table: lymph gland, intra-abdominal / Malignant Secondary C77.2. A node count written
// as a fraction before "regional lymph nodes" (d788 "Metastatic adenocarcinoma in 2/19 regional lymph nodes") is stepped over
// as "2 of 19" is. The numbered stations of gastric and pancreatic surgery (d788 "Station 8a lymph node", the common hepatic
// artery's) are abdominal nodes in an encounter whose cancers all drain there (C77.2), not the chest's IASLC station 8 (C77.1).
const resectionNodeCounts: readonly ReadingCase[] = [
  ['a fraction before "regional lymph nodes" is a node count', 'Procedure: Whipple.\nPathology:\nMetastatic adenocarcinoma in 2/19 regional lymph nodes.',
    [['Metastatic adenocarcinoma in 2/19 regional lymph nodes', 'C772', 'present']]],
  ['a station node of a pancreatic cancer is abdominal', 'Dx: pancreatic head adenocarcinoma.\nFROZEN SECTIONS:\n- Station 8a lymph node: no carcinoma seen on frozen',
    [['pancreatic head adenocarcinoma', 'C250', 'present'], ['carcinoma', 'C772', 'negated']]],
  ['a station node of a lung cancer stays in the chest', 'Dx: RUL adenocarcinoma.\nFROZEN SECTIONS:\n- Station 7 lymph node: no carcinoma seen on frozen',
    [['RUL adenocarcinoma', 'C3411', 'present'], ['carcinoma', 'C771', 'negated']]],
];

describe('narrative round 19 procedure documents: resection node counts and stations', () => checkReadings(resectionNodeCounts));

// ANNOTATION.md round 17, "The sentinel nodes of a breast cancer's surgery, no region written, are axillary" (table: lymph
// gland, axilla, axillary / Malignant Secondary C77.3), read when every cancer of the encounter is the breast's. A mastectomy
// report's "Nipple: no carcinoma" denies the breast cancer at the nipple (table: nipple / Malignant Primary C50.0-, Tabular
// C50.0 Malignant neoplasm of nipple and areola), the breast's own row, so it leaves the sentinel nodes axillary (d784).
const breastSentinelNodes: readonly ReadingCase[] = [
  ['a denied nipple carcinoma leaves the breast\'s sentinel node axillary', 'Dx: L breast IDC. Nipple: no carcinoma.\nSLN #2: negative for metastatic carcinoma (0/1).',
    [['L breast IDC', 'null', 'present'], ['carcinoma', 'null', 'negated'], ['SLN #2: negative for metastatic carcinoma', 'C773', 'negated']]],
];

describe('narrative round 19 procedure documents: breast sentinel nodes', () => checkReadings(breastSentinelNodes));

// ANNOTATION.md, "More non-mentions": "the adenoma a carcinoma arises in: 'adenocarcinoma arising in a tubulovillous adenoma'
// is one malignant mention" (Index: Adenocarcinoma, in tubulovillous adenoma — see Neoplasm, malignant; table: colon / sigmoid
// / Malignant Primary C18.7; d793's polypectomy addendum, the line wrapped before "adenoma"). A separate adenoma stays.
const arisingAdenomas: readonly ReadingCase[] = [
  ['the adenoma a carcinoma arises in is no mention', 'Path: C. Sigmoid polyp: Well differentiated adenocarcinoma arising in a tubulovillous\n   adenoma, pT1.',
    [['adenocarcinoma', 'C187', 'present']]],
  ['an adenoma of another part stays', 'Path: A. Cecum polyp: tubular adenoma.\nC. Sigmoid polyp: adenocarcinoma arising in a tubular adenoma.',
    [['tubular adenoma', 'D120', 'present'], ['adenocarcinoma', 'C187', 'present']]],
];

describe('narrative round 19 procedure documents: the adenoma a carcinoma arises in', () => checkReadings(arisingAdenomas));

// ANNOTATION.md, "Lymph node metastasis by region" (table: lymph gland, axilla, axillary / Malignant Secondary C77.3; intrapelvic
// C77.5) and round 17, "The sentinel nodes of a breast cancer's surgery, no region written, are axillary": a lymph node called
// positive, the word right before it, is the node's metastasis (d784's post-op diagnosis "positive left axillary sentinel lymph
// node" and its completion dissection "for +SLN on frozen"). A spaced plus is "and" ("TLH/BSO + SLN", d537), an imaging study's
// "PET positive" node is an avid node, and a bare count of "positive nodes" as a threshold names no node (d399).
const positiveNodes: readonly ReadingCase[] = [
  ['a positive sentinel node with its region is its metastasis', 'Pre-op Dx: Left breast IDC.\nPost-op Dx: Same, + positive left axillary sentinel lymph node on frozen section',
    [['Left breast IDC', 'null', 'present'], ['positive left axillary sentinel lymph node', 'C773', 'present']]],
  ['a plus written onto the SLN calls it positive', 'Dx: Left breast IDC.\nProcedure: Left axillary lymph node dissection (completion, for +SLN on frozen)',
    [['Left breast IDC', 'null', 'present'], ['+SLN', 'C773', 'present']]],
  ['a positive pelvic node is the pelvic secondary', 'Dx: cervical SCC. Post-op Dx: positive right pelvic lymph node.',
    [['cervical SCC', 'C539', 'present'], ['positive right pelvic lymph node', 'C775', 'present']]],
  ['a spaced plus before the SLN is "and"', 'Dx: endometrial carcinoma. s/p TLH/BSO + SLN 10/2026, SLNs negative.',
    [['endometrial carcinoma', 'C541', 'present']]],
  ['a PET positive node is left to the imaging rules', 'Dx: rectal cancer. PET positive pelvic node.', [['rectal cancer', 'C20', 'present']]],
  ['a count of positive nodes as a threshold names no node', 'Dx: testicular seminoma. Will hold chemo unless RPLND path shows >2 positive nodes.',
    [['testicular seminoma', 'null', 'present']]],
];

describe('narrative round 19 procedure documents: positive nodes', () => checkReadings(positiveNodes));

// Guideline I.C.2.d (a history code only when the malignancy is excised or eradicated, no further treatment directed to the site,
// and no evidence of any existing primary malignancy there) and ANNOTATION.md, "Tumor" of a proven cancer: a tumour called
// recurrent at the organ of the patient's treated cancer is that cancer back, so the old cancer's "on surveillance" states no
// outcome for the note's other mentions of it (d786's TURBT: "PRE-OP DIAGNOSIS: Recurrent bladder tumor", a LG Ta carcinoma
// resected in 2023 "on surveillance", and the addendum's carcinoma, all present; table: bladder / Malignant Primary C67.-).
const recurrentLesions: readonly ReadingCase[] = [
  ['a recurrent tumour keeps its organ\'s cancer current', 'PRE-OP DIAGNOSIS: Recurrent bladder tumor, L lateral wall (D49.4)\n\nHISTORY/INDICATION:\n'
    + '69M ex-smoker, LG Ta urothelial carcinoma of dome resected 03/2023, BCG naive, on\nsurveillance cysto q6mo. Office flex cysto 10/30/26: 3 cm papillary tumor L lateral wall.\n\n'
    + 'ADDENDUM - PATHOLOGY 11/24/2026\nA. Invasive high-grade papillary urothelial carcinoma, invading lamina propria (pT1).',
    [['bladder tumor', 'C672', 'present'], ['urothelial carcinoma', 'Z8551', 'history'], ['tumor', 'C672', 'present'], ['urothelial carcinoma', 'C672', 'present']]],
  ['a treated cancer on surveillance with no recurrence stays history', 'HISTORY: LG Ta urothelial carcinoma of dome resected 03/2023, on surveillance cysto q6mo.\n'
    + 'Cysto today: no bladder tumor seen.\n\nDIAGNOSIS: Urothelial carcinoma of bladder.',
    [['urothelial carcinoma', 'Z8551', 'history'], ['bladder tumor', 'C679', 'negated'], ['Urothelial carcinoma of bladder', 'Z8551', 'history']]],
];

describe('narrative round 19 procedure documents: a recurrent tumour', () => checkReadings(recurrentLesions));
