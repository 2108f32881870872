import type { SiteMatch } from './siteFinder';
import { LYMPH_GLAND_PATH } from './nodeLexicon';
import type { Token } from './tokens';

/**
 * Thoracic lymph node stations as EBUS and mediastinoscopy reports write them ("station 4R", "stations
 * 4R, 7 and 11L", "station 7 (subcarinal)"): the IASLC map numbers them 1 (low cervical and
 * supraclavicular), 2–9 (mediastinal: paratracheal, prevascular, subaortic, para-aortic, subcarinal,
 * paraesophageal, pulmonary ligament) and 10–14 (hilar, interlobar, lobar, segmental, subsegmental).
 * The Table of Neoplasms has rows for those regions under "lymph, lymphatic channel / gland":
 * supraclavicular (C77.0), mediastinal, hilar and intrathoracic (C77.1). A station is read only after
 * the word "station", so a bare number is never a node.
 */

const STATION_WORDS = new Set(['station', 'stations']);
const LIST_JOINERS = new Set([',', 'and', 'or', '/', '&']);
/** At most this many stations in one list ("stations 2R, 4R, 4L, 7, 10R and 11L"). */
const MAX_STATIONS = 8;

/** The station number of a token ("4r" → 4, "11l" → 11, "7" → 7), or undefined. */
function stationNumber(word: string): number | undefined {
  const match = /^(\d{1,2})[rl]?$/.exec(word);
  const number = match === null ? undefined : Number(match[1]);
  return number !== undefined && number >= 1 && number <= 14 ? number : undefined;
}

/** The region row a set of stations falls in: supraclavicular (1), mediastinal (2–9), hilar (10–14), or intrathoracic when they mix. */
function regionOf(numbers: readonly number[]): string {
  if (numbers.every((number) => number === 1)) return 'supraclavicular';
  if (numbers.every((number) => number >= 2 && number <= 9)) return 'mediastinal';
  if (numbers.every((number) => number >= 10)) return 'hilar';
  return 'intrathoracic';
}

/** A station phrase starting at `index` ("station 4R and 7"), as a lymph node site. */
export function nodeStationsAt(tokens: readonly Token[], index: number): Omit<SiteMatch, 'start'> | undefined {
  if (!STATION_WORDS.has(tokens[index]?.norm ?? '')) return undefined;
  const sentence = tokens[index]?.sentence;
  const numbers: number[] = [];
  let position = index + 1;
  let end = index + 1;
  while (numbers.length < MAX_STATIONS) {
    const token = tokens[position];
    const number = token === undefined || token.sentence !== sentence ? undefined : stationNumber(token.norm);
    if (number === undefined) break;
    numbers.push(number);
    end = position + 1;
    position++;
    // "4R, 7 and 11L", "4R/7": joiners between stations, also ", and".
    while (LIST_JOINERS.has(tokens[position]?.norm ?? '') && position < end + 2) position++;
  }
  if (numbers.length === 0) return undefined;
  return { end, path: [...LYMPH_GLAND_PATH, regionOf(numbers)], lymphNode: true };
}
