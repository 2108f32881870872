/**
 * The anticancer drugs the reader knows, by generic and brand name, in one list that serves both places a drug
 * says treatment is going on now (Guideline I.C.2.d: a cancer still treated is current, not history):
 *
 * - a drug written after "on", "continue", "tolerating" next to a diagnosis ("NED on anastrozole", "now on
 *   durvalumab consolidation"): every drug here (assertionTriggers.ts);
 * - a drug in the note's Medications list, which names no diagnosis: only the drugs given against a few cancers
 *   (`treats`, the code categories of those cancers as if present), so the list can say which cancer it treats
 *   (medicationList.ts). Agents given against many cancers (checkpoint inhibitors, capecitabine, PARP
 *   inhibitors) and drugs with other uses that a coder would still read as cancer treatment beside a cancer
 *   (rituximab, hydroxyurea, ruxolitinib) have no `treats`. Drugs whose other uses are common even beside a
 *   cancer (methotrexate, prednisone, everolimus after a transplant, octreotide for varices) are not listed.
 */

export interface CancerDrug {
  /** Generic and brand names, lower-case as the tokenizer normalises them. */
  readonly names: readonly string[];
  /** The code categories of the only cancers the drug is given for, when a Medications list may attribute it. */
  readonly treats?: readonly string[];
}

const BREAST_ENDOCRINE = ['C50', 'D05'];
const ANDROGEN_DEPRIVATION = ['C61'];
const B_CELL_NEOPLASMS = ['C91', 'C82', 'C83', 'C88'];

export const CANCER_DRUGS: readonly CancerDrug[] = [
  // Adjuvant and metastatic endocrine therapy of breast cancer and DCIS, and the CDK4/6 inhibitors given with it.
  ...[['tamoxifen'], ['anastrozole', 'arimidex'], ['letrozole', 'femara'], ['exemestane', 'aromasin'], ['fulvestrant', 'faslodex'],
    ['palbociclib', 'ibrance'], ['ribociclib', 'kisqali'], ['abemaciclib', 'verzenio']].map((names) => ({ names, treats: BREAST_ENDOCRINE })),
  // Androgen deprivation and androgen-receptor pathway inhibitors of prostate cancer.
  ...[['leuprolide', 'lupron', 'eligard'], ['degarelix', 'firmagon'], ['relugolix', 'orgovyx'], ['bicalutamide', 'casodex'],
    ['enzalutamide', 'xtandi'], ['abiraterone', 'zytiga'], ['apalutamide', 'erleada'], ['darolutamide', 'nubeqa']]
    .map((names) => ({ names, treats: ANDROGEN_DEPRIVATION })),
  // Chronic myeloid leukaemia (C92.1-) and, for imatinib, GIST (C49.A-).
  { names: ['imatinib', 'gleevec'], treats: ['C92', 'C49'] },
  ...[['dasatinib', 'sprycel'], ['nilotinib', 'tasigna'], ['bosutinib'], ['ponatinib']].map((names) => ({ names, treats: ['C92'] })),
  // Chronic lymphocytic leukaemia and the B-cell lymphomas.
  ...[['ibrutinib', 'imbruvica'], ['acalabrutinib', 'calquence'], ['zanubrutinib', 'brukinsa'], ['venetoclax', 'venclexta']]
    .map((names) => ({ names, treats: B_CELL_NEOPLASMS })),
  // Myeloma and the myelodysplastic syndromes.
  ...[['lenalidomide', 'revlimid'], ['pomalidomide', 'pomalyst']].map((names) => ({ names, treats: ['C90', 'D46'] })),
  // EGFR and ALK inhibitors of lung cancer.
  ...[['osimertinib', 'tagrisso'], ['alectinib', 'alecensa'], ['lorlatinib'], ['erlotinib'], ['gefitinib']].map((names) => ({ names, treats: ['C34'] })),
  // HER2-directed drugs given only in breast cancer; androgen deprivation also given in premenopausal breast cancer.
  ...[['pertuzumab', 'perjeta'], ['kadcyla', 't-dm1', 'ado-trastuzumab'], ['tucatinib', 'tukysa'], ['neratinib', 'nerlynx'], ['lapatinib']].map((names) => ({ names, treats: ['C50'] })),
  { names: ['goserelin', 'zoladex'], treats: ['C61', 'C50'] },
  { names: ['triptorelin', 'trelstar'], treats: ANDROGEN_DEPRIVATION },
  // Proteasome inhibitors and the anti-CD38 antibody of myeloma.
  ...[['bortezomib', 'velcade'], ['carfilzomib', 'kyprolis'], ['ixazomib', 'ninlaro'], ['daratumumab', 'darzalex']].map((names) => ({ names, treats: ['C90'] })),
  ...[['brigatinib', 'alunbrig'], ['lorbrena'], ['tarceva'], ['iressa'], ['afatinib', 'gilotrif']].map((names) => ({ names, treats: ['C34'] })),
  ...[['asciminib', 'scemblix'], ['bosulif'], ['iclusig']].map((names) => ({ names, treats: ['C92'] })),
  // Given against many cancers, or with other uses: a cue beside a diagnosis only.
  ...[['trastuzumab', 'herceptin'], ['enhertu', 't-dxd', 'fam-trastuzumab'], ['capecitabine', 'xeloda'], ['pembrolizumab', 'keytruda'], ['nivolumab', 'opdivo'],
    ['durvalumab', 'imfinzi'], ['atezolizumab', 'tecentriq'], ['ipilimumab', 'yervoy'], ['cemiplimab', 'libtayo'], ['dostarlimab', 'jemperli'],
    ['olaparib', 'lynparza'], ['niraparib', 'zejula'], ['rucaparib', 'rubraca'], ['talazoparib'], ['bevacizumab', 'avastin'], ['cetuximab', 'erbitux'],
    ['panitumumab', 'vectibix'], ['sunitinib', 'sutent'], ['pazopanib', 'votrient'], ['cabozantinib', 'cabometyx'], ['axitinib', 'inlyta'],
    ['lenvatinib', 'lenvima'], ['sorafenib', 'nexavar'], ['regorafenib', 'stivarga'], ['dabrafenib', 'tafinlar'], ['trametinib', 'mekinist'],
    ['encorafenib', 'braftovi'], ['sotorasib'], ['crizotinib', 'xalkori'], ['lanreotide', 'somatuline'], ['azacitidine', 'vidaza'], ['decitabine'],
    ['ruxolitinib', 'jakafi'], ['hydroxyurea', 'hydrea'], ['rituximab', 'rituxan'], ['obinutuzumab', 'gazyva'], ['brentuximab', 'adcetris'],
    ['blinatumomab'], ['gilteritinib'], ['midostaurin'], ['temozolomide', 'tmz']].map((names) => ({ names })),
];

/** Every name of every drug in the list. */
export function cancerDrugNames(): string[] {
  return CANCER_DRUGS.flatMap((drug) => drug.names);
}

/**
 * Treatments that, taken now, keep a cancer current: the classes of treatment named as such (chemotherapy, adjuvant
 * endocrine therapy, androgen deprivation) and every drug of the list. Written after "on", "continue", "tolerating"
 * (assertionTriggers.ts); class words are no Medications-list drugs, since a home list names drugs, not classes.
 */
export const ONGOING_TREATMENTS: readonly string[] = [
  'chemo', 'chemotherapy', 'immunotherapy', 'ai', 'aromatase inhibitor', 'endocrine therapy', 'hormonal therapy', 'hormone therapy', 'adt',
  ...cancerDrugNames(),
];
