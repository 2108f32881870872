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

describe('narrative reader: surgical clinic notes, second pass (round 20)', () => {
  describe('a dated timeline entry dates its later sentences', () => checkReadings(datedTimelineEntry));
});
