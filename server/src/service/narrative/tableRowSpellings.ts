import type { SiteTerm } from './siteTerm';

/**
 * Sites clinicians write in words the Table of Neoplasms does not print, each with the row the table prints for it (round 17's
 * third pass over the table): the parts of the cervix as colposcopy and LEEP reports name them, and the alveolar ridge of one jaw.
 */
export const TABLE_ROW_SPELLINGS: readonly SiteTerm[] = [
  // Table "cervix › exocervix" C53.1 / in situ D06.1 (the ectocervix is the exocervix) and "cervix › endocervix" C53.0 / D06.0.
  ...['ectocervix', 'ectocervical', 'exocervical'].map((words): SiteTerm => ({ words, path: ['exocervix'] })),
  { words: 'endocervical', path: ['endocervix'] },
  // Table "alveolar › ridge or process › lower / upper": the mandible's ridge is the lower, the maxilla's the upper (a carcinoma
  // there is read at the ridge's "carcinoma" sub-row, carcinomaRow.ts: lower C03.1, upper C03.0).
  { words: 'mandibular alveolar ridge', path: ['alveolar', 'ridge or process', 'lower'] },
  { words: 'maxillary alveolar ridge', path: ['alveolar', 'ridge or process', 'upper'] },
];
