import assert from 'node:assert/strict';
import { PositionCounter } from '../../server/src/cli/positionCounter';
import { wholeFilePosition } from './wholeFilePosition';

/**
 * The streaming checker's line counter against a plain count of the same text: CR LF, CR and LF each
 * end one line (as editors count), offsets are asked front to back, and the text may be rebased (the
 * part before a piece's cut dropped) between questions.
 */

const texts: readonly [string, string][] = [
  ['LF line ends', 'ISA*00~\nGS*HC~\nST*837~\nCLM*1~\nHI*ABK:C509~\n'],
  ['CR LF line ends', 'ISA*00~\r\nGS*HC~\r\nST*837~\r\nCLM*1~\r\n'],
  ['CR line ends', 'ISA*00~\rGS*HC~\rST*837~\rCLM*1~\r'],
  ['mixed line ends and empty lines', 'ISA~\n\nGS~\r\n\r\nST~\r\rCLM~\nHI~\r\nSE~'],
  ['one line', 'ISA*00~GS*HC~ST*837~CLM*1~HI*ABK:C509~SE*5~'],
  ['a CR after the LFs end', 'A~\nB~\nC~\rD~\nE~'],
];

describe('PositionCounter', function () {
  for (const [what, text] of texts) {
    it(`counts ${what} as editors do, offset by offset`, function () {
      const counter = new PositionCounter();
      for (let offset = 0; offset <= text.length; offset++) {
        assert.deepEqual(counter.positionAt(text, offset), wholeFilePosition(text, offset), `offset ${offset}`);
      }
    });

    it(`counts ${what} when asked at every third offset and after a rebase`, function () {
      const counter = new PositionCounter();
      const cut = Math.floor(text.length / 2);
      for (let offset = 0; offset <= cut; offset += 3) assert.deepEqual(counter.positionAt(text, offset), wholeFilePosition(text, offset));
      const atCut = counter.positionAt(text, cut);
      assert.deepEqual(atCut, wholeFilePosition(text, cut));
      counter.rebase(cut);
      const rest = text.slice(cut);
      for (let offset = 0; offset <= rest.length; offset += 2) {
        assert.deepEqual(counter.positionAt(rest, offset), wholeFilePosition(text, cut + offset), `offset ${cut + offset}`);
      }
    });
  }

  for (const [what, text] of texts) {
    it(`counts ${what} when rebased at any offset and fed the rest as it grows`, function () {
      for (let cut = 0; cut <= text.length; cut++) {
        const counter = new PositionCounter();
        for (let offset = 0; offset <= cut; offset++) counter.positionAt(text, offset);
        counter.rebase(cut);
        // The rest arrives in two reads, as a stream gives it: first its start, then all of it (the offset
        // at the end of the first read is asked of the whole rest: a CR there may yet be followed by an LF).
        const rest = text.slice(cut);
        const half = rest.slice(0, Math.ceil(rest.length / 2));
        for (let offset = 0; offset <= rest.length; offset++) {
          const seen = offset < half.length ? half : rest;
          assert.deepEqual(counter.positionAt(seen, offset), wholeFilePosition(text, cut + offset), `cut ${cut}, offset ${cut + offset}`);
        }
      }
    });
  }
});
