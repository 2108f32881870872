/**
 * The breast's words in the reviewed site vocabulary (siteLexicon.ts): the organ, its quadrants and their
 * abbreviations, each with the Table of Neoplasms path it stands for (breast, upper-outer quadrant C50.4-). The
 * entries are written in the lexicon's `SiteTerm` shape without importing it, so the lexicon imports this file alone.
 */
interface BreastSiteTerm {
  readonly words: string;
  readonly path: readonly string[];
}

export const BREAST_SITE_TERMS: readonly BreastSiteTerm[] = [
  { words: 'breast', path: ['breast'] },
  { words: 'breasts', path: ['breast'] },
  { words: 'mammary', path: ['breast'] },
  { words: 'uoq', path: ['breast', 'upper-outer quadrant'] },
  { words: 'uiq', path: ['breast', 'upper-inner quadrant'] },
  { words: 'loq', path: ['breast', 'lower-outer quadrant'] },
  { words: 'liq', path: ['breast', 'lower-inner quadrant'] },
  { words: 'female breast', path: ['breast'] },
  { words: 'male breast', path: ['breast'] },
  { words: 'upper-outer quadrant', path: ['breast', 'upper-outer quadrant'] },
  { words: 'upper-inner quadrant', path: ['breast', 'upper-inner quadrant'] },
  { words: 'lower-outer quadrant', path: ['breast', 'lower-outer quadrant'] },
  { words: 'lower-inner quadrant', path: ['breast', 'lower-inner quadrant'] },
  { words: 'upper outer quadrant', path: ['breast', 'upper-outer quadrant'] },
  { words: 'upper inner quadrant', path: ['breast', 'upper-inner quadrant'] },
  { words: 'lower outer quadrant', path: ['breast', 'lower-outer quadrant'] },
  { words: 'lower inner quadrant', path: ['breast', 'lower-inner quadrant'] },
  // Behind or under the areola: the central portion (table: breast, central portion C50.1-; SEER's C50.1 names the
  // retroareolar and subareolar breast), not the areola's own row (nipple and areola C50.0-).
  { words: 'retroareolar', path: ['breast', 'central portion'] },
  { words: 'subareolar', path: ['breast', 'central portion'] },
  { words: 'central portion', path: ['breast', 'central portion'] },
];
