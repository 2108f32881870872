import { STATION_WORDS } from './nodeStations';
import type { RawMention } from './rawMention';
import { encounterDrainage } from './regionalNodes';
import type { Token } from './tokens';

/**
 * "Station 8a lymph node: no carcinoma seen on frozen" in a Whipple, "stn 12a" in a gastrectomy: the numbered node stations of
 * gastric, pancreatic and hepatobiliary surgery (the Japanese classification: 8a common hepatic artery, 9 celiac, 12
 * hepatoduodenal ligament, 13 and 17 peripancreatic, 16 para-aortic) are abdominal nodes (table: lymph gland, intra-abdominal
 * / Malignant Secondary C77.2; ANNOTATION.md, "Lymph node metastasis by region"), not the chest's IASLC stations of the same
 * numbers (`nodeStations.ts`: station 8 paraesophageal, C77.1). Read so only when every cancer of the encounter drains to the
 * abdominal nodes (`regionalNodes.ts`: stomach, intestines, pancreas, liver); beside a lung cancer a station keeps the chest.
 */

/** The chest's rows a station number is read as (`nodeStations.ts`), which an abdominal encounter's station is not. */
const CHEST_ROWS: ReadonlySet<string> = new Set(['mediastinal', 'hilar', 'bronchopulmonary', 'intrathoracic', 'supraclavicular']);
const ABDOMEN = 'intrabdominal';
/** How many tokens of a node site are read for its station word ("Lymph node, station 8a"). */
const SITE_REACH = 8;

function isStationNode(tokens: readonly Token[], mention: RawMention): boolean {
  const site = mention.site;
  if (site?.lymphNode !== true || !CHEST_ROWS.has(site.path[site.path.length - 1] ?? '')) return false;
  for (let position = site.start; position < Math.min(site.end, site.start + SITE_REACH); position++) {
    if (STATION_WORDS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}

/** The mentions with each station node of an abdominally draining encounter placed in the abdomen. */
export function withAbdominalStations(tokens: readonly Token[], mentions: readonly RawMention[], relatives: (mention: RawMention) => boolean): RawMention[] {
  if (!mentions.some((mention) => isStationNode(tokens, mention)) || encounterDrainage(tokens, mentions, relatives) !== ABDOMEN) return [...mentions];
  return mentions.map((mention) => {
    const site = mention.site;
    if (site === undefined || !isStationNode(tokens, mention)) return mention;
    return { ...mention, site: { ...site, path: [...site.path.slice(0, -1), ABDOMEN] } };
  });
}
