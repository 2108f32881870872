import { withBritishSpellings } from './britishSpellings';
import type { NeoplasmColumn } from '../codes/neoplasm/model';
import { ABBREVIATION_TERMS, NAMED_TUMOUR_TERMS } from './histologyNames';
import { ONE_LESION_PAIR_TERMS, cytologyCategoryTerms, positiveNodeTerms, intraepithelialNeoplasiaIII, spreadProgressions, stageFourListLeads } from './histologyTermFamilies';

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
];

/** Words before "implant(s)" that make it a device: a breast or dental implant, the Tabular's Z95-Z97 devices ("vascular implants (port)"). */
const IMPLANT_DEVICES: readonly string[] = [
  'breast', 'dental', 'cochlear', 'saline', 'silicone', 'penile', 'gel', 'expander', 'orthopedic', 'vascular', 'cardiac', 'functional', 'joint', 'ocular',
];

const SECOND_PRIMARY = {
  role: 'primary', impliedSite: ['unknown site or unspecified'], indexCode: 'C80.1', indexSource: 'Table of Neoplasms: unknown site or unspecified → Malignant Primary (C80.1)', secondPrimary: true,
} as const;

export const HISTOLOGY_TERMS: readonly HistologyTerm[] = withBritishSpellings<HistologyTerm>([
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
  { words: 'ais', capitalsOnly: true, role: 'in-situ', impliedSite: ['lung'] },
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
  { words: 'osteosarcoma', role: 'primary', impliedSite: ['bone'] },
  { words: 'leiomyosarcoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
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
  // The tabular titles' own wording, which coders and templates copy into notes ("Secondary malignant
  // neoplasm of liver"): the longest phrase wins over "malignant neoplasm", which alone names a primary.
  { words: 'secondary malignant neoplasm', role: 'secondary' },
  { words: 'secondary malignant neoplasms', role: 'secondary' },
  // With its site after it a "secondary malignancy" is a metastasis there; alone it is a survivor's second cancer (C80.1, below).
  ...['secondary malignancy', 'secondary malignancies'].flatMap((words) => [`${words} of`, `${words} in`, `${words} to`]).map((words): HistologyTerm => ({ words, role: 'secondary' })),
  { words: 'secondary and unspecified malignant neoplasm', role: 'secondary' },
  { words: 'malignant ( primary ) neoplasm , unspecified', role: 'primary', impliedSite: ['unknown site or unspecified'], indexCode: 'C80.1', indexSource: 'Tabular C80.1 Malignant (primary) neoplasm, unspecified; Guideline I.C.2.k' },
  { words: 'disseminated malignant neoplasm', role: 'primary', impliedSite: ['disseminated'], indexCode: 'C80.0', indexSource: 'Table of Neoplasms: disseminated → Malignant Primary (C80.0); Tabular C80.0 Disseminated malignant neoplasm, unspecified' },
  { words: 'secondary carcinoma', role: 'secondary' },
  // After "distant" the word is the distant-metastasis term's, and alone only where that term is no diagnosis (the synoptic
  // "Distant metastasis:" field).
  { words: 'metastasis', role: 'secondary', notAfter: ['distant'] },
  { words: 'metastases', role: 'secondary', notAfter: ['distant'] },
  { words: 'mets', role: 'secondary', notAfter: ['distant'] },
  // "Milan criteria still met", "goals were met", "met with the family": the verb, not a metastasis.
  { words: 'met', role: 'secondary', notAfter: ['criteria', 'criterion', 'still', 'were', 'was', 'is', 'are', 'been', 'be', 'being', 'not', 'never', 'goals', 'goal', 'requirements', 'has', 'have', 'had', 'fully', 'partially'], notBefore: ['with'] },
  { words: 'metastatic disease', role: 'secondary' },
  { words: 'metastatic dz', role: 'secondary' },
  { words: 'met dz', role: 'secondary' },
  { words: 'mets dz', role: 'secondary' },
  { words: 'metastatic lesions', role: 'secondary' },
  // Implants, deposits and spread of something else: a breast or dental implant, calcium or amyloid deposits, a spreading infection.
  // The devices of the Tabular's Z95-Z97 titles ("Presence of other vascular implants (port)") are no metastases.
  { words: 'implants', role: 'secondary', notAfter: IMPLANT_DEVICES },
  // One implant is as often a device ("the implant was removed", "prostate seed implant"): a metastasis only on a serosal
  // surface written with it ("Perihepatic implant", "Pelvic cul-de-sac implant" in a RECIST table).
  { words: 'implant', role: 'secondary', notAfter: IMPLANT_DEVICES, withSiteOnly: true },
  // "Spread Through Air Spaces (STAS): Present" is a lung carcinoma's pattern of growth inside its own lung, reported as a pathology
  // property, not a metastasis.
  // "contiguous spread, not metastatic", "direct spread into the liver": growth by direct extension is the primary's own, no metastasis.
  { words: 'spread', role: 'secondary', notAfter: ['cellulitis', 'infection', 'rash', 'erythema', 'redness', 'pain', 'swelling', 'edema', 'abscess', 'contiguous', 'direct'], notBefore: ['through'] },
  // "Tumor Deposits: Not identified": a colorectal synoptic's staging field (AJCC N1c), like "tumor budding", not a metastasis.
  { words: 'deposits', role: 'secondary', notAfter: ['tumor', 'tumour', 'calcium', 'calcific', 'amyloid', 'fat', 'fatty', 'iron', 'urate', 'crystal', 'hemosiderin', 'cholesterol', 'lipid', 'immune', 'mineral', 'fibrin'] },
  { words: 'secondaries', role: 'secondary' },
  { words: 'carcinomatosis', role: 'secondary' },
  // Lymphangitic spread is through the lung's lymphatics (table: lung / Malignant Secondary C78.0-), not the peritoneum.
  { words: 'lymphangitic carcinomatosis', role: 'secondary', impliedSite: ['lung'] },
  { words: 'lymphangitic spread', role: 'secondary', impliedSite: ['lung'] },
  { words: 'lymphangitic tumor spread', role: 'secondary', impliedSite: ['lung'] },
  // Leptomeningeal disease in an oncology note is leptomeningeal metastasis (table: meninges, brain / Malignant Secondary C79.32).
  { words: 'leptomeningeal disease', role: 'secondary', impliedSite: ['meninges', 'brain'] },
  { words: 'leptomeningeal carcinomatosis', role: 'secondary', impliedSite: ['meninges', 'brain'] },
  { words: 'leptomeningeal spread', role: 'secondary', impliedSite: ['meninges', 'brain'] },
  // "Drop metastases" seed from a brain tumour down the spinal canal onto the cord and its meninges (table: spine, spinal (column),
  // cord and meninges, spinal / Malignant Secondary C79.49), not into the vertebrae: "MRI spine neg for drop mets" denies no bone
  // metastasis. A site written with them, or the finding they are about, is theirs ("pleural drop metastases" of a thymoma, C78.2);
  // the brain of a brain-and-spine MRI is where they dropped from, never where they are ("MRI brain + total spine: … no drop mets").
  ...['drop mets', 'drop metastases', 'drop metastasis', 'drop met', 'drop metastatic disease'].map((words): HistologyTerm => ({ words, role: 'secondary', fallbackSite: ['spine', 'cord'], fallbackOver: ['bone', 'brain'] })),
  ...['spinal drop mets', 'spinal drop metastases', 'spinal drop metastasis'].map((words): HistologyTerm => ({ words, role: 'secondary', impliedSite: ['spine', 'cord'] })),
  { words: 'carcinomatous meningitis', role: 'secondary', impliedSite: ['meninges', 'brain'] },
  // Index: Krukenberg's tumor — see Neoplasm, ovary, malignant, secondary (C79.6-).
  { words: 'krukenberg tumor', role: 'secondary', impliedSite: ['ovary'] },
  { words: 'krukenberg tumors', role: 'secondary', impliedSite: ['ovary'] },
  { words: "krukenberg's tumor", role: 'secondary', impliedSite: ['ovary'] },
  { words: 'involvement', role: 'secondary', inMetastaticSentence: true },
  { words: 'disease involvement', role: 'secondary', inMetastaticSentence: true },
  { words: 'recurrence', role: 'secondary', nodesOnly: true },
  { words: 'recurrences', role: 'secondary', nodesOnly: true },
  { words: 'metastatic', role: 'metastatic' },
  // A staging line that lists the sites of a stage IV (distant, M1) disease: "Stage IV - liver, bone", "Stage IVB (brain, adrenal)" (each site: Malignant Secondary).
  ...stageFourListLeads(), ...spreadProgressions(), ...cytologyCategoryTerms(), ...positiveNodeTerms(),
  // Distant metastases with no site named ("no evidence of distant metastases"): Tabular C79.9 Secondary malignant neoplasm of unspecified site.
  // Followed by its colon it is the synoptic (CAP) field of the pathologic M category ("Distant metastasis: Not applicable - pM cannot
  // be determined"), a property label like "Tumor Site:".
  ...['distant metastases', 'distant metastasis', 'distant metastatic disease', 'distant mets', 'distant metastatic dz', 'distant spread'].map(
    (words): HistologyTerm => ({ words, role: 'secondary', impliedSite: ['unknown site or unspecified'], notBefore: [':'] })),
  // Spread written as "disease" (ANNOTATION.md, "Spread written as disease"): "no distant disease" is "no distant metastatic disease"
  // with the adjective elided (C79.9; "dz" as in "metastatic dz"), and so is a liver cancer's "no extrahepatic disease".
  ...['distant disease', 'distant dz', 'extrahepatic disease', 'distant fdg-avid disease', 'distant avid disease', 'distant hypermetabolic disease'].map(
    (words): HistologyTerm => ({ words, role: 'secondary', impliedSite: ['unknown site or unspecified'], notBefore: [':'] })),
  // "stable hepatic disease", "no osseous disease", "L neck nodal disease": after the adjective of an organ where spread is the
  // rule, or of the nodes ("pelvic osseous disease", "no skeletal disease"), "disease" names the cancer there. Not after the noun ("liver disease", "lung disease", "bone disease"),
  // nor "pulmonary" or "pleural", which mostly name other diseases (chronic liver disease, COPD, myeloma bone disease); "dz" alike.
  ...['disease', 'dz'].map((words): HistologyTerm => ({ words, role: 'secondary', onlyAfter: ['hepatic', 'peritoneal', 'omental', 'nodal', 'visceral', 'intracranial', 'osseous', 'skeletal'] })),
  // The verb: "colon cancer which metastasized to the liver" reads as "metastatic to".
  { words: 'metastasized', role: 'metastatic' },
  { words: 'metastasised', role: 'metastatic' },
  { words: 'has metastasized', role: 'metastatic' },
  // Oligometastatic disease (a few metastases, often treated with curative intent) is still a secondary.
  { words: 'oligometastasis', role: 'secondary' },
  { words: 'oligometastases', role: 'secondary' },
  { words: 'oligometastatic disease', role: 'secondary' },
  { words: 'oligometastatic', role: 'metastatic' },
  // Melanoma spread within the skin's lymphatics short of the nodes (table: skin / Malignant Secondary C79.2; an examiner's "in-transit
  // lesions" are no neoplasm), and "drop" metastases seeded down the pleura or the spinal canal, read at the site written.
  ...['in-transit metastasis', 'in-transit metastases', 'in-transit mets', 'in-transit disease', 'satellite metastasis', 'satellite metastases'].map(
    (words): HistologyTerm => ({ words, role: 'secondary', impliedSite: ['skin'] })),
  { words: 'drop mets', role: 'secondary' },
  { words: 'drop metastases', role: 'secondary' },
  { words: 'drop metastasis', role: 'secondary' },
  { words: 'micrometastasis', role: 'secondary' },
  { words: 'micrometastases', role: 'secondary' },
  { words: 'macrometastasis', role: 'secondary' },
  { words: 'macrometastases', role: 'secondary' },
  { words: 'dcis', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.1' },
  { words: 'lcis', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.0' },
  { words: 'cis', role: 'in-situ', encounterOrgan: ['bladder'] },
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
  ...ABBREVIATION_TERMS,
  // A urothelial neoplasm is of the bladder unless its site is written (table: bladder / Unspecified Behavior D49.4), as a urothelial carcinoma is.
  { words: 'urothelial neoplasm', role: 'unspecified', impliedSite: ['bladder'] },
  { words: 'urothelial neoplasms', role: 'unspecified', impliedSite: ['bladder'] },
  // A second or additional primary cancer of no named site (a risk, an exclusion criterion; also before "risk"): unknown site / Malignant Primary C80.1.
  // A survivor's "secondary malignancy" is one too, but "secondary malignancy of the liver" a metastasis (above), so none is read before a preposition;
  // a "second" cancer "in" or "of" a site is a new primary there (secondPrimarySites.ts), and a bare "second primary" is read only standing alone.
  ...['second primary malignancy', 'second primary malignancies', 'second primary cancer', 'second primary cancers', 'additional malignancy', 'additional malignancies'].map((words): HistologyTerm => ({ words, ...SECOND_PRIMARY })),
  ...['secondary malignancy', 'secondary malignancies', 'secondary cancer', 'secondary cancers'].map((words): HistologyTerm => ({ words, ...SECOND_PRIMARY, notBefore: ['of', 'in', 'to', 'involving'] })),
  ...['second malignancy', 'second malignancies', 'second cancer', 'second cancers', 'second malignant neoplasm', 'second malignant neoplasms'].map((words): HistologyTerm => ({ words, ...SECOND_PRIMARY, notBefore: ['to', 'involving'] })), ...['second primary', 'second primaries'].map((words): HistologyTerm => ({ words, ...SECOND_PRIMARY, standsAlone: true })),
]);
