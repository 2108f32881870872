import type { HistologyTerm } from './histologyLexicon';

/**
 * Named tumours whose Alphabetic Index entry sends them to one column of the Table of Neoplasms ("see
 * Neoplasm, benign, by site") or to one organ, for the organs oncology, surgery and imaging notes name
 * them in: salivary, ovarian, breast, bone, renal and pituitary tumours. Part of the reviewed histology
 * vocabulary (`histologyLexicon.ts`); each entry's rows are checked against the official table in
 * `test/service/narrative/histologyLexicon.test.ts` and the phrases read in `vocabularyRound3.test.ts`.
 */

const BONE = 'bone';
const CONNECTIVE_TISSUE = 'connective tissue';
const SALIVARY = ['salivary gland or duct'];
const OVARY = ['ovary'];
const BREAST = ['breast'];

/** The same term under several spellings. */
function spelled(spellings: readonly string[], term: Omit<HistologyTerm, 'words'>): HistologyTerm[] {
  return spellings.map((words) => ({ words, ...term }));
}

export const NAMED_TUMOUR_TERMS: readonly HistologyTerm[] = [
  // Index: Adenoma, pleomorphic — see Neoplasm, benign, by site ("parotid pleomorphic adenoma" D11.0); Warthin's tumor — see Neoplasm, salivary gland, benign (D11.9).
  ...spelled(['pleomorphic adenoma', 'pleomorphic adenomas'], { role: 'benign' }),
  ...spelled(['warthin tumor', "warthin's tumor", 'warthin tumour', "warthin's tumour"], { role: 'benign', impliedSite: SALIVARY }),
  // Index: Oncocytoma — see Neoplasm, benign, by site (renal oncocytoma D30.0-).
  ...spelled(['oncocytoma', 'oncocytomas'], { role: 'benign' }),
  // Index: Prolactinoma, unspecified site D35.2 (pituitary).
  ...spelled(['prolactinoma', 'prolactinomas'], { role: 'benign', impliedSite: ['pituitary'] }),
  // Index: Osteochondroma — see Neoplasm, bone, benign; Chordoma — see Neoplasm, vertebral (column), malignant (the bone written: sacrum C41.4).
  ...spelled(['osteochondroma', 'osteochondromas'], { role: 'benign', tissue: BONE }),
  ...spelled(['chordoma'], { role: 'primary', tissue: BONE }),
  // Index: Desmoid (tumor) — see Neoplasm, connective tissue, uncertain behavior.
  ...spelled(['desmoid tumor', 'desmoid tumour', 'desmoid', 'desmoid fibromatosis'], { role: 'uncertain', tissue: CONNECTIVE_TISSUE }),
  // Index: Neuroblastoma — see Neoplasm, malignant, by site; unspecified site C74.90 (adrenal).
  ...spelled(['neuroblastoma'], { role: 'primary', impliedSite: ['adrenal'] }),
  // Index: Tumor, granulosa cell D39.1- (ovary, uncertain behaviour); Brenner tumor D27.- (ovary, benign).
  ...spelled(['granulosa cell tumor', 'granulosa cell tumour', 'adult granulosa cell tumor'], { role: 'uncertain', impliedSite: OVARY }),
  ...spelled(['brenner tumor', "brenner's tumor", 'brenner tumour'], { role: 'benign', impliedSite: OVARY }),
  // Index: Teratoma — see Neoplasm, uncertain behavior; mature (cystic) — benign; immature — malignant; Dermoid (cyst) — see Neoplasm, benign (ovary D27.-).
  ...spelled(['teratoma'], { role: 'uncertain' }),
  ...spelled(['mature cystic teratoma', 'mature teratoma', 'dermoid cyst', 'ovarian dermoid'], { role: 'benign' }),
  ...spelled(['immature teratoma'], { role: 'primary' }),
  // Index: Cystadenoma — see Neoplasm, benign, by site; Cystadenocarcinoma — see Neoplasm, malignant, by site.
  ...spelled(['cystadenoma', 'serous cystadenoma', 'mucinous cystadenoma', 'cystadenofibroma'], { role: 'benign' }),
  ...spelled(['cystadenocarcinoma', 'serous cystadenocarcinoma', 'mucinous cystadenocarcinoma'], { role: 'primary' }),
  // Index: Tumor, phyllodes (breast) D48.6- (uncertain); Papilloma, intraductal (breast) D24.-; Paget's disease of the nipple — Neoplasm, breast, nipple, malignant (C50.0-).
  ...spelled(['phyllodes tumor', 'phyllodes tumour', 'phylloides tumor'], { role: 'uncertain', impliedSite: BREAST }),
  ...spelled(['intraductal papilloma', 'intraductal papillomas'], { role: 'benign', impliedSite: BREAST }),
  ...spelled(['paget disease of the nipple', "paget's disease of the nipple", 'paget disease of the breast', "paget's disease of the breast"],
    { role: 'primary', impliedSite: ['breast', 'nipple'] }),
  // Index: Linitis plastica C16.9 (stomach).
  ...spelled(['linitis plastica'], { role: 'primary', impliedSite: ['stomach'] }),
];
