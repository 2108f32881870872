import type { Diagnostic } from 'vscode-languageserver-types';
import { oneLine, severityName } from './output';
import type { OutputFormat } from './output';
import { ByteBlock } from './byteBlock';

/**
 * The command line's findings written from the service's diagnostics into a {@link ByteBlock}, without
 * a finding object or a formatted string between them, in the two formats `formatText` and
 * `JSON.stringify(finding)` define (test/cli/output.test.ts holds the bytes to them).
 */

/** Whether a diagnostic is an error (one without a severity counts as an error, as in LSP). */
export function isErrorDiagnostic(diagnostic: Diagnostic): boolean {
  return severityName(diagnostic) === 'error';
}

/** The rule id a finding names: the diagnostic's code, or `unknown`. */
function ruleOf(diagnostic: Diagnostic): string {
  return diagnostic.code === undefined ? 'unknown' : String(diagnostic.code);
}

/**
 * One finding as the JSON object `JSON.stringify(toFinding(file, diagnostic))` gives (PRODUCT.md's
 * shape, the keys in that order); `fileJson` is the file name already written as a JSON string.
 */
export function writeJsonFinding(out: ByteBlock, fileJson: Uint8Array, diagnostic: Diagnostic): void {
  const { start, end } = diagnostic.range;
  out.ascii('{"file":');
  out.bytes(fileJson);
  out.ascii(',"range":{"start":{"line":');
  out.integer(start.line);
  out.ascii(',"character":');
  out.integer(start.character);
  out.ascii('},"end":{"line":');
  out.integer(end.line);
  out.ascii(',"character":');
  out.integer(end.character);
  out.ascii('}},"severity":"');
  out.ascii(severityName(diagnostic));
  out.ascii('","rule":');
  out.jsonString(ruleOf(diagnostic));
  out.ascii(',"message":');
  out.jsonString(diagnostic.message);
  out.ascii('}');
}

/** One finding as the line `formatText` gives, with its line feed: `file:line:col severity rule message`, 1-based. */
export function writeTextFinding(out: ByteBlock, file: string, diagnostic: Diagnostic): void {
  const { line, character } = diagnostic.range.start;
  out.utf8(file);
  out.ascii(':');
  out.integer(line + 1);
  out.ascii(':');
  out.integer(character + 1);
  out.ascii(' ');
  out.ascii(severityName(diagnostic));
  out.ascii(' ');
  out.utf8(ruleOf(diagnostic));
  out.ascii(' ');
  out.utf8(oneLine(diagnostic.message));
  out.ascii('\n');
}

/** A file name as the bytes of its JSON string. */
export function jsonFileName(file: string): Uint8Array {
  const out = new ByteBlock(file.length * 3 + 8);
  out.jsonString(file);
  return out.take();
}

/**
 * The findings of one piece or file as one block of output: text lines each ending in a line feed,
 * or JSON objects joined by `,\n` (the reporter adds the array's brackets and the separator in front
 * of a block). Workers write their own findings, so the writing thread only copies blocks.
 */
export class FindingBlock {
  readonly #format: OutputFormat;
  readonly #out = new ByteBlock();
  #count = 0;
  #sawError = false;
  #file: string | undefined;
  #fileJson: Uint8Array = new Uint8Array(0);

  constructor(format: OutputFormat) {
    this.#format = format;
  }

  /** Findings written since the last {@link take}. */
  get count(): number {
    return this.#count;
  }

  /** Bytes written since the last {@link take}. */
  get length(): number {
    return this.#out.length;
  }

  /** Whether a finding written since the last {@link take} is an error. */
  get sawError(): boolean {
    return this.#sawError;
  }

  /** Writes the findings of `file` (its service diagnostics, in the order to report them). */
  add(file: string, diagnostics: readonly Diagnostic[]): void {
    const out = this.#out;
    if (this.#format === 'text') {
      for (const diagnostic of diagnostics) {
        this.#counted(diagnostic);
        writeTextFinding(out, file, diagnostic);
      }
      return;
    }
    // A block's findings mostly come from one file, so its name is escaped once, not once per finding.
    if (file !== this.#file) {
      this.#file = file;
      this.#fileJson = jsonFileName(file);
    }
    for (const diagnostic of diagnostics) {
      if (this.#count > 0) out.ascii(',\n');
      this.#counted(diagnostic);
      writeJsonFinding(out, this.#fileJson, diagnostic);
    }
  }

  /** The block's bytes, count and errors so far; the block starts empty again. */
  take(): { readonly bytes: Uint8Array; readonly count: number; readonly sawError: boolean } {
    const taken = { bytes: this.#out.take(), count: this.#count, sawError: this.#sawError };
    this.#count = 0;
    this.#sawError = false;
    return taken;
  }

  /** Counts a finding about to be written. */
  #counted(diagnostic: Diagnostic): void {
    this.#count++;
    if (!this.#sawError && isErrorDiagnostic(diagnostic)) this.#sawError = true;
  }
}
