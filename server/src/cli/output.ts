import type { Diagnostic } from 'vscode-languageserver-types';
import { ByteBlock } from './byteBlock';

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

/** A diagnostic's severity by name; one without a severity counts as an error, as in LSP. */
export function severityName(diagnostic: Pick<Diagnostic, 'severity'>): FindingSeverity {
  return severityNames[diagnostic.severity ?? 1] ?? 'error';
}

/** Turns a service diagnostic into a finding. */
export function toFinding(file: string, diagnostic: Diagnostic): Finding {
  return {
    file,
    range: diagnostic.range,
    severity: severityName(diagnostic),
    rule: diagnostic.code === undefined ? 'unknown' : String(diagnostic.code),
    message: diagnostic.message,
  };
}

/** Diagnostics in the order findings are reported: by start position, a stable sort, so those at one position keep the service's order. */
export function inReportOrder(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** A destination that may apply back-pressure (process.stdout). */
export interface Sink {
  write(chunk: Uint8Array): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/** Writes records (findings, or extracted mentions) as they come. */
export interface Reporter<T = Finding> {
  report(record: T): Promise<void>;
  finish(): Promise<void>;
}

/** Output is gathered into blocks of about this many bytes: one write per finding is slow. */
const blockSize = 64 * 1024;

/** Gathers UTF-8 output into blocks and waits for the sink to drain when it asks to. */
export class BlockWriter {
  readonly #sink: Sink;
  readonly #pending = new ByteBlock();

  constructor(sink: Sink) {
    this.#sink = sink;
  }

  /** The bytes waiting to be written, to append to. */
  get pending(): ByteBlock {
    return this.#pending;
  }

  async write(text: string): Promise<void> {
    this.#pending.utf8(text);
    await this.written();
  }

  /** Flushes once a block's worth is pending; call after appending to {@link pending}. */
  async written(): Promise<void> {
    if (this.#pending.length >= blockSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#pending.length === 0) return;
    // The block is handed over whole: a pipe may still be writing it while the next one fills.
    if (!this.#sink.write(this.#pending.take())) await new Promise<void>((resolve) => this.#sink.once('drain', resolve));
  }
}

/** `file:line:col severity rule-id message`, 1-based line and column, one finding per line. */
export function formatText(finding: Finding): string {
  const { line, character } = finding.range.start;
  return `${finding.file}:${line + 1}:${character + 1} ${finding.severity} ${finding.rule} ${oneLine(finding.message)}`;
}

/** The message on one line: line breaks and the spaces around them become one space. Most messages have none. */
export function oneLine(message: string): string {
  return message.includes('\n') || message.includes('\r') ? message.replace(/\s*[\r\n]+\s*/g, ' ') : message;
}

/** The two output formats. */
export type OutputFormat = 'text' | 'json';

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

/** One JSON array, written element by element; `stringify` writes one element. */
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
