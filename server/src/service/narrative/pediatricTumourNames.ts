import type { HistologyTerm } from './histologyTerm';

/**
 * Tumour names of paediatric oncology notes (round 25: children's, adolescents' and survivors' clinics), kept apart from
 * `histologyNames.ts` so that each has its Index entry beside it. Spread into `NAMED_TUMOUR_TERMS`.
 *
 * The clinics write their tumours' abbreviations right after the full name ("embryonal rhabdomyosarcoma of the left orbit …
 * embryonal RMS", "pleuropulmonary blastoma … no recurrent PPB", "optic pathway glioma … OPG: stable"). The same capitals are
 * other words elsewhere (RMS a root mean square, PPB parts per billion, OPG an orthopantomogram), so each is read only in
 * capitals and only in an encounter that writes its long form (`capitalsBesideLongForm`, adrenocorticalAbbreviation.ts).
 */

function spelled(spellings: readonly string[], term: Omit<HistologyTerm, 'words'>): HistologyTerm[] {
  return spellings.map((words) => ({ words, ...term }));
}

export const PEDIATRIC_TUMOUR_TERMS: readonly HistologyTerm[] = [
  // Index: Blastoma, pulmonary — see Neoplasm, lung, malignant (table: lung / Malignant Primary C34.9-): the pleuropulmonary
  // blastoma of DICER1 syndrome; Index: Pneumoblastoma — see Neoplasm, lung, malignant.
  ...spelled(['pleuropulmonary blastoma', 'pleuropulmonary blastomas', 'pulmonary blastoma', 'pulmonary blastomas', 'pneumoblastoma'],
    { role: 'primary', impliedSite: ['lung'] }),
  { words: 'ppb', role: 'primary', impliedSite: ['lung'], capitalsOnly: true, capitalsBesideLongForm: 'pleuropulmonary blastoma' },
  // Index: Rhabdomyosarcoma — see Neoplasm, connective tissue, malignant (an organ such as the orbit keeps its own row, C69.6-).
  { words: 'rms', role: 'primary', tissue: 'connective tissue', capitalsOnly: true, capitalsBesideLongForm: 'rhabdomyosarcoma' },
  // Index: Glioma — see Neoplasm, malignant, by site: the optic pathway glioma of NF1 (table: optic nerve, chiasm, or tract / Malignant
  // Primary C72.3-), written "OPG" where the note names the glioma.
  { words: 'opg', role: 'primary', impliedSite: ['optic nerve'], capitalsOnly: true, capitalsBesideLongForm: 'glioma' },
  // Index: Medulloepithelioma — see Neoplasm, malignant, by site (DICER1 surveillance: the ciliary body's, C69.4-).
  ...spelled(['medulloepithelioma', 'medulloepitheliomas'], { role: 'primary' }),
];
