/**
 * Derives the header (non-billable) codes of a year from its billable list. A header is a category
 * or subcategory: a proper prefix (three characters or more) of the year's billable codes. One kind
 * of prefix is not a header: a placeholder run of `X` that only pads a code to six characters before
 * its 7th character (`T14.91X` in `T14.91XA`, `E08.37X` in `E08.37X1`). The tabular list has no
 * entry for it, and the official order files do not list it.
 *
 * Checked against the official files: on the FY2021 order file's billable rows this yields the
 * file's 22,737 header rows plus one, H54.512 (FY2021 prints H54.512A under H54.511, so no H54.512
 * row exists); on the FY2026 and FY2027 billable lists it yields 23,467 and 23,524 headers, the
 * counts stated in the FY2027 order addenda summary.
 */

/** True when `prefix` only pads with placeholder `X`s: every extension is 7 characters long and has only `X`s up to the 7th. */
function isPlaceholderPrefix(prefix: string, extensions: readonly string[]): boolean {
  if (prefix.length < 4 || !prefix.endsWith('X')) return false;
  return extensions.every((code) => code.length === 7 && /^X*$/.test(code.slice(prefix.length, 6)));
}

/**
 * The header codes implied by a set of billable codes, sorted. `billable` may be in any order.
 */
export function deriveHeaders(billable: Iterable<string>): string[] {
  const billableSet = new Set(billable);
  const extensions = new Map<string, string[]>();
  for (const code of billableSet) {
    for (let length = 3; length < code.length; length++) {
      const prefix = code.slice(0, length);
      const list = extensions.get(prefix);
      if (list) list.push(code);
      else extensions.set(prefix, [code]);
    }
  }
  const headers: string[] = [];
  for (const [prefix, codes] of extensions) {
    if (billableSet.has(prefix) || isPlaceholderPrefix(prefix, codes)) continue;
    headers.push(prefix);
  }
  return headers.sort(compareCodes);
}

/** Code order used everywhere in the index: plain code-unit (ASCII) order, so `C7A` sorts after `C79`. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
