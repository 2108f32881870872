import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The synthetic examples shipped with the project, each described by a row of examples/README.md. */
export const examplesFolder = resolve(__dirname, '..', '..', 'examples');

/** One row of the examples table. */
export interface ExampleRow {
  readonly file: string;
  /** The rule the file should trigger, or undefined for a clean file. */
  readonly rule: string | undefined;
  readonly severity: string | undefined;
  /** The 1-based line of the finding. */
  readonly line: number | undefined;
}

/** Reads the table rows of examples/README.md: file, kind, expected finding, where, why. */
export function readExampleTable(): ExampleRow[] {
  const readme = readFileSync(join(examplesFolder, 'README.md'), 'utf8');
  const rows: ExampleRow[] = [];
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const file = /^\[`([^`]+)`\]/.exec(cells[1] ?? '')?.[1];
    if (file === undefined) continue;
    const expected = cells[3] ?? '';
    const where = cells[4] ?? '';
    if (expected === 'none') {
      rows.push({ file, rule: undefined, severity: undefined, line: undefined });
      continue;
    }
    rows.push({
      file,
      rule: /`([a-z0-9-]+)`/.exec(expected)?.[1],
      severity: /\((?:\*\*)?(error|warning|information|hint)/.exec(expected)?.[1],
      line: Number(/line (\d+)/.exec(where)?.[1]),
    });
  }
  return rows;
}
