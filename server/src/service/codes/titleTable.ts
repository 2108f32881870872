import { force } from './indexData';
import type { ChunkedTitles, LoadableCodeIndex } from './indexData';

/** Thrown when index data has a layout this code does not read. */
export class CodeIndexFormatError extends Error {}

/**
 * The titles (long, or short as the index encodes them) parallel to the sorted code list. The bundled
 * index packs them in chunks of consecutive codes; a chunk is unpacked on the first lookup that needs it, or ahead of time by {@link warm}, so
 * that a hover never pays for unpacking (about 1 ms per chunk, on the request's thread).
 *
 * An unpacked chunk is kept as its text plus the start offset of each line rather than one string per
 * title: with every chunk unpacked that is a handful of strings and typed arrays instead of about
 * 100,000 small strings, which costs less memory and gives the garbage collector nothing to visit.
 */
export class TitleTable {
  readonly #source: LoadableCodeIndex['titles'];
  readonly #codeCount: number;
  readonly #chunkSize: number;
  readonly #chunkCount: number;
  readonly #texts: Array<string | undefined> = [];
  /** Per unpacked chunk: where each title starts, and one more entry one past the end of the text. */
  readonly #starts: Array<Uint32Array | undefined> = [];
  /** Chunks before this one have all been unpacked, so warming resumes here. */
  #warmedUpTo = 0;

  constructor(source: LoadableCodeIndex['titles'], codeCount: number) {
    this.#source = source;
    this.#codeCount = codeCount;
    // Titles that are not chunked count as one chunk holding every code.
    this.#chunkSize = isChunked(source) ? Math.max(1, source.chunkSize) : Math.max(1, codeCount);
    this.#chunkCount = Math.ceil(codeCount / this.#chunkSize);
  }

  /** The title of the code at `index` in the sorted code list; empty when no source titles it. */
  title(index: number): string {
    const chunkIndex = Math.floor(index / this.#chunkSize);
    const line = index - chunkIndex * this.#chunkSize;
    let starts = this.#starts[chunkIndex];
    if (starts === undefined) starts = this.#unpack(chunkIndex);
    const text = this.#texts[chunkIndex] as string;
    return text.slice(starts[line] as number, (starts[line + 1] as number) - 1);
  }

  /**
   * Unpacks up to `budget` chunks that no lookup has needed yet, and says whether every chunk is now
   * unpacked. Each chunk is a short, bounded piece of work, so a caller can spread warming over many
   * turns of its event loop and answer requests in between.
   */
  warm(budget: number): boolean {
    let left = budget;
    while (this.#warmedUpTo < this.#chunkCount) {
      if (this.#starts[this.#warmedUpTo] === undefined) {
        if (left <= 0) return false;
        this.#unpack(this.#warmedUpTo);
        left--;
      }
      this.#warmedUpTo++;
    }
    return true;
  }

  /** Every title joined by `\n`, for rebuilding plain index data; chunks not unpacked are not kept. */
  text(): string {
    const parts: string[] = [];
    for (let index = 0; index < this.#chunkCount; index++) parts.push(this.#texts[index] ?? this.#read(index));
    return parts.join('\n');
  }

  #read(chunkIndex: number): string {
    const source = this.#source;
    return isChunked(source) ? source.chunk(chunkIndex) : force(source);
  }

  #unpack(chunkIndex: number): Uint32Array {
    const text = this.#read(chunkIndex);
    const count = Math.min(this.#chunkSize, this.#codeCount - chunkIndex * this.#chunkSize);
    const starts = new Uint32Array(count + 1);
    let at = 0;
    for (let line = 1; line < count; line++) {
      const newline = text.indexOf('\n', at);
      if (newline < 0) throw new CodeIndexFormatError('the code index titles do not match its codes');
      at = newline + 1;
      starts[line] = at;
    }
    if (count > 0 && text.indexOf('\n', at) >= 0) throw new CodeIndexFormatError('the code index titles do not match its codes');
    starts[count] = text.length + 1;
    this.#texts[chunkIndex] = text;
    this.#starts[chunkIndex] = starts;
    return starts;
  }
}

function isChunked(titles: LoadableCodeIndex['titles']): titles is ChunkedTitles {
  return typeof titles === 'object';
}
