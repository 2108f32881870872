import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { PendingDiagnostic } from '../service/languageService';
import type { PieceDocument } from './pieceDocument';

/**
 * What the command line writes of a finding besides its range. A service diagnostic has it and so has
 * a pending one (the service's finding by offset), so both are written by the same code.
 */
export interface FindingFields {
  readonly severity?: DiagnosticSeverity;
  readonly code?: Diagnostic['code'];
  readonly message: string;
}

/** Numbers kept per finding in {@link FindingBatch.positions}: start line, start character, end line, end character. */
export const PER_FINDING = 4;

/**
 * The findings of one piece or file in the order they are reported, each with its range as four
 * numbers in one array. A rule-dense batch has as many findings as claims: placing them this way
 * makes no LSP diagnostic, range or position object per finding, and the positions of a piece are
 * counted with its line index in one pass.
 */
export class FindingBatch {
  readonly fields: readonly FindingFields[];
  /** Four numbers a finding, in the order of {@link fields}. */
  readonly positions: readonly number[];

  constructor(fields: readonly FindingFields[], positions: readonly number[]) {
    this.fields = fields;
    this.positions = positions;
  }

  get length(): number {
    return this.fields.length;
  }

  /** The service's pending findings of a piece, placed in the whole file through the piece's document. */
  static ofPending(document: PieceDocument, pending: readonly PendingDiagnostic[]): FindingBatch {
    const positions = new Array<number>(pending.length * PER_FINDING);
    for (let index = 0; index < pending.length; index++) {
      const { span } = pending[index] as PendingDiagnostic;
      document.writePosition(span.offset, positions, index * PER_FINDING);
      document.writePosition(span.offset + span.length, positions, index * PER_FINDING + 2);
    }
    return inReportOrder(pending, positions);
  }

  /** Service diagnostics placed in the file and already in the order to report them. */
  static ofDiagnostics(diagnostics: readonly Diagnostic[]): FindingBatch {
    const positions = new Array<number>(diagnostics.length * PER_FINDING);
    for (let index = 0; index < diagnostics.length; index++) {
      const { start, end } = (diagnostics[index] as Diagnostic).range;
      const at = index * PER_FINDING;
      positions[at] = start.line;
      positions[at + 1] = start.character;
      positions[at + 2] = end.line;
      positions[at + 3] = end.character;
    }
    return new FindingBatch(diagnostics, positions);
  }
}

/** Whether finding `a` starts before finding `b` (by line, then character) in `positions`. */
function startsBefore(positions: readonly number[], a: number, b: number): boolean {
  const lineA = positions[a * PER_FINDING] as number;
  const lineB = positions[b * PER_FINDING] as number;
  return lineA < lineB || (lineA === lineB && (positions[a * PER_FINDING + 1] as number) < (positions[b * PER_FINDING + 1] as number));
}

/**
 * The findings by start position, a stable sort, so that those at one position keep the service's
 * order (envelope problems first, then each claim's rules in registry order). A piece's findings are
 * mostly in order already, which costs one pass to see.
 */
function inReportOrder(fields: readonly FindingFields[], positions: number[]): FindingBatch {
  let sorted = true;
  for (let index = 1; index < fields.length && sorted; index++) sorted = !startsBefore(positions, index, index - 1);
  if (sorted) return new FindingBatch(fields, positions);
  const order = Array.from({ length: fields.length }, (_, index) => index);
  order.sort((a, b) => (startsBefore(positions, a, b) ? -1 : startsBefore(positions, b, a) ? 1 : a - b));
  const orderedFields = new Array<FindingFields>(fields.length);
  const orderedPositions = new Array<number>(positions.length);
  for (let to = 0; to < order.length; to++) {
    const from = order[to] as number;
    orderedFields[to] = fields[from] as FindingFields;
    for (let k = 0; k < PER_FINDING; k++) orderedPositions[to * PER_FINDING + k] = positions[from * PER_FINDING + k] as number;
  }
  return new FindingBatch(orderedFields, orderedPositions);
}
