import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validateEncounter } from '../../../server/src/service/features/validation';
import type { DiagnosisList, DiagnosisMention, Encounter } from '../../../server/src/service/model';
import type { Span } from '../../../server/src/service/spans';
import { MentionList, RuleDiagnoses } from '../../../server/src/service/rules/ruleDiagnoses';
import { testCodeSets } from '../../helpers/codeSets';
import { sourceOf } from '../../helpers/snapshot';
import { interchange837, parse837 } from '../x12/x12TestFiles';

/** A mention at `offset`, written dotless; only the fields the engine reads differ between the test's mentions. */
function mention(code: string, offset: number, extra: Partial<DiagnosisMention> = {}): DiagnosisMention {
  return { code, span: { offset, length: code.length }, system: 'icd10cm', role: 'listed', writtenDotted: false, ...extra };
}

/** A list that notes the spans and the mentions asked of it. */
class CountingList implements DiagnosisList {
  readonly spans: number[] = [];
  readonly mentions: number[] = [];
  readonly #inner: DiagnosisList;

  constructor(inner: DiagnosisList) {
    this.#inner = inner;
  }

  get length(): number {
    return this.#inner.length;
  }

  codeAt(index: number): string {
    return this.#inner.codeAt(index);
  }

  systemAt(index: number): DiagnosisMention['system'] {
    return this.#inner.systemAt(index);
  }

  shapeOnlyAt(index: number): boolean {
    return this.#inner.shapeOnlyAt(index);
  }

  spanAt(index: number): Span {
    this.spans.push(index);
    return this.#inner.spanAt(index);
  }

  mentionAt(index: number): DiagnosisMention {
    this.mentions.push(index);
    return this.#inner.mentionAt(index);
  }
}

describe('rule diagnoses (the rules read an encounter\'s diagnoses by index)', () => {
  it('keeps the checked codes of a claim in their order, and every code as written', () => {
    const written = new MentionList([
      mention('C787', 0), mention('1749', 10, { system: 'icd9cm' }), mention('B12', 20, { shapeOnly: true }), mention('C787', 30), mention('Z853', 40),
    ]);
    // ICD-9-CM is never checked; the shape-only token here stands for one the code set does not know.
    const diagnoses = RuleDiagnoses.checkedOf(written, (list, index) => list.systemAt(index) === 'icd10cm' && !list.shapeOnlyAt(index));
    assert.equal(diagnoses.count, 3);
    assert.equal(diagnoses.listedCount, 3);
    assert.deepEqual(diagnoses.codes(), ['C787', 'C787', 'Z853']);
    assert.equal(diagnoses.mention(2).span.offset, 40, 'an index past a left-out code reads the right mention');
    assert.equal(diagnoses.written, written);
    assert.deepEqual(diagnoses.firstOfEachCode(), [0, 2]);
    assert.deepEqual(diagnoses.codesWhere((code) => code.startsWith('C')), ['C787']);
    assert.equal(diagnoses.findIndex((code) => code === 'Z853'), 2);
    assert.equal(diagnoses.findIndex((code) => code === 'Z853', 2), -1, 'only before the bound');
  });

  it('finds the first mention of each code the same way for a few codes and for many', () => {
    for (const size of [5, 40]) {
      const codes = Array.from({ length: size }, (_, index) => ['C787', 'Z853', 'C509', 'C787'][index % 4] as string);
      const diagnoses = RuleDiagnoses.checkedOf(new MentionList(codes.map((code, index) => mention(code, index * 10))), () => true);
      assert.deepEqual(diagnoses.firstOfEachCode(), [0, 1, 2], `${size} codes`);
      assert.deepEqual(diagnoses.codesWhere(() => true), ['C787', 'Z853', 'C509'], `${size} codes`);
    }
  });

  it('takes a note\'s reporting order and listed count from its encounter', () => {
    const ordered = { diagnoses: [mention('C509', 50), mention('Z853', 5)], listedCount: 1 } as unknown as Encounter;
    const written = new MentionList([mention('Z853', 5), mention('C509', 50)]);
    const diagnoses = RuleDiagnoses.ofEncounter(ordered, written);
    assert.deepEqual(diagnoses.codes(), ['C509', 'Z853']);
    assert.equal(diagnoses.listedCount, 1);
    assert.equal(diagnoses.written, written);
  });

  it('checks a claim kept as numbers without reading its mentions, asking only for the span a finding is about', () => {
    // C78.7 alone among its codes: secondary-without-primary (I.C.2.d) on it, nothing on I10 or E11.9.
    const text = interchange837(['CLM*A1*100***11:B:1*Y*A*Y*Y~', 'DTP*472*D8*20260105~', 'HI*ABK:I10*ABF:C787*ABF:E119~'].join('\n'));
    const parsed = parse837(text);
    const built = parsed.buildEncounter(0).encounter;
    const source = sourceOf(TextDocument.create('file:///a.837', 'x12-837', 1, text));
    const settings = { rules: {}, maxNumberOfProblems: 100 };
    const list = new CountingList(new MentionList(built.diagnoses));
    const numbersOnly: Encounter = {
      ...built,
      diagnosisList: list,
      get diagnoses(): readonly DiagnosisMention[] {
        throw new Error('the engine read the mentions of a claim kept as numbers');
      },
    };
    const expected = validateEncounter(source, parsed, built, testCodeSets(), settings);
    assert.deepEqual(expected.map((diagnostic) => diagnostic.code), ['secondary-without-primary']);
    assert.deepEqual(validateEncounter(source, parsed, numbersOnly, testCodeSets(), settings), expected);
    assert.deepEqual(list.spans, [1], 'only C78.7, the finding\'s diagnosis, is placed');
    assert.deepEqual(list.mentions, [], 'its fix (add C80.1) needs no mention');
  });
});
