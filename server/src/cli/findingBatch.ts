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
 * How far back one finding may be moved while the batch is put in order in place. A claim's findings
 * come in rule order, so a finding is seldom more than a few places from where its start puts it; the
 * bound keeps the pass linear when a batch is out of order more widely, which the full sort then handles.
 */
const MAX_LOCAL_MOVE = 32;

/**
 * The findings by start position, a stable sort, so that those at one position keep the service's
 * order (envelope problems first, then each claim's rules in registry order). A piece's findings are
 * mostly in order already, and out of order only within a claim: they are put in order in place, each
 * moved back past the findings that start after it, and only a batch with a finding further out of
 * place than {@link MAX_LOCAL_MOVE} is sorted whole.
 */
function inReportOrder(pending: readonly FindingFields[], positions: number[]): FindingBatch {
  let first = 1;
  while (first < pending.length && !startsBefore(positions, first, first - 1)) first++;
  if (first >= pending.length) return new FindingBatch(pending, positions);
  const fields = pending.slice();
  for (let index = first; index < fields.length; index++) {
    if (!startsBefore(positions, index, index - 1)) continue;
    // What was moved so far kept every tie in the service's order, so the whole sort of it is the sort of the batch.
    if (!moveBack(fields, positions, index)) return sortedWhole(fields, positions);
  }
  return new FindingBatch(fields, positions);
}

/**
 * Moves finding `index` back past the findings before it that start after it (stable: never past one
 * that starts where it does). False, with nothing moved, when that is more than {@link MAX_LOCAL_MOVE} places.
 */
function moveBack(fields: FindingFields[], positions: number[], index: number): boolean {
  const line = positions[index * PER_FINDING] as number;
  const character = positions[index * PER_FINDING + 1] as number;
  let to = index - 1;
  const lowest = Math.max(0, index - MAX_LOCAL_MOVE);
  while (to > lowest && startsAfter(positions, to - 1, line, character)) to--;
  if (to === lowest && lowest > 0 && startsAfter(positions, lowest - 1, line, character)) return false;
  const moved = fields[index] as FindingFields;
  const endLine = positions[index * PER_FINDING + 2] as number;
  const endCharacter = positions[index * PER_FINDING + 3] as number;
  for (let at = index; at > to; at--) {
    fields[at] = fields[at - 1] as FindingFields;
    for (let k = 0; k < PER_FINDING; k++) positions[at * PER_FINDING + k] = positions[(at - 1) * PER_FINDING + k] as number;
  }
  fields[to] = moved;
  const at = to * PER_FINDING;
  positions[at] = line;
  positions[at + 1] = character;
  positions[at + 2] = endLine;
  positions[at + 3] = endCharacter;
  return true;
}

/** Whether finding `a` starts after the position (`line`, `character`). */
function startsAfter(positions: readonly number[], a: number, line: number, character: number): boolean {
  const lineA = positions[a * PER_FINDING] as number;
  return lineA > line || (lineA === line && (positions[a * PER_FINDING + 1] as number) > character);
}

/** The findings stably sorted by start, for a batch that is out of order beyond {@link MAX_LOCAL_MOVE}. */
function sortedWhole(fields: readonly FindingFields[], positions: number[]): FindingBatch {
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
