import { strict as assert } from 'node:assert';
import { DENIED_CRITERION, criterionAt, findCriterionCells } from '../../../server/src/service/narrative/eligibility';

/** The text of each criterion cell found in `text[from, to)`, trimmed. */
function cellTexts(text: string, from = 0, to = text.length): string[] {
  return findCriterionCells(text, from, to).cells.map(([start, end]) => text.slice(start, end).trim());
}

describe('eligibility tables: criterion cells', () => {
  const first = '| # | Criterion | Met |\n| I-1 | Known active CNS metastases | No |\n| I-2 | Prior malignancy within 3 years | Yes |\n';
  const second = 'Exclusion criteria\tMet\nActive hepatitis B\tNo\nHistory of breast cancer\tYes\n';

  // A criterion answered "Yes" in a "Met" column is the record's statement about the patient (round 17), so only the rows answered
  // "No" stay criterion cells, and of a met row only its exception ("except basal cell carcinoma of skin").
  it('finds the cells of a table after prose that names criteria without opening a table', () => {
    const text = `Screened against the trial criteria today.\nNo table here | at all\n${first}`;
    assert.deepEqual(cellTexts(text), ['Known active CNS metastases']);
  });

  it('finds every table of the encounter, each ended by a line that is no row', () => {
    const text = `HPI: 60F.\n${first}Plan: enrol.\nMore prose.\n${second}Follow up in 3 weeks.\n| Drug | Dose |\n| FOLFOX | q2w |\n`;
    assert.deepEqual(cellTexts(text), ['Known active CNS metastases', 'Active hepatitis B']);
  });

  it('keeps only the exception of a criterion met', () => {
    assert.deepEqual(cellTexts('| Criterion | Met? |\n| No active second malignancy (except NMSC or CIS) | Y |\n'), ['except NMSC or CIS)']);
  });

  it('reads no table whose header row names no criterion column', () => {
    assert.deepEqual(cellTexts('| Criteria met | Source |\n| yes | chart |\n'), []);
    assert.deepEqual(cellTexts('Eligibility criteria reviewed.\n| Drug | Dose |\n| FOLFOX | q2w |\n'), []);
  });

  it('reads only the range it is given', () => {
    const text = `${first}---\n${second}`;
    const boundary = text.indexOf('---');
    assert.deepEqual(cellTexts(text, 0, boundary), ['Known active CNS metastases']);
    assert.deepEqual(cellTexts(text, boundary + 4), ['Active hepatitis B']);
    // A header word cut by the range's end opens nothing.
    const cut = text.indexOf('Criterion') + 4;
    assert.deepEqual(cellTexts(text, 0, cut), []);
  });

  // A walk first asks whether its range holds a pipe or a tab at all (every row holds one): a table of tabs alone is still read, and
  // a range of prose whose table lies after its end reads none.
  it('reads a table of tabs in a text with no pipe, and no table after the range', () => {
    assert.deepEqual(cellTexts(`Trial screening.\n${second}`), ['Active hepatitis B']);
    const text = `Eligibility criteria discussed with the patient.\n${first}`;
    assert.deepEqual(cellTexts(text, 0, text.indexOf('|')), []);
    assert.deepEqual(cellTexts(text, text.indexOf('|')), ['Known active CNS metastases']);
  });

  it('answers which cell holds an offset, with the header as evidence', () => {
    const found = findCriterionCells(first, 0, first.length);
    const inside = first.indexOf('CNS');
    // Answered "No", the criterion is denied for the patient (round 19, ANNOTATION.md round 16).
    assert.equal(criterionAt(found, inside)?.trigger, DENIED_CRITERION);
    assert.equal(first.slice(criterionAt(found, inside)?.span.offset, (criterionAt(found, inside)?.span.offset ?? 0) + (criterionAt(found, inside)?.span.length ?? 0)), 'Criterion');
    assert.equal(criterionAt(found, first.indexOf('Yes')), undefined);
  });
});
