import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 24's section cases (issue 12, tuner S): headers that open a block the reader read as the block before it. Each case
 * gives a text and the section name of each mention the reader finds in it, in order (null outside any section).
 */

/** The section name of each mention the reader finds in `text`, in order (null outside any section). */
function mentionSections(text: string): (string | null)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name ?? null);
}

type SectionCase = readonly [title: string, text: string, sections: readonly (string | null)[]];

function checkSections(cases: readonly SectionCase[]): void {
  for (const [title, text, sections] of cases) it(title, () => assert.deepEqual(mentionSections(text), sections));
}

// ANNOTATION.md, "Sections", rule 3: a study label that opens a block ("CT C/A/P w/ contrast (11/30):") is a header meaning
// Results. Right under a pathology block's lines, a study's report opening its own line is no part of the tissue's report: it
// opens Results (d213 "C. Ascending colon polyps: tubular adenomas (2) …\nCT C/A/P w/ contrast (11/30): … suspicious for nodal
// mets"; d189, d266 "Pathology (core bx …): … \nStaging PET/CT: no distant mets."; d873).
const studyAfterPathology: readonly SectionCase[] = [
  ['a study line right under a pathology block opens Results',
    'Pathology (core bx L breast 2:00): Invasive ductal carcinoma, grade 3.\nStaging PET/CT: no distant mets.',
    ['Pathology', 'Results']],
  ['a dated study label right under lettered pathology parts opens Results',
    'Path:\nB. Hepatic flexure mass bx: invasive adenocarcinoma.\nCT C/A/P w/ contrast (11/30): 3 enlarged pericolonic nodes, suspicious for nodal mets.',
    ['Pathology', 'Results']],
  // Guard: in a history's paragraph a study line that goes on from the line before is the story the history tells (README,
  // `studyLabels.ts`; d150, d311).
  ['a study line inside a history paragraph stays the history',
    'HPI: 67M w/ metastatic prostate cancer, back pain x2 wks.\nMRI whole spine 11/22: T10 vertebral body metastasis.',
    ['History of Present Illness', 'History of Present Illness']],
  // Guard: a line that is no study ("Margins: negative", a field of the report) stays in the pathology block.
  ['a field of the report stays in the pathology block',
    'Path:\nA. Colon, sigmoid, resection: adenocarcinoma.\nLymph nodes: 0/17 positive for metastatic carcinoma.',
    ['Pathology', 'Pathology']],
];

// ANNOTATION.md, rule 1: a short line that is nothing but a header is that header, framed by rules of "-" as it is by rules
// of "=" ("==== CANCER TREATMENT SUMMARY ====", round 23); the header table reads "Final pathology", "Pathology" and "Path
// addendum" as Pathology, and rule 2 leaves a header its name whatever date or parenthesis follows it. A report appended
// below a procedure note's plan opens its own section (d175 "--- PATHOLOGY (final, 11/21/2026) ---", d696 "--- path addendum
// 12/02/2026 (CW) ---", d700 "--- Final pathology (11/05/2026) ---").
const dashFramedHeaders: readonly SectionCase[] = [
  ['a dash-framed final pathology with its date opens Pathology',
    'PLAN: SICU. Post-op carbo/taxol.\n--- Final pathology (11/05/2026) ---\nBilateral ovaries: residual high-grade serous carcinoma.',
    ['Pathology']],
  ['a dash-framed pathology with its finality and date opens Pathology',
    'RECOMMENDATIONS: PPI BID. Await path.\n\n--- PATHOLOGY (final, 11/21/2026) ---\nA. Gastroesophageal junction, mass, biopsy: INVASIVE ADENOCARCINOMA.',
    ['Pathology']],
  ['a dash-framed path addendum opens Pathology',
    'Plan: stoma teaching.\n--- path addendum 12/02/2026 (CW) ---\nFinal: Rectum, LAR/TME: residual adenocarcinoma, 0.9 cm.',
    ['Pathology']],
  // Guard: a frame around a date alone names no header ("--- 11/24/2026 ---", a case manager's dated entries; d176).
  ['a dash-framed date opens no section',
    'Plan: SNF placement.\n--- 11/24/2026 ---\nDaughter called; she was dx\'d w/ breast cancer last yr.',
    ['Plan']],
  // Guard: a frame around words no header spells ("----- CASE 2 -----") opens none.
  ['a dash-framed case number opens no section',
    'Plan: SBRT.\n----- CASE 2 -----\n61F with L breast cancer.',
    ['Plan']],
];

describe('sections round 24: a study line under a pathology block', () => checkSections(studyAfterPathology));
describe('sections round 24: headers framed by dashes', () => checkSections(dashFramedHeaders));
