import * as assert from 'node:assert/strict';
import type { NeoplasmRow, NeoplasmTable } from '../../../server/src/service/codes/neoplasm/model';
import { officialNeoplasmTable } from '../../helpers/neoplasmTable';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';
import { readingSummaryWithCandidates } from './readingCases';
import { LYMPHOMA_NODE_DIGIT } from '../../../server/src/service/narrative/morphologySites';

/**
 * Table of Neoplasms coverage of the lymph node rows, third pass of round 17 (issue 12): every region row under "lymph, lymphatic
 * channel NEC › gland" (and its sub-rows: "hilar › splenic", "limb › lower"), phrased as clinicians write a nodal metastasis, must
 * give the row's own Malignant Secondary cell (C77.-) as one mention. The expected codes come from the table file (FY2025,
 * data/icd10cm/2025), never from the reader; C77.0–C77.5 are unchanged in FY2027 (data/icd10cm/2027).
 */

/** Rows not phrased, each with its reason: a pattern over the region's title as printed. */
const SKIPS: readonly (readonly [RegExp, string])[] = [
  // "multiple sites in categories C77.0 - C77.5" (C77.8), "site NEC" (C77.9), "primary NEC" (C96.9): residual rows no region selects.
  [/^(multiple sites|site NEC|primary NEC)/, 'a residual row: no region phrase selects it'],
  // A clinician names these nodes by their region: axillary or epitrochlear (arm), cervical or facial (face, head), inguinal or
  // popliteal (leg); "arm lymph nodes" and "head lymph nodes" are not written, and "leg" or "arm" before a node word is a limb.
  [/^(arm|face|head|leg)$/, 'a body part whose nodes a note names by their region'],
  // In notes "Rosenmuller" is the nasopharynx's fossa (C11.2); its node is written as the node of Cloquet (C77.4, read).
  [/^Rosenmuller's$/, '"Rosenmuller" names the nasopharyngeal fossa in notes; the node of Cloquet is read'],
];

/** The region as written before a node word: "axilla, axillary" → "axillary", "epigastric, inferior" → "inferior epigastric". */
function writtenRegion(title: string, parent: NeoplasmRow | undefined): string {
  if (parent !== undefined) return parent.title === 'limb' ? `${title} limb` : `${title} ${parent.title}`;
  const [noun = '', second] = title.split(', ');
  if (second === undefined) return noun;
  return /(al|ar|ary)$/.test(second) ? second : `${second} ${noun}`;
}

/** The phrasings of a nodal metastasis in the region. */
function phrasings(region: string): string[] {
  return [
    `Assessment: metastatic carcinoma to the ${region} lymph nodes.`,
    `Assessment: ${region} nodal metastasis.`,
    `Assessment: ${region} adenopathy c/w metastatic disease.`,
    `Assessment: metastatic SCC in one ${region} lymph node.`,
  ];
}

interface NodeCase {
  readonly region: string;
  readonly code: string;
}

/** Every region row (with a secondary cell) under the lymph gland row, with its sub-rows, outside the skip list. */
function nodeCases(table: NeoplasmTable): NodeCase[] {
  const lymph = table.rows.find((row) => row.level === 1 && row.title.startsWith('lymph, lymphatic'));
  const gland = lymph === undefined ? undefined : table.findChild(lymph.id, 'gland');
  if (gland === undefined) throw new Error('no lymph gland row');
  const cases: NodeCase[] = [];
  for (const row of table.children(gland.id)) {
    if (SKIPS.some(([pattern]) => pattern.test(row.title))) continue;
    const rows = [{ row, parent: undefined as NeoplasmRow | undefined }, ...table.children(row.id).map((child) => ({ row: child, parent: row }))];
    for (const entry of rows) {
      const cell = entry.row.cells.secondary;
      if (cell !== undefined) cases.push({ region: writtenRegion(entry.row.title, entry.parent), code: cell.replace('.', '') });
    }
  }
  return cases;
}

describe('Table of Neoplasms: lymph node rows as written (round 17)', () => {
  const cases = nodeCases(officialNeoplasmTable());
  it('reads every phrased region row\'s secondary cell', () => {
    // A skip rule that silently dropped most rows would make this pass by reading nothing.
    assert.ok(cases.length >= 80, 'region cases');
    const misses = cases.flatMap(({ region, code }) => phrasings(region).flatMap((sentence) => {
      const read = readingSummaryWithCandidates(sentence);
      return read.length === 1 && read[0]?.[1] === code ? [] : [`${sentence} → ${code}: read ${read.map(([text, each]) => `${text}=${each}`).join('; ')}`];
    }));
    assert.deepEqual(misses, []);
  });
  // Tabular C83.3- and C77.-: a lymphoma's fifth character 1 … 6 names the node regions of C77.0 … C77.5 (head, face and neck;
  // intrathoracic; intra-abdominal; axilla and upper limb; inguinal region and lower limb; intrapelvic).
  it('gives each region row the lymphoma fifth character of its C77 cell', () => {
    const table = officialNeoplasmTable();
    const lymph = table.rows.find((row) => row.level === 1 && row.title.startsWith('lymph, lymphatic'));
    const gland = lymph === undefined ? undefined : table.findChild(lymph.id, 'gland');
    const wrong = [...LYMPHOMA_NODE_DIGIT].flatMap(([region, digit]) => {
      const cell = gland === undefined ? undefined : table.findChild(gland.id, region)?.cells.secondary;
      if (cell === undefined || !/^C77\.[0-5]$/.test(cell)) return [`${region}: no C77.0-C77.5 row`];
      return String(Number(cell.slice(-1)) + 1) === digit ? [] : [`${region} ${cell} ${digit}`];
    });
    assert.deepEqual(wrong, []);
  });
});

// A region that is also an organ's adjective is read only right before its node word: "hepatic and nodal metastases" are the
// liver's (table: liver / Malignant Secondary C78.7) and the nodes' (C77.9); right before a node word it is the table's region
// ("gastric lymph nodes": lymph gland, gastric C77.2; "Delphian node": the prelaryngeal node, C77.0).
const organAdjectives: readonly ReadingCase[] = [
  ['hepatic and nodal metastases', 'Hepatic and nodal metastases.', [['Hepatic', 'C787', 'present'], ['nodal metastases', 'C779', 'present']]],
  ['gastric lymph nodes', 'Metastatic adenocarcinoma in 3 gastric lymph nodes.', [['Metastatic adenocarcinoma in 3 gastric lymph nodes', 'C772', 'present']]],
  ['Delphian node', 'Metastatic papillary carcinoma in the Delphian node.', [['Metastatic papillary carcinoma in the Delphian node', 'C770', 'present']]],
  ["Virchow's node", "Metastatic gastric adenocarcinoma to Virchow's node.", [['gastric adenocarcinoma', 'C169', 'present'], ["adenocarcinoma to Virchow's node", 'C770', 'present']]],
];

describe('narrative reader: node regions that are organ adjectives (round 17)', () => checkReadings(organAdjectives));
