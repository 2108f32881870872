/**
 * A JSON reader that keeps offsets: every value knows where it stands in the text, so a FHIR code's
 * hover, diagnostic and quick fix land on the characters the user wrote. It never throws and reads
 * each character a bounded number of times (linear in the input): damage becomes a {@link JsonProblem}
 * and the reader resynchronises at the next structural character. Nesting deeper than
 * {@link MAX_DEPTH} is reported and skipped instead of recursing, so hostile input cannot exhaust the stack.
 */

/** A string value; `offset`/`length` cover the quotes, the content is one character in from each end. */
export interface JsonString {
  readonly kind: 'string';
  readonly offset: number;
  readonly length: number;
  /** The decoded value (escapes resolved). */
  readonly value: string;
}

/** A number, `true`, `false` or `null`, kept as written. */
export interface JsonScalar {
  readonly kind: 'number' | 'literal';
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** One `"key": value` member; the value is absent when the text broke off before it. */
export interface JsonProperty {
  readonly key: JsonString;
  readonly value: JsonValue | undefined;
}

export interface JsonObject {
  readonly kind: 'object';
  readonly offset: number;
  readonly length: number;
  readonly properties: readonly JsonProperty[];
}

export interface JsonArray {
  readonly kind: 'array';
  readonly offset: number;
  readonly length: number;
  readonly items: readonly JsonValue[];
}

export type JsonValue = JsonString | JsonScalar | JsonObject | JsonArray;

/** Damage found while reading, at the offset where it was seen. */
export interface JsonProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

/** The deepest nesting read; FHIR resources nest about a dozen levels. */
export const MAX_DEPTH = 256;

/** The result of reading one JSON text (or one line of an NDJSON file). */
export interface JsonReadResult {
  readonly value: JsonValue | undefined;
  readonly problems: readonly JsonProblem[];
}

/** Reads the JSON value in `text` between `start` and `end` (default: all of it). */
export function readJson(text: string, start = 0, end = text.length): JsonReadResult {
  const reader = new JsonReader(text, start, end);
  return reader.readDocument();
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** A character that ends a bare word (number or literal) or a broken token. */
function isDelimiter(char: string): boolean {
  return char === ',' || char === ':' || char === '{' || char === '}' || char === '[' || char === ']' || char === '"' || char <= ' ';
}

class JsonReader {
  readonly problems: JsonProblem[] = [];
  private position: number;

  constructor(private readonly text: string, start: number, private readonly end: number) {
    this.position = start;
  }

  readDocument(): JsonReadResult {
    this.skipSpace();
    if (this.position >= this.end) return { value: undefined, problems: [{ offset: this.position, length: 0, message: 'The text holds no JSON value.' }] };
    const value = this.readValue(0);
    this.skipSpace();
    if (this.position < this.end) this.problem(this.position, this.end - this.position, 'Unexpected text after the end of the JSON value.');
    return { value, problems: this.problems };
  }

  private problem(offset: number, length: number, message: string): void {
    // A badly damaged file would otherwise produce a problem per character.
    if (this.problems.length < 100) this.problems.push({ offset, length: Math.max(0, length), message });
  }

  private skipSpace(): void {
    while (this.position < this.end) {
      const code = this.text.charCodeAt(this.position);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09 && code !== 0xfeff) return;
      this.position++;
    }
  }

  private readValue(depth: number): JsonValue | undefined {
    const char = this.text.charAt(this.position);
    if (char === '"') return this.readString();
    if (char === '{' || char === '[') {
      if (depth >= MAX_DEPTH) {
        this.skipNested();
        return undefined;
      }
      return char === '{' ? this.readObject(depth + 1) : this.readArray(depth + 1);
    }
    return this.readWord();
  }

  /** Skips a too-deep value by counting brackets, without building it. */
  private skipNested(): void {
    const start = this.position;
    let depth = 0;
    while (this.position < this.end) {
      const char = this.text.charAt(this.position);
      if (char === '"') {
        this.readString();
        continue;
      }
      this.position++;
      if (char === '{' || char === '[') depth++;
      else if ((char === '}' || char === ']') && --depth === 0) break;
    }
    this.problem(start, 1, `This value nests deeper than ${MAX_DEPTH} levels and was not read.`);
  }

  private readWord(): JsonScalar | undefined {
    const start = this.position;
    while (this.position < this.end && !isDelimiter(this.text.charAt(this.position))) this.position++;
    const text = this.text.slice(start, this.position);
    if (text === 'true' || text === 'false' || text === 'null') return { kind: 'literal', offset: start, length: text.length, text };
    if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text)) return { kind: 'number', offset: start, length: text.length, text };
    if (text.length === 0) {
      this.problem(start, 1, `Expected a JSON value but found ${this.describeAt(start)}.`);
      // Never stand still: a stray character is skipped unless it can close or separate.
      const char = this.text.charAt(start);
      if (char !== ',' && char !== '}' && char !== ']' && char !== ':' && this.position < this.end) this.position++;
      return undefined;
    }
    this.problem(start, text.length, `"${text.slice(0, 24)}${text.length > 24 ? '…' : ''}" is not a JSON value (strings need double quotes).`);
    return undefined;
  }

  private describeAt(offset: number): string {
    return offset >= this.end ? 'the end of the text' : `"${this.text.charAt(offset)}"`;
  }

  private readString(): JsonString {
    const start = this.position;
    this.position++;
    let value = '';
    let runStart = this.position;
    while (this.position < this.end) {
      const char = this.text.charAt(this.position);
      if (char === '"') {
        value += this.text.slice(runStart, this.position);
        this.position++;
        return { kind: 'string', offset: start, length: this.position - start, value };
      }
      if (char === '\n' || char === '\r') break;
      if (char === '\\') {
        value += this.text.slice(runStart, this.position);
        value += this.readEscape();
        runStart = this.position;
        continue;
      }
      this.position++;
    }
    value += this.text.slice(runStart, this.position);
    this.problem(start, this.position - start, 'This string is not closed: add the closing double quote.');
    return { kind: 'string', offset: start, length: this.position - start, value };
  }

  private readEscape(): string {
    const next = this.text.charAt(this.position + 1);
    if (next === 'u') {
      const hex = this.text.slice(this.position + 2, this.position + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        this.position += 6;
        return String.fromCharCode(parseInt(hex, 16));
      }
    } else if (ESCAPES[next] !== undefined) {
      this.position += 2;
      return ESCAPES[next];
    }
    this.problem(this.position, 2, 'This escape sequence is not valid JSON.');
    this.position += Math.min(2, this.end - this.position);
    return '';
  }

  private readObject(depth: number): JsonObject {
    const start = this.position;
    this.position++;
    const properties: JsonProperty[] = [];
    for (;;) {
      this.skipSpace();
      const char = this.text.charAt(this.position);
      if (this.position >= this.end) {
        this.problem(start, 1, 'This object is not closed: add "}".');
        break;
      }
      if (char === '}') {
        this.position++;
        break;
      }
      if (char === ']') {
        this.problem(this.position, 1, 'Expected "}" to close the object, found "]".');
        break;
      }
      if (char === ',') {
        this.problem(this.position, 1, 'Expected a property name in double quotes, found ",".');
        this.position++;
        continue;
      }
      const property = this.readProperty(depth);
      if (property === undefined) continue;
      properties.push(property);
      this.skipSpace();
      if (this.text.charAt(this.position) === ',') {
        this.position++;
        this.skipSpace();
        if (this.text.charAt(this.position) === '}') this.problem(this.position - 1, 1, 'A comma before "}" is not allowed in JSON.');
      } else if (this.text.charAt(this.position) !== '}' && this.position < this.end) {
        this.problem(this.position, 1, `Expected "," or "}" after a property, found ${this.describeAt(this.position)}.`);
      }
    }
    return { kind: 'object', offset: start, length: this.position - start, properties };
  }

  private readProperty(depth: number): JsonProperty | undefined {
    if (this.text.charAt(this.position) !== '"') {
      const before = this.position;
      this.readWord();
      // readWord stops on a separator it cannot skip; a property position must still move on.
      if (this.position === before) this.position++;
      this.problem(before, Math.max(1, this.position - before), 'Expected a property name in double quotes.');
      return undefined;
    }
    const key = this.readString();
    this.skipSpace();
    if (this.text.charAt(this.position) !== ':') {
      this.problem(this.position, 1, `Expected ":" after the property name "${key.value.slice(0, 24)}".`);
      return { key, value: undefined };
    }
    this.position++;
    this.skipSpace();
    const char = this.text.charAt(this.position);
    if (this.position >= this.end || char === '}' || char === ',') {
      this.problem(this.position, 1, `The property "${key.value.slice(0, 24)}" has no value.`);
      return { key, value: undefined };
    }
    return { key, value: this.readValue(depth) };
  }

  private readArray(depth: number): JsonArray {
    const start = this.position;
    this.position++;
    const items: JsonValue[] = [];
    for (;;) {
      this.skipSpace();
      const char = this.text.charAt(this.position);
      if (this.position >= this.end) {
        this.problem(start, 1, 'This array is not closed: add "]".');
        break;
      }
      if (char === ']') {
        this.position++;
        break;
      }
      if (char === '}') {
        this.problem(this.position, 1, 'Expected "]" to close the array, found "}".');
        break;
      }
      const before = this.position;
      const value = this.readValue(depth);
      if (value !== undefined) items.push(value);
      this.skipSpace();
      const after = this.text.charAt(this.position);
      if (after === ',') {
        this.position++;
        this.skipSpace();
        if (this.text.charAt(this.position) === ']') this.problem(this.position - 1, 1, 'A comma before "]" is not allowed in JSON.');
      } else if (after !== ']' && this.position < this.end) {
        this.problem(this.position, 1, `Expected "," or "]" in the array, found ${this.describeAt(this.position)}.`);
        if (this.position === before) this.position++;
      }
    }
    return { kind: 'array', offset: start, length: this.position - start, items };
  }
}

/** The value of the member `key` of an object, or undefined. */
export function member(value: JsonValue | undefined, key: string): JsonValue | undefined {
  if (value?.kind !== 'object') return undefined;
  for (const property of value.properties) if (property.key.value === key) return property.value;
  return undefined;
}

/** The string value of member `key`, when it is a string. */
export function stringMember(value: JsonValue | undefined, key: string): JsonString | undefined {
  const found = member(value, key);
  return found?.kind === 'string' ? found : undefined;
}

/** The items of member `key` when it is an array, else none. */
export function arrayMember(value: JsonValue | undefined, key: string): readonly JsonValue[] {
  const found = member(value, key);
  return found?.kind === 'array' ? found.items : [];
}
