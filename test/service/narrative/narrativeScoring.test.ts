import * as assert from 'node:assert/strict';
import type { DocumentedMention, NoteSection, SectionKind } from '../../../server/src/service/narrative/model';
import { spanOf } from '../../../server/src/service/spans';
import type { GoldMention } from '../../narrative/evaluate';
import { scoreNote, sumTallies } from '../../narrative/evaluate';

/**
 * The corpus scoring on a tiny in-memory corpus, with the reader's mentions written by hand so that only the
 * counting is tested: section agreement is the share of *matched* pairs whose section names are equal, a
 * reader mention outside every section agreeing with a gold `null`; the totals of several notes are their
 * counts summed, not their ratios averaged.
 */

const NOTE = [
  'Lung cancer follow-up.',
  'HPI: lung cancer, stage IV.',
  'PMH: breast cancer 2010, treated.',
  'A/P: liver mets. Colon cancer screening.',
].join('\n');

function section(kind: SectionKind, name: string): NoteSection {
  return { kind, name, title: name, headerSpan: spanOf(0, 1), span: spanOf(0, NOTE.length) };
}

function mention(text: string, occurrence: number, code: string | null, assertion: DocumentedMention['assertion'], where?: NoteSection): DocumentedMention {
  let at = -1;
  for (let seen = 0; seen < occurrence; seen++) at = NOTE.indexOf(text, at + 1);
  return { span: spanOf(at, at + text.length), text, code, candidates: [], column: 'primary', assertion, source: 'test', ...(where === undefined ? {} : { section: where }) };
}

const HPI = section('hpi', 'History of Present Illness');
const PMH = section('past-medical-history', 'Past Medical History');
const PLAN = section('assessment-and-plan', 'Assessment and Plan');

const GOLD: readonly GoldMention[] = [
  { text: 'Lung cancer', occurrence: 1, code: 'C34.90', column: 'primary', assertion: 'present', section: null },
  { text: 'lung cancer', occurrence: 1, code: 'C34.90', column: 'primary', assertion: 'present', section: 'History of Present Illness' },
  { text: 'breast cancer', occurrence: 1, code: 'Z85.3', column: 'primary', assertion: 'history', section: PMH.name },
  { text: 'liver mets', occurrence: 1, code: 'C78.7', column: 'secondary', assertion: 'present', section: 'Assessment and Plan' },
  { text: 'Colon cancer', occurrence: 1, code: 'C18.9', column: 'primary', assertion: 'hypothetical', section: 'Assessment and Plan' },
];

const READ: readonly DocumentedMention[] = [
  // Outside every section, as the gold's null: agrees.
  mention('Lung cancer', 1, 'C3490', 'present'),
  // The right section: agrees.
  mention('lung cancer', 1, 'C3490', 'present', HPI),
  // Matched, but read in the HPI: disagrees.
  mention('breast cancer', 1, 'Z853', 'history', HPI),
  // Matched, in the right section, with another assertion: agrees on the section.
  mention('liver mets', 1, 'C787', 'uncertain', PLAN),
  // Another code: no match, so its section (the gold's) counts for nothing.
  mention('Colon cancer', 1, 'C20', 'hypothetical', PLAN),
];

describe('narrative corpus scoring: section agreement', () => {
  const tally = scoreNote('dev/tiny.note', NOTE, GOLD, READ);

  it('counts the section agreement over matched pairs only', () => {
    assert.equal(tally.gold, 5);
    assert.equal(tally.predicted, 5);
    assert.equal(tally.matched, 4);
    assert.equal(tally.sameAssertion, 3);
    assert.equal(tally.sameSection, 3);
    const scores = sumTallies(1, [tally]);
    assert.equal(scores.sectionAgreement, 3 / 4);
    assert.equal(scores.assertionAccuracy, 3 / 4);
    assert.equal(scores.precision, 4 / 5);
    assert.equal(scores.recall, 4 / 5);
  });

  it('lists each section disagreement apart from the errors, with both names', () => {
    assert.deepEqual(tally.sectionErrors, ['dev/tiny.note: section "breast cancer" History of Present Illness (gold Past Medical History)']);
    assert.ok(tally.errors.every((error) => !error.includes(': section ')));
    assert.equal(tally.errors.length, 3);
  });

  it('sums the counts of several notes rather than averaging their ratios', () => {
    const agreeing = scoreNote('dev/one.note', NOTE, GOLD.slice(1, 2), READ.slice(1, 2));
    const scores = sumTallies(2, [tally, agreeing]);
    assert.equal(scores.matched, 5);
    assert.equal(scores.sameSection, 4);
    assert.equal(scores.sectionAgreement, 4 / 5);
  });

  it('is 0, not NaN, when nothing matched', () => {
    assert.equal(sumTallies(0, []).sectionAgreement, 0);
  });
});
