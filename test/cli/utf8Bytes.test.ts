import assert from 'node:assert/strict';
import { BytePositionCounter } from '../../server/src/cli/parallel/bytePositions';
import { hasControlJunk, incompleteTail, utf16Units } from '../../server/src/cli/parallel/utf8Bytes';
import { PositionCounter } from '../../server/src/cli/positionCounter';

/**
 * The file cutter reads bytes without decoding them (parallel/utf8Bytes.ts, parallel/bytePositions.ts):
 * its answers must be those of the decoded text it stands in for, which the checker's reader sees.
 * Each helper is compared with the decoded text on every alignment and every split of its input.
 */

/** Text with ASCII, two-, three- and four-byte characters and every kind of line break. */
const mixed = 'ISA*00~\nNM1*IL*1*JOSÉ~\r\nN3*€ STREET~\rN4*𝄞*X~\n\r\nREF*Ω~\r';

/** The junk class of the checker's binary-junk report (service/x12/binaryJunk.ts), without U+FFFD. */
function isJunkCharacter(code: number): boolean {
  return (code <= 0x08 || code === 0x0b || code === 0x0c || (code >= 0x0e && code <= 0x1f) || code === 0x7f);
}

describe('the file cutter reading bytes without decoding them', function () {
  it('counts the UTF-16 units of every run of whole characters as the decoded text has them', function () {
    const characters = [...mixed];
    for (let start = 0; start < characters.length; start++) {
      for (let end = start; end <= characters.length; end++) {
        const run = characters.slice(start, end).join('');
        const before = Buffer.byteLength(characters.slice(0, start).join(''));
        const bytes = Buffer.from(mixed);
        assert.equal(utf16Units(bytes, before, before + Buffer.byteLength(run)), run.length, JSON.stringify(run));
      }
    }
  });

  it('finds each control character the checker reports, at every alignment and in no other byte', function () {
    for (let code = 0; code < 0x100; code++) {
      for (let shift = 0; shift < 9; shift++) {
        // The byte sits at each place of a word and beyond, in a buffer whose own offset is odd too.
        const backing = Buffer.alloc(32, 0x41);
        const bytes = backing.subarray(shift % 4 === 3 ? 1 : 0);
        bytes[shift + 2] = code;
        const expected = isJunkCharacter(code);
        assert.equal(hasControlJunk(bytes, 0, bytes.length), expected, `0x${code.toString(16)} at ${shift + 2}`);
        assert.equal(hasControlJunk(bytes, shift + 2, shift + 3), expected, `0x${code.toString(16)} alone`);
        assert.equal(hasControlJunk(bytes, 0, shift + 2), false, 'the bytes before it');
        assert.equal(hasControlJunk(bytes, shift + 3, bytes.length), false, 'the bytes after it');
      }
    }
    // Tabs, line breaks and every byte of a longer character are not junk.
    const clean = Buffer.from(`\t${mixed}`.repeat(5));
    assert.equal(hasControlJunk(clean, 0, clean.length), false);
  });

  it('keeps the bytes of a character cut short by a read for the next read', function () {
    const bytes = Buffer.from('A€𝄞É');
    const ends: Array<[number, number]> = [[1, 0], [2, 1], [3, 2], [4, 0], [5, 1], [6, 2], [7, 3], [8, 0], [9, 1], [10, 0]];
    for (const [to, expected] of ends) assert.equal(incompleteTail(bytes, to), expected, `after ${to} bytes`);
  });

  it('counts lines and characters as the decoded text counts them, however the bytes are split', function () {
    const text = mixed.repeat(3);
    const bytes = Buffer.from(text);
    // Every character boundary, as a place asked about and as a place where a read ends.
    const boundaries: number[] = [0];
    for (const character of text) boundaries.push((boundaries.at(-1) as number) + Buffer.byteLength(character));
    for (const split of boundaries) {
      for (const asked of boundaries) {
        const expected = new PositionCounter().positionAt(text, Buffer.from(bytes.subarray(0, asked)).toString('utf8').length);
        const counter = new BytePositionCounter();
        counter.advance(bytes, 0, Math.min(split, asked));
        counter.advance(bytes, Math.min(split, asked), asked);
        // A position between a CR and its LF is never asked for: the cutter asks at an ISA.
        if (bytes[asked - 1] === 0x0d && bytes[asked] === 0x0a) continue;
        assert.deepEqual(counter.position, expected, `split at ${split}, asked at ${asked}`);
      }
    }
  });
});
