import type { HistologyTerm } from './histologyTerm';
import { PEDIATRIC_TUMOUR_TERMS } from './pediatricTumourNames';
import { SURGICAL_TUMOUR_TERMS } from './surgicalTumourNames';

const BONE = 'bone';
const CONNECTIVE_TISSUE = 'connective tissue';
const SALIVARY = ['salivary gland or duct'];
const OVARY = ['ovary'];
const BREAST = ['breast'];
const SKIN = ['skin'];
const PLACENTA = ['placenta'];
const ACOUSTIC_NERVE = ['acoustic nerve'];
const RENAL_PELVIS = ['renal', 'pelvis'];
/** The stump an operation leaves ("RECTAL STUMP", "bronchial stump", "amputation stump"): no smooth muscle tumour. */
const ORGAN_STUMPS = [
  'rectal', 'bronchial', 'duodenal', 'gastric', 'appendiceal', 'cervical', 'vaginal', 'cystic', 'colonic', 'ileal', 'pancreatic', 'ureteral',
  'amputation', 'stapled', 'hartmann', "hartmann's", 'residual', 'below-knee', 'above-knee', 'bka', 'aka', 'limb', 'tooth', 'the', 'cuff',
];

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
  // "HGSC" (high-grade serous carcinoma) arises in the ovary, the tube or the peritoneum: a serous carcinoma at the site written with
  // it ("HGSC R ovary" C56.1; Index: Carcinoma, serous — see Neoplasm, malignant, by site), no organ of its own.
  { words: 'hgsc', role: 'primary' },
  // Ocular oncology writes retinoblastoma "Rb" ("OS lesion c/w early Rb", "heritable Rb"), only in that spelling; before a word of a
  // stain or a gene test it is the RB1 protein ("Rb loss", "Rb retained" on a small cell carcinoma's IHC). "RB" in capitals is read only in an
  // encounter that writes "retinoblastoma" in full ("Dx: Bilateral retinoblastoma … Assessment: Bilateral RB, good response").
  { words: 'rb', spelledAs: 'Rb', capitalsBesideLongForm: 'retinoblastoma', role: 'primary', impliedSite: ['retina'],
    notBefore: ['loss', 'lost', 'retained', 'intact', 'protein', 'expression', 'staining', 'stain', 'ihc', 'pathway', 'status', 'gene', 'mutation',
      'mutated', 'inactivation', 'deficient', 'deficiency', 'negative', 'positive', 'null', 'deleted', 'deletion', '-', '/', '+'] },
  // Adrenocortical carcinoma (table: adrenal, cortex / Malignant Primary C74.0-) as "ACC", in capitals and only in an encounter that writes
  // the long form too (adrenocorticalAbbreviation.ts): elsewhere it is adenoid cystic or acinic cell carcinoma, or a cardiology college.
  ...spelled(['acc'], { role: 'primary', impliedSite: ['adrenal', 'cortex'], capitalsOnly: true }),
  // Favorable-histology and diffuse anaplastic Wilms tumour by the COG abbreviations, in capitals ("FHWT, stage I"; table: kidney C64.-).
  { words: 'fhwt', role: 'primary', impliedSite: ['kidney'], capitalsOnly: true },
  { words: 'dawt', role: 'primary', impliedSite: ['kidney'], capitalsOnly: true },
  // Extensive- and limited-stage small cell lung cancer; lung adenocarcinoma and squamous cell carcinoma (table: lung C34.9-).
  ...spelled(['es-sclc', 'ls-sclc', 'luad', 'lusc'], { role: 'primary', impliedSite: ['lung'] }),
  // Oropharyngeal SCC (oropharynx C10.9). (ESCC is also epidural spinal cord compression, graded in spine MRI reports.)
  ...spelled(['opscc'], { role: 'primary', impliedSite: ['oropharynx'] }),
  // Medullary and differentiated thyroid cancer (thyroid C73).
  ...spelled(['mtc', 'dtc'], { role: 'primary', impliedSite: ['thyroid'], capitalsOnly: true }),
  // Round 23: "medullary ca" with no organ is the thyroid's, as thyroid and family history notes write it beside MEN2 ("No FHx of MEN2 /
  // medullary ca"); a written organ still wins ("renal medullary carcinoma", "medullary carcinoma of the breast").
  ...spelled(['medullary ca', 'medullary carcinoma', 'medullary cancer'], { role: 'primary', impliedSite: ['thyroid'] }),
  // Urothelial and transitional cell carcinoma: the bladder unless a site is written (as "urothelial carcinoma").
  ...spelled(['ucc', 'tcc'], { role: 'primary', impliedSite: ['bladder'], capitalsOnly: true }),
  ...spelled(['transitional cell carcinoma'], { role: 'primary', impliedSite: ['bladder'] }),
  // "HGUC" (The Paris System's high-grade urothelial carcinoma) always; "UC" only in a urothelial carcinoma's phrase, since it is
  // also ulcerative colitis ("papillary UC", "bladder UC"; urinaryContext.ts).
  ...spelled(['hguc'], { role: 'primary', impliedSite: ['bladder'], capitalsOnly: true }),
  ...spelled(['uc'], { role: 'primary', impliedSite: ['bladder'], capitalsOnly: true, urinaryOnly: true }),
  // Papillary and chromophobe renal cell carcinoma (kidney C64.-).
  ...spelled(['prcc', 'chrcc'], { role: 'primary', impliedSite: ['kidney'] }),
  // Inflammatory breast cancer (breast C50.-).
  ...spelled(['ibc'], { role: 'primary', impliedSite: ['breast'], capitalsOnly: true, notBeforeLabValue: true }),
  // Intrahepatic cholangiocarcinoma (Index: Cholangiocarcinoma C22.1), extrahepatic (Tabular C24.0), gallbladder cancer (C23).
  { words: 'icca', spelledAs: 'iCCA', role: 'primary', impliedSite: ['liver'], indexCode: 'C22.1', indexSource: 'Index: Cholangiocarcinoma C22.1' },
  { words: 'ecca', spelledAs: 'eCCA', role: 'primary', impliedSite: ['bile or biliary'], indexCode: 'C24.0', indexSource: 'Tabular C24.0 Malignant neoplasm of extrahepatic bile duct' },
  ...spelled(['gbc'], { role: 'primary', impliedSite: ['gallbladder'], capitalsOnly: true }),
  // A squamous cell carcinoma of keratoacanthoma type is cutaneous by definition (table: skin / Malignant Primary C44.-, squamous type 2).
  ...spelled(['scc , ka type', 'scc , ka-type', 'scc , keratoacanthoma type', 'scc , keratoacanthoma-type', 'ka-type scc', 'keratoacanthoma-type scc',
    'squamous cell carcinoma , keratoacanthoma type', 'squamous cell carcinoma , ka type', 'squamous cell carcinoma , keratoacanthoma-type',
    'keratoacanthoma-type squamous cell carcinoma', 'scc ( ka type )', 'scc ( keratoacanthoma type )'], { role: 'primary', impliedSite: SKIN, skinType: '2' }),
  // Cutaneous squamous cell carcinoma (skin C44.-2-).
  ...spelled(['cscc', 'csccs'], { role: 'primary', impliedSite: SKIN, skinType: '2' }),
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
  ...SURGICAL_TUMOUR_TERMS,
  ...PEDIATRIC_TUMOUR_TERMS,
  // Index: Pineoblastoma C75.3 (table: pineal (gland) / Malignant Primary C75.3), the third tumour of a trilateral retinoblastoma.
  { words: 'pineoblastoma', role: 'primary', impliedSite: ['pineal'] },
  // Index: Pinealoblastoma C75.3, the older spelling ("risk of pinealoblastoma" in a retinoblastoma note).
  { words: 'pinealoblastoma', role: 'primary', impliedSite: ['pineal'] },
  // Ocular surface squamous neoplasia spans conjunctival dysplasia to invasive carcinoma and names no behaviour: the conjunctiva's
  // unspecified behaviour (table: conjunctiva / Unspecified Behavior D49.89), as a urothelial neoplasm is the bladder's (histologyLexicon.ts).
  { words: 'ocular surface squamous neoplasia', role: 'unspecified', impliedSite: ['conjunctiva'] },
  { words: 'ossn', role: 'unspecified', impliedSite: ['conjunctiva'], capitalsOnly: true },
  // The tumour's name alone, as sarcoma notes write it ("marrow bx negative for Ewing", "Ewing of the L femur"); not before a
  // word that makes it a protocol or a family of tumours ("Ewing family"), nor after a title or a period ("Dr. Ewing").
  ...['ewing', "ewing's"].map((words): HistologyTerm => ({ words, role: 'primary', tissue: BONE, notBefore: ['sarcoma', 'family', 'like', '-like', 'protocol', 'trial'],
    notAfter: ['dr', 'dr.', 'mr', 'mrs', 'ms', '.'] })),
  // Index: Adenoma, pleomorphic — see Neoplasm, benign, by site ("parotid pleomorphic adenoma" D11.0); Warthin's tumor — see Neoplasm, salivary gland, benign (D11.9).
  ...spelled(['pleomorphic adenoma', 'pleomorphic adenomas'], { role: 'benign' }),
  // Round 20 (head and neck clinics): a "neck metastasis" is the cervical nodes' (d854 "Neck metastasis left level II and III"):
  // the neck holds no organ a cancer spreads to but its nodes, table: lymph gland, neck / Malignant Secondary C77.0.
  ...spelled(['neck metastasis', 'neck metastases', 'neck mets', 'neck met'], { role: 'secondary', impliedSite: ['lymph', 'gland', 'neck'] }),
  // Round 21: so is an "axillary metastasis" the axillary nodes' and an "inguinal" or "groin metastasis" the inguinal nodes' (d825
  // "axillary\nmetastasis" of a breast cancer): node basins that hold no organ, table: lymph gland, axilla C77.3, inguinal region C77.4.
  ...spelled(['axillary metastasis', 'axillary metastases', 'axillary mets', 'axillary met'], { role: 'secondary', impliedSite: ['lymph', 'gland', 'axilla, axillary'] }),
  ...spelled(['inguinal metastasis', 'inguinal metastases', 'inguinal mets', 'inguinal met', 'groin metastasis', 'groin metastases', 'groin mets', 'groin met'],
    { role: 'secondary', impliedSite: ['lymph', 'gland', 'inguina, inguinal'] }),
  ...spelled(['warthin tumor', "warthin's tumor", 'warthin tumour', "warthin's tumour"], { role: 'benign', impliedSite: SALIVARY }),
  // The eponym alone names the tumour in a parotid note ("R parotid tail nodule -- ?Warthin"), not the Warthin-Starry silver stain.
  ...spelled(['warthin', "warthin's"], { role: 'benign', impliedSite: SALIVARY, notBefore: ['-', 'starry', 'stain', 'tumor', 'tumour', 'tumors', 'tumours'], notAfter: ['dr', 'dr.', '.'] }),
  // Index: Carcinoma, ex pleomorphic adenoma — see Neoplasm, malignant, by site: the salivary gland it arose in (the one a label or finding names).
  ...spelled(['carcinoma ex pleomorphic adenoma', 'carcinoma ex-pleomorphic adenoma', 'carcinoma ex pa'], { role: 'primary', impliedSite: SALIVARY }),
  // An intraductal papillary mucinous neoplasm of the pancreas with low- or intermediate-grade dysplasia is ICD-O 8453/0, benign
  // (table: pancreas / Benign D13.6), as pancreatic cyst clinics code it; the duct it arises in ("branch duct IPMN") is part of its name.
  ...spelled(['ipmn', 'ipmns', 'intraductal papillary mucinous neoplasm', 'intraductal papillary mucinous neoplasms', 'bd-ipmn', 'bd-ipmns', 'md-ipmn',
    'branch duct ipmn', 'branch-duct ipmn', 'main duct ipmn', 'main-duct ipmn', 'mixed type ipmn', 'mixed-type ipmn'], { role: 'benign', impliedSite: ['pancreas'] }),
  // With high-grade dysplasia it is in situ, ICD-O 8453/2 (table: pancreas / Ca in situ D01.7; ANNOTATION.md, "Neoplasm morphologies by
  // their ICD-O behaviour"): a cyst clinic's referral criterion "IPMN with HGD" names it so (d890).
  ...spelled(['ipmn with hgd', 'ipmns with hgd', 'ipmn with high-grade dysplasia', 'ipmn with high grade dysplasia', 'ipmns with high-grade dysplasia',
    'intraductal papillary mucinous neoplasm with high-grade dysplasia'], { role: 'in-situ', impliedSite: ['pancreas'] }),
  // Noninvasive follicular thyroid neoplasm with papillary-like nuclear features is ICD-O 8349/1, uncertain behaviour: table: thyroid
  // (gland) / Uncertain Behavior D44.0 (Tabular D44.0 Neoplasm of uncertain behavior of thyroid gland).
  ...spelled(['niftp', 'noninvasive follicular thyroid neoplasm with papillary-like nuclear features'], { role: 'uncertain', impliedSite: ['thyroid'] }),
  // A neoplasm a biopsy or FNA names by its cells but whose behaviour it cannot decide ("oncocytic neoplasm, favor oncocytoma" on a renal
  // core; a Bethesda IV "follicular neoplasm") is the Table's Uncertain Behavior column (ANNOTATION.md round 21; Tabular D37-D48 note:
  // "histologic confirmation whether the neoplasm is malignant or benign cannot be made"): kidney D41.0-, thyroid D44.0.
  ...spelled(['oncocytic neoplasm', 'oncocytic neoplasms', 'oncocytic renal neoplasm'], { role: 'uncertain' }),
  ...spelled(['follicular neoplasm', 'follicular neoplasms', 'hurthle cell neoplasm', 'oncocytic follicular neoplasm'], { role: 'uncertain', impliedSite: ['thyroid'] }),
  // Index: Oncocytoma — see Neoplasm, benign, by site (renal oncocytoma D30.0-).
  ...spelled(['oncocytoma', 'oncocytomas'], { role: 'benign' }),
  // Index: Ameloblastoma — see also Neoplasm, bone, benign (the jaw's: mandible D16.5, maxilla D16.4); a malignant one is named so.
  ...spelled(['ameloblastoma', 'ameloblastomas'], { role: 'benign', tissue: BONE }),
  // Index: Carcinoma, ameloblastic C41.1 (upper jaw C41.0): the malignant odontogenic tumour is the jaw bone's.
  ...spelled(['ameloblastic carcinoma', 'ameloblastic carcinomas'], { role: 'primary', tissue: BONE }),
  // Tabular D16.5 Benign neoplasm of lower jaw bone, inclusion "Keratocyst of mandible", "Keratocystic odontogenic tumor of
  // mandible" (D16.4 the maxilla's): the odontogenic keratocyst is coded as the jaw bone's benign neoplasm, "OKC" only in capitals.
  ...spelled(['odontogenic keratocyst', 'odontogenic keratocysts', 'keratocystic odontogenic tumor', 'keratocystic odontogenic tumour'], { role: 'benign', tissue: BONE }),
  { words: 'okc', role: 'benign', tissue: BONE, capitalsOnly: true },
  // Index: Myelolipoma — see Neoplasm, benign, by site; almost always the adrenal's ("fat-containing L adrenal myelolipoma": D35.02).
  ...spelled(['myelolipoma', 'myelolipomas'], { role: 'benign', impliedSite: ['adrenal'] }),
  // Index: Prolactinoma, unspecified site D35.2 (pituitary).
  ...spelled(['prolactinoma', 'prolactinomas'], { role: 'benign', impliedSite: ['pituitary'] }),
  // Index: Osteochondroma — see Neoplasm, bone, benign; Chordoma — see Neoplasm, vertebral (column), malignant (the bone written: sacrum C41.4).
  ...spelled(['osteochondroma', 'osteochondromas'], { role: 'benign', tissue: BONE }),
  ...spelled(['chordoma'], { role: 'primary', tissue: BONE }),
  // Index: Desmoid (tumor) — see Neoplasm, connective tissue, uncertain behavior.
  // Tabular D48.11- Desmoid tumor, by region (desmoidSites.ts).
  ...spelled(['desmoid tumor', 'desmoid tumour', 'desmoid', 'desmoid fibromatosis'], { role: 'uncertain', tissue: CONNECTIVE_TISSUE, desmoid: true }),
  // Index: Tumor, smooth muscle, uncertain malignant potential — see Neoplasm, connective tissue, uncertain behavior: an organ the
  // connective-tissue rows do not list keeps its own row (uterus D39.0). "STUMP" only in capitals and not after the stump of an organ.
  ...spelled(['smooth muscle tumor of uncertain malignant potential', 'smooth muscle tumour of uncertain malignant potential'], { role: 'uncertain', tissue: CONNECTIVE_TISSUE }),
  ...spelled(['stump'], { role: 'uncertain', tissue: CONNECTIVE_TISSUE, capitalsOnly: true, notAfter: ORGAN_STUMPS }),
  // Index: Neuroblastoma — see Neoplasm, malignant, by site; unspecified site C74.90 (adrenal).
  ...spelled(['neuroblastoma'], { role: 'primary', impliedSite: ['adrenal'] }),
  // "high-risk NB", "relapsed NB": paediatric oncology's abbreviation, in capitals and only after its risk group or course, since "NB"
  // alone is also nota bene and newborn.
  ...spelled(['nb'], { role: 'primary', impliedSite: ['adrenal'], capitalsOnly: true,
    onlyAfter: ['high-risk', 'intermediate-risk', 'low-risk', 'hr', 'relapsed', 'refractory', 'recurrent', 'metastatic', 'progressive', 'stage', 'adrenal'] }),
  ...spelled(['hr-nb', 'hrnb'], { role: 'primary', impliedSite: ['adrenal'], capitalsOnly: true }),
  // Index: Tumor, granulosa cell D39.1- (ovary, uncertain behaviour); Brenner tumor D27.- (ovary, benign).
  ...spelled(['granulosa cell tumor', 'granulosa cell tumour', 'adult granulosa cell tumor'], { role: 'uncertain', impliedSite: OVARY }),
  ...spelled(['brenner tumor', "brenner's tumor", 'brenner tumour'], { role: 'benign', impliedSite: OVARY }),
  // Index: Teratoma — see Neoplasm, uncertain behavior; mature (cystic) — benign; immature — malignant; Dermoid (cyst) — see Neoplasm, benign (ovary D27.-).
  // A site-less teratoma in a note documenting a testis neoplasm is that germ cell tumour's component (encounterOrgan.ts, germCellParts.ts).
  ...spelled(['teratoma'], { role: 'uncertain', encounterOrgan: ['testis'] }),
  ...spelled(['mature teratoma'], { role: 'benign', encounterOrgan: ['testis'] }),
  ...spelled(['mature cystic teratoma', 'dermoid cyst'], { role: 'benign' }),
  // "L ovarian dermoid": the adjective is the lesion's organ, which the phrase would otherwise swallow and leave site-less (Table: ovary / Benign D27.-).
  ...spelled(['ovarian dermoid', 'ovarian dermoids', 'ovarian dermoid cyst', 'ovarian dermoid cysts'], { role: 'benign', impliedSite: OVARY }),
  ...spelled(['immature teratoma'], { role: 'primary' }),
  // Index: Cystadenoma — see Neoplasm, benign, by site; Cystadenocarcinoma — see Neoplasm, malignant, by site.
  ...spelled(['cystadenoma', 'serous cystadenoma', 'mucinous cystadenoma', 'cystadenofibroma'], { role: 'benign' }),
  ...spelled(['cystadenocarcinoma', 'serous cystadenocarcinoma', 'mucinous cystadenocarcinoma'], { role: 'primary' }),
  // Index: Tumor, phyllodes (breast) D48.6- (uncertain), its subterms benign D24.- and malignant (Neoplasm, breast, malignant); Papilloma,
  // intraductal (breast) D24.-; Paget's disease of the nipple — Neoplasm, breast, nipple, malignant (C50.0-).
  ...spelled(['phyllodes tumor', 'phyllodes tumour', 'phylloides tumor'], { role: 'uncertain', impliedSite: BREAST }),
  ...spelled(['benign phyllodes tumor', 'benign phyllodes tumour'], { role: 'benign', impliedSite: BREAST }),
  ...spelled(['malignant phyllodes tumor', 'malignant phyllodes tumour'], { role: 'primary', impliedSite: BREAST }),
  ...spelled(['intraductal papilloma', 'intraductal papillomas'], { role: 'benign', impliedSite: BREAST }),
  // Intraductal carcinoma of the prostate (IDC-P) spreads within the prostate's ducts: Index: Carcinoma, intraductal — see Neoplasm, in
  // situ, by site; table: prostate / Ca in situ, Tabular D07.5 Carcinoma in situ of prostate (round 19, d746).
  ...spelled(['intraductal carcinoma of the prostate', 'intraductal carcinoma of prostate', 'idc-p'], { role: 'in-situ', impliedSite: ['prostate'] }),
  ...spelled(['paget disease of the nipple', "paget's disease of the nipple", 'paget disease of the breast', "paget's disease of the breast"],
    { role: 'primary', impliedSite: ['breast', 'nipple'] }),
  // Index: Carcinoma, sebaceous — see Neoplasm, skin, malignant: on the eyelid Tabular C44.13- Sebaceous cell carcinoma of skin of eyelid,
  // elsewhere the "other specified" type (fifth character 9).
  ...spelled(['sebaceous carcinoma', 'sebaceous gland carcinoma', 'sebaceous cell carcinoma', 'sebaceous adenocarcinoma'],
    { role: 'primary', impliedSite: SKIN, skinType: '3' }),
  // Benign tumours of the skin's glands and hair follicles (Tabular D23 includes benign neoplasm of hair follicles, sebaceous glands,
  // sweat glands; Index: Hidrocystoma, Syringoma, Trichoepithelioma, Pilomatrixoma, Dermatofibroma — see Neoplasm, skin, benign).
  ...spelled(['hidrocystoma', 'hidrocystomas', 'apocrine hidrocystoma', 'eccrine hidrocystoma', 'syringoma', 'syringomas', 'trichoepithelioma',
    'trichoepitheliomas', 'pilomatrixoma', 'pilomatricoma', 'hidradenoma', 'poroma', 'eccrine poroma', 'spiradenoma', 'cylindroma', 'sebaceous adenoma',
    'trichilemmoma', 'dermatofibroma', 'dermatofibromas', 'benign fibrous histiocytoma'], { role: 'benign', impliedSite: SKIN }),
  // "DF" (dermatofibroma) in capitals, not ankle dorsiflexion ("ankle DF 4/5", "active DF"): a strength grade after it is a lab-like value.
  ...spelled(['df'], { role: 'benign', impliedSite: SKIN, capitalsOnly: true, notBeforeLabValue: true,
    notAfter: ['ankle', 'active', 'passive', 'pf', 'plantar', 'foot', 'toe', 'wrist', 'with', '/', 'and'] }),
  // Germ cell tumours and their parts (Index: Carcinoma, embryonal; Tumor, yolk sac; Tumor, germ cell, mixed — see Neoplasm, malignant, by site);
  // "YST" in capitals. A seminoma, a non-seminoma or "GCT" of the testis is in `histologyLexicon.ts`.
  // They imply no organ (ovary, testis and mediastinum all have them): the site is the one written or the report's specimen; written
  // with none, they are the testis's in a note documenting a testis neoplasm, else the encounter's one cancer organ (encounterOrgan.ts).
  ...spelled(['embryonal carcinoma', 'yolk sac tumor', 'yolk sac tumour', 'yolk sac tumors', 'mixed germ cell tumor', 'mixed germ cell tumour',
    'mixed gct', 'mixed nsgct', 'endodermal sinus tumor'], { role: 'primary', encounterOrgan: ['testis'] }),
  ...spelled(['yst'], { role: 'primary', capitalsOnly: true, encounterOrgan: ['testis'] }),
  // Index: Dysgerminoma — specified site, see Neoplasm, malignant; unspecified site, female C56.9 (the testis's counterpart is written
  // "seminoma", the brain's and mediastinum's "germinoma"), so the word alone is the ovary's (table: ovary / Malignant Primary C56.-).
  ...spelled(['dysgerminoma', 'dysgerminomas', 'pure dysgerminoma'], { role: 'primary', impliedSite: OVARY }),
  // Germ cell neoplasia in situ of the testis (the WHO name of intratubular germ cell neoplasia): table: testis / Ca in situ D07.6-.
  ...spelled(['germ cell neoplasia in situ', 'gcnis', 'intratubular germ cell neoplasia', 'itgcn', 'igcnu'], { role: 'in-situ', impliedSite: ['testis'] }),
  // Choriocarcinoma: Tabular C58 includes choriocarcinoma NOS (the placenta) and excludes the male one (C62.9-, written with its testis);
  // Index: Tumor, trophoblastic, placental site D39.2 and Mole, hydatidiform, invasive D39.2 (Tabular D39.2 inclusions).
  ...spelled(['choriocarcinoma', 'gestational choriocarcinoma', 'choriocarcinoma of the uterus'], { role: 'primary', impliedSite: PLACENTA }),
  ...spelled(['placental site trophoblastic tumor', 'placental-site trophoblastic tumor', 'placental site trophoblastic tumour', 'pstt',
    'epithelioid trophoblastic tumor', 'invasive mole', 'invasive hydatidiform mole', 'chorioadenoma destruens'], { role: 'uncertain', impliedSite: PLACENTA }),
  // Gestational trophoblastic neoplasia diagnosed by hCG without tissue ("post-molar GTN", "low-risk GTN") is the persistent trophoblastic
  // tumour after a mole, coded with the invasive mole it usually is (Tabular D39.2 Neoplasm of uncertain behavior of placenta: chorioadenoma
  // destruens, invasive hydatidiform mole); "GTD" (disease) also names the benign mole and is left out.
  ...spelled(['gestational trophoblastic neoplasia', 'gestational trophoblastic neoplasm', 'persistent gestational trophoblastic neoplasia'],
    { role: 'uncertain', impliedSite: PLACENTA }),
  // "GTN" is also glyceryl trinitrate ("GTN spray", "sublingual GTN", "GTN 400 mcg"): not before a dose form nor after a route.
  ...spelled(['gtn'], { role: 'uncertain', impliedSite: PLACENTA, capitalsOnly: true,
    notBefore: ['spray', 'sprays', 'patch', 'patches', 'tablet', 'tablets', 'infusion', 'ointment', 'sl', 'prn', 'mg', 'mcg', 'puff', 'puffs'],
    notAfter: ['sublingual', 'sl', 'prn', 'iv', 'topical', 'nitrate', 'nitrates'] }),
  // Differentiated VIN is high grade by definition (Tabular D07.1 Carcinoma in situ of vulva, inclusion VIN III); penile intraepithelial
  // neoplasia ("PeIN") is carcinoma in situ of the penis (Tabular D07.4).
  ...spelled(['differentiated vin', 'differentiated vulvar intraepithelial neoplasia', 'differentiated-type vin', 'vulvar hsil'], { role: 'in-situ', impliedSite: ['vulva'] }),
  { words: 'dvin', spelledAs: 'dVIN', notBracketed: true, role: 'in-situ', impliedSite: ['vulva'] },
  ...spelled(['penile intraepithelial neoplasia', 'differentiated penile intraepithelial neoplasia'], { role: 'in-situ', impliedSite: ['penis'] }),
  { words: 'pein', spelledAs: 'PeIN', notBracketed: true, role: 'in-situ', impliedSite: ['penis'] },
  // Salivary duct carcinoma is a histologic type, read like "carcinoma" at the gland its report names ("LEFT PAROTID GLAND, TOTAL
  // PAROTIDECTOMY: … salivary duct carcinoma type" → table: parotid gland C07), not the salivary duct's own row.
  ...spelled(['salivary duct carcinoma', 'salivary duct carcinomas', 'salivary duct type carcinoma'], { role: 'primary' }),
  // Nasopharyngeal carcinoma by its abbreviation, in capitals (table: nasopharynx C11.9).
  ...spelled(['npc'], { role: 'primary', impliedSite: ['nasopharynx'], capitalsOnly: true }),
  // Meningiomas: several benign ones (D32.-); an atypical (WHO grade 2) one is of uncertain behaviour (table: meninges / Uncertain D42.-);
  // an anaplastic (grade 3) one is malignant (Index: Meningioma, malignant — see Neoplasm, meninges, malignant).
  ...spelled(['meningiomas'], { role: 'benign', impliedSite: ['meninges'] }),
  ...spelled(['atypical meningioma', 'atypical meningiomas', 'grade 2 meningioma', 'grade ii meningioma', 'who grade 2 meningioma', 'who grade ii meningioma',
    'atypical ( grade 2 ) meningioma', 'atypical ( who grade 2 ) meningioma', 'atypical ( grade ii ) meningioma'], { role: 'uncertain', impliedSite: ['meninges'] }),
  ...spelled(['anaplastic meningioma', 'malignant meningioma', 'grade 3 meningioma', 'grade iii meningioma'], { role: 'primary', impliedSite: ['meninges'] }),
  // Vestibular schwannoma (acoustic neuroma): table: acoustic nerve / Benign D33.3. "VS" only right after its side ("R VS", "bilateral VS").
  ...spelled(['vestibular schwannoma', 'vestibular schwannomas', 'acoustic neuroma', 'acoustic neuromas', 'acoustic schwannoma', 'acoustic schwannomas'],
    { role: 'benign', impliedSite: ACOUSTIC_NERVE }),
  ...spelled(['vs', 'vss'], { role: 'benign', impliedSite: ACOUSTIC_NERVE, capitalsOnly: true, onlyAfter: ['r', 'l', 'right', 'left', 'bilateral', 'b/l', 'bilat'] }),
  // Paraganglioma outside the adrenal (Index: Paraganglioma — table: paraganglion NEC / Uncertain D44.7; a carotid body one is D44.6 when written).
  ...spelled(['paraganglioma', 'paragangliomas', 'extra-adrenal paraganglioma', 'extra-adrenal paragangliomas', 'extraadrenal paraganglioma'],
    { role: 'uncertain', impliedSite: ['paraganglion'] }),
  // A pheochromocytoma called malignant or metastatic is a malignant neoplasm of the adrenal medulla (table: adrenal, medulla / Malignant
  // Primary C74.1-; a relative's: Z80.8), not the benign D35.0- of the name alone.
  ...spelled(['malignant pheochromocytoma', 'metastatic pheochromocytoma', 'malignant paraganglioma'], { role: 'primary', impliedSite: ['adrenal', 'medulla'] }),
  ...spelled(['schwannomas', 'neuromas'], { role: 'benign' }),
  // Index: Myxoma — see Neoplasm, connective tissue, benign: at a site written ("intramuscular myxoma of the thigh" D21.2-); with none it is
  // the myxoma notes most often name, the heart's (table: heart / Benign D15.1: "LA echodensity - myxoma vs thrombus").
  ...spelled(['myxoma', 'myxomas'], { role: 'benign', tissue: CONNECTIVE_TISSUE, impliedSite: ['heart'] }),
  ...spelled(['atrial myxoma', 'cardiac myxoma', 'left atrial myxoma', 'right atrial myxoma'], { role: 'benign', impliedSite: ['heart'] }),
  // Upper tract urothelial carcinoma: of the renal pelvis (table: pelvis, renal C65.-), its commonest site, unless the ureter is written (C66.-).
  ...spelled(['upper tract urothelial carcinoma', 'upper tract urothelial cancer', 'upper tract urothelial carcinomas', 'upper tract urothelial ca', 'upper tract tcc'],
    { role: 'primary', impliedSite: RENAL_PELVIS }),
  ...spelled(['utuc'], { role: 'primary', impliedSite: RENAL_PELVIS, capitalsOnly: true }),
  // Clinically significant prostate cancer ("csPCa"; table: prostate C61).
  { words: 'cspca', spelledAs: 'csPCa', role: 'primary', impliedSite: ['prostate'] },
  // Pituitary adenoma by its other names: non-functioning ("NFPA") and the pituitary neuroendocrine tumour ("PitNET", WHO 2022), which is
  // no carcinoid (table: pituitary / Benign D35.2).
  ...spelled(['pituitary neuroendocrine tumor', 'pituitary neuroendocrine tumour', 'pituitary neuroendocrine tumors', 'nonfunctioning pituitary adenoma',
    'non-functioning pituitary adenoma', 'nonfunctional pituitary adenoma'], { role: 'benign', impliedSite: ['pituitary'] }),
  ...spelled(['nfpa'], { role: 'benign', impliedSite: ['pituitary'], capitalsOnly: true }),
  { words: 'pitnet', spelledAs: 'PitNET', role: 'benign', impliedSite: ['pituitary'] },
  // Low- and high-grade glioma and atypical teratoid/rhabdoid tumour (table: brain C71.9), oral SCC (mouth C06.9), follicular thyroid carcinoma (C73).
  ...spelled(['lgg', 'hgg', 'atrt'], { role: 'primary', impliedSite: ['brain'], capitalsOnly: true }),
  // A frozen section's "high-grade glial neoplasm" is a glioma (Index: Glioma (malignant) — see Neoplasm, malignant, by site; brain C71.9).
  ...spelled(['glial neoplasm', 'glial neoplasms', 'glial tumor', 'glial tumors', 'glial tumour', 'glial tumours'], { role: 'primary', impliedSite: ['brain'] }),
  ...spelled(['oscc'], { role: 'primary', impliedSite: ['mouth'], capitalsOnly: true }),
  ...spelled(['ftc'], { role: 'primary', impliedSite: ['thyroid'], capitalsOnly: true }),
  // Serous tubal intraepithelial carcinoma ("STIC"): carcinoma in situ of the fallopian tube (table: fallopian tube / Ca in situ D07.39).
  ...spelled(['serous tubal intraepithelial carcinoma', 'serous tubal intraepithelial carcinomas'], { role: 'in-situ', impliedSite: ['fallopian tube'] }),
  ...spelled(['stic'], { role: 'in-situ', impliedSite: ['fallopian tube'], capitalsOnly: true }),
  // Non-small cell carcinoma is the lung's classification (table: lung C34.9-: "NSCC, favor adenocarcinoma"); "SqCC" a squamous cell carcinoma.
  ...spelled(['non-small cell carcinoma', 'non small cell carcinoma', 'non-small-cell carcinoma', 'non-small cell lung carcinoma', 'nscc'], { role: 'primary', impliedSite: ['lung'] }),
  { words: 'sqcc', spelledAs: 'SqCC', role: 'primary', skinType: '2' },
  // Speech recognition's spellings of two common histologies in dictated notes ("Hepatic cellular carcinoma, segment 6", "basil cell
  // carcinoma of the back"): Index: Carcinoma, hepatocellular C22.0; Carcinoma, basal cell — see Neoplasm, skin, malignant (C44.-1).
  ...spelled(['hepatic cellular carcinoma', 'hepato cellular carcinoma', 'hepato-cellular carcinoma'],
    { role: 'primary', impliedSite: ['liver'], indexCode: 'C22.0', indexSource: 'Index: Carcinoma, hepatocellular C22.0' }),
  ...spelled(['basil cell carcinoma', 'basil cell carcinomas', 'basil cell ca', 'basil cell cancer'], { role: 'primary', impliedSite: SKIN, skinType: '1' }),
  // Index: Linitis plastica C16.9 (stomach).
  ...spelled(['linitis plastica'], { role: 'primary', impliedSite: ['stomach'] }),
  // A Sister Mary Joseph nodule is a metastasis in the skin of the umbilicus (table: skin NOS, umbilicus / Malignant Secondary C79.2).
  ...spelled(['sister mary joseph nodule', "sister mary joseph's nodule", 'sister mary joseph', "sister joseph's nodule", 'sister joseph nodule'],
    { role: 'secondary', impliedSite: ['skin', 'umbilicus'] }),
  // Low-grade appendiceal mucinous neoplasm (ICD-O-3.2 8480/1, uncertain behaviour): table: appendix / Uncertain Behavior D37.3;
  // the high-grade one (HAMN, 8480/2) is in situ: appendix / Ca in situ D01.0. "(LAMN)" after the name restates it.
  ...spelled(['low-grade appendiceal mucinous neoplasm', 'low grade appendiceal mucinous neoplasm'], { role: 'uncertain', impliedSite: ['appendix'] }),
  ...spelled(['lamn'], { role: 'uncertain', impliedSite: ['appendix'], capitalsOnly: true, notBracketed: true }),
  ...spelled(['high-grade appendiceal mucinous neoplasm', 'high grade appendiceal mucinous neoplasm'], { role: 'in-situ', impliedSite: ['appendix'] }),
  ...spelled(['hamn'], { role: 'in-situ', impliedSite: ['appendix'], capitalsOnly: true, notBracketed: true }),
];
