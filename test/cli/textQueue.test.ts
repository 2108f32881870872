import * as assert from 'node:assert/strict';
import { TextQueue } from '../../server/src/cli/textQueue';

/**
 * The streaming reader keeps the text not yet cut into pieces as the chunks the stream gave
 * (cli/textQueue.ts). Whatever the chunks, it must answer exactly as the one string they make: each
 * case cuts a text into chunks, drops a prefix, and compares every slice and search with the string's.
 */

interface QueueCase {
  readonly name: string;
  readonly chunks: readonly string[];
  /** Characters taken from the front before the questions. */
  readonly dropped: number;
  readonly searches: readonly string[];
}

const segments = 'IEA*1*000000117~\nISA*00*          *00~\nCLM*A1*100~\nHI*ABK:C50911~\n';

const cases: readonly QueueCase[] = [
  { name: 'one chunk', chunks: [segments], dropped: 0, searches: ['ISA', 'IEA', '~\n', 'XYZ', 'I'] },
  { name: 'ISA split after one character', chunks: ['IEA*1*000000117~\nI', 'SA*00*          *00~\nCLM*A1*100~\n'], dropped: 0, searches: ['ISA', 'SA*', 'A*0'] },
  { name: 'ISA split after two characters, a prefix dropped', chunks: ['xxxxIEA*1~\nIS', 'A*00~\n', 'CLM*A1~\nISA*0~'], dropped: 3, searches: ['ISA', 'IEA', 'A*0', '~\nC'] },
  { name: 'a match across three chunks of one character', chunks: ['HI*', 'I', 'S', 'A', '*ISA~'], dropped: 1, searches: ['ISA', 'SA*', 'I'] },
  { name: 'the first chunk dropped whole', chunks: ['ISA*first~', 'ISA*second~', 'CLM*'], dropped: 10, searches: ['ISA', 'CLM', 'first'] },
  { name: 'everything dropped', chunks: ['ab', 'cd'], dropped: 4, searches: ['a', 'ISA'] },
  { name: 'non-ASCII text and surrogate pairs', chunks: ['Notiz: Übelkeit \ud83d', '\ude00 ISA', 'É~'], dropped: 2, searches: ['ISA', '\ud83d\ude00', 'É', 'Ü'] },
];

function queueOf(chunks: readonly string[], dropped: number): TextQueue {
  const queue = new TextQueue();
  for (const chunk of chunks) queue.append(chunk);
  queue.append('');
  queue.drop(dropped);
  return queue;
}

/** `text.indexOf`, which the queue answers without making the text. */
function everyMatch(search: (from: number) => number, length: number): number[] {
  const found: number[] = [];
  for (let from = 0; from <= length; from++) found.push(search(from));
  return found;
}

describe('text queue (the streaming reader\'s unread text, kept as chunks)', () => {
  for (const queueCase of cases) {
    it(queueCase.name, () => {
      const text = queueCase.chunks.join('').slice(queueCase.dropped);
      const queue = queueOf(queueCase.chunks, queueCase.dropped);
      assert.equal(queue.length, text.length);
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length + 2; end++) assert.equal(queue.slice(start, end), text.slice(start, end), `slice(${start}, ${end})`);
      }
      for (const search of queueCase.searches) {
        assert.deepEqual(everyMatch((from) => queue.indexOf(search, from), text.length), everyMatch((from) => text.indexOf(search, from), text.length), `indexOf('${search}')`);
      }
    });
  }

  it('keeps answering as the string while it is dropped from and appended to in turn', () => {
    const queue = new TextQueue();
    let text = '';
    const reads = ['ISA*00~', 'CLM*A1~HI*', 'ABK:C50911~', 'I', 'SA*00~IEA*1~', '', 'ISA'];
    reads.forEach((read, step) => {
      queue.append(read);
      text += read;
      const taken = Math.min(text.length, step + 2);
      queue.drop(taken);
      text = text.slice(taken);
      assert.equal(queue.slice(0, queue.length), text, `after read ${step}`);
      assert.equal(queue.indexOf('ISA', 0), text.indexOf('ISA', 0), `ISA after read ${step}`);
    });
  });
});
