import type { HistologyTerm } from './histologyTerm';

const BONE = 'bone';
const CONNECTIVE_TISSUE = 'connective tissue';
const SALIVARY = ['salivary gland or duct'];
const OVARY = ['ovary'];
const BREAST = ['breast'];

/** The same term under several spellings. */
function spelled(spellings: readonly string[], term: Omit<HistologyTerm, 'words'>): HistologyTerm[] {
  return spellings.map((words) => ({ words, ...term }));
}

/**
 * Abbreviations of primaries that name their organ, as oncology notes write them. One that is also an
 * everyday abbreviation elsewhere is read only in capitals (MTC, DTC, IBC, GBC, UCC, TCC; "ICC" only
 * with its lower-case i: "iCCA"); ambiguous ones are left out (EAC is the ear canal, ATC "around the clock",
 * HL hearing loss, MCL a knee ligament, PDA a ductus, ESCC a spinal cord compression, LMS a main stem bronchus,
 * PNET two different tumours, NPC, RMS).
 */
export const ABBREVIATION_TERMS: readonly HistologyTerm[] = [
  // Extensive- and limited-stage small cell lung cancer; lung adenocarcinoma and squamous cell carcinoma (table: lung C34.9-).
  ...spelled(['es-sclc', 'ls-sclc', 'luad', 'lusc'], { role: 'primary', impliedSite: ['lung'] }),
  // Oropharyngeal SCC (oropharynx C10.9). (ESCC is also epidural spinal cord compression, graded in spine MRI reports.)
  ...spelled(['opscc'], { role: 'primary', impliedSite: ['oropharynx'] }),
  // Medullary and differentiated thyroid cancer (thyroid C73).
  ...spelled(['mtc', 'dtc'], { role: 'primary', impliedSite: ['thyroid'], capitalsOnly: true }),
  // Urothelial and transitional cell carcinoma: the bladder unless a site is written (as "urothelial carcinoma").
  ...spelled(['ucc', 'tcc'], { role: 'primary', impliedSite: ['bladder'], capitalsOnly: true }),
  ...spelled(['transitional cell carcinoma'], { role: 'primary', impliedSite: ['bladder'] }),
  // Papillary and chromophobe renal cell carcinoma (kidney C64.-).
  ...spelled(['prcc', 'chrcc'], { role: 'primary', impliedSite: ['kidney'] }),
  // Inflammatory breast cancer (breast C50.-).
  ...spelled(['ibc'], { role: 'primary', impliedSite: ['breast'], capitalsOnly: true, notBeforeLabValue: true }),
  // Intrahepatic cholangiocarcinoma (Index: Cholangiocarcinoma C22.1), extrahepatic (Tabular C24.0), gallbladder cancer (C23).
  { words: 'icca', spelledAs: 'iCCA', role: 'primary', impliedSite: ['liver'], indexCode: 'C22.1', indexSource: 'Index: Cholangiocarcinoma C22.1' },
  { words: 'ecca', spelledAs: 'eCCA', role: 'primary', impliedSite: ['bile or biliary'], indexCode: 'C24.0', indexSource: 'Tabular C24.0 Malignant neoplasm of extrahepatic bile duct' },
  ...spelled(['gbc'], { role: 'primary', impliedSite: ['gallbladder'], capitalsOnly: true }),
  // Cutaneous squamous cell carcinoma (skin C44.-2-).
  ...spelled(['cscc', 'csccs'], { role: 'primary', impliedSite: ['skin'], skinType: '2' }),
  // Low-grade serous and clear cell ovarian carcinoma (ovary C56.-).
  ...spelled(['lgsoc', 'occc'], { role: 'primary', impliedSite: OVARY }),
  // Diffuse intrinsic pontine glioma (table: brain, pons C71.7).
  ...spelled(['dipg'], { role: 'primary', impliedSite: ['brain', 'pons'] }),
  // Metastatic (hormone-sensitive) prostate cancer.
  { words: 'mpc', spelledAs: 'mPC', role: 'primary', impliedSite: ['prostate'] },
];

/**
 * Named tumours whose Alphabetic Index entry sends them to one column of the Table of Neoplasms ("see
 * Neoplasm, benign, by site") or to one organ, for the organs oncology, surgery and imaging notes name
 * them in: salivary, ovarian, breast, bone, renal and pituitary tumours. Part of the reviewed histology
 * vocabulary (`histologyLexicon.ts`); each entry's rows are checked against the official table in
 * `test/service/narrative/histologyLexicon.test.ts` and the phrases read in `vocabularyRound3.test.ts`.
 */


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
  // A Sister Mary Joseph nodule is a metastasis in the skin of the umbilicus (table: skin NOS, umbilicus / Malignant Secondary C79.2).
  ...spelled(['sister mary joseph nodule', "sister mary joseph's nodule", 'sister mary joseph', "sister joseph's nodule", 'sister joseph nodule'],
    { role: 'secondary', impliedSite: ['skin', 'umbilicus'] }),
];
