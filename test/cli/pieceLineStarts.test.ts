import assert from 'node:assert/strict';
import { PieceDocument } from '../../server/src/cli/pieceDocument';
import { utf8Chunks } from '../../server/src/cli/utf8Chunks';
import { readX12Pieces } from '../../server/src/cli/x12Pieces';
import { build837 } from '../protocol/samples';
import type { ClaimSpec } from '../protocol/samples';
import { wholeFilePosition } from './wholeFilePosition';

/**
 * The streaming reader hands each piece the line starts its position counter passed, so the piece's
 * document does not search its text again; and it decodes ASCII reads without a UTF-8 decoder. Both
 * must give exactly what the plain way gives: positions as a whole-file count makes them (CR LF, CR
 * and LF each end a line), and the text a UTF-8 decode of the whole file gives.
 */

const claims: ClaimSpec[] = Array.from({ length: 40 }, (_, index) => ({ account: `PT${index}`, codes: ['C3491', 'C7801'] }));
const lines = build837(claims);
const layouts: readonly [string, string][] = [
  ['one segment a line (LF)', lines],
  ['one line', lines.replace(/\n/g, '')],
  ['CR LF line ends', lines.replace(/\n/g, '\r\n')],
  ['CR line ends', lines.replace(/\n/g, '\r')],
  ['mixed line ends and blank lines', lines.replace(/~\n/g, (_, offset: number) => ['~\r\n', '~\n\n', '~\r', '~', '~\r\n\r\n'][offset % 5] as string)],
];

/** Positions in the whole file of every offset of every piece, from the pieces' documents. */
async function positionsThroughPieces(text: string, readSize: number, useCounted: boolean): Promise<{ line: number; character: number }[]> {
  async function* reads(): AsyncGenerator<string> {
    for (let offset = 0; offset < text.length; offset += readSize) yield text.slice(offset, offset + readSize);
  }
  const positions: { line: number; character: number }[] = [];
  for await (const piece of readX12Pieces(reads(), { targetChars: 1500, maxPieceChars: 1 << 20 })) {
    const document = new PieceDocument('file:///t.837', piece.text, piece.start, piece.earlier, useCounted ? piece.lineStarts : undefined);
    for (let offset = 0; offset < piece.text.length; offset++) positions.push(document.positionAt(offset));
  }
  return positions;
}

describe('pieces positioned with the line starts the reader counted', function () {
  for (const [what, text] of layouts) {
    for (const readSize of [997, 4096]) {
      it(`gives every offset its whole-file position (${what}, reads of ${readSize})`, async function () {
        const counted = await positionsThroughPieces(text, readSize, true);
        assert.equal(counted.length, text.length);
        for (let offset = 0; offset < text.length; offset++) {
          assert.deepEqual(counted[offset], wholeFilePosition(text, offset), `offset ${offset}`);
        }
        assert.deepEqual(counted, await positionsThroughPieces(text, readSize, false));
      });
    }
  }

  it('hands over line starts for most pieces (none for a piece ending between a CR and its LF)', async function () {
    const text = layouts[2]?.[1] ?? '';
    async function* reads(): AsyncGenerator<string> {
      yield text;
    }
    let withStarts = 0;
    let pieces = 0;
    for await (const piece of readX12Pieces(reads(), { targetChars: 1500, maxPieceChars: 1 << 20 })) {
      pieces++;
      if (piece.lineStarts !== undefined) withStarts++;
    }
    assert.ok(pieces > 3 && withStarts === pieces, `${withStarts} of ${pieces} pieces`);
  });
});

describe('utf8Chunks', function () {
  async function decoded(bytes: Buffer, size: number): Promise<string> {
    async function* chunks(): AsyncGenerator<Buffer> {
      for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
    }
    let text = '';
    for await (const chunk of utf8Chunks(chunks())) text += chunk;
    return text;
  }

  const samples: readonly [string, Buffer][] = [
    ['ASCII', Buffer.from('ISA*00*~GS*HC~ST*837~'.repeat(20))],
    ['a byte order mark first', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ISA*00*~GS*HC~'.repeat(10))])],
    ['ASCII, then accented letters and an emoji split across reads', Buffer.from(`${'N3*1 MAIN ST~'.repeat(8)}NM1*IL*1*MÜLLER*JOSÉ~NM1*QC*1*😀~${'HI*ABK:C3491~'.repeat(5)}`)],
    ['a truncated character at the end', Buffer.concat([Buffer.from('CLM*1~NM1*IL*1*'), Buffer.from([0xc3])])],
    ['invalid bytes', Buffer.concat([Buffer.from('CLM*1~'), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from('SE*2*0001~')])],
  ];
  for (const [what, bytes] of samples) {
    for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
      it(`decodes ${what} as a whole-file decode does (reads of ${size} bytes)`, async function () {
        assert.equal(await decoded(bytes, size), bytes.toString('utf8'));
      });
    }
  }
});
