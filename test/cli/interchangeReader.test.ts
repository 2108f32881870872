import assert from 'node:assert/strict';
import { findNextInterchange, InterchangeTooLargeError, isaTerminator, readInterchanges } from '../../server/src/cli/interchangeReader';
import { SliceDocument } from '../../server/src/cli/sliceDocument';
import { build837 } from '../protocol/samples';

/** The command line's streaming reader: interchange cuts must be exact whatever the chunk size. */

async function collect(text: string, chunkSize: number): Promise<string[]> {
  async function* chunks(): AsyncGenerator<string> {
    for (let offset = 0; offset < text.length; offset += chunkSize) yield text.slice(offset, offset + chunkSize);
  }
  const pieces: string[] = [];
  for await (const piece of readInterchanges(chunks())) pieces.push(piece);
  return pieces;
}

describe('interchange reader', function () {
  const first = build837([{ account: 'A1', codes: ['C3491'] }], '000000001');
  // The second interchange uses other delimiters and no line breaks, as many senders do.
  const second = build837([{ account: 'B2', codes: ['C7801'] }], '000000002')
    .replace(/~\n/g, '!').replace(/\*/g, '|').replace(/\|\^\|/, '|^|').replace(/\|:!/, '|>!');
  const third = build837([{ account: 'C3', codes: ['C50911'] }], '000000003');
  const batch = `${first}\n${second}\r\n${third}`;

  it('reads the segment terminator from the ISA header', function () {
    assert.equal(isaTerminator(first, 0), '~');
    assert.equal(isaTerminator(second, 0), '!');
    assert.equal(isaTerminator('ISA*00*', 0), undefined);
  });

  it('cuts only in front of an ISA that starts a segment', function () {
    assert.equal(findNextInterchange('ISA*x~NM1*ISABEL~ISA*y~', 4, '~'), 17);
    assert.equal(findNextInterchange('ISA*x~NM1*ISABEL~', 4, '~'), -1);
  });

  for (const chunkSize of [1, 7, 64, 1 << 20]) {
    it(`yields one piece per interchange and loses nothing (chunks of ${chunkSize})`, async function () {
      const pieces = await collect(batch, chunkSize);
      assert.equal(pieces.length, 3);
      assert.equal(pieces.join(''), batch);
      assert.ok(pieces[1]?.startsWith('ISA|') && pieces[2]?.startsWith('ISA*'));
    });
  }

  it('refuses an interchange larger than the piece limit with a clear error', async function () {
    async function* chunks(): AsyncGenerator<string> {
      yield first;
      yield second;
    }
    // The limit fits the second interchange but not the first.
    const pieces: string[] = [];
    await assert.rejects(async () => {
      for await (const piece of readInterchanges(chunks(), first.length - 10)) pieces.push(piece);
    }, InterchangeTooLargeError);
    assert.deepEqual(pieces, []);
    const fitting: string[] = [];
    for await (const piece of readInterchanges(chunks(), first.length + 10)) fitting.push(piece);
    assert.deepEqual(fitting, [first, second]);
  });

  it('passes text without an ISA through whole', async function () {
    assert.deepEqual(await collect('not a claim file\n', 4), ['not a claim file\n']);
  });

  it('reports slice positions in whole-file coordinates', function () {
    const slice = new SliceDocument('file:///x.837', 'x12-837', 'AB\nCD', { line: 4, character: 3 });
    assert.deepEqual(slice.positionAt(1), { line: 4, character: 4 });
    assert.deepEqual(slice.positionAt(4), { line: 5, character: 1 });
    assert.equal(slice.offsetAt({ line: 5, character: 1 }), 4);
    assert.deepEqual(slice.endPosition(), { line: 5, character: 2 });
  });
});
