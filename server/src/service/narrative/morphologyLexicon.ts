import { withInvertedOrder } from './invertedOrder';
import { MAST_CELL_AND_HISTIOCYTIC_TERMS } from './mastCellHistiocytic';
import { MDS_SUBTYPE_TERMS, UNTYPED_MDS } from './mdsSubtypes';
import { HODGKIN_TYPE_TERMS } from './hodgkinTerms';
import { MYELOID_GENETIC_TERMS } from './myeloidGeneticTerms';
import { LYMPHOPROLIFERATIVE_TERMS } from './lymphoproliferativeTerms';
import { VASCULAR_AND_LIPOMATOUS_TERMS } from './vascularLipomatous';
import { UTERINE_LEIOMYOMA_TERMS } from './uterineLeiomyoma';
import type { MorphologyTerm } from './morphologyTerm';

// The term's type lives in its own file so the lexicon's part files (hodgkinTerms.ts) need not import the lexicon back.
export type { MorphologyTerm } from './morphologyTerm';

/** Words after "myeloma" that name its kidney disease. */
const MYELOMA_KIDNEY: readonly string[] = ['cast', 'kidney', 'nephropathy'];
export const MYELOMA = { code: 'C90.00', remission: 'C90.01', relapse: 'C90.02', history: 'Z85.79', family: 'Z80.7', source: 'Index: Myeloma, multiple C90.0-' };
const CLL = { code: 'C91.10', remission: 'C91.11', relapse: 'C91.12', history: 'Z85.6', family: 'Z80.6', source: 'Index: Leukemia, chronic lymphocytic, B-cell type C91.1-' };
const AML = { code: 'C92.00', remission: 'C92.01', relapse: 'C92.02', history: 'Z85.6', family: 'Z80.6', source: 'Index: Leukemia, myeloid, acute C92.0-' };
const CML = { code: 'C92.10', remission: 'C92.11', relapse: 'C92.12', history: 'Z85.6', family: 'Z80.6', source: 'Index: Leukemia, myeloid, chronic, BCR/ABL-positive C92.1-' };
const ALL = { code: 'C91.00', remission: 'C91.01', relapse: 'C91.02', history: 'Z85.6', family: 'Z80.6', source: 'Index: Leukemia, lymphoblastic, acute C91.0-' };
// Tabular C92.3 Myeloid sarcoma (inclusions: chloroma, granulocytic sarcoma).
const MYELOID_SARCOMA = { code: 'C92.30', remission: 'C92.31', relapse: 'C92.32', history: 'Z85.6', family: 'Z80.6', source: 'Tabular C92.3- Myeloid sarcoma (chloroma, granulocytic sarcoma)' };
const HAIRY_CELL = { code: 'C91.40', remission: 'C91.41', relapse: 'C91.42', history: 'Z85.6', family: 'Z80.6', source: 'Index: Leukemia, hairy cell C91.4-' };
// Tabular C95.0- Acute leukemia of unspecified cell type (Index: Leukemia, acute NEC C95.0-).
const ACUTE_LEUKEMIA = { code: 'C95.00', remission: 'C95.01', relapse: 'C95.02', history: 'Z85.6', family: 'Z80.6', source: 'Index: Leukemia, acute NEC C95.0-' };
const LEUKEMIA = { code: 'C95.90', remission: 'C95.91', relapse: 'C95.92', history: 'Z85.6', family: 'Z80.6', source: 'Index: Leukemia C95.9-' };
const DLBCL = { siteAxis: 'lymphoma' as const, code: 'C83.30', remission: 'C83.3A', history: 'Z85.72', family: 'Z80.7', source: 'Index: Lymphoma, diffuse large B-cell C83.3-' };
const FOLLICULAR = { siteAxis: 'lymphoma' as const, code: 'C82.90', remission: 'C82.9A', history: 'Z85.72', family: 'Z80.7', source: 'Index: Lymphoma, follicular C82.9-' };
const POLYPOSIS = 'Tabular C83.1 inclusion term "Malignant lymphomatous polyposis": polyps of the bowel wall, an extranodal site (C83.19)';
const MANTLE = { siteAxis: 'lymphoma' as const, code: 'C83.10', remission: 'C83.1A', history: 'Z85.72', family: 'Z80.7', source: 'Index: Lymphoma, mantle cell C83.1-' };
const HODGKIN = { siteAxis: 'lymphoma' as const, code: 'C81.90', remission: 'C81.9A', history: 'Z85.71', family: 'Z80.7', source: 'Index: Lymphoma, Hodgkin C81.9-' };
const LYMPHOMA = { siteAxis: 'lymphoma' as const, code: 'C85.90', remission: 'C85.9A', history: 'Z85.72', family: 'Z80.7', source: 'Index: Lymphoma (of) (malignant) C85.90' };
const PTCL = { siteAxis: 'lymphoma' as const, code: 'C84.40', remission: 'C84.4A', history: 'Z85.72', family: 'Z80.7', source: 'Index: Lymphoma, T-cell, peripheral C84.4-' };
const T_CELL = { siteAxis: 'lymphoma' as const, code: 'C84.90', remission: 'C84.9A', history: 'Z85.72', family: 'Z80.7', source: 'Tabular C84.9- Mature T/NK-cell lymphomas, unspecified' };
const MALT = { code: 'C88.40', remission: 'C88.41', history: 'Z85.72', family: 'Z80.7', source: 'Index: Lymphoma, mucosa-associated lymphoid tissue (MALT) C88.4-' };
const FAP = { code: 'D13.91', history: 'Z86.0101', family: 'Z83.710', source: 'Tabular D13.91 Familial adenomatous polyposis' };
const PLASMACYTOMA = { code: 'C90.30', remission: 'C90.31', relapse: 'C90.32', history: 'Z85.79', family: 'Z80.7', source: 'Index: Plasmacytoma, solitary C90.3-' };
export const WALDENSTROM = { code: 'C88.00', remission: 'C88.01', history: 'Z85.79', family: 'Z80.7', source: 'Index: Macroglobulinemia, Waldenström C88.0-' };
const MELANOMA = { siteAxis: 'melanoma' as const, code: 'C43.9', inSitu: 'D03.9', inSituHistory: 'Z86.006', history: 'Z85.820', family: 'Z80.8', source: 'Index: Melanoma (malignant) C43.9' };
const MERKEL = { siteAxis: 'merkel' as const, code: 'C4A.9', history: 'Z85.821', family: 'Z80.8', source: 'Index: Carcinoma, Merkel cell C4A.9' };
// Tabular C7B.1 Secondary Merkel cell carcinoma (inclusion: "Merkel cell carcinoma nodal presentation"): the code of a Merkel cell
// carcinoma found in a lymph node (`metastaticFindings.ts`), which the table's node rows (C77.-) do not take.
export const MERKEL_SECONDARY: MorphologyTerm = { words: 'merkel cell carcinoma', code: 'C7B.1', history: 'Z85.821', family: 'Z80.8', source: 'Tabular C7B.1 Secondary Merkel cell carcinoma (nodal presentation)' };
// Tabular C7A.0 Malignant carcinoid tumors; a well-differentiated neuroendocrine tumour is a carcinoid (ICD-O-3 8240/3, malignant).
const CARCINOID = { siteAxis: 'carcinoid' as const, code: 'C7A.00', history: 'Z85.9', family: 'Z80.9', source: 'Tabular C7A.0- Malignant carcinoid tumors' };
// Tabular D3A.0 Benign carcinoid tumors (Index: Tumor, carcinoid, benign): only when the text says "benign".
const BENIGN_CARCINOID = { siteAxis: 'carcinoid' as const, benign: true, code: 'D3A.00', history: 'Z86.012', family: 'Z84.89', source: 'Tabular D3A.0- Benign carcinoid tumors' };
// Tabular C7A.1 inclusion terms: poorly differentiated or high grade neuroendocrine carcinoma, any site.
const POORLY_DIFFERENTIATED_NEC = { code: 'C7A.1', history: 'Z85.9', family: 'Z80.9', source: 'Tabular C7A.1 Malignant poorly differentiated neuroendocrine tumors (any site)' };
// Tabular C49.A- Gastrointestinal stromal tumor, by the digestive organ (Z85.831: history of a malignant neoplasm of soft tissue, C49).
const GIST = { siteAxis: 'gist' as const, code: 'C49.A0', history: 'Z85.831', family: 'Z80.8', source: 'Tabular C49.A- Gastrointestinal stromal tumor' };
const BURKITT = { siteAxis: 'lymphoma' as const, code: 'C83.70', remission: 'C83.7A', history: 'Z85.72', family: 'Z80.7', source: 'Index: Lymphoma, Burkitt C83.7-' };
// Tabular C83.0 Small cell B-cell lymphoma includes nodal and splenic marginal zone and lymphoplasmacytic lymphoma.
const SMALL_B_CELL = { siteAxis: 'lymphoma' as const, code: 'C83.00', remission: 'C83.0A', history: 'Z85.72', family: 'Z80.7', source: 'Tabular C83.0- Small cell B-cell lymphoma (inclusion terms)' };
const SPLENIC_SMALL_B_CELL = { code: 'C83.07', remission: 'C83.0A', history: 'Z85.72', family: 'Z80.7', source: 'Tabular C83.0 inclusion: splenic marginal zone lymphoma; C83.07 Small cell B-cell lymphoma, spleen' };
const ATLL = { code: 'C91.50', remission: 'C91.51', relapse: 'C91.52', history: 'Z85.6', family: 'Z80.6', source: 'Tabular C91.5- Adult T-cell lymphoma/leukemia (HTLV-1-associated)' };
const T_PLL = { code: 'C91.60', remission: 'C91.61', relapse: 'C91.62', history: 'Z85.6', family: 'Z80.6', source: 'Tabular C91.6- Prolymphocytic leukemia of T-cell type' };
const JMML = { code: 'C93.30', remission: 'C93.31', relapse: 'C93.32', history: 'Z85.6', family: 'Z80.6', source: 'Tabular C93.3- Juvenile myelomonocytic leukemia' };
const CTCL = { siteAxis: 'lymphoma' as const, code: 'C84.A0', remission: 'C84.AA', history: 'Z85.72', family: 'Z80.7', source: 'Tabular C84.A- Cutaneous T-cell lymphoma, unspecified' };
const PMBCL = { code: 'C85.20', remission: 'C85.2A', history: 'Z85.72', family: 'Z80.7', source: 'Tabular C85.2- Mediastinal (thymic) large B-cell lymphoma' };
export const MYCOSIS_FUNGOIDES = { siteAxis: 'lymphoma' as const, code: 'C84.00', remission: 'C84.0A', history: 'Z85.72', family: 'Z80.7', source: 'Index: Mycosis fungoides C84.0-' };
const SEZARY = { siteAxis: 'lymphoma' as const, code: 'C84.10', remission: 'C84.1A', history: 'Z85.72', family: 'Z80.7', source: 'Index: Sezary disease C84.1-' };
const ALCL_POSITIVE = { siteAxis: 'lymphoma' as const, code: 'C84.60', remission: 'C84.6A', history: 'Z85.72', family: 'Z80.7', source: 'Tabular C84.6- Anaplastic large cell lymphoma, ALK-positive' };
const ALCL_NEGATIVE = { siteAxis: 'lymphoma' as const, code: 'C84.70', remission: 'C84.7B', history: 'Z85.72', family: 'Z80.7', source: 'Tabular C84.7- Anaplastic large cell lymphoma, ALK-negative' };
// Tabular C83.390 Primary central nervous system lymphoma.
const PCNSL = { code: 'C83.390', remission: 'C83.3A', history: 'Z85.72', family: 'Z80.7', source: 'Tabular C83.390 Primary central nervous system lymphoma' };
const APL = { code: 'C92.40', remission: 'C92.41', relapse: 'C92.42', history: 'Z85.6', family: 'Z80.6', source: 'Index: Leukemia, promyelocytic, acute C92.4-' };
const CMML = { code: 'C93.10', remission: 'C93.11', relapse: 'C93.12', history: 'Z85.6', family: 'Z80.6', source: 'Index: Leukemia, myelomonocytic, chronic C93.1-' };
const AMML = { code: 'C92.50', remission: 'C92.51', relapse: 'C92.52', history: 'Z85.6', family: 'Z80.6', source: 'Index: Leukemia, myelomonocytic, acute C92.5-' };
const PLASMA_CELL_LEUKEMIA = { code: 'C90.10', remission: 'C90.11', relapse: 'C90.12', history: 'Z85.6', family: 'Z80.6', source: 'Index: Leukemia, plasma cell C90.1-' };
// Tabular D47.4 Osteomyelofibrosis includes myelofibrosis (idiopathic); myelofibrosis NOS and secondary myelofibrosis are D75.81 (no neoplasm).
const PRIMARY_MYELOFIBROSIS = { code: 'D47.4', history: 'Z86.03', family: 'Z80.7', source: 'Tabular D47.4 Osteomyelofibrosis (inclusions: myelofibrosis, idiopathic; secondary myelofibrosis in myeloproliferative disease)' };
// Tabular D47.1 Chronic myeloproliferative disease (inclusion: myeloproliferative disease, unspecified).
const MPN = { code: 'D47.1', history: 'Z86.03', family: 'Z80.7', source: 'Tabular D47.1 Chronic myeloproliferative disease' };
const ESSENTIAL_THROMBOCYTHEMIA = { code: 'D47.3', history: 'Z86.03', family: 'Z80.7', source: 'Index: Thrombocythemia, essential D47.3' };
// Tabular C46.- Kaposi's sarcoma, by site (morphologyCode.ts); history of a soft-tissue malignancy Z85.831 is the nearest Z85 code.
const KAPOSI = { siteAxis: 'kaposi' as const, code: 'C46.9', history: 'Z85.831', family: 'Z80.8', source: "Index: Sarcoma, Kaposi's C46.9" };
// Index: Nevus, skin D22.9, by site (Tabular D22.-: melanocytic nevi, dysplastic ones included); the nevus types that are melanocytic.
const NEVUS = { siteAxis: 'nevus' as const, code: 'D22.9', history: 'Z86.018', family: 'Z80.8', source: 'Tabular D22.- Melanocytic nevi' };
// Tabular D25.9 Leiomyoma of uterus, unspecified (Index: Leiomyoma, uterus D25.9).
const MESOTHELIOMA = { siteAxis: 'mesothelioma' as const, code: 'C45.9', history: 'Z85.89', family: 'Z80.8', source: 'Index: Mesothelioma (malignant) C45.9' };

/** Words before "nevus" or "mole" that make it no melanocytic nevus (vascular, epidermal, sebaceous nevi; hydatidiform and tubal moles). */
const NOT_MELANOCYTIC = ['spider', 'strawberry', 'epidermal', 'vascular', 'sebaceous', 'becker', "becker's", 'beckers', 'verrucous', 'linear', 'capillary',
  'hydatidiform', 'hydatid', 'invasive', 'complete', 'partial', 'molar', 'malignant', 'tubal', 'vesicular', 'carneous', 'blood', 'per', 'millimole', 'flammeus'];
/** Words after them with the same effect ("nevus sebaceous", "nevus flammeus", "mole pregnancy"). */
const NOT_MELANOCYTIC_AFTER = ['sebaceous', 'sebaceus', 'flammeus', 'simplex', 'araneus', 'comedonicus', 'spilus', 'pregnancy', 'fraction', 'fractions', 'percent', '%'];

/** Words around "WM" that make it the brain's white matter. */
const WHITE_MATTER_ADJECTIVES = ['periventricular', 'subcortical', 'deep', 'cerebral', 'cerebellar', 'juxtacortical', 'frontal', 'parietal', 'temporal',
  'occipital', 'bilateral', 'scattered', 'confluent', 'normal', 'gray', 'grey', 'gm', 'and', '/'];
const WHITE_MATTER_NOUNS = ['change', 'changes', 'hyperintensity', 'hyperintensities', 'lesion', 'lesions', 'disease', 'signal', 'abnormality',
  'abnormalities', 'microangiopathy', 'volume', 'tract', 'tracts', 'foci', 'ischemia', 'ischemic', 'injury', 'edema', 'flair', 'intensity'];

export const MORPHOLOGY_TERMS: readonly MorphologyTerm[] = withInvertedOrder<MorphologyTerm>([
  // "myeloma cast nephropathy", "myeloma kidney": the kidney disease the light chains cause (Tabular N08, N16), not the myeloma itself.
  { words: 'multiple myeloma', ...MYELOMA, notBefore: MYELOMA_KIDNEY },
  { words: 'myeloma', ...MYELOMA, notBefore: MYELOMA_KIDNEY },
  { words: 'cll', ...CLL },
  { words: 'cll/sll', ...CLL },
  { words: 'sll', ...CLL },
  { words: 'chronic lymphocytic leukemia', ...CLL },
  // "c/w chronic lymphocytic leukemia/small lymphocytic lymphoma": the WHO name of one disease, read as "CLL/SLL" is (one mention).
  { words: 'chronic lymphocytic leukemia / small lymphocytic lymphoma', ...CLL },
  { words: 'cll / sll', ...CLL },
  // "Renal AML" is an angiomyolipoma, not the leukaemia.
  { words: 'aml', ...AML, notAfter: ['renal', 'kidney', 'hepatic', 'fat-containing', 'fat-poor', 'exophytic', 'lipid-poor'] },
  { words: 'acute myeloid leukemia', ...AML },
  // Named by its defining rearrangement (KMT2A at 11q23): C92.6- (myeloidGeneticTerms.ts).
  ...MYELOID_GENETIC_TERMS,
  { words: 'cml', ...CML },
  { words: 'chronic myeloid leukemia', ...CML },
  { words: 'acute lymphoblastic leukemia', ...ALL },
  { words: 'leukemia', ...LEUKEMIA },
  { words: 'leukaemia', ...LEUKEMIA },
  { words: 'acute leukemia', ...ACUTE_LEUKEMIA },
  { words: 'acute leukaemia', ...ACUTE_LEUKEMIA },
  // The leukaemia in an organ it infiltrates or a cytology finds is the leukaemia itself ("leukemia cutis", "CNS leukemia", "leukemic blasts"):
  // Index: Leukemia C95.9-, and the note's own type when it names one (`noteTypes.ts`).
  ...['leukemia cutis', 'leukaemia cutis', 'leukemic infiltrate', 'leukemic infiltrates', 'leukemic infiltration', 'leukaemic infiltrate',
    'cns leukemia', 'cns leukaemia', 'leukemic blasts', 'leukemic cells', 'leukaemic blasts', 'leukaemic cells'].map((words): MorphologyTerm => ({ words, ...LEUKEMIA })),
  ...['myeloid sarcoma', 'myeloid sarcomas', 'granulocytic sarcoma', 'chloroma'].map((words): MorphologyTerm => ({ words, ...MYELOID_SARCOMA })),
  // Chronic myeloid leukaemia written with its phase ("CML-CP", "CML in chronic phase"): the phase is not coded (Tabular C92.1- inclusion:
  // chronic myelogenous leukemia with crisis of blast cells).
  ...['cml-cp', 'cml-ap', 'cml-bp', 'cml cp'].map((words): MorphologyTerm => ({ words, ...CML })),
  // Hairy cell leukaemia by its abbreviation, in capitals and not a drug salt ("sertraline HCl 50 mg" is the hydrochloride).
  { words: 'hcl', ...HAIRY_CELL, capitalsOnly: true, notBeforeDose: true },
  { words: 'dlbcl', ...DLBCL },
  // Tabular C91.1 (CLL of B-cell type) includes Richter syndrome; a "large cell transformation" names the DLBCL it becomes (C83.3-).
  // A transformation is active disease, never in remission (ANNOTATION.md, round 18 decisions): "No evidence of Richter
  // transformation" in a CLL in remission denies C91.10, not the remission code.
  ...['richter transformation', "richter's transformation", 'richters transformation', 'richter syndrome', "richter's syndrome"].map((words): MorphologyTerm => ({ words, ...CLL, remission: undefined })),
  // Of a mycosis fungoides it names nothing new (C84.0- stays; ANNOTATION.md, round 18 decisions): no mention in that note.
  ...['large cell transformation', 'large-cell transformation'].map((words): MorphologyTerm => ({ words, ...DLBCL, ambiguous: 'not-mycosis-fungoides' })),
  { words: 'diffuse large b-cell lymphoma', ...DLBCL },
  { words: 'follicular lymphoma', ...FOLLICULAR },
  { words: 'fl', ...FOLLICULAR, capitalsOnly: true, notAfter: ['to', 'from', 'in', 'at', 'near', 'of', 'visiting'] },
  ...['mantle cell lymphoma', 'centrocytic lymphoma'].map((words): MorphologyTerm => ({ words, ...MANTLE })), // Tabular C83.1 and its inclusion term
  ...['lymphomatous polyposis', 'malignant lymphomatous polyposis'].map((words): MorphologyTerm => ({ words, ...MANTLE, code: 'C83.19', source: POLYPOSIS })),
  // Hodgkin lymphoma by type: nodular sclerosis, mixed cellularity, NLPHL, classical NOS (hodgkinTerms.ts).
  ...HODGKIN_TYPE_TERMS,
  { words: 'peripheral t-cell lymphoma', ...PTCL },
  { words: 'ptcl', ...PTCL },
  ...['t-cell lymphoma', 't-cell lymphomas'].map((words): MorphologyTerm => ({ words, ...T_CELL })),
  // The T-cell malignancy of a CAR-T consent or warning (the corpus reads it as Index: Lymphoma, T-cell (mature) C84.9-).
  { words: 't-cell malignancy', ...T_CELL },
  { words: 't-cell malignancies', ...T_CELL },
  { words: 'malt lymphoma', ...MALT },
  // Familial adenomatous polyposis is its own Tabular code, whatever bowel it carpets (D13.91; a relative's: Z83.710 Family history of
  // adenomatous and serrated polyps); "FAP" only in capitals.
  ...['familial adenomatous polyposis', 'attenuated familial adenomatous polyposis', 'fap'].map((words): MorphologyTerm => ({ words, ...FAP, capitalsOnly: words === 'fap' })),
  // Tabular C88.4's own title, as a hematopathology report writes it ("EXTRANODAL MARGINAL ZONE LYMPHOMA OF MUCOSA-ASSOCIATED LYMPHOID TISSUE").
  ...['extranodal marginal zone lymphoma', 'extranodal marginal zone b-cell lymphoma', 'extranodal marginal zone lymphoma of mucosa-associated lymphoid tissue',
    // Round 23: the marginal zone lymphoma of the eye's adnexa is extranodal (ocular oncology's "ocular adnexal MZL", "extranodal MZL").
    'extranodal mzl', 'ocular adnexal mzl', 'ocular adnexal marginal zone lymphoma', 'orbital marginal zone lymphoma', 'orbital mzl', 'conjunctival mzl']
    .map((words): MorphologyTerm => ({ words, ...MALT })),
  ...['plasmacytoma', 'solitary plasmacytoma'].map((words): MorphologyTerm => ({ words, ...PLASMACYTOMA })),
  { words: 'extramedullary plasmacytoma', code: 'C90.20', remission: 'C90.21', relapse: 'C90.22', history: 'Z85.79', family: 'Z80.7', source: 'Tabular C90.2- Extramedullary plasmacytoma' },
  { words: 'waldenstrom macroglobulinemia', ...WALDENSTROM },
  { words: "waldenstrom's macroglobulinemia", ...WALDENSTROM },
  { words: "waldenstrom's", ...WALDENSTROM },
  { words: 'waldenstroms', ...WALDENSTROM },
  // Tabular C88.0 inclusions: macroglobulinemia (idiopathic) (primary), lymphoplasmacytic lymphoma with IgM-production. "WM" in
  // capitals, not the white matter of a brain MRI ("periventricular WM hyperintensities", "WM changes").
  ...['waldenstrom', 'waldenstrom disease', "waldenstrom's disease", 'primary macroglobulinemia', 'lymphoplasmacytic lymphoma with igm production'].map(
    (words): MorphologyTerm => ({ words, ...WALDENSTROM })),
  { words: 'wm', ...WALDENSTROM, capitalsOnly: true, notAfter: WHITE_MATTER_ADJECTIVES, notBefore: WHITE_MATTER_NOUNS },
  { words: 'hodgkin lymphoma', ...HODGKIN },
  { words: "hodgkin's lymphoma", ...HODGKIN },
  { words: 'hodgkin disease', ...HODGKIN },
  { words: 'lymphoma', ...LYMPHOMA },
  { words: 'nhl', ...LYMPHOMA },
  // "no lymphomatous involvement", "lymphomatous involvement of the lung": the lymphoma, typed by the encounter (noteTypes.ts).
  { words: 'lymphomatous involvement', ...LYMPHOMA },
  { words: 'non-hodgkin lymphoma', ...LYMPHOMA },
  // The other spellings of non-Hodgkin ("Non Hodgkin lymphoma" had read as Hodgkin lymphoma) and of Hodgkin (Index: Lymphoma, Hodgkin C81.9-; Disease, Hodgkin's).
  ...['non hodgkin lymphoma', "non hodgkin's lymphoma", "non-hodgkin's lymphoma", 'non-hodgkins lymphoma', 'non hodgkins lymphoma'].map((words): MorphologyTerm => ({ words, ...LYMPHOMA })),
  ...['hodgkins lymphoma', "hodgkin's disease", 'hodgkins disease', "hodgkin's", 'hodgkins'].map((words): MorphologyTerm => ({ words, ...HODGKIN })),
  // "Hx Hodgkin", "Hodgkin (stage IIA) 1998": the eponym alone, not in "non Hodgkin" nor of the cells ("Hodgkin Reed-Sternberg cells").
  { words: 'hodgkin', ...HODGKIN, notAfter: ['non'], notBefore: ['cell', 'cells', 'reed-sternberg', '/', 'and', 'or'] },
  // Large B-cell lymphoma without "diffuse", and without the hyphen (Index: Lymphoma, large B-cell, diffuse C83.3-).
  ...['large b-cell lymphoma', 'large b cell lymphoma', 'diffuse large b cell lymphoma'].map((words): MorphologyTerm => ({ words, ...DLBCL })),
  { words: 'melanoma', ...MELANOMA },
  // Melanoma by its growth pattern (Index: Melanoma (malignant), by site; superficial spreading, nodular, acral lentiginous, desmoplastic,
  // amelanotic are kinds of invasive melanoma): "SSM" in capitals, as dermatology notes abbreviate it.
  ...['superficial spreading melanoma', 'nodular melanoma', 'acral lentiginous melanoma', 'desmoplastic melanoma', 'amelanotic melanoma',
    'malignant melanoma', 'invasive melanoma', 'cutaneous melanoma'].map((words): MorphologyTerm => ({ words, ...MELANOMA })),
  { words: 'ssm', ...MELANOMA, capitalsOnly: true },
  // "MM" is malignant melanoma in a skin note and multiple myeloma in a haematology note: read in capitals, not as millimetres ("2.4 MM")
  // nor mucous membranes ("MM moist", "Dry MM"), and typed by the encounter (`noteRestatements.ts`).
  { words: 'mm', ...MELANOMA, capitalsOnly: true, notAfterNumber: true, ambiguous: 'skin-or-myeloma', notBefore: ['moist', 'dry', 'pink', 'tacky', 'intact', 'normal', 'clear', 'mmm', '2', 'hg'],
    notAfter: ['moist', 'dry', 'pink', 'tacky', 'intact', 'normal', 'clear', 'pale', 'dusky', 'cyanotic'] },
  // Melanoma in situ by name (Index: Lentigo maligna — see Melanoma, in situ; D03.-): "MIS" in capitals, not "MIS" surgery (anchorWords.ts).
  // Lentigo maligna melanoma is the invasive form (Index: Melanoma (malignant) C43.-).
  { words: 'lentigo maligna melanoma', ...MELANOMA },
  // "LMM" in capitals, as dermatology notes abbreviate lentigo maligna melanoma.
  { words: 'lmm', ...MELANOMA, capitalsOnly: true },
  // "MELANOMA IN SITU, lentigo maligna type": the subtype of the melanoma named before it, no second lesion.
  ...['melanoma-in-situ', 'lentigo maligna'].map((words): MorphologyTerm => ({ words, ...MELANOMA, namesInSitu: true, notBefore: ['type', 'pattern'] })),
  // "MMIS" (malignant melanoma in situ), in capitals as dermatologists write it.
  { words: 'mmis', ...MELANOMA, namesInSitu: true, capitalsOnly: true },
  { words: 'mis', ...MELANOMA, namesInSitu: true, capitalsOnly: true, ambiguous: 'skin', notAfter: ['underwent', 'via', 'by', 'robotic', 'laparoscopic', 'planned', 'an', 'prior'] },
  { words: 'mesothelioma', ...MESOTHELIOMA },
  // Its histologic types and the "malignant" the Index puts in brackets (Index: Mesothelioma (malignant) C45.9, by site C45.-).
  ...['malignant mesothelioma', 'epithelioid mesothelioma', 'epithelioid malignant mesothelioma', 'sarcomatoid mesothelioma', 'biphasic mesothelioma',
    'epithelial mesothelioma', 'desmoplastic mesothelioma'].map((words): MorphologyTerm => ({ words, ...MESOTHELIOMA })),
  { words: 'gist', ...GIST },
  { words: 'gastrointestinal stromal tumor', ...GIST },
  { words: 'gastrointestinal stromal tumour', ...GIST },
  { words: 'carcinoid', ...CARCINOID },
  { words: 'carcinoid tumor', ...CARCINOID },
  { words: 'carcinoid tumour', ...CARCINOID },
  { words: 'carcinoid tumors', ...CARCINOID },
  { words: 'malignant carcinoid tumor', ...CARCINOID },
  { words: 'benign carcinoid', ...BENIGN_CARCINOID },
  { words: 'benign carcinoid tumor', ...BENIGN_CARCINOID },
  { words: 'benign carcinoid tumour', ...BENIGN_CARCINOID },
  { words: 'benign carcinoid tumors', ...BENIGN_CARCINOID },
  { words: 'neuroendocrine tumor', ...CARCINOID },
  { words: 'neuroendocrine tumour', ...CARCINOID },
  { words: 'neuroendocrine tumors', ...CARCINOID },
  { words: 'nets', ...CARCINOID, spelledAs: 'NETs' },
  { words: 'well-differentiated neuroendocrine tumor', ...CARCINOID },
  { words: 'well differentiated neuroendocrine tumor', ...CARCINOID },
  { words: 'net', ...CARCINOID, capitalsOnly: true },
  { words: 'poorly differentiated neuroendocrine carcinoma', ...POORLY_DIFFERENTIATED_NEC },
  { words: 'poorly-differentiated neuroendocrine carcinoma', ...POORLY_DIFFERENTIATED_NEC },
  { words: 'high-grade neuroendocrine carcinoma', ...POORLY_DIFFERENTIATED_NEC },
  { words: 'high grade neuroendocrine carcinoma', ...POORLY_DIFFERENTIATED_NEC },
  { words: 'merkel cell carcinoma', ...MERKEL },
  { words: 'merkel cell ca', ...MERKEL },
  { words: 'mds', ...UNTYPED_MDS },
  ...MDS_SUBTYPE_TERMS,
  ...MAST_CELL_AND_HISTIOCYTIC_TERMS,
  { words: 'myelodysplastic syndrome', code: 'D46.9', history: 'Z86.03', family: 'Z80.7', source: 'Index: Syndrome, myelodysplastic D46.9' },
  // Tabular D46.C Myelodysplastic syndrome with isolated del(5q) chromosomal abnormality (the "5q minus syndrome").
  ...['mds with isolated del ( 5q )', 'myelodysplastic syndrome with isolated del ( 5q )', 'mds with del ( 5q )', 'mds-5q', '5q - syndrome', '5q minus syndrome',
    'mds del ( 5q )', 'mds with 5q deletion', 'mds with isolated 5q deletion', 'del ( 5q ) mds'].map(
    (words): MorphologyTerm => ({ words, code: 'D46.C', history: 'Z86.03', family: 'Z80.7', source: 'Tabular D46.C Myelodysplastic syndrome with isolated del(5q) chromosomal abnormality' })),
  // A haematologic malignancy of no named type, often in family histories ("no other blood cancers"): Tabular C96.9, Z85.79, Z80.7; before a visit noun it names the service ("Heme Malignancy Consult").
  ...['heme malignancy', 'heme malignancies', 'hematologic malignancy', 'hematologic malignancies', 'hematological malignancy', 'hematological malignancies',
    'blood cancer', 'blood cancers'].map((words): MorphologyTerm => ({ words, code: 'C96.9', history: 'Z85.79', family: 'Z80.7', source: 'Tabular C96.9 Malignant neoplasm of lymphoid, hematopoietic and related tissue, unspecified', notBefore: ['consult', 'consultation', 'inpatient', 'outpatient', 'progress', 'attending', 'fellow'] })),
  { words: 'monoclonal gammopathy of undetermined significance', code: 'D47.2', history: 'Z86.03', family: 'Z80.7', source: 'Index: Gammopathy, monoclonal D47.2' },
  { words: 'hairy cell leukemia', ...HAIRY_CELL },
  { words: 'essential thrombocythemia', code: 'D47.3', history: 'Z86.03', family: 'Z80.7', source: 'Index: Thrombocythemia, essential D47.3' },
  // "HL", "MCL" and "PV" only in a note that names such a disease (the word `ambiguous` says which).
  { words: 'hl', ...HODGKIN, capitalsOnly: true, ambiguous: 'hodgkin' },
  { words: 'mcl', ...MANTLE, capitalsOnly: true, ambiguous: 'lymphoma' },
  { words: 'pv', code: 'D45', history: 'Z86.03', family: 'Z80.7', source: 'Index: Polycythemia vera D45', capitalsOnly: true, ambiguous: 'mpn',
    notBefore: ['invasion', 'thrombosis', 'thrombus', 'replacement', 'stenosis', 'regurgitation', 'flow', 'velocity'] },
  { words: 'polycythemia vera', code: 'D45', history: 'Z86.03', family: 'Z80.7', source: 'Index: Polycythemia vera D45' },
  { words: 'polycythemia rubra vera', code: 'D45', history: 'Z86.03', family: 'Z80.7', source: 'Index: Polycythemia vera D45' },
  // A leukaemia's relapse named by where it is ("marrow relapse + L testicular relapse suspected", "high risk of CNS relapse"):
  // in a note about a leukaemia it is that leukaemia in relapse (ANNOTATION.md, a relapse with its site is a mention), typed
  // by the note (noteTypes.ts: Index: Leukemia, lymphoid, acute, in relapse C91.02).
  ...['marrow relapse', 'bone marrow relapse', 'bm relapse', 'cns relapse', 'testicular relapse', 'extramedullary relapse'].map(
    (words): MorphologyTerm => ({ words, ...LEUKEMIA, ambiguous: 'leukaemia', namesRelapse: true })),
  { words: 'mgus', code: 'D47.2', history: 'Z86.03', family: 'Z80.7', source: 'Index: Gammopathy, monoclonal D47.2' },
  ...VASCULAR_AND_LIPOMATOUS_TERMS,
  { words: 'fibroid', code: 'D25.9', history: 'Z86.018', family: 'Z80.8', source: 'Index: Fibroid (uterus) D25.9' },
  { words: 'burkitt lymphoma', ...BURKITT },
  { words: "burkitt's lymphoma", ...BURKITT },
  { words: 'burkitt-like lymphoma', ...BURKITT },
  { words: 'nodal marginal zone lymphoma', ...SMALL_B_CELL },
  // Splenic marginal zone lymphoma names its site: Tabular C83.0 inclusion, fifth character 7 (C83.07 Small cell B-cell lymphoma, spleen).
  ...['splenic marginal zone lymphoma', 'splenic mzl', 'smzl', 'splenic marginal zone b-cell lymphoma'].map((words): MorphologyTerm => ({ words, ...SPLENIC_SMALL_B_CELL })),
  // Lymphoplasmacytic lymphoma is C83.0- unless it makes IgM (C88.0, `igmLymphoma.ts`); "LPL" in capitals, not lipoprotein lipase.
  { words: 'lymphoplasmacytic lymphoma', ...SMALL_B_CELL },
  { words: 'lpl', ...SMALL_B_CELL, capitalsOnly: true, notBefore: ['deficiency', 'activity', 'gene', 'mutation', 'mutations', 'variant', 'variants'] },
  { words: 'mycosis fungoides', ...MYCOSIS_FUNGOIDES },
  // Tabular C84.A- Cutaneous T-cell lymphoma, unspecified; C85.2- Mediastinal (thymic) large B-cell lymphoma (its name holds its site).
  ...['cutaneous t-cell lymphoma', 'ctcl'].map((words): MorphologyTerm => ({ words, ...CTCL })),
  ...['primary mediastinal b-cell lymphoma', 'primary mediastinal large b-cell lymphoma', 'pmbcl'].map((words): MorphologyTerm => ({ words, ...PMBCL })),
  // Smoldering myeloma (Index: Myeloma, smoldering C90.0-), primary myelofibrosis (D47.4).
  { words: 'smm', ...MYELOMA, capitalsOnly: true },
  // "RRMM": relapsed/refractory multiple myeloma names its relapse (Index: Myeloma, multiple, in relapse C90.02).
  { words: 'rrmm', ...MYELOMA, code: 'C90.02', capitalsOnly: true },
  { words: 'smoldering myeloma', ...MYELOMA },
  // Tabular C90.0 inclusions: plasma cell myeloma, myelomatosis, Kahler's disease ("PCM" in capitals).
  ...['plasma cell myeloma', 'myelomatosis', "kahler's disease", 'kahler disease'].map((words): MorphologyTerm => ({ words, ...MYELOMA })),
  // "the fx site showed plasma cell neoplasm": the family's name (plasmacytoma, myeloma) is the patient's myeloma in a note about
  // one (Index: Myeloma, multiple C90.0-); elsewhere it names no type the Index codes, so it is no mention.
  ...['plasma cell neoplasm', 'plasma cell neoplasia'].map((words): MorphologyTerm => ({ words, ...MYELOMA, ambiguous: 'myeloma' })),
  { words: 'pcm', ...MYELOMA, capitalsOnly: true },
  // Tabular C91.5 Adult T-cell lymphoma/leukemia (HTLV-1-associated), C91.6 Prolymphocytic leukemia of T-cell type, C93.3 Juvenile
  // myelomonocytic leukemia; D47.Z1 Post-transplant lymphoproliferative disorder (PTLD).
  ...['adult t-cell leukemia/lymphoma', 'adult t-cell lymphoma/leukemia', 'adult t-cell leukemia', 'atll'].map((words): MorphologyTerm => ({ words, ...ATLL })),
  ...['t-cell prolymphocytic leukemia', 'prolymphocytic leukemia of t-cell type', 't-pll'].map((words): MorphologyTerm => ({ words, ...T_PLL })),
  ...['juvenile myelomonocytic leukemia', 'jmml'].map((words): MorphologyTerm => ({ words, ...JMML })),
  // A lymphoproliferative disorder NOS, D47.9 untyped (lymphoproliferativeTerms.ts).
  ...LYMPHOPROLIFERATIVE_TERMS,
  ...['post-transplant lymphoproliferative disorder', 'posttransplant lymphoproliferative disorder', 'post transplant lymphoproliferative disorder', 'ptld'].map(
    (words): MorphologyTerm => ({ words, code: 'D47.Z1', history: 'Z86.03', family: 'Z80.7', source: 'Tabular D47.Z1 Post-transplant lymphoproliferative disorder (PTLD)' })),
  // A pancreatic neuroendocrine tumour by its abbreviations ("pNET", "PanNET"; "PNET" in capitals is the primitive neuroectodermal tumour):
  // Tabular C7A Excludes2 sends malignant pancreatic islet cell tumours to C25.4 Malignant neoplasm of endocrine pancreas.
  ...[['pnet', 'pNET'], ['pannet', 'PanNET'], ['pnets', 'pNETs'], ['pannets', 'PanNETs']].map(([words, spelledAs]): MorphologyTerm => ({
    words: words as string, spelledAs: spelledAs as string, code: 'C25.4', history: 'Z85.07', family: 'Z80.0', source: 'Tabular C7A Excludes2: malignant pancreatic islet cell tumors (C25.4)',
  })),
  { words: 'pmf', ...PRIMARY_MYELOFIBROSIS, capitalsOnly: true },
  // Malignant pleural mesothelioma (Tabular C45.0 Mesothelioma of pleura).
  { words: 'mpm', code: 'C45.0', history: 'Z85.89', family: 'Z80.8', source: 'Tabular C45.0 Mesothelioma of pleura', capitalsOnly: true },
  { words: 'malignant pleural mesothelioma', code: 'C45.0', history: 'Z85.89', family: 'Z80.8', source: 'Tabular C45.0 Mesothelioma of pleura' },
  // Merkel cell carcinoma (Index: Carcinoma, Merkel cell C4A.9), in capitals.
  { words: 'mcc', ...MERKEL, capitalsOnly: true },
  { words: 'sezary syndrome', ...SEZARY },
  { words: 'sezary disease', ...SEZARY },
  { words: 'alk-positive anaplastic large cell lymphoma', ...ALCL_POSITIVE },
  { words: 'anaplastic large cell lymphoma , alk-positive', ...ALCL_POSITIVE },
  { words: 'alk-negative anaplastic large cell lymphoma', ...ALCL_NEGATIVE },
  { words: 'anaplastic large cell lymphoma , alk-negative', ...ALCL_NEGATIVE },
  { words: 'primary cns lymphoma', ...PCNSL },
  { words: 'primary central nervous system lymphoma', ...PCNSL },
  { words: 'pcnsl', ...PCNSL },
  { words: 'acute promyelocytic leukemia', ...APL },
  { words: 'apl', ...APL },
  { words: 'chronic myelomonocytic leukemia', ...CMML },
  { words: 'cmml', ...CMML },
  ...['cmml-0', 'cmml-1', 'cmml-2'].map((words): MorphologyTerm => ({ words, ...CMML })),
  { words: 'acute myelomonocytic leukemia', ...AMML },
  { words: 'plasma cell leukemia', ...PLASMA_CELL_LEUKEMIA },
  { words: 'acute myelogenous leukemia', ...AML },
  { words: 'chronic myelogenous leukemia', ...CML },
  { words: 'acute lymphocytic leukemia', ...ALL },
  { words: 'all', ...ALL, capitalsOnly: true, notShouted: true },
  { words: 'b-all', ...ALL },
  { words: 't-all', ...ALL },
  { words: 'b-cell all', ...ALL },
  { words: 'primary myelofibrosis', ...PRIMARY_MYELOFIBROSIS },
  { words: 'idiopathic myelofibrosis', ...PRIMARY_MYELOFIBROSIS },
  // Tabular D47.4 inclusion: secondary myelofibrosis in myeloproliferative disease (post-PV, post-ET myelofibrosis).
  { words: 'post-polycythemia vera myelofibrosis', ...PRIMARY_MYELOFIBROSIS },
  { words: 'post-pv myelofibrosis', ...PRIMARY_MYELOFIBROSIS },
  { words: 'post-et myelofibrosis', ...PRIMARY_MYELOFIBROSIS },
  // "MF" alone is also mycosis fungoides: only after post-PV / post-ET is it myelofibrosis.
  { words: 'post-et mf', ...PRIMARY_MYELOFIBROSIS },
  { words: 'post-pv mf', ...PRIMARY_MYELOFIBROSIS },
  { words: 'post-essential thrombocythemia myelofibrosis', ...PRIMARY_MYELOFIBROSIS },
  // "Myelofibrosis" alone is D75.81 (no neoplasm) and "MF" also mycosis fungoides: in a note about a myeloproliferative neoplasm
  // ("persistent myelofibrosis" on the marrow of a primary myelofibrosis, "his MF") both are that neoplasm's myelofibrosis (D47.4).
  { words: 'myelofibrosis', ...PRIMARY_MYELOFIBROSIS, ambiguous: 'mpn' },
  { words: 'mf', ...PRIMARY_MYELOFIBROSIS, capitalsOnly: true, ambiguous: 'mpn' },
  { words: 'myeloproliferative neoplasm', ...MPN },
  { words: 'myeloproliferative disorder', ...MPN },
  { words: 'mpn', ...MPN },
  { words: 'essential thrombocytosis', ...ESSENTIAL_THROMBOCYTHEMIA },
  // "ET" only in capitals and not as "ET tube" (endotracheal): `mentions.ts`.
  { words: 'et', ...ESSENTIAL_THROMBOCYTHEMIA, capitalsOnly: true },
  { words: 'monoclonal gammopathy', code: 'D47.2', history: 'Z86.03', family: 'Z80.7', source: 'Tabular D47.2 Monoclonal gammopathy' },
  { words: 'kaposi sarcoma', ...KAPOSI },
  { words: "kaposi's sarcoma", ...KAPOSI },
  // Round 24: a transplant or HIV note shortens it to the eponym ("random bx negative - no GI Kaposi"); not before the words of the
  // virus or of the other eponymous diseases (Kaposi varicelliform eruption is eczema herpeticum, B00.0).
  { words: 'kaposi', ...KAPOSI, notBefore: ['sarcoma', "sarcoma's", 'herpesvirus', 'varicelliform', 'like', 'disease', 'syndrome'] },
  { words: 'ks', ...KAPOSI, capitalsOnly: true, ambiguous: 'kaposi' }, // "AIDS-associated KS": with a Kaposi sarcoma or HIV written (noteRestatements.ts)
  { words: 'dysplastic nevus', ...NEVUS },
  { words: 'dysplastic nevi', ...NEVUS },
  { words: 'compound dysplastic nevus', ...NEVUS },
  { words: 'junctional dysplastic nevus', ...NEVUS },
  { words: 'atypical nevus', ...NEVUS },
  { words: 'atypical nevi', ...NEVUS },
  { words: 'compound nevus', ...NEVUS },
  { words: 'junctional nevus', ...NEVUS },
  { words: 'intradermal nevus', ...NEVUS },
  { words: 'melanocytic nevus', ...NEVUS },
  { words: 'melanocytic nevi', ...NEVUS },
  // A nevus or mole with no other name is melanocytic (Tabular D22 inclusion: nevus NOS; Index: Mole (pigmented) — see Nevus), also the
  // benign acquired nevi of a skin check ("BANs"); not a vascular, epidermal or sebaceous "nevus" (Q82.5, I78.1, D18.01) nor a pregnancy's
  // hydatidiform mole (O01.-). A nevus of the eye is coded by its site (`morphologyCode.ts`: choroid D31.3-, conjunctiva D31.0-).
  // "No new or changing moles" is the skin review's screening question, not a finding of nevi.
  { words: 'moles', ...NEVUS, notAfter: [...NOT_MELANOCYTIC, 'changing', 'new', 'or', 'enlarging', 'growing', 'bleeding', 'itching', 'suspicious', 'atypical'] },
  ...['nevus', 'nevi', 'naevus', 'naevi', 'mole', 'benign acquired nevus', 'benign acquired nevi', 'blue nevus', 'halo nevus', 'spitz nevus',
    'congenital nevus', 'congenital melanocytic nevus'].map((words): MorphologyTerm => ({ words, ...NEVUS, notAfter: NOT_MELANOCYTIC, notBefore: NOT_MELANOCYTIC_AFTER })),
  { words: 'bans', ...NEVUS, spelledAs: 'BANs' },
  { words: 'ban', ...NEVUS, spelledAs: 'BAN', notBefore: ['on', 'from', 'of'] },
  ...UTERINE_LEIOMYOMA_TERMS,
]);
