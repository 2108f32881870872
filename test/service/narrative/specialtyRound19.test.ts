import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Specialty clinics round 19 (issue 12): the vocabulary and templates of the clinics where cancer is found, followed or ruled out
 * outside oncology (blind dev batch d763-d782). Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against
 * the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// An intraductal papillary mucinous neoplasm of the pancreas with low-grade dysplasia is ICD-O 8453/0, benign: table: pancreas /
// Benign D13.6 (Tabular D13.6 Benign neoplasm of pancreas), as the clinic's own code line has it (d772 "ICD-10: D13.6 Benign
// neoplasm of pancreas (IPMN)"). An image read "most c/w" it is uncertain; the Assessment's plain "BD-IPMN" is present (ANNOTATION.md,
// "Imaging categories": the plain restatement is present).
const pancreaticCysts: readonly ReadingCase[] = [
  ['an MRCP read "most c/w branch duct IPMN" doubts the pancreas\'s benign neoplasm',
    'MRCP 07/2026: 2.4 cm multilocular cyst, pancreatic body. Read as most c/w multifocal branch duct\nIPMN; no worrisome features.',
    [['branch duct\nIPMN', 'D136', 'uncertain']]],
  ['the Assessment\'s "BD-IPMN" is the pancreas\'s benign neoplasm', 'Assessment:\n73M with multifocal BD-IPMN, dominant 2.4 cm body cyst.',
    [['BD-IPMN', 'D136', 'present']]],
  ['"IPMN of the pancreatic head" keeps its written part', 'IPMN of the pancreatic head, no high-risk stigmata.', [['IPMN of the pancreatic head', 'D136', 'present']]],
];

// A finding's size written between its site and its noun leaves the site the finding's (d776 "R parotid tail 9 mm nodule -- likely
// Warthin tumor"): Index: Warthin's tumor — see Neoplasm, salivary gland, benign; table: parotid / Benign D11.0 (Tabular D11.0
// Benign neoplasm of parotid gland), uncertain ("likely", "?", Guidelines II.H).
const measuredFindings: readonly ReadingCase[] = [
  // The eponym alone in a parotid note (d776 "?Warthin"); the Warthin-Starry silver stain is no tumour.
  ['"R parotid tail nodule -- ?Warthin" is the parotid\'s Warthin tumour, doubted', 'Incidental 9 mm R parotid tail nodule, T2 intermediate -- ?Warthin.',
    [['Warthin', 'D110', 'uncertain']]],
  ['the Warthin-Starry stain is no tumour', 'Warthin-Starry stain negative for organisms. Warthin Starry stain: negative.', []],
  ['"R parotid tail 9 mm nodule -- likely Warthin tumor" is the parotid\'s', '2. R parotid tail 9 mm nodule -- likely Warthin tumor, observe w/ US in 12 mo.',
    [['Warthin tumor', 'D110', 'uncertain']]],
  ['a size of two dimensions: "L parotid 2.6 x 2.2 cm mass -- ?Warthin tumor"', 'L parotid 2.6 x 2.2 cm mass -- ?Warthin tumor.', [['Warthin tumor', 'D110', 'uncertain']]],
];

// A pathology part label names the organ and then its part ("A. Colon, ascending, polypectomy:", "B. Colon, transverse,
// polypectomy:"): the polyp adenoma below it is that part's (d769; Index: Adenoma, tubular / tubulovillous — see Neoplasm, benign, by
// site; table: colon, ascending / Benign D12.2, transverse D12.3; rectum D12.8); a label naming no part leaves the colon NOS (D12.6).
const colonPartLabels: readonly ReadingCase[] = [
  ['part labels name each polyp adenoma\'s part of the colon',
    'PATHOLOGY:\nA. Colon, ascending, polypectomy: Tubulovillous adenoma. Negative for high-grade dysplasia.\nB. Colon, transverse, polypectomy: Tubular adenomas (2 fragments).\nC. Colon, sigmoid, polypectomy: Hyperplastic polyp.\nD. Rectum, biopsy: Tubular adenoma.\nE. Colon, random biopsies: tubular adenoma.',
    [['Tubulovillous adenoma', 'D122', 'present'], ['Tubular adenomas', 'D123', 'present'], ['Tubular adenoma', 'D128', 'present'], ['tubular adenoma', 'D126', 'present']]],
];

// A scrotal ultrasound's "intratesticular solid mass" is the testis's finding (d766): Index: Tumor, germ cell — see Neoplasm,
// malignant, by site; table: testis / Malignant Primary C62.9- (descended C62.1-, Tabular C62.11 Malignant neoplasm of descended right
// testis), uncertain ("highly suspicious for").
const testisFindings: readonly ReadingCase[] = [
  ['"intratesticular solid mass, highly suspicious for germ cell tumor" is the right testis\'s',
    'Both testes descended. Scrotal US: R testis w/ 2.6 cm hypoechoic intratesticular mass. Impression: intratesticular solid mass, highly suspicious for germ cell tumor.',
    [['germ cell tumor', 'C6211', 'uncertain']]],
];

// A person's initial after a title ends no sentence ("(our cytopath, Dr. R. Ahn):"), so the sample label around the name still names
// the organ of its result (d776): the Milan system's category IVA in words, "benign neoplasm", on an FNA of the L parotid is table:
// parotid / Benign D11.0 (ANNOTATION.md, round 18: a cytology category whose words name a neoplasm).
const personInitials: readonly ReadingCase[] = [
  ['a label naming "Dr. R. Ahn" still labels the Milan category below it',
    'US-guided FNA L parotid 10/30/2026 (our cytopath, Dr. R. Ahn):\n Milan System category IVA (benign neoplasm).', [['benign neoplasm', 'D110', 'present']]],
];

// A Mohs report restates the one skin cancer it treats without its site (d767): the side and sub-site rule (ANNOTATION.md) codes a
// present restatement, and the denied residual of the treated cancer (round 17), at the site the encounter documents for that disease,
// whatever other sites the patient's removed skin cancers name (Tabular C44.311 Basal cell carcinoma of skin of nose; Z85.828 for the
// removed one). Two sites of present basal cell carcinomas leave a site-less one skin NOS (C44.91).
const mohsRestatements: readonly ReadingCase[] = [
  ['a Mohs stage\'s "nodular BCC" and "no residual basal cell carcinoma" are the nasal ala\'s',
    'Pre-op dx: Basal cell carcinoma, nodular, R nasal ala (bx 10/27/2026)\nHx: BCC R upper back ED&C 2023.\nSTAGE I: Section A: nodular BCC at deep margin. Frozen: no residual basal cell carcinoma.',
    [['Basal cell carcinoma, nodular, R nasal ala', 'C44311', 'present'], ['BCC R upper back', 'Z85828', 'history'], ['BCC', 'C44311', 'present'], ['basal cell carcinoma', 'C44311', 'negated']]],
  ['two present sites leave a site-less BCC skin NOS',
    'Dx: BCC R nasal ala. BCC L upper back.\nHx: BCC R cheek excised 2019, no recurrence.\nSTAGE I: nodular BCC at deep margin.',
    [['BCC R nasal ala', 'C44311', 'present'], ['BCC L upper back', 'C44519', 'present'], ['BCC R cheek', 'Z85828', 'history'], ['BCC', 'C4491', 'present']]],
];

// A renal mass's differential names the angiomyolipoma by its fat (d765 "Fat-poor AML and oncocytoma less likely", "Differential
// oncocytoma, fat-poor AML"): Index: Angiomyolipoma — see Lipoma; Tabular D17.71 Benign lipomatous neoplasm of kidney, not acute myeloid
// leukaemia; uncertain ("less likely", a differential; Guidelines II.H).
const renalDifferentials: readonly ReadingCase[] = [
  ['"Fat-poor AML ... less likely" is the kidney\'s angiomyolipoma, doubted', 'L renal mass, suspicious for clear cell RCC. Fat-poor AML less likely.',
    [['RCC', 'C642', 'uncertain'], ['Fat-poor AML', 'D1771', 'uncertain']]],
];

// A cytology category in words and the typed diagnosis that fills it, in sentences of their own under one sample label, are two
// occurrences (ANNOTATION.md, "Every occurrence is its own mention"; d776 "Milan System category IVA (benign neoplasm). … c/w
// pleomorphic adenoma"): both the L parotid's, table: parotid / Benign D11.0; "c/w" on cytology is the tissue diagnosis (present).
const categoryDiagnoses: readonly ReadingCase[] = [
  ['a Milan category and its typed diagnosis are two occurrences',
    'FNA L parotid:\n Milan System category IVA (benign neoplasm).\n Cellular smear w/ bland myoepithelial cells, c/w pleomorphic adenoma. No atypia.',
    [['benign neoplasm', 'D110', 'present'], ['pleomorphic adenoma', 'D110', 'present']]],
];

// "benign" between a site and a benign neoplasm's name restates the behaviour the name states (d771 "Seg 2 benign hemangioma"): the
// liver's segment keeps the haemangioma its site, Index: Hemangioma, intra-abdominal structures; Tabular D18.03 Hemangioma of
// intra-abdominal structures (ANNOTATION.md, "Imaging categories": the Impression's plain restatement is present).
const benignWord: readonly ReadingCase[] = [
  ['"Seg 2 benign hemangioma" is the liver\'s haemangioma', 'Impression: LR-4 observation seg 6, probable HCC. LR-3 seg 4a. Seg 2 benign hemangioma.',
    [['HCC', 'C220', 'uncertain'], ['Seg 2 benign hemangioma', 'D1803', 'present']]],
];

// A high-risk lesion's chance of being upgraded at excision (d779 "L breast ADH + radial scar at MRI bx, upgrade risk to DCIS or invasive
// breast cancer ~10-20%") is a risk: hypothetical (ANNOTATION.md, "Hypothetical: a risk"), coded as written with no side taken (D05.1-,
// C50.91- need one: null with candidates).
const upgradeRisks: readonly ReadingCase[] = [
  ['"upgrade risk to DCIS or invasive breast cancer" is a risk', 'L breast ADH + radial scar at MRI bx, upgrade risk to DCIS or invasive breast cancer ~10-20%.',
    [['DCIS', 'null', 'hypothetical'], ['breast cancer', 'null', 'hypothetical']]],
  ['"risk of upgrade to DCIS" is a risk', 'Flat epithelial atypia R breast; risk of upgrade to DCIS at excision is low.', [['DCIS', 'null', 'hypothetical']]],
];

// A relative's age at diagnosis after "<organ> ca" is no calcium value (d779 "Maternal aunt - breast ca 49 (BRCA1+)"): Tabular Z80.3
// Family history of malignant neoplasm of breast; "Ca 9.4" in a lab list and a tumour marker's own numbers ("CA 19-9") stay none.
const agesAtDiagnosis: readonly ReadingCase[] = [
  ['"Maternal aunt - breast ca 49" is a family history of breast cancer', 'FHx: Maternal aunt - breast ca 49 (BRCA1+).', [['breast ca', 'Z803', 'family']]],
  ['a lab list\'s "Ca 9.4" and a marker\'s "ca 19-9" are none', 'Labs: Na 140, K 4.1, Ca 9.4. pancreatic ca 19-9 elevated.', []],
];

// NIFTP, the thyroid's noninvasive follicular neoplasm with papillary-like nuclear features (d775 "follicular carcinoma, or NIFTP"), is
// ICD-O 8349/1: table: thyroid (gland) / Uncertain Behavior D44.0 (Tabular D44.0 Neoplasm of uncertain behavior of thyroid gland).
const thyroidNeoplasms: readonly ReadingCase[] = [
  ['a lobectomy\'s NIFTP is the thyroid\'s uncertain-behaviour neoplasm', 'R thyroid lobectomy: NIFTP, 2.1 cm.', [['NIFTP', 'D440', 'present']]],
  ['a Bethesda III nodule\'s "follicular adenoma vs NIFTP" doubts both', 'Bethesda III nodule; ddx follicular adenoma vs NIFTP.',
    [['follicular adenoma', 'D34', 'uncertain'], ['NIFTP', 'D440', 'uncertain']]],
];

// "upper tract urothelial ca" names the renal pelvis and ureter as "upper tract urothelial carcinoma" does (ANNOTATION.md, a site-less
// urothelial ca: "upper tract" stays null with their codes when no side is given; d764 "lifetime risk of upper tract urothelial ca"):
// table: pelvis, renal C65.-, hypothetical (a risk).
const upperTract: readonly ReadingCase[] = [
  ['"lifetime risk of upper tract urothelial ca" is the upper tract\'s, hypothetical', 'CTU q2y given high grade dz -- lifetime risk of upper tract urothelial ca.',
    [['upper tract urothelial ca', 'null', 'hypothetical']]],
];

// A carcinoid written with its primary's organ and called metastatic before it spreads to the sites after "to" (d773 "metastatic
// well-diff ileal NET (G2) to liver"): the ileal primary, Tabular C7A.012 Malignant carcinoid tumor of the ileum, and its spread,
// Tabular C7B.02 Secondary carcinoid tumors of liver (C7B.03 of bone).
const sitedCarcinoids: readonly ReadingCase[] = [
  ['"metastatic well-diff ileal NET (G2) to liver" is the ileal primary and its liver spread', '58F with metastatic well-diff ileal NET (G2) to liver, stable disease on SSA.',
    [['ileal NET', 'C7A012', 'present'], ['liver', 'C7B02', 'present']]],
  ['"metastatic ileal NET to liver and bone" spreads to both', 'metastatic ileal NET to liver and bone.',
    [['ileal NET', 'C7A012', 'present'], ['liver', 'C7B02', 'present'], ['bone', 'C7B03', 'present']]],
];

// Denied spread with no site (ANNOTATION.md, "Sites and columns": Tabular C79.9 Secondary malignant neoplasm of unspecified site,
// negated): "no suspicion of metastatic disease" denies it as "no evidence of" does (d763), and a PET report's "No distant FDG-avid
// disease" is "no distant disease" with the tracer's avidity written in (d780).
const deniedSpread: readonly ReadingCase[] = [
  ['"no suspicion of metastatic disease" denies the site-less spread', 'No bone scan now -- not indicated for GG1, no suspicion of metastatic disease.',
    [['metastatic disease', 'C799', 'negated']]],
  ['"No distant FDG-avid disease" denies the site-less spread', 'PET: RUL nodule avid. No distant FDG-avid disease.', [['distant FDG-avid disease', 'C799', 'negated']]],
];

// The side of the sample's operation in its label (d766 "Path (R radical orchiectomy): Seminoma, classic type, … confined to testis")
// is the finding's, whatever side the text before it names ("5. L testis microlithiasis"): Index: Seminoma — see Neoplasm, malignant, by
// site; table: testis / Malignant Primary C62.9- (Tabular C62.91 Malignant neoplasm of right testis, unspecified whether descended).
const operatedSamples: readonly ReadingCase[] = [
  ['"Path (R radical orchiectomy): Seminoma" is the right testis\'s after a left testis finding',
    '5. L testis microlithiasis - self exam education.\nPath (R radical orchiectomy): Seminoma, classic type, 2.7 cm, confined to testis, no LVI.',
    [['Seminoma', 'C6291', 'present']]],
];

// "lentigo maligna type" after a melanoma in situ names its subtype, no second lesion (d768 "MELANOMA IN SITU, lentigo maligna type"):
// one entry (Index: Melanoma, in situ D03.9 with no site; face NEC D03.39); a lentigo maligna written alone is still that in-situ melanoma.
const melanomaSubtypes: readonly ReadingCase[] = [
  ['"MELANOMA IN SITU, lentigo maligna type" is one melanoma in situ', 'Path: MELANOMA IN SITU, lentigo maligna type, extending to peripheral margin.',
    [['MELANOMA IN SITU', 'D039', 'present']]],
  ['a lentigo maligna alone is the in-situ melanoma', 'Lentigo maligna L cheek.', [['Lentigo maligna L cheek', 'D0339', 'present']]],
];

// A primary called unknown has no site, whatever is written before it (d774 "L cervical nodal metastatic SCC, p16+/HPV+, unknown
// primary"): Guideline I.C.2.k, Tabular C80.1 Malignant (primary) neoplasm, unspecified; the nodes before it are the spread's.
const unknownPrimaries: readonly ReadingCase[] = [
  ['"L neck nodes, unknown primary" is the unknown primary, not the nodes', 'Metastatic SCC: L neck nodes, unknown primary.', [['unknown primary', 'C801', 'present']]],
];

// "his own" / "her own" turn from a relative's cancer to the patient's (d772 "sister w/ PDAC + his own melanoma"): the sister's
// pancreatic cancer is Tabular Z80.0, the patient's removed melanoma Z85.820 Personal history of malignant melanoma of skin.
const ownDiagnoses: readonly ReadingCase[] = [
  ['"sister w/ PDAC + his own melanoma" is the sister\'s PDAC and the patient\'s melanoma',
    'PMH: melanoma R shoulder WLE 2012, no recurrence.\nFHx: sister pancreatic cancer.\nAssessment:\n- Germline testing offered (sister w/ PDAC + his own melanoma).',
    [['melanoma R shoulder', 'Z85820', 'history'], ['pancreatic cancer', 'Z800', 'family'], ['PDAC', 'Z800', 'family'], ['melanoma', 'Z85820', 'history']]],
];

describe('specialty clinics round 19: pancreatic cyst clinic IPMN', () => checkReadings(pancreaticCysts));
describe('specialty clinics round 19: a size between a site and its finding', () => checkReadings(measuredFindings));
describe('specialty clinics round 19: a pathology label\'s part of the colon', () => checkReadings(colonPartLabels));
describe('specialty clinics round 19: testis findings', () => checkReadings(testisFindings));
describe('specialty clinics round 19: a person\'s initial in a label', () => checkReadings(personInitials));
describe('specialty clinics round 19: a Mohs report\'s restated skin cancer', () => checkReadings(mohsRestatements));
describe('specialty clinics round 19: a renal mass\'s differential', () => checkReadings(renalDifferentials));
describe('specialty clinics round 19: a cytology category and its diagnosis', () => checkReadings(categoryDiagnoses));
describe('specialty clinics round 19: a benign word before a benign neoplasm', () => checkReadings(benignWord));
describe('specialty clinics round 19: a high-risk breast lesion\'s upgrade risk', () => checkReadings(upgradeRisks));
describe('specialty clinics round 19: a relative\'s age at diagnosis', () => checkReadings(agesAtDiagnosis));
describe('specialty clinics round 19: thyroid neoplasms', () => checkReadings(thyroidNeoplasms));
describe('specialty clinics round 19: the upper urinary tract', () => checkReadings(upperTract));
describe('specialty clinics round 19: a sited carcinoid\'s spread', () => checkReadings(sitedCarcinoids));
describe('specialty clinics round 19: denied spread with no site', () => checkReadings(deniedSpread));
describe('specialty clinics round 19: the side of a sample\'s operation', () => checkReadings(operatedSamples));
describe('specialty clinics round 19: a melanoma\'s subtype', () => checkReadings(melanomaSubtypes));
describe('specialty clinics round 19: an unknown primary', () => checkReadings(unknownPrimaries));
describe('specialty clinics round 19: the patient\'s own diagnosis after a relative\'s', () => checkReadings(ownDiagnoses));
