import { checkReadings } from './readingCases';

/**
 * "Head and neck cancer" written as one region: the Table of Neoplasms row head NEC (Malignant Primary C76.0 Malignant
 * neoplasm of head, face and neck); a relative's is Z80.8 (Family history of malignant neoplasm of other organs or systems),
 * a treated one Z85.89. A head and neck squamous cell carcinoma is mucosal, so it stays C76.0 and is not moved to the skin
 * of the head (C44.42) as a squamous cell carcinoma of the scalp is (table: skin, scalp → C44.4-).
 */
describe('narrative reader: head and neck cancer as one region', () => {
  checkReadings([
    ['a relative\'s head and neck cancer is Z80.8', 'FHx: father with head and neck cancer.', [['head and neck cancer', 'Z808', 'family']]],
    ['a denied one keeps Z80.8, negated', 'FHx: No family history of head & neck cancer.', [['head & neck cancer', 'Z808', 'negated']]],
    ['the abbreviation H&N, treated and without disease, is Z85.89', 'PMH: H&N cancer s/p chemoRT 2015, NED.', [['H&N cancer', 'Z8589', 'history']]],
    [
      'a head and neck SCC is C76.0, a scalp SCC the skin of the scalp',
      'A/P: head and neck SCC on cetuximab. SCC of the scalp, excised today.',
      [['head and neck SCC', 'C760', 'present'], ['SCC of the scalp', 'C4442', 'present']],
    ],
  ]);
});
