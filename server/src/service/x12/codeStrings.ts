/**
 * Shared code strings for one parse. A batch repeats a few thousand distinct codes hundreds of
 * thousands of times; looking a code up by its characters in the text (no temporary slice, no string
 * hashing) and handing out one shared upper-case string keeps the per-mention cost and memory low.
 */
export class CodeStrings {
  #slots: (string | undefined)[] = new Array<string | undefined>(4096);
  /** The number of the code in each slot of `#slots`. */
  #slotNumbers = new Int32Array(4096);
  #mask = 4095;
  /** Every code held, by its number: codes are numbered from 0 in the order they were first met. */
  readonly #byNumber: string[] = [];
  /** The packed table (see {@link packed}): keys in two typed arrays, 0 in `#packedHigh` marks a free slot. */
  #packedHigh = new Int32Array(4096);
  #packedLow = new Int32Array(4096);
  #packedNumbers = new Int32Array(4096);
  #packedMask = 4095;
  #packedSize = 0;

  /** How many distinct codes are held. */
  get size(): number {
    return this.#byNumber.length;
  }

  /**
   * The shared string of a code of one to eight letters and digits that the caller packed while
   * reading it: {@link CODE_CHAR_VALUES} of the first four characters in `high` and of the rest in
   * `low`, six bits each. No character is read again on a hit; `text[start, end)` is only read to
   * make the string the first time.
   */
  packed(high: number, low: number, text: string, start: number, end: number): string {
    return this.#byNumber[this.packedNumber(high, low, text, start, end)] as string;
  }

  /**
   * The number of a packed code (see {@link packed}): what the claim screen looks a code's facts up
   * by, an array index rather than a string key. {@link codeOf} gives the code back.
   */
  packedNumber(high: number, low: number, text: string, start: number, end: number): number {
    let slot = packedHash(high, low) & this.#packedMask;
    for (;;) {
      const slotHigh = this.#packedHigh[slot] ?? 0;
      if (slotHigh === 0) break;
      if (slotHigh === high && this.#packedLow[slot] === low) return this.#packedNumbers[slot] ?? 0;
      slot = (slot + 1) & this.#packedMask;
    }
    const number = this.numberOf(text, start, end);
    this.#placePacked(slot, high, low, number);
    return number;
  }

  #placePacked(slot: number, high: number, low: number, number: number): void {
    this.#packedHigh[slot] = high;
    this.#packedLow[slot] = low;
    this.#packedNumbers[slot] = number;
    this.#packedSize++;
    if (this.#packedSize * 2 > this.#packedMask) this.#growPacked();
  }

  #growPacked(): void {
    const highs = this.#packedHigh;
    const lows = this.#packedLow;
    const numbers = this.#packedNumbers;
    const size = highs.length * 2;
    this.#packedHigh = new Int32Array(size);
    this.#packedLow = new Int32Array(size);
    this.#packedNumbers = new Int32Array(size);
    this.#packedMask = size - 1;
    this.#packedSize = 0;
    for (let i = 0; i < highs.length; i++) {
      const high = highs[i] ?? 0;
      if (high === 0) continue;
      const low = lows[i] ?? 0;
      let slot = packedHash(high, low) & this.#packedMask;
      while ((this.#packedHigh[slot] ?? 0) !== 0) slot = (slot + 1) & this.#packedMask;
      this.#placePacked(slot, high, low, numbers[i] ?? 0);
    }
  }

  /** The code written in `text[start, end)`, upper-cased, as the shared string for that code. */
  get(text: string, start: number, end: number): string {
    return this.#byNumber[this.numberOf(text, start, end)] as string;
  }

  /** The code with this number (see {@link packedNumber}). */
  codeOf(number: number): string | undefined {
    return this.#byNumber[number];
  }

  /** The number of the code written in `text[start, end)` (see {@link get}), given on first sight. */
  numberOf(text: string, start: number, end: number): number {
    let slot = codeHash(text, start, end) & this.#mask;
    for (;;) {
      const candidate = this.#slots[slot];
      if (candidate === undefined) break;
      if (sameCode(candidate, text, start, end)) return this.#slotNumbers[slot] ?? 0;
      slot = (slot + 1) & this.#mask;
    }
    const number = this.#byNumber.length;
    const code = text.slice(start, end).toUpperCase();
    this.#byNumber.push(code);
    this.#slots[slot] = code;
    this.#slotNumbers[slot] = number;
    if (this.#byNumber.length * 2 > this.#mask) this.#grow();
    return number;
  }

  #grow(): void {
    const size = this.#slots.length * 2;
    this.#slots = new Array<string | undefined>(size);
    this.#slotNumbers = new Int32Array(size);
    this.#mask = size - 1;
    for (let number = 0; number < this.#byNumber.length; number++) {
      const code = this.#byNumber[number] as string;
      let slot = codeHash(code, 0, code.length) & this.#mask;
      while (this.#slots[slot] !== undefined) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = code;
      this.#slotNumbers[slot] = number;
    }
  }
}

/** The slot hash of a packed code (see `CodeStrings.packed`). */
function packedHash(high: number, low: number): number {
  return (Math.imul(high, 0x9e3779b1) ^ Math.imul(low, 0x85ebca6b)) >>> 0;
}

/** The slot hash of a code written in `text[start, end)`, the same for any letter case (FNV-1a). */
function codeHash(text: string, start: number, end: number): number {
  let hash = 2166136261;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ upper(text.charCodeAt(i)), 16777619);
  return hash >>> 0;
}

/** Upper-cases an ASCII letter code; other characters pass through. */
function upper(code: number): number {
  return code >= 97 && code <= 122 ? code - 32 : code;
}

function sameCode(candidate: string, text: string, start: number, end: number): boolean {
  if (candidate.length !== end - start) return false;
  for (let i = 0; i < candidate.length; i++) if (candidate.charCodeAt(i) !== upper(text.charCodeAt(start + i))) return false;
  return true;
}

/**
 * Six-bit values of the characters a code may hold, for {@link CodeStrings.packed}: digits 1–10 and
 * letters 11–36 (lower case as upper case, as codes are shared upper-cased); 0 for any other ASCII
 * character. No value is 0, so a packed code also encodes its length.
 */
export const CODE_CHAR_VALUES: Uint8Array = (() => {
  const values = new Uint8Array(128);
  for (let digit = 0; digit < 10; digit++) values[48 + digit] = 1 + digit;
  for (let letter = 0; letter < 26; letter++) {
    values[65 + letter] = 11 + letter;
    values[97 + letter] = 11 + letter;
  }
  return values;
})();

/**
 * The code strings the 837 parses of one service share: the command line parses a large batch as a few
 * hundred pieces, and the server parses each version of a document, all with the same few thousand
 * codes. A file full of distinct junk "codes" must not grow it without end, so past a bound it is
 * replaced (strings already handed out stay valid; they are ordinary strings).
 */
export class CodeStringPool {
  #inUse = new CodeStrings();

  /** The strings to parse with now. */
  current(): CodeStrings {
    if (this.#inUse.size > MAX_SHARED_CODE_STRINGS) this.#inUse = new CodeStrings();
    return this.#inUse;
  }
}

const MAX_SHARED_CODE_STRINGS = 50_000;
