import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 25 (issue 12, tuner REG): the headers of cancer registry documents, read by what they mean (ANNOTATION.md rule 3). A
 * NAACCR text field ("TEXT - DX PROC - PATH", "TEXT-DX PROC-PE:", "TEXT - REMARKS") is the section of the field it names
 * (`registryHeaders.ts`); a registrar's labels ("Rule applied:", "Registrar action (…):", "Tumor 1 (…):") by their words; a
 * worklist's "Path #" column titles no section (`headerCut.ts`). Each case gives the mentions' words and section names in
 * text order.
 */
type SectionCase = readonly [title: string, text: string, expected: readonly (readonly [string, string | null])[]];

function sectionsOf(text: string): [string, string | null][] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => [mention.text, mention.section?.name ?? null]);
}

const textFields: readonly SectionCase[] = [
  // d1112 "TEXT-DX PROC-PE:" (gold Physical Exam for "known fibroids"), "TEXT-DX PROC-X-RAY/SCAN:" and "TEXT-DX PROC-PATH:"
  // (gold Results), "TEXT-REMARKS:" (gold Comment): the "DX" of the field's name is the diagnostic procedure, not a diagnosis.
  ['a registry abstract\'s text fields are the sections of the fields they name',
    'TEXT-DX PROC-PE: 10/02/26 gyn onc: uterus irregular (known fibroids).\nTEXT-DX PROC-X-RAY/SCAN: 09/20/26 TVUS: multiple intramural fibroids.\nTEXT-DX PROC-PATH: 10/22/26 TLH/BSO: endometrial adenocarcinoma, grade 1.\nTEXT-REMARKS: Hx of L breast DCIS 2015 (lumpectomy + RT, NED).',
    [['fibroids', 'Physical Exam'], ['intramural fibroids', 'Results'], ['endometrial adenocarcinoma', 'Results'], ['L breast DCIS', 'Comment']]],
  // d1103 and d1119 "TEXT - DX PROC - PATH" / "TEXT - PATH" alone on their line (gold Results), "TEXT - REMARKS" (gold Comment).
  ['a text field alone on its line heads the lines below it',
    'Dx confirmation: 1 - positive histology\n\nTEXT - DX PROC - PATH\n09/22/26 L partial mastectomy: Residual invasive ductal carcinoma, 1.8 cm.\n\nTEXT - REMARKS\nSeq 01 = thyroid papillary ca dx 2011 (total thyroidectomy + RAI, NED since, no current tx).',
    [['ductal carcinoma', 'Results'], ['thyroid papillary ca', 'Comment']]],
  // d1113 "Text - Path:" (gold Results for "diffuse large B-cell lymphoma").
  ['a mixed-case "Text - Path:" is the diagnostic procedures\' results',
    'Histology: 9680/3\n\nText - Path:\n10/07/26 CT-guided core bx, mesenteric nodal mass: diffuse large B-cell lymphoma, CD20+.',
    [['diffuse large B-cell lymphoma', 'Results']]],
  // NAACCR's treatment text fields ("RX Text--Surgery") tell the first course, as the table's "Treatment summary" does.
  ['a treatment text field is the course of the illness',
    'Dx confirmation: 1 - positive histology\n\nRX TEXT - SURGERY\n09/22/26 L partial mastectomy for invasive ductal carcinoma.',
    [['ductal carcinoma', 'History of Present Illness']]],
  // Guards: a sentence opening with "Text" is no field; a field naming no section keeps the section above.
  ['guard: a field naming no section keeps the section above',
    'Dx: invasive ductal carcinoma of the L breast\nTEXT - PLACE OF DIAGNOSIS: outside clinic; invasive ductal carcinoma confirmed here.',
    [['ductal carcinoma of the L breast', 'Diagnoses'], ['ductal carcinoma', 'Diagnoses']]],
];

const registrarLabels: readonly SectionCase[] = [
  // d1106 "Tumor 1 (existing abstract, Acc 2019-00311):" (gold History of Present Illness), "Rule applied:" (gold Assessment).
  ['a multiple-primary worksheet\'s tumour labels tell the story and its rule is the assessment',
    'MULTIPLE PRIMARY / HISTOLOGY DETERMINATION\n\nTumor 1 (existing abstract, Acc 2019-00311):\n  Bladder, lateral wall - papillary urothelial carcinoma, dx 03/2019, on surveillance.\n\nRule applied:\n  Histology tumor 2: 8120/3 urothelial carcinoma of the R renal pelvis.',
    [['urothelial carcinoma', 'History of Present Illness'], ['urothelial carcinoma of the R renal pelvis', 'Assessment']]],
  // d1117 "Tumor A:" and "Rules:" (gold History of Present Illness, Assessment); d1122 "Rationale:" (gold Assessment).
  ['"Tumor A:" and "Rules:" and "Rationale:"',
    'Registrar: C. I.\n\nTumor A: R breast 10:00. Lumpectomy 10/21/26: DCIS, 1.1 cm.\n\nRules:\n- Separate primaries: R UOQ, DCIS.\n\nRationale: amended dx is NIFTP, not reportable.',
    [['DCIS', 'History of Present Illness'], ['R UOQ, DCIS', 'Assessment'], ['NIFTP', 'Assessment']]],
  // d1108 "Registrar action (10/30/2026, S. Alvarez, CTR):" after "FHx:" (gold Comment); d1115 "Registry coding:" (gold Comment).
  ['a registrar\'s action and coding are the registry\'s comment, not the family history above',
    'FHx: brother with melanoma.\n\nRegistrar action (10/30/2026, S. Alvarez, CTR): follow-up updated, melanoma NED.\n\nRegistry coding:\nCancer status: recurrence of the 2019 prostate cancer.',
    [['melanoma', 'Family History'], ['melanoma', 'Comment'], ['prostate cancer', 'Comment']]],
  // d1104 and d1121 "Notes:" alone on its line under a worklist (gold Comment).
  ['a worklist\'s "Notes:" are the registrar\'s comment',
    'CASEFINDING LOG\nPt B   brain metastases   yes\n\nNotes:\n- Pt B: the brain mets are progression of the 2019 breast cancer.',
    [['brain metastases', null], ['brain mets', 'Comment'], ['breast cancer', 'Comment']]],
  // d1109 "Follow-back:" (gold History of Present Illness) and "Cause of death (as on certificate):" (gold Diagnoses, as the
  // table's "Cause of death"); d1115 "Recurrence review:" (gold History of Present Illness).
  ['a death certificate\'s causes are diagnoses and the follow-back and recurrence review tell the story',
    'DCO FOLLOW-BACK WORKSHEET\n\nCause of death (as on certificate):\nPart I   a. Metastatic pancreatic cancer\n\nFollow-back:\n- Hospice H&P: presumed pancreatic ca, comfort care.\n\nRecurrence review:\nPSMA PET: no osseous metastases.',
    [['pancreatic cancer', 'Diagnoses'], ['pancreatic ca', 'History of Present Illness'], ['osseous metastases', 'History of Present Illness']]],
  // d1122 "Request:" after "FHx (from chart):" (gold Plan for "carcinoma in the R lobe").
  ['a QA memo\'s "Request:" is the plan, not the family history above',
    'FHx (from chart): father with papillary thyroid cancer.\n\nRequest: delete the case; re-abstract if later path shows papillary thyroid carcinoma.',
    [['thyroid cancer', 'Family History'], ['thyroid carcinoma', 'Plan']]],
  // Guards: "Rule out:" over a list is a differential's cue, no determination's rule; "Note:" leading a sentence keeps the
  // section above (d304, d708).
  ['guard: "Rule out:" is no rule applied',
    'Assessment: new liver lesions.\n\nRule out:\n- liver metastases',
    [['liver metastases', 'Assessment']]],
  ['guard: a singular "Note:" sentence keeps the section above',
    'Assessment: metastatic pancreatic cancer.\nNote: liver mets are expected.',
    [['pancreatic cancer', 'Assessment'], ['liver mets', 'Assessment']]],
];

const numberColumns: readonly SectionCase[] = [
  // d1104 "#  Path #       Site / specimen   Dx (as signed out)   Decision" (gold null for every row): the "Path #" column is the
  // accession number, no pathology report over the rows.
  ['a worklist\'s "Path #" column titles no Pathology section',
    'CASEFINDING WORKLIST\n\n#  Path #       Site / specimen                 Dx (as signed out)                  Decision\n1  S26-18812    Prostate, 12 core TRUS bx       Prostatic adenocarcinoma, GG2       REPORTABLE',
    [['Prostatic adenocarcinoma', null]]],
  // Guards: "Path:" is the table's Pathology; a problem list's column titles still head its rows (d464, d598).
  ['guard: "Path:" still opens Pathology',
    'Path: BOT bx - invasive keratinizing SCC of the base of tongue.',
    [['SCC of the base of tongue', 'Pathology']]],
  ['guard: a problem list titling its columns is still the problem list',
    'Active Problems                                   ICD-10     Chronic  Noted\nMeningioma                                        D32.9      Y        2019',
    [['Meningioma', 'Problem List']]],
];

describe('narrative sections: cancer registry headers round 25', () => {
  for (const [title, text, expected] of [...textFields, ...registrarLabels, ...numberColumns]) it(title, () => assert.deepEqual(sectionsOf(text), expected));
});
