/**
 * The last index below `count` whose value is at most `target`, or -1 when the first value is already
 * larger; `values` must ascend over `[0, count)`. The offset tables of the parser and of the server
 * (segment starts, line starts, piece starts) all answer "which one holds this offset" with it.
 */
export function lastAtOrBefore(values: ArrayLike<number>, count: number, target: number): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) <= target) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * {@link lastAtOrBefore} over values read one at a time (`valueAt(index)`), for tables whose values
 * are computed on read, such as offsets kept relative to a shifted block.
 */
export function lastAtOrBeforeBy(valueAt: (index: number) => number, count: number, target: number): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (valueAt(middle) <= target) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
