import { lastAtOrBeforeBy } from '../sortedSearch';
import { StartTableBuilder } from './startTable';
import type { StartTable } from './startTable';

/** Lines from `from` on start `delta` characters later than the base array says. */
interface LineShift {
  readonly from: number;
  readonly delta: number;
}

/**
 * How many shifts a value carries before the next edit writes them into a new array. Each shift costs
 * a little in every look-up; writing them costs one pass over the lines.
 */
const MAX_SHIFTS = 32;

/**
 * The line starts of one version of a text, never changed once made: a {@link StartTable} shared with
 * the versions before and after it, plus the shifts that edits since the table was written applied to it.
 * Typing inside a line (the usual edit) moves every later line start; recording that as one shift
 * instead of rewriting a million starts keeps an edit of a 20 MB document from touching them all.
 */
export class LineStarts {
  readonly #base: StartTable;
  readonly #shifts: readonly LineShift[];
  /** How many lines there are (`start(0)` is 0). */
  readonly count: number;

  constructor(base: StartTable, count: number = base.count, shifts: readonly LineShift[] = []) {
    this.#base = base;
    this.count = count;
    this.#shifts = shifts;
  }

  /** Where line `line` starts. */
  start(line: number): number {
    let start = this.#base.at(line);
    for (const shift of this.#shifts) if (line >= shift.from) start += shift.delta;
    return start;
  }

  /** The last line starting at or before `offset` (binary search), 0 when none does. */
  lineOf(offset: number): number {
    return Math.max(0, lastAtOrBeforeBy((line) => this.start(line), this.count, offset));
  }

  /** The starts after an edit inside line `line - 1` that changed its length by `delta`. */
  shiftedFrom(line: number, delta: number): LineStarts {
    if (delta === 0 || line >= this.count) return this;
    // Keystrokes typed in one line shift the same lines again: they add up into that line's shift, so
    // the shifts grow with the lines edited rather than the keystrokes, and a typing session never
    // pays for writing a new array of every line start.
    const same = this.#shifts.findIndex((shift) => shift.from === line);
    if (same !== -1) {
      const merged = (this.#shifts[same] as LineShift).delta + delta;
      const shifts = this.#shifts.filter((_, index) => index !== same);
      return new LineStarts(this.#base, this.count, merged === 0 ? shifts : [...shifts, { from: line, delta: merged }]);
    }
    if (this.#shifts.length < MAX_SHIFTS) return new LineStarts(this.#base, this.count, [...this.#shifts, { from: line, delta }]);
    return new LineStarts(this.#written(), this.count).shiftedFrom(line, delta);
  }

  /**
   * The starts after an edit that replaced the line breaks in lines `[firstRemoved, firstKept)` with the
   * starts in `added` and moved every later start by `delta`: one new table.
   */
  replaced(firstRemoved: number, firstKept: number, added: Int32Array, delta: number): LineStarts {
    const count = this.count - (firstKept - firstRemoved) + added.length;
    const starts = new StartTableBuilder(count);
    this.#each(0, firstRemoved, 0, (start) => starts.push(start));
    for (const start of added) starts.push(start);
    this.#each(firstKept, this.count, delta, (start) => starts.push(start));
    return new LineStarts(starts.build(), count);
  }

  /** The starts with the shifts written in. */
  #written(): StartTable {
    const starts = new StartTableBuilder(this.count);
    this.#each(0, this.count, 0, (start) => starts.push(start));
    return starts.build();
  }

  /**
   * Calls `visit` with the starts of lines `[from, to)` in order, each moved by `delta`: one pass that
   * adds each shift from its line on, instead of looking every shift up for every line.
   */
  #each(from: number, to: number, delta: number, visit: (start: number) => void): void {
    const sorted = [...this.#shifts].sort((a, b) => a.from - b.from);
    let moved = delta;
    let next = 0;
    for (let line = from; line < to; line++) {
      while (next < sorted.length && (sorted[next] as LineShift).from <= line) moved += (sorted[next++] as LineShift).delta;
      visit(this.#base.at(line) + moved);
    }
  }
}
