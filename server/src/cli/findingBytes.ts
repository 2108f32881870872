import type { Diagnostic } from 'vscode-languageserver-types';
import { BlockWriter, oneLine, severityName } from './output';
import type { OutputFormat, Sink } from './output';
import { ByteBlock } from './byteBlock';
import { FindingBatch, PER_FINDING } from './findingBatch';
import type { FindingFields } from './findingBatch';

/**
 * The command line's findings written from the service's diagnostics into a {@link ByteBlock}, without
 * a finding object between them and without joining them into a block string that is encoded again, in
 * the two formats `formatText` and `JSON.stringify(finding)` define (test/cli/output.test.ts holds the
 * bytes to them). What repeats from finding to finding (the file name with the keys before the first
 * position, the severity and rule with the keys before the message, and the message itself, which the
 * rules share among the findings of a batch) is encoded once and copied; only the positions are written
 * afresh. Before messages were shared, a template string per finding encoded by the engine was faster;
 * since, it was the writer's largest allocation (a string as long as the finding, for every finding).
 */

/** Whether a diagnostic is an error (one without a severity counts as an error, as in LSP). */
export function isErrorDiagnostic(diagnostic: FindingFields): boolean {
  return severityName(diagnostic) === 'error';
}

/** The rule id a finding names: the diagnostic's code, or `unknown`. */
function ruleOf(diagnostic: FindingFields): string {
  return diagnostic.code === undefined ? 'unknown' : String(diagnostic.code);
}

/** Characters a JSON string must escape (quote, backslash, control characters) or may (lone surrogates). */
// eslint-disable-next-line no-control-regex -- Control characters are exactly what JSON escapes.
const NEEDS_JSON_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** The same characters but the double quote. */
// eslint-disable-next-line no-control-regex -- Control characters are exactly what JSON escapes.
const NEEDS_ESCAPE_BUT_QUOTES = /[\\\u0000-\u001f\ud800-\udfff]/;
const DOUBLE_QUOTES = /"/g;

/**
 * `JSON.stringify(text)` for a string: quoted as it is when nothing in it needs escaping, which is
 * most findings' messages, and with its double quotes escaped when nothing else does (a third of a
 * rule-dense batch's messages quote a note), both cheaper than the generic escape.
 */
export function jsonString(text: string): string {
  if (!NEEDS_JSON_ESCAPE.test(text)) return `"${text}"`;
  return NEEDS_ESCAPE_BUT_QUOTES.test(text) ? JSON.stringify(text) : `"${text.replace(DOUBLE_QUOTES, '\\"')}"`;
}

/**
 * Writes findings in one format, as bytes: the parts that repeat are encoded once and copied, and the
 * positions written digit by digit, so no string is made per finding. It keeps the file's part (one file
 * at a time), each pair of severity and rule met (a few dozen at most) and each message met.
 */
class FindingFormat {
  readonly #json: boolean;
  #file: string | undefined;
  #head: Uint8Array = EMPTY;
  /** The line whose parts are kept ({@link NO_LINE} for none), and the line of the finding before. */
  #line = NO_LINE;
  #lastLine = NO_LINE;
  /** For {@link #line}: the finding's start up to its start character, and (JSON) from after it to the end character. */
  #lineStart: Uint8Array = EMPTY;
  #lineEnd: Uint8Array = EMPTY;
  /** By severity (0: none, and any unknown one, which counts as an error), then by rule. */
  readonly #tails = Array.from({ length: 5 }, () => new Map<Diagnostic['code'], Uint8Array>());
  /**
   * Each message as written (quoted for JSON, on one line for text) with what closes the finding, as
   * bytes, by the message. The rules give a batch's findings a few hundred shared message strings, so
   * each is escaped and encoded once instead of once per finding; emptied when full, so a file of
   * distinct messages costs a bounded map.
   */
  readonly #written = new Map<string, Uint8Array>();

  constructor(format: OutputFormat) {
    this.#json = format === 'json';
  }

  /**
   * One finding, after `separator` (ASCII): a JSON object or a text line with its line feed. Its range
   * is the four numbers of `positions` from `at` (start line and character, end line and character).
   */
  write(out: ByteBlock, file: string, diagnostic: FindingFields, positions: readonly number[], at: number, separator: string): void {
    if (file !== this.#file) {
      this.#file = file;
      this.#head = Buffer.from(this.#json ? `{"file":${JSON.stringify(file)},"range":{"start":{"line":` : `${file}:`);
      this.#line = NO_LINE;
      this.#lastLine = NO_LINE;
    }
    const startLine = positions[at] as number;
    const endLine = positions[at + 2] as number;
    if (separator !== '') out.ascii(separator);
    this.#writeLineStart(out, startLine);
    out.decimal(positions[at + 1] as number + (this.#json ? 0 : 1));
    if (this.#json) {
      if (endLine === startLine && startLine === this.#line) {
        out.bytes(this.#lineEnd);
      } else {
        out.bytes(JSON_END_LINE);
        out.decimal(endLine);
        out.bytes(JSON_CHARACTER);
      }
      out.decimal(positions[at + 3] as number);
    }
    out.bytes(this.#tail(diagnostic));
    out.bytes(this.#message(diagnostic.message));
  }

  /**
   * The finding's start up to its start character. A claim file on one line (the layout payers send)
   * has every finding on line 0, so once two findings in a row share a line, that line's parts are
   * encoded once and copied; findings on ever new lines are written part by part.
   */
  #writeLineStart(out: ByteBlock, line: number): void {
    if (line === this.#line) {
      out.bytes(this.#lineStart);
      return;
    }
    if (line === this.#lastLine && (line | 0) === line && line >= 0) {
      this.#line = line;
      this.#lineStart = Buffer.concat([this.#head, Buffer.from(this.#json ? `${line},"character":` : `${line + 1}:`)]);
      this.#lineEnd = Buffer.from(`},"end":{"line":${line},"character":`);
      out.bytes(this.#lineStart);
      return;
    }
    this.#lastLine = line;
    out.bytes(this.#head);
    out.decimal(this.#json ? line : line + 1);
    out.bytes(this.#json ? JSON_CHARACTER : TEXT_COLON);
  }

  /** The message as this format writes it, with the `}` or line feed that ends the finding, escaped and encoded once per distinct message. */
  #message(message: string): Uint8Array {
    let written = this.#written.get(message);
    if (written === undefined) {
      written = Buffer.from(this.#json ? `${jsonString(message)}}` : `${oneLine(message)}\n`);
      if (this.#written.size >= MAX_WRITTEN_MESSAGES) this.#written.clear();
      this.#written.set(message, written);
    }
    return written;
  }

  /** What comes between the positions and the message: `}},"severity":…,"message":` or ` severity rule `. */
  #tail(diagnostic: FindingFields): Uint8Array {
    const bySeverity = this.#tails[diagnostic.severity ?? 0] ?? this.#tails[0] as Map<Diagnostic['code'], Uint8Array>;
    let tail = bySeverity.get(diagnostic.code);
    if (tail === undefined) {
      const severity = severityName(diagnostic);
      const rule = ruleOf(diagnostic);
      tail = Buffer.from(this.#json ? `}},"severity":"${severity}","rule":${jsonString(rule)},"message":` : ` ${severity} ${rule} `);
      bySeverity.set(diagnostic.code, tail);
    }
    return tail;
  }
}

const EMPTY = new Uint8Array(0);
/** No line: positions are never negative. */
const NO_LINE = -1;
/** The fixed parts of a finding between its positions. */
const JSON_CHARACTER = Buffer.from(',"character":');
const JSON_END_LINE = Buffer.from('},"end":{"line":');
const TEXT_COLON = Buffer.from(':');

/** How many written messages a format keeps: far more than the distinct messages of a batch. */
const MAX_WRITTEN_MESSAGES = 4096;

/** What a block holds since it was last taken or closed. */
export interface BlockTally {
  readonly count: number;
  readonly sawError: boolean;
}

/**
 * The findings of one piece or file as one block of output: text lines each ending in a line feed,
 * or JSON objects joined by `,\n` (the reporter adds the array's brackets and the separator in front
 * of a block). A worker takes its block's bytes to send them; the main thread's reporter writes
 * findings into its own output buffer and only closes the block.
 */
export class FindingBlock {
  readonly #json: boolean;
  readonly #format: FindingFormat;
  readonly #out: ByteBlock;
  #count = 0;
  #sawError = false;

  /** `out` is where the bytes go: a buffer of the block's own unless a reporter lends its output. */
  constructor(format: OutputFormat, out: ByteBlock = new ByteBlock()) {
    this.#json = format === 'json';
    this.#format = new FindingFormat(format);
    this.#out = out;
  }

  /** Findings written since the block was last taken or closed. */
  get count(): number {
    return this.#count;
  }

  /** Bytes waiting in the block's buffer. */
  get length(): number {
    return this.#out.length;
  }

  /** Writes the findings of `file`, a batch or service diagnostics, in the order to report them. */
  add(file: string, findings: readonly Diagnostic[] | FindingBatch): void {
    const batch = findings instanceof FindingBatch ? findings : FindingBatch.ofDiagnostics(findings);
    const out = this.#out;
    const { fields, positions } = batch;
    for (let index = 0; index < fields.length; index++) {
      const diagnostic = fields[index] as FindingFields;
      const separator = this.#json && this.#count > 0 ? ',\n' : '';
      this.#count++;
      if (!this.#sawError && isErrorDiagnostic(diagnostic)) this.#sawError = true;
      this.#format.write(out, file, diagnostic, positions, index * PER_FINDING, separator);
    }
  }

  /** Ends the block, leaving its bytes in the buffer; what it held. */
  close(): BlockTally {
    const tally = { count: this.#count, sawError: this.#sawError };
    this.#count = 0;
    this.#sawError = false;
    return tally;
  }

  /** Ends the block and takes its bytes; the buffer starts empty again. */
  take(): BlockTally & { readonly bytes: Uint8Array } {
    return { ...this.close(), bytes: this.#out.take() };
  }
}

/** Writes findings, or blocks a worker made, into blocks of about 64 KB to the sink; the bytes equal those of the per-finding reporters. */
export interface BlockReporter {
  /** `count` is the number of findings in the block (0 for an empty block, which writes nothing). */
  reportBlock(block: Uint8Array, count: number): Promise<void>;
  /** Writes the findings of `file` straight into the output; says whether one of them is an error. */
  reportFindings(file: string, findings: readonly Diagnostic[] | FindingBatch): Promise<boolean>;
  finish(): Promise<void>;
}

/** A reporter in the given format; JSON findings form one array, `[\n` before the first and `,\n` between. */
export function createBlockReporter(sink: Sink, format: OutputFormat): BlockReporter {
  const writer = new BlockWriter(sink);
  const findings = new FindingBlock(format, writer.pending);
  let count = 0;
  const separate = (): void => {
    if (format === 'json') writer.pending.ascii(count === 0 ? '[\n' : ',\n');
  };
  return {
    async reportBlock(block, blockCount) {
      if (blockCount === 0) return;
      separate();
      writer.pending.bytes(block);
      count += blockCount;
      await writer.written();
    },
    async reportFindings(file, found) {
      if (found.length === 0) return false;
      separate();
      findings.add(file, found);
      const tally = findings.close();
      count += tally.count;
      await writer.written();
      return tally.sawError;
    },
    async finish() {
      if (format === 'json') await writer.write(count === 0 ? '[]\n' : '\n]\n');
      await writer.flush();
    },
  };
}
