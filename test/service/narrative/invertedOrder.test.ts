import * as assert from 'node:assert/strict';
import { withInvertedOrder } from '../../../server/src/service/narrative/invertedOrder';
import { checkReadings } from './readingCases';

/**
 * Problem lists copy the Alphabetic Index's noun-first order. Expected codes from the Index entries and the Tabular:
 * Lymphoma, follicular C82.9- (grade II C82.1-, Tabular C82.10); Leukemia, chronic lymphocytic, B-cell type C91.1- (C91.10 not
 * having achieved remission); Leukemia, myeloid, acute C92.0- (in remission C92.01); Lymphoma, diffuse large B-cell C83.3-
 * (lymph nodes of multiple sites, stage IV, C83.38); Myeloma, multiple C90.0- (C90.00).
 */
describe('narrative reader: the Index\'s inverted order', () => {
  checkReadings([
    ['Lymphoma, follicular, grade 2', 'Problem List:\n- Lymphoma, follicular, grade 2', [['Lymphoma, follicular', 'C8210', 'present']]],
    ['Leukemia, chronic lymphocytic', 'Problem List:\n- Leukemia, chronic lymphocytic', [['Leukemia, chronic lymphocytic', 'C9110', 'present']]],
    ['Leukemia, acute myeloid, in remission', 'Problem List:\n- Leukemia, acute myeloid, in remission', [['Leukemia, acute myeloid', 'C9201', 'present']]],
    ['Lymphoma, diffuse large B-cell, stage IV', 'Problem List:\n- Lymphoma, diffuse large B-cell, stage IV', [['Lymphoma, diffuse large B-cell', 'C8338', 'present']]],
    ['Myeloma, multiple', 'Problem List:\n- Myeloma, multiple', [['Myeloma, multiple', 'C9000', 'present']]],
  ]);

  it('inverts only plain several-word terms ending in a morphology noun, once', () => {
    const terms = withInvertedOrder([{ words: 'follicular lymphoma' }, { words: 'lymphoma' }, { words: 'cll/sll' }, { words: 'hodgkin lymphoma , nodular sclerosis' }, { words: 'lymphoma , follicular' }, { words: 'renal cell carcinoma' }]);
    assert.deepEqual(terms.map((term) => term.words), ['follicular lymphoma', 'lymphoma', 'cll/sll', 'hodgkin lymphoma , nodular sclerosis', 'lymphoma , follicular', 'renal cell carcinoma']);
    assert.deepEqual(withInvertedOrder([{ words: 'acute myeloid leukemia' }]).map((term) => term.words), ['acute myeloid leukemia', 'leukemia , acute myeloid']);
  });
});
