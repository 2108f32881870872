import { SpanCodes } from './spanCodes';
import type { Token } from './token';

/** A token the buffer hands out again, which only the buffer writes; every pass sees it as a readonly `Token`. */
type ReusedToken = { -readonly [Field in keyof Token]: Token[Field] };

/**
 * The tokens of one read, in an array and objects that the next read on the same buffer hands out again.
 * A 100 kB note is about 20,000 tokens, which every pass of the read reaches: made afresh, they outlived
 * the young generation's collections that fell inside the read and were most of what those collections
 * copied, and their array, longer than V8 keeps in its regular pages, was placed in large-object pages
 * (twice, as it grew) on every read. Tokens kept from one read to the next live in the old generation and
 * cost the collector nothing. The price is a rule the reader keeps: the tokens of a read are valid until
 * the next read on the same buffer begins, so no reading, memo or answer holds a token (they hold token
 * indices and spans). The service creates one buffer per reader context. It keeps at most `BOUND`
 * token objects (an 800 kB note's 160,000 fit) and an array at most that long, so memory stays flat
 * whatever the size of a note; a longer note's further tokens are made afresh and its array is not
 * kept. After a short read it lets go of the objects beyond twice that read's tokens (keeping `FLOOR`,
 * a 300 kB note's worth), so one long note does not hold its tokens' memory for good.
 */
export class TokenBuffer {
  private static readonly BOUND = 1 << 18;
  private static readonly FLOOR = 1 << 16;
  /** Every token object made so far (at most `BOUND`), handed out again in order by each read. */
  private readonly reusable: ReusedToken[] = [];
  /** The tokens of the read in progress (the first `count`; later entries are the last read's, not yet overwritten). */
  private list: Token[] = [];
  private count = 0;
  /** The code units of the span being tokenized, copied once per read (`spanCodes.ts`). */
  readonly codes = new SpanCodes();

  /** Starts a read: the tokens of the last one are taken back. */
  begin(): void {
    this.count = 0;
  }

  /** The token `back` places before the last one added (0: the last one), if any. */
  last(back: number): Token | undefined {
    return back < this.count ? this.list[this.count - 1 - back] : undefined;
  }

  /** Adds a token with these fields: a reused object while there is one, else a new one (kept while the buffer has room). */
  add(start: number, end: number, norm: string, raw: string, sentence: number, punct: boolean, classes: number): void {
    const index = this.count++;
    const reused = this.reusable[index];
    if (reused === undefined) {
      const made: ReusedToken = { start, end, norm, raw, sentence, punct, classes };
      if (index < TokenBuffer.BOUND) this.reusable.push(made);
      this.list[index] = made;
      return;
    }
    reused.start = start;
    reused.end = end;
    reused.norm = norm;
    reused.raw = raw;
    reused.sentence = sentence;
    reused.punct = punct;
    reused.classes = classes;
    this.list[index] = reused;
  }

  /** The tokens added since `begin`, in order; the array is the buffer's, reused by the next read unless it is longer than `BOUND`. */
  finish(): Token[] {
    this.codes.finish();
    const tokens = this.list;
    if (tokens.length > this.count) tokens.length = this.count;
    if (this.count > TokenBuffer.BOUND) this.list = [];
    if (this.reusable.length > Math.max(2 * this.count, TokenBuffer.FLOOR)) this.reusable.length = Math.max(this.count, TokenBuffer.FLOOR);
    return tokens;
  }
}
