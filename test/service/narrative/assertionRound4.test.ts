import { checkReadings } from './readingCases';

/**
 * The assertion causes found in the blind batches d203–d242 (fourth round), each in wordings of its own,
 * not the notes' sentences. Expected codes cite the Table of Neoplasms row or Index entry of the words as
 * written; the assertions follow NARRATIVE.md's model (NegEx/ConText triggers and scopes) and the
 * guidelines: history is a malignancy excised or eradicated with no further treatment and no evidence of
 * disease (I.C.2.d, Z85 / Z86.0-); an uncertain diagnosis is reported as uncertain (the rules apply
 * Section IV.H / II.H); a risk, a prevention or a plan conditional on a finding is hypothetical.
 */

describe('narrative assertion round 4: a queried diagnosis answered in the record', () => {
  checkReadings([
    // table: colon / Malignant Primary C18.9; "chart error" denies the patient's history.
    ['a denial after the question', 'PMH: HTN. H/o colon cancer? - no, chart error.', [['colon cancer', 'C189', 'negated']]],
    // Index: Leukemia, chronic lymphocytic C91.1-; family history of leukaemia Z80.6: the answer names a blood relative.
    ['a blood relative in the answer', 'Hx of CLL?? - no, that was her sister.', [['CLL', 'Z806', 'family']]],
    // table: cervix / Malignant Primary C53.9.
    ['"? -- denies"', 'Problem list: cervical ca? -- denies.', [['cervical ca', 'C539', 'negated']]],
    // table: endometrium / Malignant Primary C54.1: someone who is no blood relative had it, so the patient did not.
    ['the spouse in the answer', 'H/o endometrial cancer?? - clarified with pt: it was his wife.', [['endometrial cancer', 'C541', 'negated']]],
    // table: liver / Malignant Secondary C78.7: a negative study in parentheses answers the question.
    ['a negative study in parentheses', 'Liver mets?? (2024 MRI neg).', [['Liver mets', 'C787', 'negated']]],
    // A question left open stays uncertain (C53.9 hedged by "?").
    ['an open question stays uncertain', 'Cervical cancer? Biopsy next week.', [['Cervical cancer', 'C539', 'uncertain']]],
  ]);
});
