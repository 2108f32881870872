import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * The sites each sentence names, for the passes that look back from a node mention for the organ or node region its
 * sentence wrote ("Invasive adenocarcinoma of sigmoid colon …, 5 of 17 lymph nodes positive", "hilar adenopathy concerning
 * for nodal metastasis", "Lung, RUL, lobectomy"): each site start is linked to the site start before it, so a look-back
 * steps from site to site instead of reading every token of its window. The links are made on the first question, in one
 * pass over the read's sites, so a read that asks none makes none; a read creates one index (with its `SideIndex`) and
 * drops it with the reading. A window ends at its sentence: sentences are numbered in token order, so the sites of one
 * sentence are the links between its first token and its last.
 */
export class SentenceSites {
  /** For each position (and the one after the last token), the start of the nearest site before it, -1 for none. */
  #before: Int32Array | undefined;

  constructor(private readonly tokens: readonly Token[], private readonly sites: readonly (SiteMatch | undefined)[]) {}

  /** The start of the nearest site before `position`, in any sentence; -1 when none starts before it. */
  siteBefore(position: number): number {
    const before = (this.#before ??= this.#link());
    return position <= 0 ? -1 : before[Math.min(position, before.length - 1)] ?? -1;
  }

  /**
   * The start of the nearest site before `before`, at most `reach` tokens back, that passes the test, where that site and
   * every token after it up to `before` are in `sentence`; -1 when none does (what `nearestInSentenceBefore` finds with a
   * test that asks for a site).
   */
  nearestBefore(before: number, reach: number, sentence: number | undefined, test: (site: SiteMatch, position: number) => boolean): number {
    if (this.tokens[before - 1] === undefined || this.tokens[before - 1]?.sentence !== sentence) return -1;
    const first = Math.max(0, before - reach);
    for (let position = this.siteBefore(before); position >= first && this.tokens[position]?.sentence === sentence; position = this.siteBefore(position)) {
      const site = this.sites[position];
      if (site !== undefined && test(site, position)) return position;
    }
    return -1;
  }

  #link(): Int32Array {
    const before = new Int32Array(this.tokens.length + 1);
    let last = -1;
    for (let position = 0; position <= this.tokens.length; position++) {
      before[position] = last;
      if (this.sites[position] !== undefined) last = position;
    }
    return before;
  }
}
