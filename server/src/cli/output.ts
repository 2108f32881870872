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
  return `${finding.file}:${line + 1}:${character + 1} ${finding.severity} ${finding.rule} ${finding.message.replace(/\s*[\r\n]+\s*/g, ' ')}`;
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

/** One JSON array, written element by element. */
export function createJsonReporter<T = Finding>(sink: Sink): Reporter<T> {
  const writer = new BlockWriter(sink);
  let count = 0;
  return {
    async report(record) {
      await writer.write(`${count === 0 ? '[\n' : ',\n'}${JSON.stringify(record)}`);
      count++;
    },
    async finish() {
      await writer.write(count === 0 ? '[]\n' : '\n]\n');
      await writer.flush();
    },
  };
}
