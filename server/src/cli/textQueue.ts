/**
 * The text read but not yet cut into pieces, kept as the chunks the stream gave (each a flat string)
 * instead of one string they are appended to. Appending a chunk to one string makes a rope that the
 * first search flattens: every read was copied once more, with the rest of the buffer, only to be
 * searched and sliced. Here a search runs on each chunk as it is, and a piece that lies in one chunk
 * is a slice of it; only a piece that spans two chunks is joined, and then only its own characters.
 */
export class TextQueue {
  /** Chunks from the first one still needed; `#skip` characters of the first are already taken. */
  readonly #chunks: string[] = [];
  #skip = 0;
  #length = 0;

  /** Characters held. */
  get length(): number {
    return this.#length;
  }

  append(text: string): void {
    if (text === '') return;
    this.#chunks.push(text);
    this.#length += text.length;
  }

  /**
   * Characters `[start, end)` as one string: a slice of a chunk when they lie in one, else the slices
   * of the chunks they span joined (the join is flattened, copying those characters only, when read).
   */
  slice(start: number, end: number): string {
    const chunks = this.#chunks;
    let index = 0;
    let from = start + this.#skip;
    while (index < chunks.length && from >= (chunks[index] as string).length) {
      from -= (chunks[index] as string).length;
      index++;
    }
    let remaining = Math.min(end, this.#length) - start;
    if (remaining <= 0) return '';
    const first = chunks[index] as string;
    if (from + remaining <= first.length) return first.slice(from, from + remaining);
    let joined = first.slice(from);
    remaining -= first.length - from;
    for (index++; remaining > 0 && index < chunks.length; index++) {
      const chunk = chunks[index] as string;
      joined += remaining >= chunk.length ? chunk : chunk.slice(0, remaining);
      remaining -= chunk.length;
    }
    return joined;
  }

  /** The first place at or after `from` where `search` (a few characters) starts, or -1; a match may span two chunks. */
  indexOf(search: string, from: number): number {
    const chunks = this.#chunks;
    // Where the chunk being searched starts, counted from the first character held.
    let chunkStart = -this.#skip;
    for (let index = 0; index < chunks.length; index++) {
      const chunk = chunks[index] as string;
      const chunkEnd = chunkStart + chunk.length;
      if (from < chunkEnd) {
        const found = chunk.indexOf(search, Math.max(0, from - chunkStart));
        if (found !== -1) return chunkStart + found;
        // A match that starts in this chunk's last characters and ends in the next.
        for (let at = Math.max(from, chunkEnd - search.length + 1); at < chunkEnd; at++) {
          if (at + search.length <= this.#length && this.slice(at, at + search.length) === search) return at;
        }
      }
      chunkStart = chunkEnd;
    }
    return -1;
  }

  /** Forgets the first `count` characters: offsets afterwards are relative to the rest. */
  drop(count: number): void {
    const chunks = this.#chunks;
    this.#length -= count;
    this.#skip += count;
    let taken = 0;
    while (taken < chunks.length && this.#skip >= (chunks[taken] as string).length) {
      this.#skip -= (chunks[taken] as string).length;
      taken++;
    }
    if (taken > 0) chunks.splice(0, taken);
  }
}
