import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { StructuralProblem } from '../../../server/src/service/model';
import { parseX12 } from '../../../server/src/service/x12/parseX12';
import { firstPieceSeed, parseX12Piece } from '../../../server/src/service/x12/pieceParse';
import { x12FixtureDir } from '../../helpers/dataFiles';
import { build837 } from '../../protocol/samples';

/**
 * The resumable parse: a text parsed piece by piece, each piece seeded by the one before, must give
 * the whole-text parse's problems (envelopes, claims, junk) at the same places and the same claims.
 * Offsets of a piece are relative to its start; a trailer found missing in a later piece points back
 * into an earlier one with a negative offset.
 */

interface Absolute {
  readonly id: string;
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

interface Outcome {
  readonly problems: Absolute[];
  readonly claimCodes: string[][];
  readonly pieces: number;
}

function absolute(problems: readonly StructuralProblem[], base: number): Absolute[] {
  return problems.map((problem) => ({ id: problem.id, offset: problem.span.offset + base, length: problem.span.length, message: problem.message }));
}

function byOffset(a: Absolute, b: Absolute): number {
  return a.offset - b.offset || a.id.localeCompare(b.id) || a.message.localeCompare(b.message);
}

function codesOf(document: { claimCount: number; claimCodes(index: number, out: string[]): number }): string[][] {
  const all: string[][] = [];
  for (let index = 0; index < document.claimCount; index++) {
    const out: string[] = [];
    const count = document.claimCodes(index, out);
    all.push(count === -1 ? ['(built)'] : out.slice(0, count));
  }
  return all;
}

function whole(text: string): Outcome {
  const document = parseX12(text);
  return { problems: absolute(document.problems, 0).sort(byOffset), claimCodes: codesOf(document), pieces: 1 };
}

/**
 * Offers the parse `window` characters at a time, doubling the offer while it finds no boundary, as the
 * command line does; each seed goes through a structured clone, as it would to a worker.
 */
function inPieces(text: string, window: number): Outcome {
  let seed = firstPieceSeed();
  let base = 0;
  let offer = window;
  const problems: Absolute[] = [];
  const claimCodes: string[][] = [];
  let pieces = 0;
  while (base < text.length) {
    const final = base + offer >= text.length;
    const piece = parseX12Piece(text.slice(base, base + offer), structuredClone(seed), { final });
    if (piece === undefined) {
      offer *= 2;
      continue;
    }
    problems.push(...absolute(piece.document.problems, base));
    claimCodes.push(...codesOf(piece.document));
    base += piece.length;
    seed = piece.nextSeed;
    offer = window;
    pieces++;
  }
  return { problems: problems.sort(byOffset), claimCodes, pieces };
}

function junkBatch(): string {
  const claims = Array.from({ length: 40 }, (_, index) => ({ account: `J${index}`, codes: ['C3491'] }));
  // A control character in every claim: more runs than a file reports.
  return build837(claims).replace(/DOE\*JANE/g, 'DOE\u0002*JANE');
}

function damagedBatch(): string {
  const claims = (prefix: string, count: number): Array<{ account: string; codes: string[] }> =>
    Array.from({ length: count }, (_, index) => ({ account: `${prefix}${index}`, codes: index % 2 === 0 ? ['C7801'] : ['C3491', 'C7951'] }));
  const noSe = build837(claims('D', 5), '000000004').replace(/SE\*\d+\*0001~\n/, '');
  const noGe = build837(claims('E', 5), '000000005').replace('GE*1*1~\n', '');
  const observed = build837(claims('F', 6), '000000006').replace(/ABK:/g, 'ABK>').replace(/ABF:/g, 'ABF>');
  const noIea = build837(claims('H', 5), '000000008').replace('IEA*1*000000008~\n', '');
  return `text before the first interchange\n${noSe}${noGe}${observed}junk between interchanges\n${noIea}`;
}

const windows = [1, 40, 333, 2000];

describe('x12 resumable parse', function () {
  const samples: Array<{ name: string; text: string }> = [
    { name: 'a batch with missing trailers, an observed component separator and text outside interchanges', text: damagedBatch() },
    { name: 'a batch with more junk runs than a file reports', text: junkBatch() },
    { name: 'an interchange whose ISA header cannot be read, after a good one', text: `${build837([{ account: 'A', codes: ['C3491'] }])}ISA*short~ST*837*1~CLM*X~\n` },
    ...readdirSync(x12FixtureDir).filter((name) => name !== 'README.md').sort()
      .map((name) => ({ name, text: readFileSync(path.join(x12FixtureDir, name), 'utf8') })),
  ];
  for (const { name, text } of samples) {
    it(`gives the whole-text parse on ${name}, in pieces of any size`, function () {
      const expected = whole(text);
      for (const window of windows) {
        const actual = inPieces(text, window);
        assert.deepEqual(actual.problems, expected.problems, `problems, ${window}-character offers`);
        assert.deepEqual(actual.claimCodes, expected.claimCodes, `claims, ${window}-character offers`);
      }
    });
  }

  it('ends pieces at claim boundaries, so a multi-claim interchange becomes many pieces', function () {
    const text = damagedBatch();
    const ids = new Set(whole(text).problems.map((problem) => problem.id));
    for (const id of ['x12-missing-trailer', 'x12-component-separator-mismatch', 'x12-text-outside-interchange']) assert.ok(ids.has(id), `the batch should provoke ${id}`);
    assert.ok(inPieces(text, 40).pieces > 20, 'expected a piece per claim or so');
  });

  it('reports a bounded number of junk runs per file, not per piece', function () {
    const junk = whole(junkBatch()).problems.filter((problem) => problem.id === 'x12-binary-junk');
    assert.equal(junk.length, 20);
    assert.equal(inPieces(junkBatch(), 40).problems.filter((problem) => problem.id === 'x12-binary-junk').length, 20);
  });

  it('takes no piece out of text without a boundary, and takes everything at the end', function () {
    const text = build837([{ account: 'A', codes: ['C3491'] }]);
    assert.equal(parseX12Piece(text.slice(0, 30), firstPieceSeed(), { final: false }), undefined);
    assert.equal(parseX12Piece(text, firstPieceSeed(), { final: true })?.length, text.length);
  });
});
