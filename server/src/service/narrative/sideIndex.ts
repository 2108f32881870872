import { lastAtOrBefore } from '../sortedSearch';
import type { Laterality } from './siteLexicon';
import { SentenceSites } from './sentenceSites';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * Where an encounter writes a side, indexed once per read so that each mention asks for the sides
 * before it without walking back over every token: the sided sites of each organ (first path part), and
 * the synoptic laterality fields ("SPECIMEN LATERALITY: RIGHT"). A read creates one and drops it with the
 * reading; positions are token indexes in ascending order. It carries the read's index of the sites each sentence
 * names too (`sentenceSites.ts`), so the passes handed the read's sides look back for an organ through the same object.
 */
export class SideIndex {
  readonly #sidedByOrgan = new Map<string, number[]>();
  /** The sites each sentence names, linked on first use. */
  readonly sentences: SentenceSites;

  constructor(private readonly tokens: readonly Token[], private readonly sites: readonly (SiteMatch | undefined)[]) {
    this.sentences = new SentenceSites(tokens, sites);
    for (let position = 0; position < sites.length; position++) {
      const site = sites[position];
      if (site !== undefined && !site.lymphNode && site.laterality !== undefined && site.laterality !== 'bilateral') this.#addSided(site.path[0] ?? '', position);
    }
  }

  #addSided(organ: string, position: number): void {
    const list = this.#sidedByOrgan.get(organ);
    if (list === undefined) this.#sidedByOrgan.set(organ, [position]);
    else list.push(position);
  }

  /**
   * The side that the sites of `site`'s organ starting in `[from - reach, from]` give, when they all give
   * the same one (`accepts` decides which sites count: another site of the organ that names no other side).
   */
  onlySideBefore(from: number, reach: number, site: SiteMatch, accepts: (other: SiteMatch) => boolean): Laterality | undefined {
    const positions = this.#sidedByOrgan.get(site.path[0] ?? '');
    if (positions === undefined) return undefined;
    const last = Math.min(from, this.tokens.length - 1);
    let side: Laterality | undefined;
    // The first sided site at or after the window's start.
    for (let index = lastAtOrBefore(positions, positions.length, Math.max(0, from - reach) - 1) + 1; index < positions.length; index++) {
      const position = positions[index] ?? 0;
      if (position > last) break;
      const other = this.sites[position];
      if (other === undefined || !accepts(other)) continue;
      if (side !== undefined && side !== other.laterality) return undefined;
      side = other.laterality;
    }
    return side;
  }

  /**
   * The position of the nearest laterality field's colon ("LATERALITY:") in `[index - reach, index - 1]`, or -1. The
   * reach is read back token by token: few findings ask, so this reads fewer tokens than indexing every field would.
   */
  fieldBefore(index: number, reach: number): number {
    for (let position = Math.min(index - 1, this.tokens.length - 1); position >= Math.max(1, index - reach); position--) {
      if (this.tokens[position]?.norm === ':' && this.tokens[position - 1]?.norm === 'laterality') return position;
    }
    return -1;
  }
}
