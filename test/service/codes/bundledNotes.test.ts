import * as assert from 'node:assert/strict';
import type { TabularNote, TabularNoteKind } from '../../../server/src/service/codes/codeSet';
import { refCovers } from '../../../server/src/service/codes/import/noteRefs';
import { testCodeSets } from '../../helpers/codeSets';

// Expected notes are the ones printed in the FY2027 tabular excerpt, the FY2025 chapter-2 tabular and
// the FY2021 tabular XML (checked with grep in data/icd10cm); none is copied from this code's output.

function notesOf(code: string, kind: TabularNoteKind): TabularNote[] {
  return testCodeSets().notes(code).filter((note) => note.kind === kind);
}

function covers(notes: readonly TabularNote[], code: string): boolean {
  return notes.some((note) => note.refs.some((ref) => refCovers(ref, code)));
}

describe('bundled code sets: notes', () => {
  it('C79.9 excludes1 names C80.0 and C80.1 (FY2027 excerpt)', () => {
    const excludes = notesOf('C799', 'excludes1');
    assert.ok(covers(excludes, 'C800'));
    assert.ok(covers(excludes, 'C801'));
    assert.ok(!covers(excludes, 'C802'));
    const own = excludes.filter((note) => note.owner === 'C79.9');
    assert.deepEqual(own.map((note) => note.text), [
      'carcinomatosis NOS (C80.0)',
      'generalized cancer NOS (C80.0)',
      'malignant (primary) neoplasm of unspecified site (C80.1)',
    ]);
    assert.ok(own.every((note) => note.sourceYear === 2027));
  });

  it('C77 excludes1 covers the lymphomas C81-C86, inherited by C77.2', () => {
    const excludes = notesOf('C772', 'excludes1');
    assert.ok(covers(excludes, 'C8330'));
    assert.ok(covers(excludes, 'C81'));
    assert.ok(covers(excludes, 'C86'));
    assert.ok(!covers(excludes, 'C87'));
    assert.ok(excludes.some((note) => note.owner === 'C77' && note.text === 'malignant neoplasm of lymph nodes, specified as primary (C81-C86, C88, C96.-)'));
  });

  it('C78 excludes1 names C7B.02, so it reaches C78.7 and C78.01', () => {
    assert.ok(covers(notesOf('C787', 'excludes1'), 'C7B02'));
    const ownerOrder = testCodeSets().notes('C7801').map((note) => note.owner);
    assert.ok(ownerOrder.includes('C78'));
    // The C78 excludes2 "lymph node metastases (C77.0)" is an Excludes2, not an Excludes1.
    assert.ok(covers(notesOf('C7801', 'excludes2'), 'C770'));
    assert.ok(!covers(notesOf('C7801', 'excludes1'), 'C770'));
  });

  it('Z85 has code first Z08, inherited by Z85.3', () => {
    const codeFirst = notesOf('Z853', 'codeFirst');
    assert.ok(codeFirst.some((note) => note.owner === 'Z85' && note.text === 'any follow-up examination after treatment of malignant neoplasm (Z08)' && note.sourceYear === 2027));
    assert.ok(covers(codeFirst, 'Z08'));
  });

  it('the Z85 inclusion terms map history codes to cancer sites', () => {
    const breast = notesOf('Z853', 'inclusionTerm').filter((note) => note.owner === 'Z85.3');
    assert.deepEqual(breast.map((note) => note.text), ['Conditions classifiable to C50.-']);
    assert.deepEqual(breast[0]?.refs, [{ first: 'C50', last: 'C50' }]);
    const esophagus = notesOf('Z8501', 'inclusionTerm').filter((note) => note.owner === 'Z85.01');
    assert.deepEqual(esophagus[0]?.refs, [{ first: 'C15', last: 'C15' }]);
  });

  it('D63.0 code first covers C00-D49, from the FY2021 tabular XML', () => {
    const codeFirst = notesOf('D630', 'codeFirst').filter((note) => note.owner === 'D63.0');
    assert.deepEqual(codeFirst.map((note) => [note.text, note.sourceYear]), [['neoplasm (C00-D49)', 2021]]);
    assert.ok(covers(codeFirst, 'C189'));
  });

  it('takes chapter-2 notes outside the FY2027 excerpt from the FY2025 chapter-2 tabular, not FY2021', () => {
    // FY2025 C50: "code to identify estrogen, and other hormones and factors receptor status (Z17.-)";
    // FY2021 C50: "code to identify estrogen receptor status (Z17.0, Z17.1)".
    const useAdditional = notesOf('C50911', 'useAdditionalCode').filter((note) => note.owner === 'C50');
    assert.deepEqual(useAdditional.map((note) => [note.text, note.sourceYear]), [['code to identify estrogen, and other hormones and factors receptor status (Z17.-)', 2025]]);
    assert.ok(covers(useAdditional, 'Z1741'));
  });

  it('reads D12’s FY2025 Excludes2 notes, which FY2021 printed as Excludes1', () => {
    // FY2025 D12: Excludes2 "benign carcinoid tumors of the large intestine and rectum (D3A.02-)" and
    // "polyp of colon NOS (K63.5)"; FY2021 printed both under Excludes1.
    assert.deepEqual(notesOf('D123', 'excludes1').filter((note) => note.owner === 'D12'), []);
    const excludes2 = notesOf('D123', 'excludes2').filter((note) => note.owner === 'D12');
    assert.deepEqual(excludes2.map((note) => [note.text, note.sourceYear]), [
      ['benign carcinoid tumors of the large intestine and rectum (D3A.02-)', 2025],
      ['polyp of colon NOS (K63.5)', 2025],
    ]);
  });

  it('keeps the FY2027 excerpt ahead of FY2025 for the codes both print (C76-C80)', () => {
    // Both files print C79.9; the FY2027 excerpt wins, so every C79.9 note records 2027.
    assert.ok(testCodeSets().notes('C799').filter((note) => note.owner.startsWith('C79')).every((note) => note.sourceYear === 2027));
  });

  it('C80.2 code first names T86.-', () => {
    const codeFirst = notesOf('C802', 'codeFirst');
    assert.ok(covers(codeFirst, 'T8610'));
  });

  it('lists own notes before inherited ones, then block and chapter notes', () => {
    const owners = testCodeSets().notes('Z853').map((note) => note.owner);
    const firstOf = (owner: string): number => owners.indexOf(owner);
    assert.ok(firstOf('Z85.3') >= 0 && firstOf('Z85') > firstOf('Z85.3'));
    // The Z77-Z99 block's "code also any follow-up examination (Z08-Z09)" (FY2021 file).
    assert.ok(firstOf('Z77-Z99') > firstOf('Z85'));
    const chapterNotes = testCodeSets().notes('D630').filter((note) => note.owner === 'chapter 3');
    assert.ok(chapterNotes.some((note) => note.kind === 'excludes2' && note.text === 'neoplasms (C00-D49)'));
  });

  it('has no notes for an unknown code outside any known category', () => {
    assert.deepEqual(testCodeSets().notes('Q9Z99'), []);
  });
});

describe('bundled code sets: paths', () => {
  it('places C78.01 in chapter 2 › C76-C80 › C78', () => {
    const path = testCodeSets().path('C7801');
    assert.deepEqual(path.chapter, { id: '2', title: 'Neoplasms (C00-D49)' });
    assert.deepEqual(path.block, { id: 'C76-C80', title: 'Malignant neoplasms of ill-defined, other secondary and unspecified sites (C76-C80)' });
    assert.deepEqual(path.category, { id: 'C78', title: 'Secondary malignant neoplasm of respiratory and digestive organs' });
  });

  it('keeps C7A and C7B out of the C76-C80 block although they sort inside its range', () => {
    assert.equal(testCodeSets().path('C7A010').block?.id, 'C7A');
    assert.equal(testCodeSets().path('C7B02').block?.id, 'C7B');
  });

  it('places Z85.3 in chapter 21 › Z77-Z99 › Z85', () => {
    const path = testCodeSets().path('Z853');
    assert.equal(path.chapter?.id, '21');
    assert.equal(path.chapter?.title, 'Factors influencing health status and contact with health services (Z00-Z99)');
    assert.equal(path.block?.id, 'Z77-Z99');
    assert.equal(path.category?.title, 'Personal history of malignant neoplasm');
  });

  it('shows the FY2026 category QA0 without inventing a title no source has', () => {
    // QA0 is a header of the FY2026 and FY2027 lists; neither the FY2027 excerpt, the addenda nor the
    // FY2021 files title it.
    const codeSets = testCodeSets();
    assert.equal(codeSets.status('QA0', 2027), 'header');
    assert.equal(codeSets.title('QA0'), undefined);
    assert.deepEqual(codeSets.path('QA00101').category, { id: 'QA0', title: '' });
    // QA1 is new in FY2027 and the addenda line "Add: 0 QA1 ..." titles it.
    assert.equal(codeSets.title('QA1'), 'Genetic disorders associated with neoplasms, not elsewhere classified');
  });
});
