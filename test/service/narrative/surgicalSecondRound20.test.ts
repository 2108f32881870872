import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Surgical clinic notes, second pass of round 20 (issue 12, batch d843–d862). Codes checked against the FY2027 code titles
 * (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A timeline entry of the oncologic history dates its later sentences once, at its opening: a polyp removed in that entry was
// removed in the past, a personal history of a benign colon neoplasm (Guideline I.C.2.d; ANNOTATION.md "Codes by assertion",
// a removed benign neoplasm is history; d848 "- 3/2026 … colonoscopy: … bx adenocarcinoma …. Also 2 small TAs removed from the
// transverse colon."). Tabular Z86.0101 Personal history of adenomatous and serrated colon polyps; Index: Adenoma, tubular — see Neoplasm,
// benign (colon, transverse D12.3). An entry with no date leaves the removal to the encounter.
const datedTimelineEntry: readonly ReadingCase[] = [
  ['a removal told in a dated timeline entry is history',
    'Onc hx:\n- 3/2026 rectal bleeding x 3 mo -> colonoscopy: friable circumferential mass 6-9 cm from AV, bx adenocarcinoma moderately differentiated. Also 2 small TAs removed from the transverse colon.\n- 4/2026 pelvic MRI: T3c.',
    [['TAs', 'Z860101', 'history']]],
  ['the same entry without a date leaves the removal present',
    'Onc hx:\n- Rectal bleeding x 3 mo -> colonoscopy: friable circumferential mass 6-9 cm from AV, bx adenocarcinoma moderately differentiated. Also 2 small TAs removed from the transverse colon.',
    [['TAs', 'D123', 'present']]],
];

// A relative's cancer the informant is unsure of only in its kind ("Mother - \"some kind of female cancer\", unsure") is still a
// family history: the doubt written after the report is the informant's (ANNOTATION.md, a relative's disease stays the relative's,
// family outranks uncertain; d851). Tabular Z80.9 Family history of malignant neoplasm, unspecified; Z80.0 Family history of
// malignant neoplasm of digestive organs. A doubt of the cancer itself before it leaves no family history to code.
const informantDoubtOfKind: readonly ReadingCase[] = [
  ['a relative\'s site-less cancer followed by "unsure" is a family history',
    'FHx: Brother pancreatic cancer at 62. Mother - "some kind of female cancer", unsure.',
    [['pancreatic cancer', 'Z800', 'family'], ['cancer', 'Z809', 'family']]],
  ['a doubt of the cancer itself leaves no family history',
    'FHx: Brother - prostate problems, unknown if cancer.',
    []],
  ['the patient\'s own site-less cancer doubted stays no mention',
    'HPI: Found a skin lesion, maybe cancer, unsure.',
    []],
];

describe('narrative reader: surgical clinic notes, second pass (round 20)', () => {
  describe('a dated timeline entry dates its later sentences', () => checkReadings(datedTimelineEntry));
  describe('an informant unsure of a relative\'s cancer\'s kind', () => checkReadings(informantDoubtOfKind));
});
