import type { NeoplasmColumn } from '../codes/neoplasm/model';
import { ABBREVIATION_TERMS, NAMED_TUMOUR_TERMS } from './histologyNames';
import { ONE_LESION_PAIR_TERMS, intraepithelialNeoplasiaIII } from './histologyTermFamilies';
import { SPREAD_TERMS } from './spreadTerms';
import { TRANSPLANT_MALIGNANCY_TERMS } from './transplantMalignancy';

/**
 * The reviewed histology vocabulary: the words that make a phrase a neoplasm diagnosis and the column
 * of the Table of Neoplasms they select. A word may imply its site ("NSCLC" is lung) or narrow the cell
 * ("DCIS" is the intraductal D05.1- of the breast's in-situ cell D05.-), and may fix the code outright
 * where the Alphabetic Index does ("HCC" → C22.0). Histologies the classification codes by morphology
 * rather than by the table (lymphoma, leukaemia, myeloma, melanoma) are in `morphologyLexicon.ts`.
 * Every entry is tested in `test/service/narrative/histologyLexicon.test.ts`.
 */

import type { AnchorRole, HistologyTerm } from './histologyTerm';
export type { AnchorRole, HistologyTerm } from './histologyTerm';

/** Index: Sarcoma, Leiomyosarcoma, Liposarcoma, Angiosarcoma — see Neoplasm, connective tissue, malignant. */
const CONNECTIVE_TISSUE = 'connective tissue';
const BONE = 'bone';

const ROLE_COLUMN: Readonly<Record<AnchorRole, NeoplasmColumn>> = {
  primary: 'primary',
  secondary: 'secondary',
  metastatic: 'secondary',
  'in-situ': 'in-situ',
  benign: 'benign',
  uncertain: 'uncertain',
  unspecified: 'unspecified',
};

/** The table column an anchor role selects. */
export function columnOf(role: AnchorRole): NeoplasmColumn {
  return ROLE_COLUMN[role];
}

/** The grades of the ASIA Impairment Scale (ISNCSCI: A complete to E normal) and its word, which follow "AIS" in a cord injury's exam. */
const ASIA_GRADE_WORDS: readonly string[] = ['a', 'b', 'c', 'd', 'e', 'grade'];

/**
 * Nouns after "tumor" that make it a property, a measure or a service of a tumour rather than a tumour
 * diagnosed ("tumor board", "tumor size", "tumor markers", "tumor lysis syndrome", "tumor bed").
 */
/** Words before "tumor" that make it the object of a measure ("10% of tumor", "margins free of tumor", "nodes with tumor", "involved by tumor"). */
const TUMOR_OBJECT_WORDS: readonly string[] = ['of', 'with', 'by', 'from', '%', 'for'];

const TUMOR_PROPERTY_NOUNS: readonly string[] = [
  'board', 'boards', 'conference', 'marker', 'markers', 'size', 'site', 'sites', 'location', 'lysis', 'registry', 'suppressor', 'cell', 'cells',
  'bed', 'thrombus', 'necrosis', 'burden', 'fraction', 'dna', 'mutational', 'response', 'regression', 'budding', 'deposits', 'deposit', 'grade',
  'focality', 'extension', 'flare', 'volume', 'type', 'histology', 'histologic', 'infiltrating', 'characteristics', 'cellularity', 'content',
  'purity', 'sample', 'tissue', 'genomic', 'genomics', 'profiling', 'sequencing', 'biology', 'microenvironment', 'involvement', 'length',
  'border', 'margin', 'margins', 'invasion', 'count', 'percentage', 'percent', 'staging', 'stage', 'description', 'measurement', 'measurements',
  'dimension', 'dimensions', 'laterality', 'focus', 'foci', 'fragment', 'fragments', 'depth', 'thickness', 'configuration', 'quantity', 'pain',
  'treating', 'agnostic', 'control', 'rupture', 'spillage', 'capsule', 'cytoreduction', 'debulking', 'ablation', 'embolization', 'resection',
  'excision', 'removal', 'biopsy', 'specimen', 'immunology', 'antigen', 'antigens', 'vaccine', 'lysate', 'heterogeneity', 'growth',
  'doubling', 'kinetics', 'syndrome', 'panel', 'testing', 'tests', 'test', 'profile', 'program', 'clinic', 'service', 'team', 'center', 'centre',
  // The synoptic (CAP) fields "Tumor Extent:", "Macroscopic Tumor Perforation:" and "Tumor Quantitation" name properties of the tumour.
  'extent', 'perforation', 'quantitation',
  // A lab report's "TUMOR %: 70" field measures the sample; a germline report's "BAP1 tumor predisposition syndrome" names a syndrome.
  '%', 'predisposition',
];

const SECOND_PRIMARY = {
  role: 'primary', impliedSite: ['unknown site or unspecified'], indexCode: 'C80.1', indexSource: 'Table of Neoplasms: unknown site or unspecified → Malignant Primary (C80.1)', secondPrimary: true,
} as const;
/**
 * A denied generic new or separate primary (`deniedNewPrimary.ts`): C80.1, negated. The noun alone is the term, read in place of
 * the bare "primary" only after its denied qualifier, so a denial written with the qualifier ("no new") stands before it.
 */
export const DENIED_NEW_PRIMARY: HistologyTerm = { words: 'primary', ...SECOND_PRIMARY, standsAlone: true };

export const HISTOLOGY_TERMS: readonly HistologyTerm[] = [
  { words: 'carcinoma', role: 'primary' },
  { words: 'carcinomas', role: 'primary' },
  { words: 'adenocarcinoma', role: 'primary' },
  { words: 'adenoca', role: 'primary' },
  { words: 'cancer', role: 'primary' },
  { words: 'cancers', role: 'primary' },
  { words: 'ca', notBeforeLabValue: true, role: 'primary' },
  { words: 'malignancy', role: 'primary' },
  { words: 'malignancies', role: 'primary' },
  { words: 'malignant cells', role: 'primary' },
  { words: 'malignant neoplasm', role: 'primary' },
  { words: 'malignant tumor', role: 'primary' },
  { words: 'malignant tumour', role: 'primary' },
  { words: 'scc', role: 'primary', skinType: '2' },
  { words: 'sccs', role: 'primary', skinType: '2' },
  { words: 'scca', role: 'primary', skinType: '2' },
  { words: 'scc in situ', role: 'in-situ', skinType: '2' },
  { words: 'sccis', role: 'in-situ', skinType: '2' },
  { words: 'squamous cell carcinoma in situ', role: 'in-situ', skinType: '2' },
  { words: 'hnscc', role: 'primary' },
  ...['squamous cell carcinoma', 'squamous cell carcinomas'].map((words): HistologyTerm => ({ words, role: 'primary', skinType: '2' })),
  { words: 'bcc', role: 'primary', impliedSite: ['skin'], skinType: '1' },
  { words: 'bccs', role: 'primary', impliedSite: ['skin'], skinType: '1' },
  ...['basal cell carcinoma', 'basal cell carcinomas'].map((words): HistologyTerm => ({ words, role: 'primary', impliedSite: ['skin'], skinType: '1' })), // The plural as a history lists them.
  // Dermatology's subtype abbreviations: superficial and nodular BCC (Index: Carcinoma, basal cell — see Neoplasm, skin, malignant; C44.-1).
  { words: 'sbcc', role: 'primary', impliedSite: ['skin'], skinType: '1' },
  { words: 'nbcc', role: 'primary', impliedSite: ['skin'], skinType: '1' },
  { words: 'basal cell ca', role: 'primary', impliedSite: ['skin'], skinType: '1' },
  ...['nmsc', 'nmscs'].map((words): HistologyTerm => ({ words, role: 'primary', impliedSite: ['skin'], skinType: '0' })), // The plural as a history lists them.
  { words: 'skin cancer', role: 'primary', impliedSite: ['skin'], skinType: '0' },
  { words: 'idc', role: 'primary', impliedSite: ['breast'] },
  { words: 'ilc', role: 'primary', impliedSite: ['breast'] }, ...ONE_LESION_PAIR_TERMS,
  { words: 'ductal carcinoma', role: 'primary', impliedSite: ['breast'] },
  { words: 'ductal carcinoma in situ', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.1' },
  // Tabular D05.1- "Intraductal carcinoma in situ of breast".
  { words: 'intraductal carcinoma in situ', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.1' },
  { words: 'lobular carcinoma in situ', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.0' },
  // "ductal carcinoma in sight": speech recognition's homophone of "in situ", which nothing else writes after a carcinoma.
  { words: 'ductal carcinoma in sight', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.1' },
  { words: 'lobular carcinoma in sight', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.0' },
  { words: 'lobular carcinoma', role: 'primary', impliedSite: ['breast'] },
  { words: 'nsclc', role: 'primary', impliedSite: ['lung'] },
  // Lung adenocarcinoma in situ (Tabular D02.2- in situ of bronchus and lung) and minimally invasive adenocarcinoma (invasive: C34.-).
  // Round 26 (cancer rehabilitation): "AIS" before a grade letter is the ASIA Impairment Scale of a spinal cord injury ("AIS D, NLI T9",
  // "incomplete paraplegia (AIS D)"; ISNCSCI grades A to E), which rehabilitation notes write beside the cord compression, no neoplasm.
  { words: 'ais', capitalsOnly: true, role: 'in-situ', impliedSite: ['lung'], notBefore: ASIA_GRADE_WORDS },
  { words: 'mia', capitalsOnly: true, role: 'primary', impliedSite: ['lung'] },
  { words: 'minimally invasive adenocarcinoma', role: 'primary' },
  { words: 'sclc', role: 'primary', impliedSite: ['lung'] },
  { words: 'rcc', role: 'primary', impliedSite: ['kidney'] },
  { words: 'ccrcc', role: 'primary', impliedSite: ['kidney'] },
  // "oligoprogressive mRCC": metastatic renal cell carcinoma names its primary, the kidney, like "mCRC" the colon and rectum.
  { words: 'mrcc', role: 'primary', impliedSite: ['kidney'] },
  { words: 'hcc', notBracketed: true, role: 'primary', impliedSite: ['liver'], indexCode: 'C22.0', indexSource: 'Index: Carcinoma, hepatocellular C22.0' },
  { words: 'hepatocellular carcinoma', role: 'primary', impliedSite: ['liver'], indexCode: 'C22.0', indexSource: 'Index: Carcinoma, hepatocellular C22.0' },
  { words: 'hepatocellular ca', role: 'primary', impliedSite: ['liver'], indexCode: 'C22.0', indexSource: 'Index: Carcinoma, hepatocellular C22.0' },
  { words: 'hepatocellular cancer', role: 'primary', impliedSite: ['liver'], indexCode: 'C22.0', indexSource: 'Index: Carcinoma, hepatocellular C22.0' },
  { words: 'cholangiocarcinoma', role: 'primary', impliedSite: ['liver'], indexCode: 'C22.1', indexSource: 'Index: Cholangiocarcinoma C22.1', indexCodeUnlessSited: true },
  { words: 'intrahepatic cholangiocarcinoma', role: 'primary', impliedSite: ['liver'], indexCode: 'C22.1', indexSource: 'Index: Cholangiocarcinoma C22.1 (Tabular C22.1 Intrahepatic bile duct carcinoma)' },
  // A cholangiocarcinoma outside the liver is a carcinoma of the extrahepatic bile ducts (Tabular C24.0: hepatic duct, common bile duct).
  { words: 'hilar cholangiocarcinoma', role: 'primary', impliedSite: ['bile or biliary'], indexCode: 'C24.0', indexSource: "Index: Klatskin's tumor C24.0; Tabular C24.0 Malignant neoplasm of extrahepatic bile duct" },
  { words: 'perihilar cholangiocarcinoma', role: 'primary', impliedSite: ['bile or biliary'], indexCode: 'C24.0', indexSource: "Index: Klatskin's tumor C24.0; Tabular C24.0 Malignant neoplasm of extrahepatic bile duct" },
  { words: 'extrahepatic cholangiocarcinoma', role: 'primary', impliedSite: ['bile or biliary'], indexCode: 'C24.0', indexSource: 'Tabular C24.0 Malignant neoplasm of extrahepatic bile duct' },
  { words: 'distal cholangiocarcinoma', role: 'primary', impliedSite: ['bile or biliary'], indexCode: 'C24.0', indexSource: 'Tabular C24.0 Malignant neoplasm of extrahepatic bile duct (common bile duct)' },
  { words: 'klatskin tumor', role: 'primary', impliedSite: ['bile or biliary'], indexCode: 'C24.0', indexSource: "Index: Klatskin's tumor C24.0" },
  { words: "klatskin's tumor", role: 'primary', impliedSite: ['bile or biliary'], indexCode: 'C24.0', indexSource: "Index: Klatskin's tumor C24.0" },
  { words: 'gbm', role: 'primary', impliedSite: ['brain'] },
  { words: 'glioblastoma', role: 'primary', impliedSite: ['brain'] },
  { words: 'glioma', role: 'primary', impliedSite: ['brain'] },
  { words: 'astrocytoma', role: 'primary', impliedSite: ['brain'] },
  { words: 'seminoma', role: 'primary', impliedSite: ['testis'] },
  // Index: Medulloblastoma, unspecified site C71.6 (cerebellum); Nephroblastoma (Wilms' tumor) — kidney C64.-;
  // Hepatoblastoma C22.2; Retinoblastoma C69.2-; Oligodendroglioma, Ependymoma, unspecified site C71.9.
  { words: 'medulloblastoma', role: 'primary', impliedSite: ['brain', 'cerebellum'] },
  { words: 'oligodendroglioma', role: 'primary', impliedSite: ['brain'] },
  { words: 'ependymoma', role: 'primary', impliedSite: ['brain'] },
  { words: 'wilms tumor', role: 'primary', impliedSite: ['kidney'] },
  { words: "wilms' tumor", role: 'primary', impliedSite: ['kidney'] },
  { words: 'nephroblastoma', role: 'primary', impliedSite: ['kidney'] },
  // "screening for contralateral Wilms", "FH Wilms": the eponym alone names the tumour in paediatric notes.
  { words: 'wilms', role: 'primary', impliedSite: ['kidney'] },
  { words: 'hepatoblastoma', role: 'primary', impliedSite: ['liver'], indexCode: 'C22.2', indexSource: 'Index: Hepatoblastoma C22.2' },
  { words: 'retinoblastoma', role: 'primary', impliedSite: ['retina'] },
  // Abbreviations of common primaries: triple-negative and metastatic breast cancer, (metastatic) colorectal cancer (table: rectum, and colon C19),
  // high-grade serous ovarian carcinoma, non-seminomatous germ cell tumour (testis).
  { words: 'tnbc', role: 'primary', impliedSite: ['breast'] },
  { words: 'mbc', role: 'primary', impliedSite: ['breast'] },
  { words: 'crc', role: 'primary', impliedSite: ['rectum', 'and colon'], staffTitle: true },
  { words: 'mcrc', role: 'primary', impliedSite: ['rectum', 'and colon'] },
  { words: 'hgsoc', role: 'primary', impliedSite: ['ovary'] },
  { words: 'nsgct', role: 'primary', impliedSite: ['testis'] },
  { words: 'nonseminoma', role: 'primary', impliedSite: ['testis'] },
  { words: 'nonseminomatous germ cell tumor', role: 'primary', impliedSite: ['testis'] },
  { words: 'non-seminomatous germ cell tumor', role: 'primary', impliedSite: ['testis'] },
  // Index: Tumor, germ cell — see Neoplasm, malignant, by site ("testicular GCT" C62.9-, "mediastinal GCT" C38.3); "GCT" only in capitals.
  { words: 'germ cell tumor', role: 'primary' },
  { words: 'germ cell tumour', role: 'primary' },
  { words: 'germ cell tumors', role: 'primary' },
  // "GCT" is also the giant cell tumour of bone: alone in brackets it restates the name before it ("giant cell tumor (GCT)").
  { words: 'gct', capitalsOnly: true, notBracketed: true, role: 'primary' },
  { words: 'gcts', spelledAs: 'GCTs', role: 'primary' },
  // Index: Tumor, giant cell, bone D48.0 (uncertain behaviour; table: bone / Uncertain Behavior D48.0): "giant cell tumor of the distal femur" is no germ cell tumour.
  ...['giant cell tumor', 'giant cell tumour', 'giant cell tumor of bone', 'giant cell tumour of bone', 'gctb', 'gct of bone', 'gct of the bone'].map(
    (words): HistologyTerm => ({ words, role: 'uncertain', tissue: BONE })),
  // A urothelial carcinoma or cancer is of the bladder unless its site is written (renal pelvis C65.-, ureter C66.-).
  { words: 'urothelial carcinoma', role: 'primary', impliedSite: ['bladder'] },
  { words: 'urothelial cell carcinoma', role: 'primary', impliedSite: ['bladder'] },
  ...['urothelial ca', 'urothelial cancer', 'urothelial cancers'].map((words): HistologyTerm => ({ words, role: 'primary', impliedSite: ['bladder'] })),
  // Index: Carcinosarcoma — see Neoplasm, malignant, by site; Pseudomyxoma peritonei C78.6.
  { words: 'carcinosarcoma', role: 'primary' },
  { words: 'pseudomyxoma peritonei', role: 'secondary', impliedSite: ['peritoneum'] },
  // Non-muscle-invasive and muscle-invasive bladder cancer.
  { words: 'nmibc', role: 'primary', impliedSite: ['bladder'] },
  { words: 'mibc', role: 'primary', impliedSite: ['bladder'] },
  // Papillary thyroid carcinoma ("PTC", not a "PTC drain") and papillary (thyroid) microcarcinoma.
  { words: 'ptc', capitalsOnly: true, role: 'primary', impliedSite: ['thyroid'] },
  { words: 'microcarcinoma', role: 'primary' },
  { words: 'papillary microcarcinoma', role: 'primary', impliedSite: ['thyroid'] },
  // Hürthle (oncocytic) cell carcinoma is a thyroid carcinoma (table: thyroid / Malignant Primary C73).
  ...['hurthle cell carcinoma', 'hurthle cell cancer', 'oncocytic carcinoma of the thyroid'].map(
    (words): HistologyTerm => ({ words, role: 'primary', impliedSite: ['thyroid'] })),
  // Index: Carcinoma, follicular — unspecified site C73; Adenoma, follicular — unspecified site D34 (a site written with it is its own).
  { words: 'follicular carcinoma', role: 'primary', impliedSite: ['thyroid'] },
  { words: 'follicular adenoma', role: 'benign', impliedSite: ['thyroid'] },
  // A pituitary adenoma by its size (table: pituitary / Benign D35.2).
  ...['macroadenoma', 'microadenoma', 'pituitary macroadenoma', 'pituitary microadenoma'].map((words): HistologyTerm => ({ words, role: 'benign', impliedSite: ['pituitary'] })),
  // Pancreatic ductal adenocarcinoma.
  { words: 'pdac', role: 'primary', impliedSite: ['pancreas'] },
  { words: 'adrenocortical carcinoma', role: 'primary', impliedSite: ['adrenal', 'cortex'] },
  // Index: Thymoma (benign) D15.0, malignant C37; Craniopharyngioma D44.4 (uncertain behaviour); Pheochromocytoma, unspecified site D35.00 (adrenal).
  { words: 'thymoma', role: 'benign', impliedSite: ['thymus'] },
  { words: 'malignant thymoma', role: 'primary', impliedSite: ['thymus'] },
  // An invasive thymoma is a malignant one (Index: Thymoma, malignant C37; table: thymus / Malignant Primary C37).
  { words: 'invasive thymoma', role: 'primary', impliedSite: ['thymus'] },
  { words: 'thymic carcinoma', role: 'primary', impliedSite: ['thymus'] },
  { words: 'craniopharyngioma', role: 'uncertain', impliedSite: ['craniopharyngeal'] },
  { words: 'pheochromocytoma', role: 'benign', impliedSite: ['adrenal', 'medulla'] },
  // Intraepithelial neoplasia grade III is carcinoma in situ (Tabular D06 includes CIN III; D07.1 VIN III; D07.2 VAIN III; D01.3 AIN III); grades I–II are dysplasia (N87, N90, K62.82).
  ...intraepithelialNeoplasiaIII('cin', 'cervix'),
  ...intraepithelialNeoplasiaIII('vin', 'vulva'),
  ...intraepithelialNeoplasiaIII('vain', 'vagina, vaginal'),
  ...intraepithelialNeoplasiaIII('ain', 'anus, anal'),
  // Castration-resistant / hormone-sensitive prostate cancer (metastatic or not).
  { words: 'pca', spelledAs: 'PCa', role: 'primary', impliedSite: ['prostate'] },
  { words: 'mcrpc', role: 'primary', impliedSite: ['prostate'] },
  { words: 'crpc', role: 'primary', impliedSite: ['prostate'] },
  { words: 'nmcrpc', role: 'primary', impliedSite: ['prostate'] },
  { words: 'mcspc', role: 'primary', impliedSite: ['prostate'] },
  { words: 'mhspc', role: 'primary', impliedSite: ['prostate'] },
  { words: 'sarcoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
  // The plural of a screening list or a risk ("Screening for … sarcomas (WBMRI)"; tissueOnlyHistology.ts).
  { words: 'sarcomas', role: 'primary', tissue: CONNECTIVE_TISSUE },
  { words: 'osteosarcoma', role: 'primary', impliedSite: ['bone'] },
  { words: 'leiomyosarcoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
  // Round 25: sarcoma and gynaecologic oncology notes abbreviate it "LMS" ("uterine LMS", "her LMS"), in capitals only.
  { words: 'lms', capitalsOnly: true, role: 'primary', tissue: CONNECTIVE_TISSUE },
  // Round 25: gynaecologic oncology's "USC" is a uterine serous carcinoma (table: uterus / Malignant Primary C55; the part of the
  // corpus the note documents for it, encounterSites.ts), in capitals only and not as the university a patient is seen at.
  { words: 'usc', capitalsOnly: true, role: 'primary', impliedSite: ['uterus'], notAfter: ['from', 'at', 'to', 'via', '@'] },
  { words: 'liposarcoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
  // Dedifferentiated, well-differentiated, myxoid and pleomorphic liposarcoma by sarcoma clinics' abbreviations ("DDLPS R thigh").
  { words: 'ddlps', role: 'primary', tissue: CONNECTIVE_TISSUE },
  { words: 'wdlps', role: 'primary', tissue: CONNECTIVE_TISSUE },
  { words: 'mlps', capitalsOnly: true, role: 'primary', tissue: CONNECTIVE_TISSUE },
  { words: 'plps', capitalsOnly: true, role: 'primary', tissue: CONNECTIVE_TISSUE },
  { words: 'angiosarcoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
  // Index: Rhabdomyosarcoma, Fibrosarcoma, Myxofibrosarcoma, Sarcoma (spindle cell) (synovial) — see Neoplasm, connective tissue, malignant.
  { words: 'rhabdomyosarcoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
  // Undifferentiated pleomorphic sarcoma (Index: Sarcoma, pleomorphic cell — connective tissue, malignant).
  { words: 'ups', capitalsOnly: true, role: 'primary', tissue: CONNECTIVE_TISSUE },
  { words: 'fibrosarcoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
  { words: 'myxofibrosarcoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
  { words: 'soft tissue sarcoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
  { words: 'malignant fibrous histiocytoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
  // Index: Sarcoma, Ewing's — see Neoplasm, bone, malignant; Chondrosarcoma — see Neoplasm, cartilage, malignant, whose row says "see also Neoplasm, bone".
  { words: 'ewing sarcoma', role: 'primary', tissue: BONE },
  { words: "ewing's sarcoma", role: 'primary', tissue: BONE },
  { words: 'ewings sarcoma', role: 'primary', tissue: BONE },
  { words: 'chondrosarcoma', role: 'primary', tissue: BONE },
  // Index: Enchondroma — see Neoplasm, bone, benign (D16.-).
  { words: 'enchondroma', role: 'benign', tissue: BONE },
  // Index: Disease, Bowen's — see Neoplasm, skin, in situ (D04.-).
  ...['bowen disease', "bowen's disease", 'bowens disease'].map((words): HistologyTerm => ({ words, role: 'in-situ', impliedSite: ['skin'] })),
  // Index: Dermatofibrosarcoma (protuberans) — see Neoplasm, skin, malignant: within C44 the "other specified" type (fifth character 9).
  { words: 'dermatofibrosarcoma protuberans', role: 'primary', impliedSite: ['skin'], skinType: '9' },
  { words: 'dermatofibrosarcoma', role: 'primary', impliedSite: ['skin'], skinType: '9' },
  { words: 'dfsp', role: 'primary', impliedSite: ['skin'], skinType: '9' },
  { words: 'unknown primary', role: 'primary', impliedSite: ['unknown site or unspecified'], indexCode: 'C80.1', indexSource: 'Table of Neoplasms: unknown site or unspecified → Malignant Primary (C80.1); Guideline I.C.2.k' },
  { words: 'primary unknown', role: 'primary', impliedSite: ['unknown site or unspecified'], indexCode: 'C80.1', indexSource: 'Table of Neoplasms: unknown site or unspecified → Malignant Primary (C80.1); Guideline I.C.2.k' },
  { words: 'cup', capitalsOnly: true, role: 'primary', impliedSite: ['unknown site or unspecified'], indexCode: 'C80.1', indexSource: 'Table of Neoplasms: unknown site or unspecified → Malignant Primary (C80.1); Guideline I.C.2.k' },
  { words: 'primary', role: 'primary' },
  // Metastasis and spread words, the Tabular titles of a secondary, and the staging, progression and node families (spreadTerms.ts).
  ...SPREAD_TERMS,
  { words: 'dcis', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.1' },
  { words: 'lcis', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.0' },
  { words: 'cis', role: 'in-situ', encounterOrgan: ['bladder'] },
  // Round 23: an ungraded "VIN" names the high-grade lesion (ISSVD 2004: VIN is VIN 2-3 only), the vulva's in situ carcinoma (table: vulva /
  // Ca in situ D07.1), in a note documenting a vulvar neoplasm ("PMH: VIN 3 L labia majora … 3. Hx VIN"); elsewhere it waits for the note's one organ.
  { words: 'vin', role: 'in-situ', encounterOrgan: ['vulva'], capitalsOnly: true },
  { words: 'carcinoma in situ', role: 'in-situ' },
  { words: 'carcinoma in sight', role: 'in-situ' },
  // Colonic polyp histologies: a tubular, tubulovillous, villous or sessile serrated adenoma is the colon's unless another site is written
  // (table: intestine, large, colon / Benign D12.6; its history Z86.0101, Tabular Z86.0101 adenomatous and serrated colon polyps), and so is an adenomatous polyp (Index: Polyp, adenomatous — see Neoplasm, benign).
  ...['tubular adenoma', 'tubular adenomas', 'tubulovillous adenoma', 'tubulovillous adenomas', 'villous adenoma', 'villous adenomas', 'adenomatous polyp', 'adenomatous polyps', 'adenomatous colon polyp', 'adenomatous colon polyps',
    'sessile serrated adenoma', 'sessile serrated adenomas', 'sessile serrated polyp', 'sessile serrated polyps', 'sessile serrated lesion', 'sessile serrated lesions',
    'traditional serrated adenoma', 'traditional serrated adenomas'].map((words): HistologyTerm => ({ words, role: 'benign', impliedSite: ['intestine', 'large', 'colon'] })),
  // Their abbreviations: "TAs", "TVAs", "SSL" (sessile serrated lesion, ANNOTATION.md round 21) in their own spelling; "TVA" in capitals.
  ...['TAs', 'TVAs', 'SSL', 'SSLs'].map((spelledAs): HistologyTerm => ({ words: spelledAs.toLowerCase(), spelledAs, role: 'benign', impliedSite: ['intestine', 'large', 'colon'] })),
  // "TA" in capitals names a tubular adenoma only beside a polyp word ("Sigmoid polyp: TA"; polypContext.ts).
  { words: 'ta', spelledAs: 'TA', role: 'benign', impliedSite: ['intestine', 'large', 'colon'], polypOnly: true },
  { words: 'tva', capitalsOnly: true, role: 'benign', impliedSite: ['intestine', 'large', 'colon'] },
  // The adrenal adenoma of imaging reports, named by its lipid content (table: adrenal / Benign D35.0-).
  ...['lipid-rich adenoma', 'lipid-rich adenomas', 'lipid-poor adenoma', 'lipid-poor adenomas', 'adrenocortical adenoma', 'adrenal cortical adenoma'].map(
    (words): HistologyTerm => ({ words, role: 'benign', impliedSite: ['adrenal'] })),
  { words: 'adenoma', role: 'benign' },
  { words: 'adenomas', role: 'benign' },
  { words: 'fibroadenoma', role: 'benign', impliedSite: ['breast'] },
  { words: 'meningioma', role: 'benign', impliedSite: ['meninges'] },
  // Index: Schwannoma, Neurofibroma — see Neoplasm, nerve, benign: at the site written (a nerve the table lists below "nerve" there),
  // else at the organ the note is about ("gastric GIST vs schwannoma"); Malignant peripheral nerve sheath tumour — Neoplasm, nerve,
  // malignant (C47.9), and a peripheral nerve sheath tumour of no stated behaviour the nerve's Unspecified D49.2: their names hold the nerve.
  ...['schwannoma', 'neurofibroma', 'neurofibromas', 'plexiform neurofibroma'].map((words): HistologyTerm => ({ words, role: 'benign', tissue: 'nerve' })),
  ...['mpnst', 'malignant peripheral nerve sheath tumor', 'malignant peripheral nerve sheath tumour'].map(
    (words): HistologyTerm => ({ words, role: 'primary', tissue: 'nerve', impliedSite: ['nerve'] })),
  ...['peripheral nerve sheath tumor', 'peripheral nerve sheath tumour', 'nerve sheath tumor', 'nerve sheath tumour'].map(
    (words): HistologyTerm => ({ words, role: 'unspecified', tissue: 'nerve', impliedSite: ['nerve'] })),
  { words: 'neuroma', role: 'benign' },
  { words: 'benign neoplasm', role: 'benign' },
  { words: 'benign tumor', role: 'benign' },
  { words: 'neoplasm of uncertain behavior', role: 'uncertain' },
  // Borderline (low malignant potential) epithelial tumours: Index: Tumor, serous, of low malignant potential — ovary D39.1-.
  ...['borderline tumor', 'borderline tumour', 'borderline serous tumor', 'serous borderline tumor', 'borderline mucinous tumor', 'mucinous borderline tumor',
    'tumor of low malignant potential'].map((words): HistologyTerm => ({ words, role: 'uncertain' })),
  // A borderline tumour's noninvasive implants share its uncertain behaviour, on the peritoneum (table: peritoneum / Uncertain Behavior D48.4).
  ...['noninvasive', 'non-invasive', 'noninvasive epithelial', 'noninvasive desmoplastic'].flatMap((kind) => [`${kind} implant`, `${kind} implants`])
    .map((words): HistologyTerm => ({ words, role: 'uncertain', impliedSite: ['peritoneum'] })),
  { words: 'neoplasm', role: 'unspecified' },
  // Index: Tumor — see Neoplasm, unspecified behavior. Read only where a site is written with it; never as a property or a service.
  ...['tumor', 'tumour', 'tumors', 'tumours'].map((words): HistologyTerm => ({ words, role: 'unspecified', namesLesion: true, notBefore: TUMOR_PROPERTY_NOUNS, notAfter: TUMOR_OBJECT_WORDS })),
  ...NAMED_TUMOUR_TERMS,
  // A malignancy the donor organ brought with it (transplantMalignancy.ts): table row associated with transplanted organ, C80.2.
  ...TRANSPLANT_MALIGNANCY_TERMS,
  ...ABBREVIATION_TERMS,
  // A urothelial neoplasm is of the bladder unless its site is written (table: bladder / Unspecified Behavior D49.4), as a urothelial carcinoma is.
  { words: 'urothelial neoplasm', role: 'unspecified', impliedSite: ['bladder'] },
  { words: 'urothelial neoplasms', role: 'unspecified', impliedSite: ['bladder'] },
  // A second or additional primary cancer of no named site (a risk, an exclusion criterion; also before "risk"): unknown site / Malignant Primary C80.1.
  // A survivor's "secondary malignancy" is one too, but "secondary malignancy of the liver" a metastasis (spreadTerms.ts), so none is read before a preposition;
  // a "second" cancer "in" or "of" a site is a new primary there (secondPrimarySites.ts), and a bare "second primary" is read only standing alone.
  ...['second primary malignancy', 'second primary malignancies', 'second primary cancer', 'second primary cancers', 'additional malignancy', 'additional malignancies'].map((words): HistologyTerm => ({ words, ...SECOND_PRIMARY })),
  ...['secondary malignancy', 'secondary malignancies', 'secondary cancer', 'secondary cancers'].map((words): HistologyTerm => ({ words, ...SECOND_PRIMARY, notBefore: ['of', 'in', 'to', 'involving'] })),
  ...['second malignancy', 'second malignancies', 'second cancer', 'second cancers', 'second malignant neoplasm', 'second malignant neoplasms'].map((words): HistologyTerm => ({ words, ...SECOND_PRIMARY, notBefore: ['to', 'involving'] })), ...['second primary', 'second primaries'].map((words): HistologyTerm => ({ words, ...SECOND_PRIMARY, standsAlone: true })),
];
