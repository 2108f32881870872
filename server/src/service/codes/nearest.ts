/**
 * Ranking for "did you mean" suggestions: a longer shared prefix ranks first, then a smaller edit
 * distance, then billable before header, then code order.
 */

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** A candidate code with what the ranking needs. */
export interface NearestCandidate {
  readonly code: string;
  readonly sharedPrefix: number;
  readonly billable: boolean;
}

/** Sorts candidates for an unknown code and returns the best `limit` codes. */
export function rankNearest(code: string, candidates: readonly NearestCandidate[], limit: number): string[] {
  return candidates
    .map((candidate) => ({ ...candidate, distance: editDistance(code, candidate.code) }))
    .sort((a, b) => b.sharedPrefix - a.sharedPrefix || a.distance - b.distance || Number(b.billable) - Number(a.billable) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, limit)
    .map((candidate) => candidate.code);
}
