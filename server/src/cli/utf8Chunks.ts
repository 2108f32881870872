import { isAscii } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';

/**
 * The text of a byte stream decoded as UTF-8, chunk by chunk, as `createReadStream` with the `utf8`
 * encoding gives it. A claim file is ASCII: a chunk of ASCII alone is taken as Latin-1, which V8
 * copies byte for byte, instead of being decoded. From the first chunk that is not all ASCII on, every
 * chunk goes through one decoder, which carries a character split between two chunks.
 */
export async function* utf8Chunks(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let plain = true;
  for await (const chunk of bytes) {
    if (plain && isAscii(chunk)) {
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
