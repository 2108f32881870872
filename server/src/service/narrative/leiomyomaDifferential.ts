import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "r/o GIST vs leiomyoma", "EUS features c/w GIST (vs leiomyoma, schwannoma)": a leiomyoma offered as another reading of a
 * GIST's lesion is a leiomyoma of the GIST's organ (ANNOTATION.md, "A leiomyoma of the stomach is D21.4"; `leiomyomaSite.ts`
 * codes it). A site-less leiomyoma takes the site of the GIST written within a few words of it in its sentence, before or after, when that
 * GIST has its site (written, or restated from the encounter's one GIST organ). A leiomyoma with a site of its own, or far
 * from any GIST, is coded as written.
 */

/** How many tokens may stand between the GIST and the leiomyoma of one differential ("GIST (vs leiomyoma, schwannoma)"). */
const DIFFERENTIAL_REACH = 6;

const isSitedGist = (mention: RawMention): boolean => mention.morphology?.siteAxis === 'gist' && mention.site !== undefined && !mention.site.lymphNode;
const isSitelessLeiomyoma = (mention: RawMention): boolean => mention.morphology?.siteAxis === 'leiomyoma' && mention.site === undefined;

export function withGistDifferentialLeiomyoma(tokens: readonly Token[], raw: readonly RawMention[]): RawMention[] {
  if (!raw.some(isSitelessLeiomyoma)) return [...raw];
  const before = nearestGists(raw, 1);
  const after = nearestGists(raw, -1);
  return raw.map((mention, index) => {
    if (!isSitelessLeiomyoma(mention)) return mention;
    const previous = before[index];
    const next = after[index];
    const near = (gist: RawMention | undefined, from: number, to: number): boolean => gist !== undefined && to - from <= DIFFERENTIAL_REACH
      && tokens[from]?.sentence === tokens[Math.max(from, to - 1)]?.sentence;
    const gist = near(previous, previous?.end ?? 0, mention.start) ? previous : near(next, mention.end, next?.start ?? 0) ? next : undefined;
    return gist?.site === undefined ? mention : { ...mention, site: { ...gist.site, start: mention.start, end: mention.start } };
  });
}

/** For each mention, the nearest sited GIST before it (step 1) or after it (step -1), in one walk over the mentions. */
function nearestGists(raw: readonly RawMention[], step: 1 | -1): (RawMention | undefined)[] {
  const nearest: (RawMention | undefined)[] = new Array<RawMention | undefined>(raw.length);
  let last: RawMention | undefined;
  for (let index = step === 1 ? 0 : raw.length - 1; index >= 0 && index < raw.length; index += step) {
    const mention = raw[index] as RawMention;
    nearest[index] = last;
    if (isSitedGist(mention)) last = mention;
  }
  return nearest;
}
