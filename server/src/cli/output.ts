import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * The two output formats of `icd-claim-check`. Findings are written as they are found, so the
 * output of a large batch is never held in memory; writes wait for the pipe to drain.
 */

export type FindingSeverity = 'error' | 'warning' | 'information' | 'hint';

/** One finding, exactly the JSON shape PRODUCT.md defines (0-based positions, as LSP). */
export interface Finding {
  readonly file: string;
  readonly range: Diagnostic['range'];
  readonly severity: FindingSeverity;
  readonly rule: string;
  readonly message: string;
}

const severityNames: Record<number, FindingSeverity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/** Turns a service diagnostic into a finding; a diagnostic without a severity counts as an error, as in LSP. */
export function toFinding(file: string, diagnostic: Diagnostic): Finding {
  return {
    file,
    range: diagnostic.range,
    severity: severityNames[diagnostic.severity ?? 1] ?? 'error',
    rule: diagnostic.code === undefined ? 'unknown' : String(diagnostic.code),
    message: diagnostic.message,
  };
}

/** A destination that may apply back-pressure (process.stdout). */
export interface Sink {
  write(text: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/** Writes records (findings, or extracted mentions) as they come. */
export interface Reporter<T = Finding> {
  report(record: T): Promise<void>;
  finish(): Promise<void>;
}

/** Output is gathered into blocks of about this many characters: one write per finding is slow. */
const blockSize = 64 * 1024;

/** Buffers text into blocks and waits for the sink to drain when it asks to. */
class BlockWriter {
  readonly #sink: Sink;
  #pending = '';

  constructor(sink: Sink) {
    this.#sink = sink;
  }

  async write(text: string): Promise<void> {
    this.#pending += text;
    if (this.#pending.length >= blockSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#pending === '') return;
    const block = this.#pending;
    this.#pending = '';
    if (!this.#sink.write(block)) await new Promise<void>((resolve) => this.#sink.once('drain', resolve));
  }
}

/** `file:line:col severity rule-id message`, 1-based line and column, one finding per line. */
export function formatText(finding: Finding): string {
  const { line, character } = finding.range.start;
  return `${finding.file}:${line + 1}:${character + 1} ${finding.severity} ${finding.rule} ${oneLine(finding.message)}`;
}

/** The message on one line: line breaks and the spaces around them become one space. Most messages have none. */
function oneLine(message: string): string {
  return message.includes('\n') || message.includes('\r') ? message.replace(/\s*[\r\n]+\s*/g, ' ') : message;
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
function jsonString(text: string): string {
  if (!NEEDS_JSON_ESCAPE.test(text)) return `"${text}"`;
  return NEEDS_ESCAPE_BUT_QUOTES.test(text) ? JSON.stringify(text) : `"${text.replace(DOUBLE_QUOTES, '\\"')}"`;
}

/**
 * One finding as one JSON object: the text `JSON.stringify(finding)` gives (the same keys in the same
 * order), written without walking the object generically, since a rule-dense batch has as many
 * findings as claims. Only the strings are escaped by `JSON.stringify`.
 */
export function formatJson(finding: Finding, fileJson: string = JSON.stringify(finding.file)): string {
  const { start, end } = finding.range;
  return `{"file":${fileJson},"range":{"start":{"line":${start.line},"character":${start.character}},"end":{"line":${end.line},"character":${end.character}}},`
    + `"severity":"${finding.severity}","rule":${jsonString(finding.rule)},"message":${jsonString(finding.message)}}`;
}

/** The two output formats. */
export type OutputFormat = 'text' | 'json';

/**
 * The findings of one piece or file as one block of output: text lines each ending in a line feed,
 * or JSON objects joined by `,\n` (the reporter adds the array's brackets and the separator in
 * front of a block). Workers format their own findings, so the writing thread only copies blocks.
 */
export function formatBlock(findings: readonly Finding[], format: OutputFormat): string {
  if (format === 'text') {
    let block = '';
    for (const finding of findings) block += `${formatText(finding)}\n`;
    return block;
  }
  let block = '';
  // A block's findings come from one file, so its name is escaped once, not once per finding.
  let file: string | undefined;
  let fileJson = '';
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i] as Finding;
    if (finding.file !== file) {
      file = finding.file;
      fileJson = JSON.stringify(file);
    }
    block += i === 0 ? formatJson(finding, fileJson) : `,\n${formatJson(finding, fileJson)}`;
  }
  return block;
}

/** Writes blocks made by {@link formatBlock}; the bytes equal those of the per-finding reporters. */
export interface BlockReporter {
  /** `count` is the number of findings in the block (0 for an empty block, which writes nothing). */
  reportBlock(block: string, count: number): Promise<void>;
  finish(): Promise<void>;
}

/** A reporter of blocks in the given format, into blocks of about 64 KB written to the sink. */
export function createBlockReporter(sink: Sink, format: OutputFormat): BlockReporter {
  const writer = new BlockWriter(sink);
  let count = 0;
  return {
    async reportBlock(block, blockCount) {
      if (blockCount === 0) return;
      await writer.write(format === 'text' ? block : `${count === 0 ? '[\n' : ',\n'}${block}`);
      count += blockCount;
    },
    async finish() {
      if (format === 'json') await writer.write(count === 0 ? '[]\n' : '\n]\n');
      await writer.flush();
    },
  };
}

/** One finding a line, in {@link formatText}. */
export function createTextReporter(sink: Sink): Reporter {
  return createLineReporter(sink, formatText);
}

/** One record a line, in the given format. */
export function createLineReporter<T>(sink: Sink, format: (record: T) => string): Reporter<T> {
  const writer = new BlockWriter(sink);
  return {
    report: (record) => writer.write(`${format(record)}\n`),
    finish: () => writer.flush(),
  };
}

/** One JSON array, written element by element; `stringify` writes one element (findings use {@link formatJson}). */
export function createJsonReporter<T = Finding>(sink: Sink, stringify: (record: T) => string = JSON.stringify): Reporter<T> {
  const writer = new BlockWriter(sink);
  let count = 0;
  return {
    async report(record) {
      await writer.write(`${count === 0 ? '[\n' : ',\n'}${stringify(record)}`);
      count++;
    },
    async finish() {
      await writer.write(count === 0 ? '[]\n' : '\n]\n');
      await writer.flush();
    },
  };
}
