import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * Round 22 (hospital documents): "Path back (called by Dr. Nwachukwu): gastric body bx - …", "Results back: …" (d910): "back" after
 * the result it says has returned is the verb's particle, not the back as a body region (table: back NEC, C76.8), which would
 * otherwise label the line's finding. A file of its own so the site finder stays short.
 */

/** The results whose return a note reports with "back" ("path back", "cytology back", "came back"). */
const RETURNED: ReadonlySet<string> = new Set(['path', 'pathology', 'results', 'result', 'cytology', 'bx', 'biopsy', 'labs', 'came', 'come', 'comes', 'coming']);

/** Whether `site` is a bare "back" right after a result that has come back. */
export function isResultsBack(tokens: readonly Token[], site: SiteMatch): boolean {
  return site.end === site.start + 1 && tokens[site.start]?.norm === 'back' && RETURNED.has(tokens[site.start - 1]?.norm ?? '');
}
