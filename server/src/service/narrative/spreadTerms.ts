import type { HistologyTerm } from './histologyTerm';
import { cytologyCategoryTerms, positiveNodeTerms, spreadProgressions, stageFourListLeads } from './histologyTermFamilies';

/**
 * The histology vocabulary of spread: the words that name a metastasis or a secondary ("mets", "implants", "carcinomatosis",
 * "drop metastases", "Krukenberg tumor"), the Tabular titles' wording of a secondary (and the two titles of an unknown or
 * disseminated primary written with them), and the families of staging, progression and node terms. It is one concern of the
 * reviewed vocabulary in `histologyLexicon.ts`, which spreads these terms at their place in `HISTOLOGY_TERMS`, so the
 * vocabulary's order and its British spellings are as they were.
 */

/** Words before "implant(s)" that make it a device: a breast or dental implant, the Tabular's Z95-Z97 devices ("vascular implants (port)"). */
const IMPLANT_DEVICES: readonly string[] = [
  'breast', 'dental', 'cochlear', 'saline', 'silicone', 'penile', 'gel', 'expander', 'orthopedic', 'vascular', 'cardiac', 'functional', 'joint', 'ocular',
];

/** The spread and secondary terms, in the order `HISTOLOGY_TERMS` reads them. */
export const SPREAD_TERMS: readonly HistologyTerm[] = [
  // The tabular titles' own wording, which coders and templates copy into notes ("Secondary malignant
  // neoplasm of liver"): the longest phrase wins over "malignant neoplasm", which alone names a primary.
  { words: 'secondary malignant neoplasm', role: 'secondary' },
  { words: 'secondary malignant neoplasms', role: 'secondary' },
  // With its site after it a "secondary malignancy" is a metastasis there; alone it is a survivor's second cancer (C80.1, histologyLexicon.ts).
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
  // lesions" are no neoplasm).
  ...['in-transit metastasis', 'in-transit metastases', 'in-transit mets', 'in-transit disease', 'satellite metastasis', 'satellite metastases'].map(
    (words): HistologyTerm => ({ words, role: 'secondary', impliedSite: ['skin'] })),
  { words: 'micrometastasis', role: 'secondary' },
  { words: 'micrometastases', role: 'secondary' },
  { words: 'macrometastasis', role: 'secondary' },
  { words: 'macrometastases', role: 'secondary' },
];
