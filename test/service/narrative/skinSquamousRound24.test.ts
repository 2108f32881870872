import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Restatements round 24 (issue 12, tuner D): a squamous cell carcinoma written with no site restates the patient's skin SCC when
 * every one the note places is on the skin. Codes checked against the FY2027 tabular (/work/shared/codesets): Z85.828 Personal
 * history of other malignant neoplasm of skin; Z85.818 Personal history of malignant neoplasm of other sites of lip, oral cavity,
 * and pharynx; C77.0 Secondary and unspecified malignant neoplasm of lymph nodes of head, face and neck. Index: Carcinoma,
 * squamous cell — see Neoplasm, skin, malignant.
 */

// d654 ("Hx SCC of skin R dorsal hand (Z85.828) … annual skin exam (… prior SCC)") and d582 (">15 cutaneous SCCs … Hx multiple
// SCCs"): the site-less SCC is the skin SCC the note places, history Z85.828.
const skinOnly: readonly ReadingCase[] = [
  ['a prior SCC in a note whose only placed SCC is on the skin is the skin SCC\'s history',
    'PMH:\n3. Hx SCC of skin R dorsal hand - excised 2024\nPlan:\n- Derm: annual skin exam (prior SCC).',
    [['SCC of skin R dorsal hand', 'Z85828', 'history'], ['SCC', 'Z85828', 'history']]],
  ['multiple SCCs after cutaneous SCCs are the skin\'s',
    'HPI: 66M, >15 cutaneous SCCs since 2018 (scalp, ears). A/P:\n4. Hx multiple SCCs - continue acitretin.',
    [['cutaneous SCCs', 'Z85828', 'history'], ['SCCs', 'Z85828', 'history']]],
];

// Guards: an SCC placed at another organ (the tonsil, Z85.818) or found in a node (C77.0) leaves the site-less SCC unread, as before.
const otherOrgan: readonly ReadingCase[] = [
  ['a tonsil SCC leaves a prior SCC unread',
    'PMH:\n3. Hx SCC of the L tonsil s/p chemoRT 2021\nPlan:\n- ENT follow-up (prior SCC).',
    [['SCC of the L tonsil', 'Z85818', 'history']]],
  ['a nodal SCC leaves a prior SCC unread beside a skin SCC',
    'PMH:\n3. Hx SCC of skin R dorsal hand - excised 2024\nPET: L cervical nodal metastatic SCC.\nPlan:\n- ENT follow-up (prior SCC).',
    [['SCC of skin R dorsal hand', 'Z85828', 'history'], ['L cervical nodal metastatic SCC', 'C770', 'present']]],
];

describe('narrative reader: restated skin SCC, round 24', () => {
  describe('a site-less SCC restates the note\'s skin SCC', () => checkReadings(skinOnly));
  describe('an SCC of another organ or a node leaves it unread', () => checkReadings(otherOrgan));
});
