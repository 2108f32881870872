/**
 * Lymph node regions as clinicians write them, each with its row under "lymph, lymphatic channel /
 * gland" in the Table of Neoplasms (whose Malignant Secondary column gives C77.-). A region word
 * counts only next to a node word (`axillary nodes`, `mediastinal LAD`), because many of them are
 * also organ adjectives ("cervical" is the cervix in "cervical cancer"). Tested entry by entry
 * against the official table in `test/service/narrative/siteLexicon.test.ts`.
 */
// The term's type lives in its own file so the lexicon's part files (tableNodeRegions.ts) need not import the lexicon back.
import type { NodeRegionTerm } from './nodeRegionTerm';
export type { NodeRegionTerm } from './nodeRegionTerm';


/** The path to the lymph gland row; the regions are its children. */
export const LYMPH_GLAND_PATH: readonly string[] = ['lymph', 'gland'];

/** Words that name lymph nodes themselves. */
export const NODE_WORDS: readonly string[] = [
  'node', 'nodes', 'nodal', 'ln', 'lns', 'lymph node', 'lymph nodes', 'lymph gland', 'lymph glands',
  'adenopathy', 'lymphadenopathy', 'lad', 'lymphatic',
  // A sentinel lymph node biopsy's abbreviation ("R axillary SLN", "SLN #1 R inguinal").
  'sln', 'slns',
];

import { TABLE_NODE_REGIONS } from './tableNodeRegions';

export const NODE_REGIONS: readonly NodeRegionTerm[] = [
  { words: 'axillary', region: 'axilla, axillary' },
  { words: 'axilla', region: 'axilla, axillary' },
  { words: 'cervical', region: 'cervical' },
  { words: 'neck', region: 'neck' },
  { words: 'level ii', region: 'cervical' },
  { words: 'level iii', region: 'cervical' },
  { words: 'level iv', region: 'cervical' },
  { words: 'level v', region: 'cervical' },
  // The lettered sublevels exist only in the neck (axillary levels I-III have no letters).
  { words: 'level ia', region: 'cervical' },
  { words: 'level ib', region: 'cervical' },
  { words: 'level iia', region: 'cervical' },
  { words: 'level iib', region: 'cervical' },
  { words: 'level va', region: 'cervical' },
  { words: 'level vb', region: 'cervical' },
  { words: 'supraclavicular', region: 'supraclavicular' },
  // "L SCV node", "SCV LAD": the supraclavicular abbreviation, read only beside a node word (not the subclavian vein).
  { words: 'scv', region: 'supraclavicular' },
  { words: 'scalene', region: 'scalene' },
  { words: 'submandibular', region: 'submandibular' },
  { words: 'mediastinal', region: 'mediastinal' },
  { words: 'hilar', region: 'hilar' },
  { words: 'paratracheal', region: 'tracheal' },
  { words: 'subcarinal', region: 'mediastinal' },
  { words: 'intrathoracic', region: 'intrathoracic' },
  { words: 'internal mammary', region: 'parasternal' },
  { words: 'para-aortic', region: 'para-aortic' },
  { words: 'paraaortic', region: 'para-aortic' },
  { words: 'periaortic', region: 'peri-aortic' },
  { words: 'retroperitoneal', region: 'retroperitoneal' },
  // "RP nodes", "RP LAD": before a node word "RP" is the retroperitoneum, never a prostatectomy.
  { words: 'rp', region: 'retroperitoneal' },
  { words: 'mesenteric', region: 'mesenteric' },
  { words: 'celiac', region: 'celiac' },
  { words: 'celiac axis', region: 'celiac' },
  { words: 'celiac-axis', region: 'celiac' },
  { words: 'portal', region: 'portal' },
  { words: 'porta hepatis', region: 'porta hepatis' },
  // The hepatic hilar nodes a hepatectomy takes with the liver: the table's own row, lymph gland, hepatic C77.2. Not "hepatic"
  // alone: "hepatic and nodal metastases" are the liver's and the nodes'.
  { words: 'hepatic hilar', region: 'hepatic' },
  { words: 'peripancreatic', region: 'peripancreatic' },
  { words: 'perigastric', region: 'gastric' },
  // The nodes of the gastrohepatic ligament lie along the lesser curvature: the stomach's own nodes, lymph gland, gastric C77.2.
  { words: 'gastrohepatic', region: 'gastric' },
  { words: 'pericolic', region: 'colic' },
  { words: 'pericolonic', region: 'colic' },
  { words: 'paracolic', region: 'colic' },
  // The nodes in the colon's mesentery ("sigmoid mesocolic nodal metastasis") are its colic nodes: lymph gland, colic C77.2.
  { words: 'mesocolic', region: 'colic' },
  { words: 'abdominal', region: 'abdominal' },
  { words: 'intra-abdominal', region: 'intrabdominal' },
  { words: 'iliac', region: 'iliac' },
  { words: 'common iliac', region: 'iliac' },
  { words: 'external iliac', region: 'iliac' },
  { words: 'internal iliac', region: 'iliac' },
  { words: 'obturator', region: 'obturator' },
  { words: 'pelvic', region: 'pelvic' },
  { words: 'inguinal', region: 'inguina, inguinal' },
  { words: 'femoral', region: 'femoral' },
  { words: 'infraclavicular', region: 'infraclavicular' },
  { words: 'pectoral', region: 'pectoral' },
  { words: 'epitrochlear', region: 'epitrochlear' },
  { words: 'popliteal', region: 'popliteal' },
  { words: 'jugular', region: 'jugular' },
  { words: 'jugulodigastric', region: 'jugular' },
  { words: 'submental', region: 'submental' },
  { words: 'parotid', region: 'parotid' },
  { words: 'intraparotid', region: 'parotid' },
  { words: 'preauricular', region: 'preauricular' },
  { words: 'occipital', region: 'occipital' },
  { words: 'retropharyngeal', region: 'retropharyngeal' },
  { words: 'level i', region: 'cervical' },
  { words: 'level vi', region: 'cervical' },
  { words: 'central neck', region: 'cervical' },
  // The central compartment of the neck is level VI (thyroid and larynx dissections).
  { words: 'central compartment', region: 'cervical' },
  { words: 'lateral neck', region: 'cervical' },
  { words: 'pretracheal', region: 'pretracheal' },
  { words: 'prevascular', region: 'mediastinal' },
  { words: 'aortopulmonary', region: 'mediastinal' },
  { words: 'ap window', region: 'mediastinal' },
  // The nodes around the oesophagus, as EUS and PET reports spell them (table: lymph gland, esophageal C77.1).
  ...['paraesophageal', 'para-esophageal', 'periesophageal', 'peri-esophageal'].map((words): NodeRegionTerm => ({ words, region: 'esophageal' })),
  { words: 'bronchopulmonary', region: 'bronchopulmonary' },
  { words: 'peribronchial', region: 'bronchopulmonary' },
  { words: 'portocaval', region: 'retroperitoneal' },
  { words: 'portacaval', region: 'retroperitoneal' },
  { words: 'aortocaval', region: 'retroperitoneal' },
  { words: 'interaortocaval', region: 'retroperitoneal' },
  { words: 'paracaval', region: 'retroperitoneal' },
  { words: 'retrocaval', region: 'retroperitoneal' },
  // The kidney's regional nodes, as a nephrectomy report labels them ("Perirenal lymph node, excision"): they lie in the
  // retroperitoneum (table: lymph gland, retroperitoneal / Malignant Secondary C77.2).
  ...['perirenal', 'peri-renal', 'perinephric', 'renal hilar', 'renal hilum'].map((words): NodeRegionTerm => ({ words, region: 'retroperitoneal' })),
  { words: 'periportal', region: 'portal' },
  { words: 'hypogastric', region: 'hypogastric' },
  { words: 'presacral', region: 'sacral' },
  { words: 'mesorectal', region: 'intrapelvic' },
  { words: 'perirectal', region: 'intrapelvic' },
  { words: 'parametrial', region: 'parametrial' },
  { words: 'groin', region: 'groin' },
  // The Tabular titles' own region words: C77.0 "…lymph nodes of head, face and neck", C77.5 "…intrapelvic lymph nodes".
  { words: 'head , face and neck', region: 'neck' },
  { words: 'head and neck', region: 'neck' },
  { words: 'intrapelvic', region: 'intrapelvic' },
  // C77.3 "…of axilla and upper limb lymph nodes", C77.4 "…of inguinal and lower limb lymph nodes": one region each.
  { words: 'axilla and upper limb', region: 'axilla, axillary' },
  { words: 'inguinal and lower limb', region: 'inguina, inguinal' },
  ...TABLE_NODE_REGIONS,
];
