import type { NeoplasmColumn } from '../codes/neoplasm/model';

/**
 * The reviewed histology vocabulary: the words that make a phrase a neoplasm diagnosis and the column
 * of the Table of Neoplasms they select. A word may imply its site ("NSCLC" is lung) or narrow the cell
 * ("DCIS" is the intraductal D05.1- of the breast's in-situ cell D05.-), and may fix the code outright
 * where the Alphabetic Index does ("HCC" → C22.0). Histologies the classification codes by morphology
 * rather than by the table (lymphoma, leukaemia, myeloma, melanoma) are in `morphologyLexicon.ts`.
 * Every entry is tested in `test/service/narrative/histologyLexicon.test.ts`.
 */

/** What an anchor word does for the phrase around it. */
export type AnchorRole =
  /** Names a malignancy at the site around it ("carcinoma", "ca"). */
  | 'primary'
  /** Names a secondary site around it ("mets", "metastases", "implants"). */
  | 'secondary'
  /** The adjective "metastatic": "metastatic to X" (X secondary), "metastatic from X" / "metastatic X cancer" (X primary). */
  | 'metastatic'
  | 'in-situ'
  | 'benign'
  | 'uncertain'
  | 'unspecified';

export interface HistologyTerm {
  readonly words: string;
  readonly role: AnchorRole;
  /** The site the word names by itself, as a table path. */
  readonly impliedSite?: readonly string[];
  /** A dotted prefix that narrows a dash-ended cell (`D05.1` for DCIS). */
  readonly narrowTo?: string;
  /** A dotted code the Index gives the histology outright (HCC → C22.0), with its citation. */
  readonly indexCode?: string;
  readonly indexSource?: string;
  /**
   * A skin histology: the site is read as skin of that site, and within C44 the fifth character
   * names the type (1 basal cell carcinoma, 2 squamous cell carcinoma, 0 unspecified).
   */
  readonly skinType?: '0' | '1' | '2';
  /**
   * The table row the Index sends the histology to before its site ("Sarcoma — see Neoplasm, connective
   * tissue, malignant"): a site with a row under it (thigh → C49.2-) is read there, any other site
   * (an organ: uterus, stomach) keeps its own row.
   */
  readonly tissue?: string;
  /** The word names a secondary only at a lymph node site ("nodal recurrence"; a "local recurrence" is the primary's). */
  readonly nodesOnly?: boolean;
  /**
   * The word names a secondary only in a sentence that already calls the disease metastatic ("metastatic
   * colon cancer with liver and lung involvement"); "lymphoma with marrow involvement" is no metastasis.
   */
  readonly inMetastaticSentence?: boolean;
}

/** Index: Sarcoma, Leiomyosarcoma, Liposarcoma, Angiosarcoma — see Neoplasm, connective tissue, malignant. */
const CONNECTIVE_TISSUE = 'connective tissue';

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

export const HISTOLOGY_TERMS: readonly HistologyTerm[] = [
  { words: 'carcinoma', role: 'primary' },
  { words: 'carcinomas', role: 'primary' },
  { words: 'adenocarcinoma', role: 'primary' },
  { words: 'adenoca', role: 'primary' },
  { words: 'cancer', role: 'primary' },
  { words: 'cancers', role: 'primary' },
  { words: 'ca', role: 'primary' },
  { words: 'malignancy', role: 'primary' },
  { words: 'malignant cells', role: 'primary' },
  { words: 'malignant neoplasm', role: 'primary' },
  { words: 'malignant tumor', role: 'primary' },
  { words: 'malignant tumour', role: 'primary' },
  { words: 'scc', role: 'primary', skinType: '2' },
  { words: 'scca', role: 'primary', skinType: '2' },
  { words: 'scc in situ', role: 'in-situ' },
  { words: 'sccis', role: 'in-situ' },
  { words: 'squamous cell carcinoma in situ', role: 'in-situ' },
  { words: 'hnscc', role: 'primary' },
  { words: 'squamous cell carcinoma', role: 'primary', skinType: '2' },
  { words: 'bcc', role: 'primary', impliedSite: ['skin'], skinType: '1' },
  { words: 'basal cell carcinoma', role: 'primary', impliedSite: ['skin'], skinType: '1' },
  { words: 'basal cell ca', role: 'primary', impliedSite: ['skin'], skinType: '1' },
  { words: 'nmsc', role: 'primary', impliedSite: ['skin'], skinType: '0' },
  { words: 'skin cancer', role: 'primary', impliedSite: ['skin'], skinType: '0' },
  { words: 'idc', role: 'primary', impliedSite: ['breast'] },
  { words: 'ilc', role: 'primary', impliedSite: ['breast'] },
  { words: 'ductal carcinoma', role: 'primary', impliedSite: ['breast'] },
  { words: 'ductal carcinoma in situ', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.1' },
  // Tabular D05.1- "Intraductal carcinoma in situ of breast".
  { words: 'intraductal carcinoma in situ', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.1' },
  { words: 'lobular carcinoma in situ', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.0' },
  { words: 'lobular carcinoma', role: 'primary', impliedSite: ['breast'] },
  { words: 'nsclc', role: 'primary', impliedSite: ['lung'] },
  { words: 'sclc', role: 'primary', impliedSite: ['lung'] },
  { words: 'rcc', role: 'primary', impliedSite: ['kidney'] },
  { words: 'ccrcc', role: 'primary', impliedSite: ['kidney'] },
  { words: 'hcc', role: 'primary', impliedSite: ['liver'], indexCode: 'C22.0', indexSource: 'Index: Carcinoma, hepatocellular C22.0' },
  { words: 'hepatocellular carcinoma', role: 'primary', impliedSite: ['liver'], indexCode: 'C22.0', indexSource: 'Index: Carcinoma, hepatocellular C22.0' },
  { words: 'cholangiocarcinoma', role: 'primary', impliedSite: ['liver'], indexCode: 'C22.1', indexSource: 'Index: Cholangiocarcinoma C22.1' },
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
  // Castration-resistant / hormone-sensitive prostate cancer (metastatic or not).
  { words: 'mcrpc', role: 'primary', impliedSite: ['prostate'] },
  { words: 'crpc', role: 'primary', impliedSite: ['prostate'] },
  { words: 'nmcrpc', role: 'primary', impliedSite: ['prostate'] },
  { words: 'mcspc', role: 'primary', impliedSite: ['prostate'] },
  { words: 'mhspc', role: 'primary', impliedSite: ['prostate'] },
  { words: 'sarcoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
  { words: 'osteosarcoma', role: 'primary', impliedSite: ['bone'] },
  { words: 'leiomyosarcoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
  { words: 'liposarcoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
  { words: 'angiosarcoma', role: 'primary', tissue: CONNECTIVE_TISSUE },
  { words: 'unknown primary', role: 'primary', impliedSite: ['unknown site or unspecified'], indexCode: 'C80.1', indexSource: 'Table of Neoplasms: unknown site or unspecified → Malignant Primary (C80.1); Guideline I.C.2.k' },
  { words: 'primary unknown', role: 'primary', impliedSite: ['unknown site or unspecified'], indexCode: 'C80.1', indexSource: 'Table of Neoplasms: unknown site or unspecified → Malignant Primary (C80.1); Guideline I.C.2.k' },
  { words: 'cup', role: 'primary', impliedSite: ['unknown site or unspecified'], indexCode: 'C80.1', indexSource: 'Table of Neoplasms: unknown site or unspecified → Malignant Primary (C80.1); Guideline I.C.2.k' },
  { words: 'primary', role: 'primary' },
  // The tabular titles' own wording, which coders and templates copy into notes ("Secondary malignant
  // neoplasm of liver"): the longest phrase wins over "malignant neoplasm", which alone names a primary.
  { words: 'secondary malignant neoplasm', role: 'secondary' },
  { words: 'secondary malignant neoplasms', role: 'secondary' },
  { words: 'secondary malignancy', role: 'secondary' },
  { words: 'secondary and unspecified malignant neoplasm', role: 'secondary' },
  { words: 'malignant ( primary ) neoplasm , unspecified', role: 'primary', impliedSite: ['unknown site or unspecified'], indexCode: 'C80.1', indexSource: 'Tabular C80.1 Malignant (primary) neoplasm, unspecified; Guideline I.C.2.k' },
  { words: 'disseminated malignant neoplasm', role: 'primary', impliedSite: ['disseminated'], indexCode: 'C80.0', indexSource: 'Table of Neoplasms: disseminated → Malignant Primary (C80.0); Tabular C80.0 Disseminated malignant neoplasm, unspecified' },
  { words: 'secondary carcinoma', role: 'secondary' },
  { words: 'metastasis', role: 'secondary' },
  { words: 'metastases', role: 'secondary' },
  { words: 'metastasis', role: 'secondary' },
  { words: 'mets', role: 'secondary' },
  { words: 'met', role: 'secondary' },
  { words: 'metastatic disease', role: 'secondary' },
  { words: 'metastatic dz', role: 'secondary' },
  { words: 'met dz', role: 'secondary' },
  { words: 'mets dz', role: 'secondary' },
  { words: 'metastatic lesions', role: 'secondary' },
  { words: 'implants', role: 'secondary' },
  { words: 'spread', role: 'secondary' },
  { words: 'deposits', role: 'secondary' },
  { words: 'secondaries', role: 'secondary' },
  { words: 'carcinomatosis', role: 'secondary' },
  // Omental caking is tumour spread over the omentum: a peritoneal secondary (table: omentum → C78.6).
  { words: 'omental caking', role: 'secondary', impliedSite: ['omentum'] },
  { words: 'caking', role: 'secondary' },
  { words: 'involvement', role: 'secondary', inMetastaticSentence: true },
  { words: 'disease involvement', role: 'secondary', inMetastaticSentence: true },
  { words: 'recurrence', role: 'secondary', nodesOnly: true },
  { words: 'recurrences', role: 'secondary', nodesOnly: true },
  { words: 'metastatic', role: 'metastatic' },
  // The verb: "colon cancer which metastasized to the liver" reads as "metastatic to".
  { words: 'metastasized', role: 'metastatic' },
  { words: 'metastasised', role: 'metastatic' },
  { words: 'has metastasized', role: 'metastatic' },
  // Oligometastatic disease (a few metastases, often treated with curative intent) is still a secondary.
  { words: 'oligometastasis', role: 'secondary' },
  { words: 'oligometastases', role: 'secondary' },
  { words: 'oligometastatic disease', role: 'secondary' },
  { words: 'oligometastatic', role: 'metastatic' },
  { words: 'micrometastasis', role: 'secondary' },
  { words: 'micrometastases', role: 'secondary' },
  { words: 'macrometastasis', role: 'secondary' },
  { words: 'macrometastases', role: 'secondary' },
  { words: 'dcis', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.1' },
  { words: 'lcis', role: 'in-situ', impliedSite: ['breast'], narrowTo: 'D05.0' },
  { words: 'cis', role: 'in-situ' },
  { words: 'carcinoma in situ', role: 'in-situ' },
  { words: 'adenoma', role: 'benign' },
  { words: 'adenomas', role: 'benign' },
  { words: 'fibroadenoma', role: 'benign', impliedSite: ['breast'] },
  { words: 'meningioma', role: 'benign', impliedSite: ['meninges'] },
  { words: 'schwannoma', role: 'benign' },
  { words: 'neuroma', role: 'benign' },
  { words: 'benign neoplasm', role: 'benign' },
  { words: 'benign tumor', role: 'benign' },
  { words: 'neoplasm of uncertain behavior', role: 'uncertain' },
  { words: 'borderline tumor', role: 'uncertain' },
  { words: 'neoplasm', role: 'unspecified' },
];
