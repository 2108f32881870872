import { isAscii } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { hasControlJunk } from './parallel/utf8Bytes';

/**
 * Whether every byte read so far was ASCII without a control character other than a tab or a line
 * break: text that holds nothing the parse reports as binary junk (x12/binaryJunk.ts, whose class is
 * those control characters and the replacement character, which only a non-ASCII read decodes to).
 * The read's bytes are tested four at a time (parallel/utf8Bytes.ts), which is cheaper than the
 * parse's pattern over the decoded text; a file that fails the test once is searched by the pattern.
 */
export class CleanReads {
  #clean = true;

  get clean(): boolean {
    return this.#clean;
  }

  /** Looks at one read, whose bytes `ascii` says are all ASCII. */
  see(chunk: Buffer, ascii: boolean): void {
    if (this.#clean && (!ascii || hasControlJunk(chunk, 0, chunk.length))) this.#clean = false;
  }
}

/**
 * The text of a byte stream decoded as UTF-8, chunk by chunk, as `createReadStream` with the `utf8`
 * encoding gives it. A claim file is ASCII: a chunk of ASCII alone is taken as Latin-1, which V8
 * copies byte for byte, instead of being decoded. From the first chunk that is not all ASCII on, every
 * chunk goes through one decoder, which carries a character split between two chunks. With `reads`,
 * each chunk is shown to it before its text is yielded, so `reads.clean` covers every text yielded.
 */
export async function* utf8Chunks(bytes: AsyncIterable<Buffer>, reads?: CleanReads): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let plain = true;
  for await (const chunk of bytes) {
    const ascii = plain && isAscii(chunk);
    reads?.see(chunk, ascii);
    if (ascii) {
      yield chunk.toString('latin1');
      continue;
    }
    plain = false;
    const text = decoder.write(chunk);
    if (text !== '') yield text;
  }
  if (plain) return;
  const rest = decoder.end();
  if (rest !== '') yield rest;
}
