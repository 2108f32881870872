import { stationListRegion, stationParts, stationRegion } from './nodeStations';
import { STATION_SAMPLING_WORDS } from './sampleWords';
import type { Token } from './tokens';

/**
 * "EBUS 4R/7 positive for SCC", "EBUS-TBNA 4R and 11L: adenocarcinoma": an endobronchial ultrasound samples the thoracic node
 * stations, so the numbers written right after its name are stations (IASLC map) even without the word "station", as a
 * station list closed by its sampling word is ("4R, 7 TBNA:", `nodeStations.ts`). The list must open with a lettered station
 * ("4R", "11L", or "4R/7" in one token), as `stationLabelAt`'s does: "EBUS 2 weeks ago" names none. Stations 2–9 are
 * mediastinal, 10 hilar, 11–14 bronchopulmonary (Table of Neoplasms: lymph gland, mediastinal / hilar / bronchopulmonary,
 * Malignant Secondary C77.1); a list mixing station 1 (supraclavicular, C77.0) with chest stations names no one region.
 */

/** How many station tokens one list may hold. */
const MAX_STATIONS = 6;
const LIST_JOINERS = new Set([',', 'and', '&', '+']);
/** A station with its side letter, the list's opening ("4r", "11l"). */
const LETTERED_STATION = /^(?:1[0-4]|[1-9])[rl]$/;

/** The stations listed right after a sampling word at `index`, with their region, or nothing. */
export function sampledStationsAt(tokens: readonly Token[], index: number): { end: number; region: string } | undefined {
  const lead = tokens[index];
  if (lead === undefined || !STATION_SAMPLING_WORDS.has(lead.norm)) return undefined;
  const opening = stationParts(tokens[index + 1]?.norm ?? '');
  if (opening === undefined || !LETTERED_STATION.test(opening[0] ?? '') || tokens[index + 1]?.sentence !== lead.sentence) return undefined;
  const regions = new Set<string>();
  let end = index + 1;
  let position = index + 1;
  for (let count = 0; count < MAX_STATIONS; count++) {
    const token = tokens[position];
    const parts = token === undefined || token.sentence !== lead.sentence ? undefined : stationParts(token.norm);
    if (parts === undefined) break;
    for (const part of parts) regions.add(stationRegion(part));
    end = position + 1;
    if (!LIST_JOINERS.has(tokens[end]?.norm ?? '') || tokens[end]?.sentence !== lead.sentence) break;
    position = end + 1;
  }
  const region = stationListRegion(regions);
  return region === undefined ? undefined : { end, region };
}
