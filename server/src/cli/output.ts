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

export interface Reporter {
  report(finding: Finding): Promise<void>;
  finish(): Promise<void>;
}

async function write(sink: Sink, text: string): Promise<void> {
  if (!sink.write(text)) await new Promise<void>((resolve) => sink.once('drain', resolve));
}

/** `file:line:col severity rule-id message`, 1-based line and column, one finding per line. */
export function formatText(finding: Finding): string {
  const { line, character } = finding.range.start;
  return `${finding.file}:${line + 1}:${character + 1} ${finding.severity} ${finding.rule} ${finding.message.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

export function createTextReporter(sink: Sink): Reporter {
  return {
    report: (finding) => write(sink, `${formatText(finding)}\n`),
    finish: () => Promise.resolve(),
  };
}

/** One JSON array, written element by element. */
export function createJsonReporter(sink: Sink): Reporter {
  let count = 0;
  return {
    async report(finding) {
      await write(sink, `${count === 0 ? '[\n' : ',\n'}${JSON.stringify(finding)}`);
      count++;
    },
    finish: () => write(sink, count === 0 ? '[]\n' : '\n]\n'),
  };
}
