/**
 * Synthetic replacements for identifying values: same shape, chosen by a hash of the value, so the
 * same input always gives the same output. Also the label-based masking of clinical notes.
 */

/** The kinds of value masked; the kind seeds the hash, so a name and an id that read alike differ. */
export type MaskKind = 'name' | 'id' | 'address' | 'birthDate' | 'phone';

/** FNV-1a over the kind and the value. */
function hash(kind: string, value: string): number {
  let h = 0x811c9dc5;
  const input = `${kind}\u0000${value}`;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A small deterministic generator (xorshift32) seeded by the hash. */
function generator(seed: number): () => number {
  let state = seed === 0 ? 0x9e3779b9 : seed;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

/** Replaces values, remembering each so that a value repeated in the file is replaced the same way. */
export class Masker {
  readonly #done = new Map<string, string>();

  mask(value: string, kind: MaskKind): string {
    const key = `${kind}\u0000${value}`;
    let masked = this.#done.get(key);
    if (masked === undefined) {
      masked = kind === 'birthDate' ? maskDate(value) : maskShape(value, kind);
      this.#done.set(key, masked);
    }
    return masked;
  }
}

/** Letters become other letters (case kept), digits other digits; everything else stays. */
function maskShape(value: string, kind: MaskKind): string {
  const next = generator(hash(kind, value));
  let out = '';
  for (const character of value) {
    const code = character.charCodeAt(0);
    if (code >= 65 && code <= 90) out += String.fromCharCode(65 + (code - 65 + 1 + (next() % 25)) % 26);
    else if (code >= 97 && code <= 122) out += String.fromCharCode(97 + (code - 97 + 1 + (next() % 25)) % 26);
    else if (code >= 48 && code <= 57) out += String.fromCharCode(48 + (code - 48 + 1 + (next() % 9)) % 10);
    else out += character;
  }
  return out;
}

/**
 * A CCYYMMDD birth date becomes another valid date in the same year (age bands stay plausible); any
 * other shape is masked digit by digit.
 */
function maskDate(value: string): string {
  if (!/^\d{8}$/.test(value)) return maskShape(value, 'birthDate');
  const next = generator(hash('birthDate', value));
  const year = value.slice(0, 4);
  let candidate = value;
  while (candidate === value) {
    const month = 1 + (next() % 12);
    const day = 1 + (next() % 28);
    candidate = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  }
  return candidate;
}

/** Labels of identifying lines in a note and the kind of the value that follows them. */
const NOTE_LABELS: ReadonlyArray<readonly [RegExp, MaskKind]> = [
  [/^([ \t]*(?:patient(?:[ \t]+name)?|name|pt|subscriber|guarantor)[ \t]*:[ \t]*)([^\r\n]+)/gim, 'name'],
  [/^([ \t]*(?:address|addr)[ \t]*:[ \t]*)([^\r\n]+)/gim, 'address'],
  [/((?:DOB|date of birth|birth ?date)[ \t]*[:#]?[ \t]*)(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})/gi, 'birthDate'],
  [/((?:MRN|medical record(?:[ \t]+(?:number|no\.?|#))?|member[ \t]*(?:id|#|number)|account[ \t]*(?:number|#|no\.?)|claim[ \t]*(?:id|#|number)|SSN)[ \t]*[:#]?[ \t]*)([A-Za-z0-9][A-Za-z0-9-]*)/gi, 'id'],
];

const PHONE = /(\(?\b\d{3}\)?[-. ]?\d{3}[-. ]\d{4}\b)/g;

/** A note's text with labelled names, addresses, birth dates and ids, and phone numbers, replaced. */
export function maskNoteText(text: string, masker: Masker): string {
  let masked = text;
  for (const [pattern, kind] of NOTE_LABELS) {
    masked = masked.replace(pattern, (_match, label: string, value: string) => label + (kind === 'birthDate' ? maskNoteDate(value, masker) : masker.mask(value, kind)));
  }
  return masked.replace(PHONE, (phone: string) => masker.mask(phone, 'phone'));
}

/** A written birth date keeps its format and year. */
function maskNoteDate(value: string, masker: Masker): string {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const compact = us === undefined || us === null ? value.replace(/-/g, '') : `${us[3]}${(us[1] ?? '').padStart(2, '0')}${(us[2] ?? '').padStart(2, '0')}`;
  const shifted = masker.mask(compact, 'birthDate');
  if (!/^\d{8}$/.test(shifted)) return masker.mask(value, 'id');
  return us === null || us === undefined ? `${shifted.slice(0, 4)}-${shifted.slice(4, 6)}-${shifted.slice(6)}` : `${shifted.slice(4, 6)}/${shifted.slice(6)}/${shifted.slice(0, 4)}`;
}
