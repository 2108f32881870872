import type { CodeChoice } from './mapping';

/**
 * Desmoid tumours by site. The Index sends a desmoid to "Neoplasm, connective tissue, uncertain behavior", whose
 * cell D48.1 the Tabular has split since FY2024: D48.11- Desmoid tumor, by the region of the body (ANNOTATION.md,
 * "Desmoid"). The table row the site found ("connective tissue, thigh", "mesentery", "retroperitoneum") is read as
 * that region; a site of none of them is "other site" (D48.118). Each entry is read in `sitesRound9.test.ts`.
 */
export interface DesmoidRegion {
  /** The billable code, undotted. */
  readonly code: string;
  /** Its Tabular title, for the source. */
  readonly title: string;
  /** The table path words (a row title, as the site finder writes paths) that fall in the region. */
  readonly rows: readonly string[];
}

export const DESMOID_REGIONS: readonly DesmoidRegion[] = [
  { code: 'D48110', title: 'Desmoid tumor of head and neck', rows: ['head', 'face', 'neck', 'scalp', 'cheek', 'jaw', 'orbit', 'temple', 'forehead', 'chin', 'ear', 'nose', 'lip', 'supraclavicular region'] },
  { code: 'D48111', title: 'Desmoid tumor of chest wall', rows: ['chest', 'thorax', 'thoracic wall'] },
  { code: 'D48112', title: 'Desmoid tumor, intrathoracic', rows: ['mediastinum', 'lung', 'pleura, pleural', 'pericardium', 'intrathoracic'] },
  { code: 'D48113', title: 'Desmoid tumor of abdominal wall', rows: ['abdominal wall'] },
  // Tabular D48.114 includes the pelvic cavity and the peritoneal and retroperitoneal desmoid.
  { code: 'D48114', title: 'Desmoid tumor, intraabdominal', rows: ['abdomen', 'intra-abdominal', 'mesentery, mesenteric', 'mesentery', 'retroperitoneum', 'peritoneum', 'omentum', 'pelvis', 'intestine'] },
  { code: 'D48115', title: 'Desmoid tumor of upper extremity and shoulder girdle', rows: ['upper limb', 'arm', 'forearm', 'hand', 'shoulder', 'axilla', 'elbow', 'wrist', 'finger', 'scapular region'] },
  // Tabular D48.116 includes the buttock.
  { code: 'D48116', title: 'Desmoid tumor of lower extremity and pelvic girdle', rows: ['lower limb', 'leg', 'thigh', 'calf', 'knee', 'ankle', 'foot', 'toe', 'hip', 'buttock', 'gluteal region', 'groin'] },
  { code: 'D48117', title: 'Desmoid tumor of back', rows: ['back'] },
];

const OTHER_SITE: DesmoidRegion = { code: 'D48118', title: 'Desmoid tumor of other site', rows: [] };

/** The D48.11- code of a desmoid at the site `path` names (its most specific row that names a region), or undefined when the release lacks it. */
export function desmoidChoice(path: readonly string[], isBillable: (code: string) => boolean, tableSource: string): CodeChoice | undefined {
  let region: DesmoidRegion | undefined;
  for (let index = path.length - 1; index >= 0 && region === undefined; index--) region = DESMOID_REGIONS.find((entry) => entry.rows.includes(path[index] as string));
  const chosen = region ?? OTHER_SITE;
  if (!isBillable(chosen.code)) return undefined;
  return { code: chosen.code, candidates: [], source: `${tableSource}; Tabular D48.11- Desmoid tumor: ${chosen.code} ${chosen.title}` };
}
