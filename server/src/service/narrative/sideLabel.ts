import { clockAt } from './breastClock';
import { sentenceStart } from './contextNodeRegion';
import { lateralityAt } from './siteFinder';
import type { Laterality } from './siteLexicon';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "RIGHT: 6 mm oval circumscribed mass at 7:00 …, likely fibroadenoma", "L: no suspicious enhancement": a
 * report line that opens with a side and a colon is about that side of the organ the report images, so a
 * finding on the line with no side of its own takes it, before any side written further back.
 */

/** The side the line of the token at `index` opens with ("RIGHT:", "R:"; the letters only in capitals), if any. */
export function sideLabelAt(tokens: readonly Token[], index: number): Laterality | undefined {
  let first = sentenceStart(tokens, index);
  if (tokens[first]?.norm === '-' || tokens[first]?.norm === '*') first++;
  if (tokens[first] === undefined || tokens[first + 1]?.norm !== ':' || first + 1 >= index) return undefined;
  // The side words of sites ("R", "rt", "left"); a "BILATERAL:" line names no one side to lend.
  const side = lateralityAt(tokens, first);
  return side === 'bilateral' ? undefined : side;
}

/** How far back in its sentence a finding looks for a side written alone. */
const LOOSE_SIDE_REACH = 8;

/**
 * "Kidneys: 1 cm R upper pole angiomyolipoma", "Adrenals: 1.2 cm L nodule, c/w adenoma": in an organ-by-organ
 * finding the side is often written alone before the lesion, attached to no site word. On a line an organ labels
 * (a site opens it and its colon follows), the side word nearest before the mention is the finding's when no site
 * stands between them (a site carries its own side) and it is no litre after a number ("2 L ascites"). Elsewhere a
 * lone side is too often a procedure's ("s/p L nephrectomy, now with lung mets") or radiotherapy ("RT").
 */
export function looseSideBefore(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], index: number): Laterality | undefined {
  const sentence = tokens[index]?.sentence;
  const clocked = clockedSideBefore(tokens, sites, index);
  if (clocked !== undefined) return clocked;
  for (let position = index - 1; position >= Math.max(0, index - LOOSE_SIDE_REACH) && tokens[position]?.sentence === sentence; position--) {
    if (sites[position] !== undefined || tokens[position]?.norm === ':') return undefined;
    const side = lateralityAt(tokens, position);
    if (side === undefined) continue;
    return side === 'bilateral' || /\d$/.test(tokens[position - 1]?.raw ?? '') || !organLabelled(tokens, sites, position) ? undefined : side;
  }
  return undefined;
}

/** Whether the line of the token opens with an organ's label: a site, then its colon before the token. */
function organLabelled(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], index: number): boolean {
  const first = sentenceStart(tokens, index);
  const site = sites[first];
  return site !== undefined && !site.lymphNode && tokens[site.end]?.norm === ':' && site.end < index;
}

/** How far back in its sentence a finding looks for a side written before a clock position. */
const CLOCKED_SIDE_REACH = 16;

/**
 * "Indeterminate 6 mm R 7:00 enhancing mass, likely benign (fibroadenoma vs intramammary node)": breast imaging writes a
 * lesion's place as a side and a clock position, with no breast word; the side before the clock is the lesion's, whatever
 * line it is on (no other organ is read by the clock). A site between them carries its own side.
 */
function clockedSideBefore(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], index: number): Laterality | undefined {
  const sentence = tokens[index]?.sentence;
  for (let position = index - 1; position >= Math.max(0, index - CLOCKED_SIDE_REACH) && tokens[position]?.sentence === sentence; position--) {
    if (sites[position] !== undefined) return undefined;
    const side = clockAt(tokens, position + 1) === undefined ? undefined : lateralityAt(tokens, position);
    if (side !== undefined) return side === 'bilateral' ? undefined : side;
  }
  return undefined;
}
