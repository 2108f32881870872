import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * Breast clock positions as mammography, ultrasound and pathology write them ("left breast mass at
 * 2:00", "IDC, right breast, 10 o'clock"): the clock face is read as the examiner faces the patient,
 * so the outer half is 9 o'clock side on the right breast and the 3 o'clock side on the left. A
 * position strictly inside a quadrant names it (Table of Neoplasms: breast, upper-outer quadrant
 * C50.4-, upper-inner C50.2-, lower-inner C50.3-, lower-outer C50.5-); 12, 3, 6 and 9 o'clock lie on
 * a border between two quadrants and name none.
 */

/** How far after the breast site a clock position is looked for in the same sentence. */
const CLOCK_REACH = 12;
const OCLOCK = new Set(["o'clock", 'o’clock', 'oclock']);

type Quadrant = 'upper-outer quadrant' | 'upper-inner quadrant' | 'lower-inner quadrant' | 'lower-outer quadrant';

/** The quadrant of an hour on one breast, or undefined on a border. */
function quadrantOf(hour: number, minutes: number, side: 'right' | 'left'): Quadrant | undefined {
  const position = (hour % 12) + minutes / 60;
  if (position === 0 || position === 3 || position === 6 || position === 9) return undefined;
  const upper = position > 9 || position < 3;
  const towardThree = position > 0 && position < 6;
  // The left breast's outer half faces 3 o'clock, the right breast's faces 9 o'clock.
  const outer = side === 'left' ? towardThree : !towardThree;
  return `${upper ? 'upper' : 'lower'}-${outer ? 'outer' : 'inner'} quadrant`;
}

/** A clock position starting at `index`: "2:00", "10:30", "10 o'clock", with its hour and minutes. */
export function clockAt(tokens: readonly Token[], index: number): { hour: number; minutes: number } | undefined {
  const hour = Number(tokens[index]?.norm);
  if (!Number.isInteger(hour) || hour < 1 || hour > 12) return undefined;
  if (OCLOCK.has(tokens[index + 1]?.norm ?? '')) return { hour, minutes: 0 };
  const minutes = tokens[index + 1]?.norm === ':' ? tokens[index + 2]?.norm : undefined;
  return minutes === '00' || minutes === '30' ? { hour, minutes: Number(minutes) } : undefined;
}

/** A breast site of one side narrowed to the quadrant of the clock position written after `from` in its sentence, or undefined. */
export function breastQuadrant(tokens: readonly Token[], site: SiteMatch, from: number): SiteMatch | undefined {
  if (site.lymphNode || site.path.length !== 1 || site.path[0] !== 'breast' || (site.laterality !== 'right' && site.laterality !== 'left')) return undefined;
  const sentence = tokens[from - 1]?.sentence;
  for (let position = from; position < Math.min(tokens.length, from + CLOCK_REACH) && tokens[position]?.sentence === sentence; position++) {
    const clock = clockAt(tokens, position);
    if (clock === undefined) continue;
    const quadrant = quadrantOf(clock.hour, clock.minutes, site.laterality);
    return quadrant === undefined ? undefined : { ...site, path: ['breast', quadrant] };
  }
  return undefined;
}
