import assert from 'node:assert/strict';
import { isAscii } from 'node:buffer';
import { CleanReads, utf8Chunks } from '../../server/src/cli/utf8Chunks';
import { readX12Pieces } from '../../server/src/cli/x12Pieces';
import type { StructuralProblem } from '../../server/src/service/model';
import { build837 } from '../protocol/samples';
import type { ClaimSpec } from '../protocol/samples';

/**
 * The command line tests the bytes it reads for binary junk (cli/utf8Chunks.ts, `CleanReads`) and does
 * not search the pieces of a file whose reads were all clean (x12/pieceParse.ts, `junkFree`). The
 * junk found must be what the search finds on every piece, also when the junk comes only in a late
 * read, after pieces were already cut from clean ones.
 */

/** `CleanReads` after seeing each of `reads` in turn. */
function cleanAfter(...reads: Buffer[]): boolean {
  const tested = new CleanReads();
  for (const read of reads) tested.see(read, isAscii(read));
  return tested.clean;
}

const claims: ClaimSpec[] = Array.from({ length: 60 }, (_, index) => ({ account: `CR${index}`, codes: ['C3491', 'C7801'] }));
const batch = Buffer.from(build837(claims));

/** The batch with `junk` put in place of the bytes at the start of its last claim's subscriber line. */
function withLateJunk(junk: Buffer): Buffer {
  const at = batch.lastIndexOf('DOE*JANE');
  assert.ok(at > batch.length / 2, 'the junk lands in a late read');
  return Buffer.concat([batch.subarray(0, at + 3), junk, batch.subarray(at + 3)]);
}

/** The envelope problems of every piece as `id@offset in the file`, read in reads of `readSize` bytes. */
async function envelopeProblems(bytes: Buffer, readSize: number, tested: boolean): Promise<string[]> {
  async function* reads(): AsyncGenerator<Buffer> {
    for (let offset = 0; offset < bytes.length; offset += readSize) yield bytes.subarray(offset, offset + readSize);
  }
  const clean = tested ? new CleanReads() : undefined;
  const found: string[] = [];
  let pieceStart = 0;
  for await (const piece of readX12Pieces(utf8Chunks(reads(), clean), { targetChars: 1500, maxPieceChars: 1 << 20 }, undefined, clean)) {
    found.push(...piece.document.envelopeProblems.map((problem: StructuralProblem) => `${problem.id}@${pieceStart + problem.span.offset}`));
    pieceStart += piece.text.length;
  }
  return found;
}

describe('the reads tested for binary junk (cli/utf8Chunks.ts)', function () {
  it('are clean while every read is ASCII without a control character other than tab, CR and LF', function () {
    assert.equal(cleanAfter(), true);
    assert.equal(cleanAfter(Buffer.from('ISA*00~\r\nGS*HC~\tST*837~\n'), Buffer.from('SE*2*0001~')), true);
    assert.equal(cleanAfter(Buffer.from('ISA*00~'), Buffer.from('NM1*IL*1*DOE\u0001~')), false, 'a control character');
    assert.equal(cleanAfter(Buffer.from('NM1*IL*1*DOE\u007f~')), false, 'DEL');
    assert.equal(cleanAfter(Buffer.from('NM1*IL*1*JOSÉ~')), false, 'a character that is not ASCII');
    assert.equal(cleanAfter(Buffer.from([0x43, 0x4c, 0x4d, 0xff])), false, 'a byte that decodes to the replacement character');
    assert.equal(cleanAfter(Buffer.from('NM1*\u0002~'), Buffer.from('SE*2*0001~')), false, 'and stay unclean after a clean read');
  });

  const lateJunk: readonly [string, Buffer][] = [
    ['a control character', Buffer.from([0x02])],
    ['DEL', Buffer.from([0x7f])],
    ['invalid UTF-8 (the replacement character)', Buffer.from([0xff, 0xfe])],
  ];
  for (const [what, junk] of lateJunk) {
    it(`find ${what} in a late read as the search of every piece does`, async function () {
      const bytes = withLateJunk(junk);
      for (const readSize of [64, 700, 4096, bytes.length]) {
        const searched = await envelopeProblems(bytes, readSize, false);
        assert.equal(searched.filter((problem) => problem.startsWith('x12-binary-junk@')).length, 1, `reads of ${readSize} bytes`);
        assert.deepEqual(await envelopeProblems(bytes, readSize, true), searched, `reads of ${readSize} bytes`);
      }
    });
  }

  it('leave a clean batch with the problems the search finds (none of them junk)', async function () {
    for (const readSize of [64, 4096]) assert.deepEqual(await envelopeProblems(batch, readSize, true), await envelopeProblems(batch, readSize, false));
  });
});
