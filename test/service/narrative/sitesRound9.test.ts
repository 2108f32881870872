import * as assert from 'node:assert/strict';
import { rowForPath } from '../../../server/src/service/narrative/tablePath';
import { DESMOID_REGIONS } from '../../../server/src/service/narrative/desmoidSites';
import { defaultContext } from '../../narrative/evaluate';
import { checkReadings } from './readingCases';

/**
 * Vocabulary, sites and codes round 9 (issue 12): phrasings the blind dev batches d363–d402 showed the reader
 * missing, written as families of phrasing rather than copied from one note. Each expected code cites its
 * Table of Neoplasms row (FY2025 table), Index entry or Tabular code (FY2027 code file titles); each case read
 * differently before this round unless its title opens with "guard", which pins what the new reading must not change.
 */

describe('narrative sites round 9: one tumour written across two parts of an organ is its overlapping lesion', () => {
  checkReadings([
    // Table: pancreas, body C25.1; pancreas, tail C25.2; pancreas, overlapping lesion C25.8 (Tabular C25.8 Malignant
    // neoplasm of overlapping sites of pancreas).
    ['"pancreatic adenocarcinoma (body/tail, dx …)" is the overlapping lesion', 'PMHx: metastatic pancreatic adenocarcinoma (body/tail, dx 5/2026) w/ peritoneal carcinomatosis.', [
      ['pancreatic adenocarcinoma', 'C258', 'present'], ['peritoneal carcinomatosis', 'C786', 'present'],
    ]],
    ['"adenocarcinoma of the pancreatic body/tail"', 'Dx: adenocarcinoma of the pancreatic body/tail.', [['adenocarcinoma of the pancreatic body', 'C258', 'present']]],
    ['"pancreatic body/tail adenocarcinoma" (the second part between the site and the histology)', 'Dx: pancreatic body/tail adenocarcinoma.', [
      ['pancreatic body/tail adenocarcinoma', 'C258', 'present'],
    ]],
    ['"pancreatic adenocarcinoma of the body/tail" (the parts after the histology)', 'Dx: pancreatic adenocarcinoma of the body/tail.', [['pancreatic adenocarcinoma', 'C258', 'present']]],
    ['"pancreatic adenocarcinoma of the body and tail"', 'Dx: pancreatic adenocarcinoma of the body and tail.', [['pancreatic adenocarcinoma', 'C258', 'present']]],
    ['guard: "of the tail" alone is the tail (C25.2)', 'Dx: pancreatic adenocarcinoma of the tail.', [['pancreatic adenocarcinoma', 'C252', 'present']]],
    ['"pancreatic body and tail adenocarcinoma"', 'Dx: pancreatic body and tail adenocarcinoma.', [['pancreatic body and tail adenocarcinoma', 'C258', 'present']]],
    // Table: pancreas, head C25.0; pancreas, neck C25.7: two parts with different codes.
    ['"pancreatic adenocarcinoma (head/neck)"', 'Dx: pancreatic adenocarcinoma (head/neck).', [['pancreatic adenocarcinoma', 'C258', 'present']]],
    // Table: stomach, antrum (pyloric) C16.3; stomach, body C16.2; stomach, overlapping lesion C16.8.
    ['"gastric adenocarcinoma (body/antrum)"', 'Dx: gastric adenocarcinoma (body/antrum).', [['gastric adenocarcinoma', 'C168', 'present']]],
    ['guard: one part in the parenthesis stays that part (pancreas, tail C25.2)', 'Dx: pancreatic adenocarcinoma (tail).', [['pancreatic adenocarcinoma', 'C252', 'present']]],
    ['guard: a part joined to a word that is no part of the organ keeps the part (pancreas, body C25.1)', 'Dx: pancreatic adenocarcinoma (body/liver).', [
      ['pancreatic adenocarcinoma', 'C251', 'present'],
    ]],
  ]);
});

describe('narrative sites round 9: a desmoid tumour is coded by the region of its site (Tabular D48.11-)', () => {
  checkReadings([
    // Index: Desmoid — see Neoplasm, connective tissue, uncertain behavior (D48.1), which the Tabular splits: D48.11- Desmoid
    // tumor, by region (ANNOTATION.md, "Desmoid"). D48.113 Desmoid tumor of abdominal wall.
    ['"Desmoid L abdominal wall" is the abdominal wall\'s', '2. Desmoid L abdominal wall - continued active surveillance, MRI 6 mo.', [['Desmoid L abdominal wall', 'D48113', 'present']]],
    ['"desmoid tumor of L rectus abdominis": the muscle is the abdominal wall', 'Separately: desmoid tumor of L rectus abdominis (postpartum 2012), watch & wait, stable size.', [
      ['desmoid tumor of L rectus abdominis', 'D48113', 'present'],
    ]],
    // D48.116 Desmoid tumor of lower extremity and pelvic girdle (includes the buttock); D48.115 of upper extremity and shoulder girdle.
    ['"desmoid tumor of the right thigh" is the lower extremity\'s', 'Dx: desmoid tumor of the right thigh.', [['desmoid tumor of the right thigh', 'D48116', 'present']]],
    ['"desmoid of the L buttock" is the lower extremity\'s (D48.116 includes the buttock)', 'Dx: desmoid of the L buttock.', [['desmoid of the L buttock', 'D48116', 'present']]],
    ['"desmoid of the R shoulder" is the upper extremity\'s', 'Dx: desmoid of the R shoulder.', [['desmoid of the R shoulder', 'D48115', 'present']]],
    // D48.111 Desmoid tumor of chest wall; D48.117 Desmoid tumor of back.
    ['"desmoid of the chest wall"', 'Dx: desmoid of the chest wall.', [['desmoid of the chest', 'D48111', 'present']]],
    ['"desmoid of the back"', 'Dx: desmoid of the back.', [['desmoid of the back', 'D48117', 'present']]],
    // D48.114 Desmoid tumor, intraabdominal (includes: peritoneal, retroperitoneal), not the table's mesentery D48.4 or retroperitoneum D48.3.
    ['"desmoid of the mesentery" is intra-abdominal', 'Dx: desmoid of the mesentery.', [['desmoid of the mesentery', 'D48114', 'present']]],
    ['"retroperitoneal desmoid" is intra-abdominal', 'Dx: retroperitoneal desmoid.', [['retroperitoneal desmoid', 'D48114', 'present']]],
    // D48.118 Desmoid tumor of other site: a site of none of the regions.
    ['"desmoid of the L flank" is another site', 'Dx: desmoid of the L flank.', [['desmoid of the L flank', 'D48118', 'present']]],
    // Tabular Z86.03 Personal history of neoplasm of uncertain behavior.
    ['guard: a resected desmoid is a history of a neoplasm of uncertain behaviour', 'Hx desmoid tumor of the L thigh s/p resection 2010.', [['desmoid tumor of the L thigh', 'Z8603', 'history']]],
  ]);
});

describe('narrative sites round 9: the desmoid regions are the release\'s codes and the table\'s rows', () => {
  const context = defaultContext();
  for (const region of DESMOID_REGIONS) {
    it(`${region.code} ${region.title}`, () => {
      assert.ok(context.codes.isBillable(region.code), `${region.code} is billable`);
      assert.equal(context.codes.title(region.code), region.title);
      // Each row is a site row of the table, on its own or under connective tissue (where the site finder writes a desmoid's site).
      for (const row of region.rows.filter((words) => words !== 'intra-abdominal' && words !== 'intrathoracic')) {
        const tissue = rowForPath(context.table, ['connective tissue']);
        assert.ok(context.table.findSite(row).length > 0 || (tissue !== undefined && context.table.findChild(tissue.id, row) !== undefined), row);
      }
    });
  }
});

describe('narrative vocabulary round 9: "NB" is a neuroblastoma after its risk group or course', () => {
  checkReadings([
    // Index: Neuroblastoma — see Neoplasm, malignant, by site (the adrenal, its commonest site: table: adrenal / Malignant
    // Primary C74.9-, Tabular C74.92 Malignant neoplasm of unspecified part of left adrenal gland); the organ-named primary in
    // the parenthesis is its own mention (ANNOTATION.md, round 15).
    ['"high-risk NB (L adrenal primary …)"', '2M with high-risk NB (L adrenal primary, MYCN amp) w/ bone + marrow mets, C3 induction.', [
      ['NB', 'C7492', 'present'], ['L adrenal primary', 'C7492', 'present'], ['bone', 'C7951', 'present'], ['marrow mets', 'C7952', 'present'],
    ]],
    ['"L adrenal NB"', 'Dx: L adrenal NB, s/p induction.', [['L adrenal NB', 'C7492', 'present']]],
    ['"relapsed NB of the R adrenal"', 'Dx: relapsed NB of the R adrenal with bone mets.', [['NB of the R adrenal', 'C7491', 'present'], ['bone mets', 'C7951', 'present']]],
    ['guard: "NB:" is nota bene', 'NB: pt to call if fever.', []],
    ['guard: "NB" before a screen is the newborn', 'NB hearing screen passed.', []],
  ]);
});

describe('narrative sites round 9: drop metastases are the spinal canal\'s, and the vermis is the cerebellum', () => {
  checkReadings([
    // Drop metastases seed down the spinal subarachnoid space onto the cord and its meninges: table: spine, spinal (column), cord /
    // Malignant Secondary C79.49 (also meninges, spinal C79.49; Tabular C79.49 Secondary malignant neoplasm of other parts of nervous
    // system), not the vertebrae's C79.51. Index: Medulloblastoma C71.6 (cerebellum).
    ['"MRI spine neg for drop mets" denies a spinal drop metastasis, not a bone one', 'Dx: medulloblastoma (MRI spine neg for drop mets).', [
      ['medulloblastoma', 'C716', 'present'], ['drop mets', 'C7949', 'negated'],
    ]],
    ['"no drop metastases" after a spine MRI', 'MRI total spine: no drop metastases.', [['drop metastases', 'C7949', 'negated']]],
    // A finding's organ is theirs too: table: pleura, pleural / Malignant Secondary C78.2.
    ['guard: "pleural nodules, suspicious for drop metastases" are the pleura\'s', 'CT chest: Two left pleural nodules, suspicious for drop metastases.', [['left pleural nodules, suspicious for drop metastases', 'C782', 'uncertain']]],
    ['"drop mets at L2" are in the canal at that level', 'MRI spine: drop mets at L2.', [['drop mets', 'C7949', 'present']]],
    ['"with spinal drop metastases"', 'Dx: medulloblastoma with spinal drop metastases.', [['medulloblastoma', 'C716', 'present'], ['spinal drop metastases', 'C7949', 'present']]],
    // Table: pleura, pleural / Malignant Secondary C78.2: a thymoma's drop metastases to the pleura keep the pleura.
    ['guard: "pleural drop mets" keep the pleura', 'Thymoma with pleural drop mets.', [['Thymoma', 'D150', 'present'], ['pleural drop mets', 'C782', 'present']]],
    // Table: vermis, cerebellum / Malignant Primary C71.6, Secondary C79.31 (and brain, cerebellum NOS C71.6).
    ['"vermian medulloblastoma"', 'Dx: vermian medulloblastoma.', [['vermian medulloblastoma', 'C716', 'present']]],
    ['"vermian mass, likely metastasis"', 'MRI brain: 3 cm vermian mass, likely metastasis.', [['vermian mass, likely metastasis', 'C7931', 'uncertain']]],
  ]);
});

describe('narrative vocabulary round 9: a liver segment abbreviated "seg", and the adrenal myelolipoma', () => {
  checkReadings([
    // Index: Hemangioma D18.00, by site: Tabular D18.03 Hemangioma of intra-abdominal structures (the liver).
    ['"Hemangioma seg 2" is the liver\'s', 'Liver: few small hepatic cysts. Hemangioma seg 2 (unchanged).', [['Hemangioma seg 2', 'D1803', 'present']]],
    // Index: Carcinoma, hepatocellular C22.0.
    ['"Seg 7 HCC"', 'Seg 7 HCC, s/p TACE.', [['Seg 7 HCC', 'C220', 'present']]],
    ['guard: "segs" of a blood count are no liver', 'CBC: segs 60%, bands 2%.', []],
    // Index: Myelolipoma — see Neoplasm, benign, by site (table: adrenal / Benign D35.0-; Tabular D35.02 Benign neoplasm of left adrenal gland).
    ['"L adrenal myelolipoma"', 'Incidental 2.1 cm fat-containing L adrenal myelolipoma.', [['L adrenal myelolipoma', 'D3502', 'present']]],
    ['"right adrenal myelolipoma"', 'CT: 3 cm right adrenal myelolipoma, no follow-up needed.', [['right adrenal myelolipoma', 'D3501', 'present']]],
  ]);
});

describe('narrative vocabulary round 9: speech recognition\'s spellings of hepatocellular and basal cell carcinoma', () => {
  checkReadings([
    // Index: Carcinoma, hepatocellular C22.0.
    ['"Hepatic cellular carcinoma, segment 6"', '4. Hepatic cellular carcinoma, segment 6, status post TACE x2.', [['Hepatic cellular carcinoma, segment 6', 'C220', 'present']]],
    // Index: Carcinoma, basal cell — see Neoplasm, skin, malignant: table: skin, cheek (external) C44.309 → Tabular C44.319 Basal cell
    // carcinoma of skin of other parts of face; history Z85.828 Personal history of other malignant neoplasm of skin.
    ['"basil cell carcinoma of the left cheek"', 'Dx: basil cell carcinoma of the left cheek.', [['basil cell carcinoma of the left cheek', 'C44319', 'present']]],
    ['"basil cell carcinoma of the back removed 2019"', 'PMH: gout, basil cell carcinoma of the back removed 2019 - no recurrence.', [['basil cell carcinoma of the back', 'Z85828', 'history']]],
  ]);
});

describe('narrative sites round 9: the kidney that remains, or one with a cyst, gives no side to the cancer', () => {
  const history = '- HTN, T2DM, gout, GERD, OSA on CPAP, BPH, hyperlipidemia, CAD s/p PCI 2019.\n';
  checkReadings([
    // Table: kidney / Malignant Primary C64.- (Tabular C64.1 right, C64.2 left): the cancer was in the kidney removed on the right.
    ['"Solitary L kidney" after a right nephrectomy for RCC', 'HPI: 66M w/ clear cell RCC of the R kidney s/p R radical nephrectomy 2021, recurrence 2025 w/ pulmonary mets.\nPMH: Solitary L kidney, CKD 3a.\nA/P: Metastatic RCC (lung, adrenal) on pembro/axi - held.', [
      ['RCC of the R kidney', 'C641', 'present'], ['pulmonary mets', 'null', 'present'], ['RCC', 'C641', 'present'],
      // Round 12: the parenthesised organs after "Metastatic RCC" are its spread (lung, adrenal / Malignant Secondary C78.0-,
      // C79.7-: no side written, null).
      ['lung', 'null', 'present'], ['adrenal', 'null', 'present'],
    ]],
    ['"the remaining R kidney" after a left nephrectomy', 'HPI: RCC of the left kidney s/p L nephrectomy 2019, now with lung mets on cabozantinib.\nRenal US: the remaining R kidney is 12 cm.\nA/P: metastatic RCC (lung) on cabozantinib.', [
      ['RCC of the left kidney', 'C642', 'present'], ['lung mets', 'null', 'present'], ['RCC', 'C642', 'present'], ['lung', 'null', 'present'],
    ]],
    ['guard: "solitary R adrenal met" is a finding of its own', 'CT: solitary R adrenal met.', [['R adrenal met', 'C7971', 'present']]],
    // A far side from a cyst ("Renal cyst L kidney") is no side of the cancer restated later; the right kidney's cancer is.
    ['a far "Renal cyst L kidney" gives no side to "Metastatic RCC"', `HPI: 66M w/ clear cell RCC of the R kidney s/p nephrectomy 2021 (pT3a), recurrence 2025 w/ pulmonary mets.\n${history.repeat(12)}PMH:\n- Renal cyst L kidney, Bosniak I, 1.4 cm - no f/u needed\n${history.repeat(2)}A/P: Metastatic RCC (lung, adrenal) on pembro/axi - held.`, [
      ['RCC of the R kidney', 'C641', 'present'], ['pulmonary mets', 'null', 'present'], ['RCC', 'C641', 'present'],
      // Round 12: the parenthesised organs after "Metastatic RCC" are its spread (lung, adrenal / Malignant Secondary C78.0-,
      // C79.7-: no side written, null).
      ['lung', 'null', 'present'], ['adrenal', 'null', 'present'],
    ]],
  ]);
});

describe('narrative sites round 9: an oropharyngeal cancer is the tonsil or tongue base the note documents', () => {
  checkReadings([
    // Table: tonsil / Malignant Primary C09.9; oropharynx C10.9; tongue, base C01 (ANNOTATION.md, "Side and sub-site documented elsewhere in the note").
    ['"oropharyngeal SCC" of a note whose cancer is the "R tonsil SCC"', 'CC: Newly dx p16+ oropharyngeal SCC.\nHPI: DL w/ bx 11/10: R tonsil SCC, p16+, ~2.5 cm.\nA/P: 58M w/ HPV-associated SCC of the R tonsil, cT1 N1 M0.', [
      ['oropharyngeal SCC', 'C099', 'present'], ['R tonsil SCC', 'C099', 'present'], ['SCC of the R tonsil', 'C099', 'present'],
    ]],
    ['"OPSCC" of a note whose cancer is of the base of the tongue', 'Dx: p16+ OPSCC, on cisplatin-RT.\nPath: base of tongue SCC, p16+.', [['OPSCC', 'C01', 'present'], ['base of tongue SCC', 'C01', 'present']]],
    ['guard: a tonsil and a tongue base leave the oropharynx open', 'Dx: p16+ oropharyngeal SCC.\nPath: R tonsil SCC.\nPath: L base of tongue SCC.', [
      ['oropharyngeal SCC', 'C109', 'present'], ['R tonsil SCC', 'C099', 'present'], ['L base of tongue SCC', 'C01', 'present'],
    ]],
  ]);
});

describe('narrative sites round 9: a tumour the lexicon places in a group of glands is the gland of the finding it concludes', () => {
  checkReadings([
    // Index: Warthin's tumor — see Neoplasm, salivary gland, benign: the gland the finding names, table: parotid / Benign D11.0
    // (D11.9 only with no gland written). Index: Adenoma, pleomorphic — see Neoplasm, benign, by site (parotid D11.0).
    ['"L parotid nodule, likely Warthin tumor"', 'CT neck: 1.2 cm L parotid nodule, likely Warthin tumor.', [['Warthin tumor', 'D110', 'uncertain']]],
    ['"L parotid tail nodule, likely Warthin tumor vs pleomorphic adenoma": a part between the gland and the finding noun', 'CT neck: Incidental 1.2 cm L parotid tail nodule, likely Warthin tumor vs pleomorphic adenoma.', [
      ['Warthin tumor', 'D110', 'uncertain'], ['pleomorphic adenoma', 'D110', 'uncertain'],
    ]],
    ['guard: a Warthin tumour with no gland written is the salivary gland\'s (D11.9)', 'Dx: Warthin tumor, observe.', [['Warthin tumor', 'D119', 'present']]],
  ]);
});

describe('narrative sites round 9: a part "of urinary bladder", as problem lists word the Tabular titles', () => {
  checkReadings([
    // Tabular C67.2 Malignant neoplasm of lateral wall of bladder (table: bladder, wall, lateral C67.2); C67.1 … of dome of bladder.
    ['"Malignant neoplasm of lateral wall of urinary bladder"', 'Problem list:\n- Malignant neoplasm of lateral wall of urinary bladder\n- BPH', [
      ['Malignant neoplasm of lateral wall of urinary bladder', 'C672', 'present'],
    ]],
    ['"Malignant neoplasm of dome of urinary bladder"', 'Dx: Malignant neoplasm of dome of urinary bladder.', [['Malignant neoplasm of dome of urinary bladder', 'C671', 'present']]],
    ['"of the lateral wall of the urinary bladder"', 'Dx: urothelial carcinoma of the lateral wall of the urinary bladder.', [['urothelial carcinoma of the lateral wall of the urinary bladder', 'C672', 'present']]],
  ]);
});

describe('narrative sites round 9: a urothelial carcinoma of the kidney is of its pelvis, and "L kidney/ureter" shares the side', () => {
  checkReadings([
    // The urothelium of the kidney lines the renal pelvis: table: pelvis, renal / Malignant Primary C65.- (Tabular C65.1 right,
    // C65.2 left); ureter C66.- (C66.2 left). Not the parenchyma's kidney C64.-.
    ['"urothelial carcinoma of the right kidney"', 'Dx: urothelial carcinoma of the right kidney.', [['urothelial carcinoma of the right kidney', 'C651', 'present']]],
    ['"UTUC of the L kidney"', 'Dx: UTUC of the L kidney.', [['UTUC of the L kidney', 'C652', 'present']]],
    ['"upper tract urothelial carcinoma of L kidney/ureter": the pelvis and the ureter, both left', 'Dx: upper tract urothelial carcinoma of L kidney/ureter.', [
      ['upper tract urothelial carcinoma of L kidney', 'C652', 'present'], ['ureter', 'C662', 'present'],
    ]],
    ['guard: a clear cell carcinoma of the kidney stays the kidney\'s (C64.1)', 'Dx: clear cell carcinoma of the right kidney.', [['carcinoma of the right kidney', 'C641', 'present']]],
  ]);
});

describe('narrative vocabulary round 9: liposarcoma subtypes by their abbreviations', () => {
  checkReadings([
    // Index: Liposarcoma — see Neoplasm, connective tissue, malignant: table: connective tissue, thigh C49.2- (Tabular C49.21 right lower limb, including hip).
    ['"DDLPS R thigh"', '1. DDLPS R thigh, on trabectedin.', [['DDLPS R thigh', 'C4921', 'present']]],
    // Table: connective tissue, retroperitoneum / Malignant Primary C48.0 (Tabular C48.0 Malignant neoplasm of retroperitoneum).
    ['"WDLPS of the retroperitoneum"', 'Dx: WDLPS of the retroperitoneum, s/p resection 2024, now recurrent.', [['WDLPS of the retroperitoneum', 'C480', 'present']]],
    ['"L thigh MLPS"', 'Dx: L thigh MLPS, preop RT.', [['L thigh MLPS', 'C4922', 'present']]],
  ]);
});

describe('narrative vocabulary round 9: a carcinoma ex pleomorphic adenoma is of the salivary gland the note names', () => {
  checkReadings([
    // Index: Carcinoma, ex pleomorphic adenoma — see Neoplasm, malignant, by site: table: parotid / Malignant Primary C07;
    // salivary gland or duct (major) C08.9 when no gland is written.
    ['"carcinoma ex pleomorphic adenoma of the R parotid"', 'Dx: carcinoma ex pleomorphic adenoma of the R parotid.', [['carcinoma ex pleomorphic adenoma of the R parotid', 'C07', 'present']]],
    ['"carcinoma ex pleomorphic adenoma" of a note whose tumour is the parotid\'s', 'HPI: carcinoma ex pleomorphic adenoma, s/p parotidectomy 10/2026, on adjuvant RT.\nPath: R parotid mass: adenocarcinoma.', [
      ['carcinoma ex pleomorphic adenoma', 'C07', 'present'], ['adenocarcinoma', 'C07', 'present'],
    ]],
    ['guard: with no gland written it is the salivary gland\'s (C08.9)', 'Dx: carcinoma ex pleomorphic adenoma.', [['carcinoma ex pleomorphic adenoma', 'C089', 'present']]],
  ]);
});

describe('narrative vocabulary round 9: "Wilms" alone is the tumour', () => {
  checkReadings([
    // Index: Nephroblastoma (Wilms' tumor) — see Neoplasm, kidney, malignant: table: kidney / Malignant Primary C64.- (C64.2 left).
    ['"Wilms of the L kidney"', 'Dx: Wilms of the L kidney, s/p nephrectomy, on vincristine.', [['Wilms of the L kidney', 'C642', 'present']]],
    // A screening for a contralateral tumour names no side (ANNOTATION.md, "contralateral"): null with the kidney's candidates.
    ['"screening for contralateral Wilms"', '3. Surveillance: CXR/abd US q3mo after therapy, screening for contralateral Wilms.', [['Wilms', 'null', 'hypothetical']]],
  ]);
});

describe('narrative sites round 9: a finding ruled out for malignancy gives the malignancy its site', () => {
  checkReadings([
    // Table: pancreas, head / Malignant Primary C25.0 (a rule-out is uncertain, Guideline II.H / ANNOTATION.md).
    ['"pancreatic head mass - r/o malignancy"', 'A/P: jaundice from pancreatic head mass - r/o malignancy.', [['malignancy', 'C250', 'uncertain']]],
    ['"R/O MALIGNANCY" in capitals', 'JAUNDICE FROM PANCREATIC HEAD MASS - R/O MALIGNANCY.', [['MALIGNANCY', 'C250', 'uncertain']]],
    // Table: lung, upper lobe / Malignant Primary C34.1- (Tabular C34.11 right upper lobe).
    ['"RUL nodule, rule out malignancy"', 'CT: 2 cm RUL nodule, rule out malignancy.', [['malignancy', 'C3411', 'uncertain']]],
  ]);
});

describe('narrative vocabulary round 9: "LMM" is a lentigo maligna melanoma', () => {
  checkReadings([
    // Index: Melanoma (malignant), by site: skin of the cheek (table: skin, cheek C44.309) → Tabular C43.39 Malignant melanoma of other parts of face;
    // Index: Lentigo maligna — see Melanoma, in situ (D03.39).
    ['"LMM of the L cheek"', 'Dx: LMM of the L cheek.', [['LMM of the L cheek', 'C4339', 'present']]],
    ['"risk of progression to LMM" of a lentigo maligna of the cheek', 'A/P: lentigo maligna L cheek - risk of progression to LMM; excision.', [
      ['lentigo maligna L cheek', 'D0339', 'present'], ['LMM', 'C4339', 'hypothetical'],
    ]],
  ]);
});

describe('narrative sites round 9: a tumour of a proven cancer\'s organ takes the part the note proves', () => {
  checkReadings([
    // ANNOTATION.md, "Tumor" of a proven cancer: the tumour takes the cancer's code; table: brain, temporal lobe / Malignant Primary C71.2.
    ['"the brain tumor" of a left temporal glioblastoma', 'Dx: L temporal glioblastoma.\nThe brain tumor is not curable.', [['temporal glioblastoma', 'C712', 'present'], ['brain tumor', 'C712', 'present']]],
    // Table: bladder, dome / Malignant Primary C67.1.
    ['"the bladder tumor" of a carcinoma of the bladder dome', 'TURBT path: high grade urothelial carcinoma of the bladder dome.\nThe bladder tumor was resected.', [
      ['urothelial carcinoma of the bladder dome', 'C671', 'present'], ['bladder tumor', 'C671', 'present'],
    ]],
    // Two parts proven (temporal lobe C71.2, cerebellum C71.6): the organ's tumour is left at the organ, C71.9.
    ['guard: two proven parts of the organ leave the tumour at the organ', 'Dx: L temporal glioblastoma, on TMZ.\nHx: cerebellar medulloblastoma 1990, treated.\nThe brain tumor is not curable.', [
      ['temporal glioblastoma', 'C712', 'present'], ['cerebellar medulloblastoma', 'Z85841', 'history'], ['brain tumor', 'C719', 'present'],
    ]],
  ]);
});
