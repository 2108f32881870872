import { lastAtOrBeforeBy } from '../sortedSearch';
import type { NoteSection } from './model';
import type { Token } from './tokens';

/**
 * Drugs given only against a cancer, with the code categories of the cancers they treat (as if present): a note whose
 * Medications list holds one documents treatment directed to that cancer now, so the cancer is current (Guideline
 * I.C.2.d; ANNOTATION.md: adjuvant endocrine therapy keeps a cancer present). Drugs with other common uses
 * (methotrexate, hydroxyurea, prednisone) and chemotherapy given in cycles (which a home list rarely holds) are left out.
 */
const BREAST_ENDOCRINE = ['C50', 'D05'];
const ANDROGEN_DEPRIVATION = ['C61'];
const DRUG_CATEGORIES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['tamoxifen', 'anastrozole', 'arimidex', 'letrozole', 'femara', 'exemestane', 'aromasin', 'fulvestrant', 'faslodex', 'palbociclib', 'ibrance',
    'ribociclib', 'kisqali', 'abemaciclib', 'verzenio'].map((drug): [string, readonly string[]] => [drug, BREAST_ENDOCRINE]),
  ...['leuprolide', 'lupron', 'eligard', 'degarelix', 'firmagon', 'relugolix', 'orgovyx', 'bicalutamide', 'casodex', 'enzalutamide', 'xtandi',
    'abiraterone', 'zytiga', 'apalutamide', 'erleada', 'darolutamide', 'nubeqa'].map((drug): [string, readonly string[]] => [drug, ANDROGEN_DEPRIVATION]),
  // Chronic myeloid leukaemia (C92.1-) and GIST (C49.A-).
  ...['imatinib', 'gleevec'].map((drug): [string, readonly string[]] => [drug, ['C92', 'C49']]),
  ...['dasatinib', 'sprycel', 'nilotinib', 'tasigna', 'bosutinib', 'ponatinib'].map((drug): [string, readonly string[]] => [drug, ['C92']]),
  // Chronic lymphocytic leukaemia and the B-cell lymphomas.
  ...['ibrutinib', 'imbruvica', 'acalabrutinib', 'calquence', 'zanubrutinib', 'brukinsa', 'venetoclax', 'venclexta']
    .map((drug): [string, readonly string[]] => [drug, ['C91', 'C82', 'C83', 'C88']]),
  ...['lenalidomide', 'revlimid', 'pomalidomide', 'pomalyst'].map((drug): [string, readonly string[]] => [drug, ['C90', 'D46']]),
  ...['osimertinib', 'tagrisso', 'alectinib', 'alecensa', 'lorlatinib', 'erlotinib', 'gefitinib'].map((drug): [string, readonly string[]] => [drug, ['C34']]),
]);

/** Words after a drug on its line that say it is not taken now ("tamoxifen - completed 2020", "letrozole (stopped)"). */
const NOT_TAKEN = new Set(['completed', 'stopped', 'discontinued', 'finished', 'off', 'declined']);
/** How many tokens after a drug are read for a word that says it is not taken. */
const NOT_TAKEN_REACH = 4;

/** The code categories of the cancers the encounter's Medications sections treat now. */
export function categoriesTreatedByMedications(tokens: readonly Token[], sections: readonly NoteSection[]): ReadonlySet<string> {
  const treated = new Set<string>();
  for (const section of sections) {
    if (section.kind !== 'medications') continue;
    const end = section.span.offset + section.span.length;
    const first = lastAtOrBeforeBy((index) => tokens[index]?.start ?? 0, tokens.length, section.span.offset) + 1;
    for (let index = first; index < tokens.length && (tokens[index]?.start ?? end) < end; index++) {
      const categories = DRUG_CATEGORIES.get(tokens[index]?.norm ?? '');
      if (categories !== undefined && takenNow(tokens, index)) for (const category of categories) treated.add(category);
    }
  }
  return treated;
}

function takenNow(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  for (let after = index + 1; after <= index + NOT_TAKEN_REACH && tokens[after]?.sentence === sentence; after++) {
    if (NOT_TAKEN.has(tokens[after]?.norm ?? '')) return false;
  }
  return true;
}
