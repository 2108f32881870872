/**
 * A key of a memo space whose keys are sequences of strings (a site's path parts, its column, its side …),
 * as a node of a tree: each part is one map step from the node before. A key string joined from the parts
 * would be built, flattened and hashed in full on every look-up, which cost more than the look-up it keys;
 * the parts are mostly interned words and table strings, whose hashes V8 keeps with the string.
 */
export class MemoKey {
  /**
   * The first child made and its part, compared with `===` before any map is asked: most nodes of a memo's tree
   * have one child (a site's path goes on in one way), and a string comparison of interned words is one pointer
   * test, where a map look-up loads the part's hash and probes a table.
   */
  #firstPart: string | undefined;
  #firstChild: MemoKey | undefined;
  /** The children after the first, by part. */
  #children: Map<string, MemoKey> | undefined;
  #known = false;
  #value: unknown;

  /** The key one part longer. */
  next(part: string): MemoKey {
    if (this.#firstPart === part && this.#firstChild !== undefined) return this.#firstChild;
    if (this.#firstChild === undefined) {
      this.#firstPart = part;
      this.#firstChild = new MemoKey();
      return this.#firstChild;
    }
    this.#children ??= new Map();
    let child = this.#children.get(part);
    if (child === undefined) {
      child = new MemoKey();
      this.#children.set(part, child);
    }
    return child;
  }

  /** The key longer by every part of `parts`, in order. */
  nextAll(parts: readonly string[]): MemoKey {
    return keyAfter(this, parts);
  }

  /** Whether an answer is remembered at this key. */
  get known(): boolean {
    return this.#known;
  }

  /** The answer remembered at this key (undefined when none is). */
  get value(): unknown {
    return this.#value;
  }

  /** Remembers `value` at this key. */
  keep(value: unknown): void {
    this.#known = true;
    this.#value = value;
  }
}

/** The key `parts` longer than `root`, in a plain loop (no closure per call). */
function keyAfter(root: MemoKey, parts: readonly string[]): MemoKey {
  let key = root;
  for (const part of parts) key = key.next(part);
  return key;
}

/** A part that ends a variable number of parts (a path's) before the fixed ones: no word or table string holds it. */
export const END_OF_PARTS = '\u0000';
