import type { HistologyTerm } from './histologyTerm';

/**
 * Tumour names of the surgical services' notes (round 22: neurosurgery, orthopaedic, ocular, thoracic and endocrine surgery),
 * kept apart from `histologyNames.ts` so that each family has its Index entry beside it. Spread into `NAMED_TUMOUR_TERMS`.
 */

function spelled(spellings: readonly string[], term: Omit<HistologyTerm, 'words'>): HistologyTerm[] {
  return spellings.map((words) => ({ words, ...term }));
}

export const SURGICAL_TUMOUR_TERMS: readonly HistologyTerm[] = [
  // Desmoid-type (aggressive, deep) fibromatosis is the desmoid tumour's pathology name (ANNOTATION.md, "Desmoid"; Index: Desmoid
  // — see Neoplasm, connective tissue, uncertain behavior; Tabular D48.11- by region, `desmoidSites.ts`). Plain "fibromatosis" also
  // names the palmar and plantar fibromatoses (Tabular M72.-), no neoplasm, so it is not read alone.
  ...spelled(['desmoid-type fibromatosis', 'desmoid type fibromatosis', 'desmoid-type fibromatoses', 'aggressive fibromatosis', 'deep fibromatosis'],
    { role: 'uncertain', tissue: 'connective tissue', desmoid: true }),
  // The "atypical neurofibromatous neoplasm of uncertain biologic potential" (ANNUBP) of NF1 clinics is a neurofibroma still (Index:
  // Neurofibroma — see Neoplasm, nerve, benign): at the nerve written, else the nerve's own row (D36.10), never an organ of its
  // sentence ("SUV ratio >2.5 to liver - high suspicion for MPNST vs ANNUBP").
  ...spelled(['atypical neurofibromatous neoplasm of uncertain biologic potential', 'atypical neurofibromatous neoplasms of uncertain biologic potential'],
    { role: 'benign', tissue: 'nerve', impliedSite: ['nerve'] }),
  ...spelled(['annubp', 'annubps'], { role: 'benign', tissue: 'nerve', impliedSite: ['nerve'], capitalsOnly: true }),
  // "Pheo", endocrine surgery's short name of the pheochromocytoma (Index: Pheochromocytoma — see Neoplasm, benign, by site; table:
  // adrenal, medulla / Benign D35.0-), and its plural.
  ...spelled(['pheo', 'pheos', 'pheochromocytomas'], { role: 'benign', impliedSite: ['adrenal', 'medulla'] }),
  // A prolactinoma by its size (Index: Prolactinoma D35.2; table: pituitary / Benign D35.2).
  ...spelled(['macroprolactinoma', 'macroprolactinomas', 'microprolactinoma', 'microprolactinomas', 'giant prolactinoma'], { role: 'benign', impliedSite: ['pituitary'] }),
  // The atypical parathyroid tumour (WHO 2022; formerly atypical adenoma) has features short of a carcinoma and an uncertain potential:
  // table: parathyroid / Uncertain Behavior D44.2 (Tabular D44.2 Neoplasm of uncertain behavior of parathyroid gland).
  ...spelled(['atypical parathyroid tumor', 'atypical parathyroid tumour', 'atypical parathyroid neoplasm', 'atypical parathyroid adenoma',
    'atypical parathyroid tumors', 'atypical parathyroid neoplasms'], { role: 'uncertain', impliedSite: ['parathyroid'] }),
  // A meningioma's WHO grade written before it in short ("GTR of a WHO 2 meningioma"): grade 2 is the atypical meningioma (ICD-O 9539/1,
  // table: meninges / Uncertain Behavior D42.-), grade 3 the anaplastic one (Index: Meningioma, malignant — see Neoplasm, meninges,
  // malignant); `histologyNames.ts` reads "grade 2 meningioma" and "WHO grade 2 meningioma".
  ...spelled(['who 2 meningioma', 'who ii meningioma', 'cns who grade 2 meningioma', 'who gr 2 meningioma', 'who-2 meningioma'], { role: 'uncertain', impliedSite: ['meninges'] }),
  ...spelled(['who 3 meningioma', 'who iii meningioma', 'who grade 3 meningioma', 'who grade iii meningioma', 'cns who grade 3 meningioma', 'who gr 3 meningioma'],
    { role: 'primary', impliedSite: ['meninges'] }),
];
