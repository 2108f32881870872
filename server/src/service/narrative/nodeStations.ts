import { STATION_SAMPLING_WORDS, TISSUE_SAMPLE_WORDS } from './sampleWords';
import type { Token } from './tokens';
import { WORD_CLASS } from './wordClasses';

/**
 * Thoracic lymph node stations as pathology and EBUS reports write them ("Lymph node, station 4R",
 * "Station 7:", "stations 4R and 7"): the IASLC map numbers the nodes of the chest, so a station
 * names a node region by itself, with or without a node word. Stations 2–9 are mediastinal, 10 hilar,
 * 11–14 interlobar to subsegmental (bronchopulmonary); all three rows of the Table of Neoplasms
 * (lymph gland, mediastinal / hilar / bronchopulmonary) print Malignant Secondary C77.1, the
 * intrathoracic nodes. Station 1 (low cervical, supraclavicular and sternal notch) is the
 * supraclavicular row (C77.0).
 */

/** How many station numbers one phrase may list ("stations 2R, 4R, 7 and 10R"). */
const MAX_STATIONS = 6;

export const STATION_WORDS: ReadonlySet<string> = new Set(['station', 'stations', 'stn', 'stns']);
/** A station number with its optional side letter ("4r", "11l") or IASLC sub-letter ("3a", "3p"). */
const STATION_NUMBER = /^(?:1[0-4]|[1-9])[rlap]?$/;
const LIST_JOINERS = new Set([',', 'and', '&', '/', '+']);

/** The table row (child of "lymph, lymphatic channel / gland") of one station number. */
export function stationRegion(station: string): string {
  const number = Number.parseInt(station, 10);
  if (number === 1) return 'supraclavicular';
  if (number <= 9) return 'mediastinal';
  return number === 10 ? 'hilar' : 'bronchopulmonary';
}

/** Whether every part of a token is a station number ("4r", "4r/7"). */
export function stationParts(norm: string): string[] | undefined {
  const parts = norm.split('/');
  return parts.every((part) => STATION_NUMBER.test(part)) ? parts : undefined;
}

/** "Lymph node, level 4R, excision:": a neck level has no side letter, so "level" before a lettered station is that station. */
function sidedLevel(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]?.norm ?? '';
  return tokens[index]?.norm === 'level' && mayBeLetteredStation(next) && LETTERED_STATION.test(next);
}

/** The words classified as station words: the station nouns, and "level" read as one only before a lettered station. */
export const STATION_CLASS_WORDS: ReadonlySet<string> = new Set([...STATION_WORDS, 'level']);

/**
 * The station phrase at `index`: "station" then one or more station numbers joined by commas, "and", "+"
 * or slashes. The region is the stations' common row, or "intrathoracic" when they differ within the
 * chest; a list that mixes station 1 with chest stations names no one region.
 */
export function stationAt(tokens: readonly Token[], index: number): { end: number; region: string } | undefined {
  const token = tokens[index];
  if (token === undefined || (token.classes & WORD_CLASS.station) === 0 || !(STATION_WORDS.has(token.norm) || sidedLevel(tokens, index))) return undefined;
  const sentence = tokens[index]?.sentence;
  const regions = new Set<string>();
  let end = index + 1;
  let position = index + 1;
  for (let count = 0; count < MAX_STATIONS; count++) {
    const token = tokens[position];
    const parts = token === undefined || token.sentence !== sentence ? undefined : stationParts(token.norm);
    if (parts === undefined) break;
    for (const part of parts) regions.add(stationRegion(part));
    end = position + 1;
    position = end;
    if (!LIST_JOINERS.has(tokens[position]?.norm ?? '') || tokens[position]?.sentence !== sentence) break;
    position++;
    if (tokens[position]?.norm === 'and') position++;
  }
  if (end === index + 1) return undefined;
  const region = stationListRegion(regions);
  return region === undefined ? undefined : { end, region };
}

/**
 * The one region a station list names: its stations' common row, "intrathoracic" when they differ within the chest, none when
 * the list mixes station 1 (supraclavicular, C77.0) with chest stations.
 */
export function stationListRegion(regions: ReadonlySet<string>): string | undefined {
  if (regions.size === 1) return [...regions][0] ?? 'mediastinal';
  return regions.has('supraclavicular') ? undefined : 'intrathoracic';
}

/** A station with its side letter ("4R", "11L"): without the word "station" it is read only before a node word ("EBUS bx of 4R node"). */
const LETTERED_STATION = /^(?:1[0-4]|[1-9])[rl]$/;

/** The region of a sided station number at `index` ("4r"), for a caller that has seen a node word after it. */
export function sidedStationRegion(tokens: readonly Token[], index: number): string | undefined {
  const token = tokens[index];
  // Every token comes here: the pattern is tried only on a short word that starts with a digit (its word class).
  if (token === undefined || (token.classes & WORD_CLASS.letteredStation) === 0) return undefined;
  const norm = token.norm;
  return mayBeLetteredStation(norm) && LETTERED_STATION.test(norm) ? stationRegion(norm) : undefined;
}

/** Whether the word has the length and first character of a lettered station ("4r", "11l"). */
export function mayBeLetteredStation(norm: string): boolean {
  const first = norm.charCodeAt(0);
  return (norm.length === 2 || norm.length === 3) && first >= 0x31 && first <= 0x39;
}

/** A range or list of levels in one token ("II/III", "II-IV", "Ib/IIa"). */
const LEVEL_RANGE = /^(?:i|ii|iii|iv|v|vi|vii)[ab]?(?:[/-](?:i|ii|iii|iv|v|vi|vii)[ab]?)+$/;

/**
 * Node levels written as a range or list in one token ("level II/III nodal metastases", "levels
 * II-IV"): the levels of the neck (lymph gland, cervical → C77.0). A single level ("level III") is
 * in the node lexicon; axillary levels are read with their region before them ("axillary level I").
 */
export function levelRangeAt(tokens: readonly Token[], index: number): { end: number; region: string } | undefined {
  const word = tokens[index]?.norm;
  if (word !== 'level' && word !== 'levels') return undefined;
  if (LEVEL_RANGE.test(tokens[index + 1]?.norm ?? '')) return { end: index + 2, region: 'cervical' };
  const end = levelListEnd(tokens, index + 1);
  return end === undefined ? undefined : { end, region: 'cervical' };
}

/** One neck level ("III", "IIa"). */
const LEVEL = /^(?:i|ii|iii|iv|v|vi|vii)[ab]?$/;

/** "level III and IV lymph nodes", "levels II, III and IV": the end of two or more levels joined by commas or "and". */
function levelListEnd(tokens: readonly Token[], first: number): number | undefined {
  const sentence = tokens[first]?.sentence;
  let count = 0;
  let end = first;
  let position = first;
  while (count < MAX_STATIONS && tokens[position]?.sentence === sentence && LEVEL.test(tokens[position]?.norm ?? '')) {
    count++;
    end = position + 1;
    position = end;
    if (!LIST_JOINERS.has(tokens[position]?.norm ?? '')) break;
    position++;
    if (tokens[position]?.norm === 'and') position++;
  }
  return count >= 2 ? end : undefined;
}

/** Sampling words after a list of stations in an EBUS specimen label ("4R, 7 TBNA:", "11L FNA"), all `sampleWords.ts`'. */
const STATION_SAMPLES: ReadonlySet<string> = new Set([...STATION_SAMPLING_WORDS, ...TISSUE_SAMPLE_WORDS]);

/**
 * "4R, 7 TBNA: Metastatic squamous cell carcinoma", "4L, 11R: Benign lymph node": an EBUS report labels its node samples by
 * their stations alone. A list that opens with a lettered station (a bare "7" is no station on its own) and closes the
 * label with a sampling word or a colon names the stations' region as `stationAt` reads it.
 */
export function stationLabelAt(tokens: readonly Token[], index: number): { end: number; region: string } | undefined {
  const first = tokens[index];
  if (first === undefined || sidedStationRegion(tokens, index) === undefined) return undefined;
  const regions = new Set<string>();
  let position = index;
  for (let count = 0; count < MAX_STATIONS; count++) {
    const parts = tokens[position]?.sentence === first.sentence ? stationParts(tokens[position]?.norm ?? '') : undefined;
    if (parts === undefined) return undefined;
    for (const part of parts) regions.add(stationRegion(part));
    position++;
    if (tokens[position]?.norm !== ',' && tokens[position]?.norm !== 'and') break;
    position++;
  }
  const closer = tokens[position];
  if (closer === undefined || closer.sentence !== first.sentence || (closer.norm !== ':' && !STATION_SAMPLES.has(closer.norm))) return undefined;
  const region = stationListRegion(regions);
  return region === undefined ? undefined : { end: position, region };
}
