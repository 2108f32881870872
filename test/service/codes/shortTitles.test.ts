import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCodeIndex, fiscalYearDates } from '../../../server/src/service/codes/buildIndex';
import { createCodeSets } from '../../../server/src/service/codes/indexedCodeSets';
import { decodeShortTitle, encodeShortTitle } from '../../../server/src/service/codes/shortTitleText';
import { testCodeSets } from '../../helpers/codeSets';
import { officialAddendaRows2027, officialBillable, officialOrderRows2021, officialShortTitle2021 } from '../../helpers/officialCodes';

// Expected short titles are cut from the official files in data/icd10cm by their fixed columns
// (test/helpers/officialCodes.ts): the FY2021 order file and the FY2027 order addenda, the only
// release files in the project that print short titles. The literal strings below were checked with
// `gunzip -c data/icd10cm/2021/icd10cm-order-Jan-2021.txt.gz | grep -E '^[0-9]{5} CODE '`.

describe('short titles: the encoding against the long title', () => {
  const pairs: Array<[string, string]> = [
    ['Secondary malignant neoplasm of right lung', 'Secondary malignant neoplasm of right lung'],
    ['Malignant neoplasm of unspecified part of unspecified bronchus or lung', 'Malignant neoplasm of unsp part of unsp bronchus or lung'],
    [
      'Displaced supracondylar fracture without intracondylar extension of lower end of right femur, initial encounter for open fracture type I or II',
      'Displ suprcndl fx w/o intrcndl extn low end r femr, 7thB',
    ],
    ['Type 2 diabetes mellitus without complications', 'Type 2 diabetes mellitus without complications'],
    ['A title', '^caret ~tilde \\backslash words'],
    ['Two  spaces', 'Two  spaces, then more words than the long title has'],
  ];

  it('gives back every short title exactly', () => {
    for (const [long, short] of pairs) assert.equal(decodeShortTitle(long, encodeShortTitle(long, short)), short, short);
  });

  it('stores a short title equal to its long title as one character, and a missing one as nothing', () => {
    assert.equal(encodeShortTitle('Secondary malignant neoplasm of right lung', 'Secondary malignant neoplasm of right lung'), '^');
    assert.equal(encodeShortTitle('Secondary malignant neoplasm of right lung', ''), '');
    assert.equal(decodeShortTitle('Secondary malignant neoplasm of right lung', ''), undefined);
  });

  it('refers to the long title for the words it shares with it', () => {
    // "Malignant neoplasm of" (3 words) kept, "unspecified" → "unsp", "part of" (2) kept, "unspecified" → "unsp", the rest kept.
    assert.equal(encodeShortTitle('Malignant neoplasm of unspecified part of unspecified bronchus or lung', 'Malignant neoplasm of unsp part of unsp bronchus or lung'), '^3 unsp ^2 unsp ^');
  });

  it('round-trips any pair of texts, whatever their words and spaces', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '^', '~', '\\', '1', ',') });
    fc.assert(
      fc.property(text, text, (long, short) => {
        const encoded = encodeShortTitle(long, short);
        assert.equal(encoded.includes('\n'), false);
        assert.equal(decodeShortTitle(long, encoded), short === '' ? undefined : short);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on a damaged line', () => {
    assert.equal(decodeShortTitle('Secondary malignant neoplasm of right lung', '^x ~y ^99'), 'Secondary malignant neoplasm of right lung');
  });
});

describe('short titles: what the build keeps', () => {
  const inputs = {
    years: [{ year: 2027, ...fiscalYearDates(2027), billable: new Set(['C7801', 'C7802']) }],
    titleSources: [new Map([['C7801', 'Secondary malignant neoplasm of right lung'], ['C7802', 'Secondary malignant neoplasm of left lung, revised']])],
    structures: [],
    noteSources: [],
  };

  it('takes a short title only beside the long title it was printed with, newest source first', () => {
    const codeSets = createCodeSets(buildCodeIndex({
      ...inputs,
      shortTitleSources: [
        new Map([['C7801', { short: 'Sec mal neo right lung', long: 'Secondary malignant neoplasm of right lung' }]]),
        new Map([
          ['C7801', { short: 'Older short title', long: 'Secondary malignant neoplasm of right lung' }],
          ['C7802', { short: 'Secondary malignant neoplasm of left lung', long: 'Secondary malignant neoplasm of left lung' }],
        ]),
      ],
    }));
    assert.equal(codeSets.shortTitle?.('C7801'), 'Sec mal neo right lung');
    assert.equal(codeSets.shortTitle?.('C7802'), undefined, 'the long title was revised since the only short title was printed');
    assert.equal(codeSets.shortTitle?.('C780'), undefined, 'a header nobody titled has no short title');
    assert.equal(codeSets.shortTitle?.('C7899'), undefined, 'an unknown code has none');
  });

  it('has no short titles without a source that prints them', () => {
    assert.equal(createCodeSets(buildCodeIndex(inputs)).shortTitle?.('C7801'), undefined);
  });
});

describe('short titles: the bundled index against the official files', () => {
  it('gives C78.01 the FY2021 order file short title, which equals its long title', () => {
    const codeSets = testCodeSets();
    assert.equal(officialShortTitle2021('C7801'), 'Secondary malignant neoplasm of right lung');
    assert.equal(codeSets.shortTitle?.('C7801'), officialShortTitle2021('C7801'));
    assert.equal(codeSets.shortTitle?.('C7801'), codeSets.title('C7801'));
  });

  it('gives abbreviated short titles of billable codes and headers as the order file prints them', () => {
    const codeSets = testCodeSets();
    const expected: Record<string, string> = {
      C3490: 'Malignant neoplasm of unsp part of unsp bronchus or lung',
      C3491: 'Malignant neoplasm of unsp part of right bronchus or lung',
      C50911: 'Malignant neoplasm of unsp site of right female breast',
      S72451B: 'Displ suprcndl fx w/o intrcndl extn low end r femr, 7thB',
      S72451D: 'Displ suprcndl fx w/o intrcndl extn low end r femr, 7thD',
      C78: 'Secondary malignant neoplasm of resp and digestive organs',
    };
    for (const [code, short] of Object.entries(expected)) {
      assert.equal(officialShortTitle2021(code), short, `${code} in the order file`);
      assert.equal(codeSets.shortTitle?.(code), short, code);
    }
  });

  it('takes the short titles of codes the FY2027 addenda adds or revises from the addenda', () => {
    const codeSets = testCodeSets();
    const addenda = officialAddendaRows2027();
    for (const code of ['C7831', 'C7832', 'C7983', 'O00121', 'L02232']) assert.equal(codeSets.shortTitle?.(code), addenda.get(code)?.short, code);
    assert.equal(codeSets.shortTitle?.('O00121'), 'Right interstit ectopic pregnancy without uterin pregnancy');
    // L02.232 was revised: the FY2021 short title stood beside the old long title.
    assert.notEqual(officialShortTitle2021('L02232'), addenda.get('L02232')?.short);
    assert.equal(codeSets.shortTitle?.('L02232'), 'Carbuncle of back [any part, except buttock and flank]');
  });

  it('gives no short title where no release file prints one beside the current long title', () => {
    const codeSets = testCodeSets();
    // C84.40: the FY2021 row says "not classified", the FY2027 long title "not elsewhere classified".
    assert.notEqual(officialOrderRows2021().get('C8440')?.long, officialBillable(2027).get('C8440'));
    assert.equal(codeSets.shortTitle?.('C8440'), undefined);
    // C79.63 and C50.A0 are billable in FY2026 and FY2027 but in neither file that prints short titles.
    for (const code of ['C7963', 'C50A0']) {
      assert.ok(officialBillable(2026).has(code) && !officialOrderRows2021().has(code) && !officialAddendaRows2027().has(code), code);
      assert.equal(codeSets.shortTitle?.(code), undefined, code);
      assert.ok(codeSets.title(code), code);
    }
  });

  it('keeps the FY2021 short title of every code whose long title has not changed since, and no other', function () {
    this.timeout(60000);
    const codeSets = testCodeSets();
    const addenda = officialAddendaRows2027();
    let checked = 0;
    for (const [code, row] of officialOrderRows2021()) {
      if (addenda.has(code) || codeSets.yearsWith(code).length === 0) continue;
      const expected = codeSets.title(code) === row.long ? row.short : undefined;
      if (codeSets.shortTitle?.(code) !== expected) assert.fail(`${code}: ${String(codeSets.shortTitle?.(code))} instead of ${String(expected)}`);
      if (expected !== undefined) checked++;
    }
    // The build prints the same kind of count; more than nine in ten FY2021 rows keep their short title.
    assert.ok(checked > 90000, `${checked} short titles checked`);
  });

  it('never gives a short title longer than the order file column of 60 characters', () => {
    const codeSets = testCodeSets();
    for (const code of codeSets.codesWithPrefix('C', codeSets.newest.year, 20000)) assert.ok((codeSets.shortTitle?.(code) ?? '').length <= 60, code);
  });
});
