/**
 * Shared code strings for one parse. A batch repeats a few thousand distinct codes hundreds of
 * thousands of times; looking a code up by its characters in the text (no temporary slice, no string
 * hashing) and handing out one shared upper-case string keeps the per-mention cost and memory low.
 */
export class CodeStrings {
  #slots: (string | undefined)[] = new Array<string | undefined>(4096);
  #mask = 4095;
  #size = 0;

  /** The code written in `text[start, end)`, upper-cased, as the shared string for that code. */
  get(text: string, start: number, end: number): string {
    let hash = 2166136261;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ upper(text.charCodeAt(i)), 16777619);
    let slot = (hash >>> 0) & this.#mask;
    for (;;) {
      const candidate = this.#slots[slot];
      if (candidate === undefined) break;
      if (sameCode(candidate, text, start, end)) return candidate;
      slot = (slot + 1) & this.#mask;
    }
    const code = text.slice(start, end).toUpperCase();
    this.#slots[slot] = code;
    this.#size++;
    if (this.#size * 2 > this.#mask) this.#grow();
    return code;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Array<string | undefined>(old.length * 2);
    this.#mask = this.#slots.length - 1;
    this.#size = 0;
    for (const code of old) if (code !== undefined) this.get(code, 0, code.length);
  }
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
