import type { NodeRegionTerm } from './nodeRegionTerm';

/**
 * The rest of the Table of Neoplasms' lymph node rows (children of "lymph, lymphatic channel NEC › gland", Malignant Secondary
 * C77.-) as clinicians write them before a node word, round 17's third pass over the table: "metastatic carcinoma to the
 * tracheobronchial lymph nodes" C77.1, "subinguinal nodal metastasis" C77.4, "Delphian node" (the prelaryngeal node) C77.0. A
 * region that is also an organ's adjective is read only right before its node word (`beforeNodeWordOnly`). The rows a clinician
 * names by another region are left to it (arm, face, head, leg: axillary, cervical, inguinal …), as are the table's residual rows.
 */
const ADJECTIVE_REGIONS: readonly (readonly [words: string, region: string])[] = [
  ['auricular', 'auricular'], ['cervicofacial', 'cervicofacial'], ['cubital', 'cubital'], ['epitrochlear', 'epitrochlear'],
  ['ileocolic', 'ileocolic'], ['innominate', 'innominate'], ['midcolic', 'midcolic'], ['middle colic', 'midcolic'],
  ['intrabdominal', 'intrabdominal'], ['intraabdominal', 'intrabdominal'], ['paracervical', 'paracervical'], ['parasternal', 'parasternal'],
  ['peri-aortic', 'peri-aortic'], ['prelaryngeal', 'prelaryngeal'], ['delphian', 'prelaryngeal'], ['presymphysial', 'presymphysial'],
  ['subclavicular', 'subclavicular'], ['subinguinal', 'subinguinal'], ['submaxillary', 'submaxillary'], ['subscapular', 'subscapular'],
  ['tracheobronchial', 'tracheobronchial'], ['inferior epigastric', 'epigastric, inferior'], ['upper limb', 'upper limb'], ['lower limb', 'lower limb'],
  // Eponyms: "Virchow's node" (the left supraclavicular node) C77.0, "node of Cloquet" C77.4.
  ["virchow's", "virchow's"], ['virchow', "virchow's"], ['cloquet', 'cloquet'], ["cloquet's", 'cloquet'],
];

/** Organ and bone adjectives the table also prints as node regions: "gastric lymph nodes" C77.2, "pulmonary lymph nodes" C77.1. */
const ORGAN_ADJECTIVE_REGIONS: readonly (readonly [words: string, region: string])[] = [
  ['aortic', 'aortic'], ['brachial', 'brachial'], ['bronchial', 'bronchial'], ['colic', 'colic'], ['diaphragmatic', 'diaphragmatic'],
  ['esophageal', 'esophageal'], ['gastric', 'gastric'], ['hepatic', 'hepatic'], ['intercostal', 'intercostal'], ['intestinal', 'intestinal'],
  ['lumbar', 'lumbar'], ['mandibular', 'mandibular'], ['pancreatic', 'pancreatic'], ['pulmonary', 'pulmonary'], ['pyloric', 'pyloric'],
  ['sacral', 'sacral'], ['splenic', 'splenic'], ['splenic hilar', 'splenic'], ['sublingual', 'sublingual'], ['thoracic', 'thoracic'],
  ['tibial', 'tibial'], ['tracheal', 'tracheal'],
  // Table "common duct" C77.2: the nodes along the common bile duct ("pericholedochal", as pancreaticoduodenectomy reports label them).
  ['common duct', 'common duct'], ['common bile duct', 'common duct'], ['pericholedochal', 'common duct'],
];

export const TABLE_NODE_REGIONS: readonly NodeRegionTerm[] = [
  ...ADJECTIVE_REGIONS.map(([words, region]): NodeRegionTerm => ({ words, region })),
  ...ORGAN_ADJECTIVE_REGIONS.map(([words, region]): NodeRegionTerm => ({ words, region, beforeNodeWordOnly: true })),
];
