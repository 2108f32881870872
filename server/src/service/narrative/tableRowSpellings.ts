import type { SiteTerm } from './siteTerm';

/**
 * Sites clinicians write in words the Table of Neoplasms does not print, each with the row the table prints for it (round 17's
 * third pass over the table): the parts of the cervix as colposcopy and LEEP reports name them, the alveolar ridge of one jaw, and organ adjectives.
 */
export const TABLE_ROW_SPELLINGS: readonly SiteTerm[] = [
  // Table "cervix › exocervix" C53.1 / in situ D06.1 (the ectocervix is the exocervix) and "cervix › endocervix" C53.0 / D06.0.
  ...['ectocervix', 'ectocervical', 'exocervical'].map((words): SiteTerm => ({ words, path: ['exocervix'] })),
  { words: 'endocervical', path: ['endocervix'] },
  // Table "alveolar › ridge or process › lower / upper": the mandible's ridge is the lower, the maxilla's the upper (a carcinoma
  // there is read at the ridge's "carcinoma" sub-row, carcinomaRow.ts: lower C03.1, upper C03.0).
  { words: 'mandibular alveolar ridge', path: ['alveolar', 'ridge or process', 'lower'] },
  { words: 'maxillary alveolar ridge', path: ['alveolar', 'ridge or process', 'upper'] },
  // Organ adjectives the table prints only as nouns ("gingival carcinoma" is of the gingiva C03.9, "urachal carcinoma" of the urachus
  // C67.7, "tubal carcinoma" of the fallopian tube C57.0-), tested in both columns in organAdjectivesRound17.test.ts.
  ...([
    ['gingival', 'gingiva'], ['palatal', 'palate'], ['tracheal', 'trachea'], ['scrotal', 'scrotum'], ['tubal', 'fallopian tube'],
    ['myocardial', 'myocardium'], ['ureteric', 'ureter'], ['urachal', 'urachus'], ['submandibular', 'submandibular gland'], ['epiglottic', 'epiglottis'],
  ] as const).map(([words, row]): SiteTerm => ({ words, path: [row] })),
  // The conjunctiva lines the lids and folds back onto the globe at its superior and inferior fornices, which the table does not print
  // (its "fornix" rows are the pharynx's and the vagina's, whose fornices are anterior, posterior and lateral): "Conjunctiva, left
  // superior fornix, map bx" is the conjunctiva's (table: conjunctiva / Malignant Primary C69.0-).
  ...['superior fornix', 'inferior fornix', 'conjunctival fornix', 'superior fornices', 'inferior fornices'].map((words): SiteTerm => ({ words, path: ['conjunctiva'] })),
  // Bronchial washings or lavage are a fluid sampled from the airways, no tumour's site (fluidCytology.ts gives them no cavity).
  { words: 'bronchial', path: ['bronchus'], notBefore: ['washings', 'washing', 'lavage'] },
];
