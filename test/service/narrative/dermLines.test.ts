import { checkReadings, type ReadingCase } from './readingCases';

/**
 * Dermatology lines: the body site first, then the lesion, then a differential written in the
 * specialty's abbreviations. A squamous cell carcinoma (which may be of any organ) takes the body
 * surface its line is about only when the Table of Neoplasms puts it on the skin there; beside a basal
 * cell carcinoma or an actinic keratosis it is a skin cancer. Codes from the Table of Neoplasms (FY2025)
 * and the FY2026 code file.
 */
const CASES: readonly ReadingCase[] = [
  // table: leg / skin → skin, leg; Ca in situ D04.7- (left: D04.72). "r/o": uncertain.
  ['an in-situ SCC after a comma clause takes the line\'s surface', 'L lower leg plaque - bx sent, r/o SCCis.', [['SCCis', 'D0472', 'uncertain']]],
  // As above; "sBCC" is a superficial basal cell carcinoma (Index: Carcinoma, basal cell → Neoplasm, skin, malignant): skin of left lower limb C44.719.
  ['the superficial BCC abbreviation is read on the same surface', 'L lower leg plaque - bx sent, r/o SCCis vs sBCC.',
    [['SCCis', 'D0472', 'uncertain'], ['sBCC', 'C44719', 'uncertain']]],
  // table: cheek C76.0 → cheek, external (skin of other parts of face): SCC C44.329.
  ['an invasive SCC after a papule of the cheek', 'R cheek papule, r/o SCC vs AK.', [['SCC', 'C44329', 'uncertain']]],
  // "preauricular" without a node word is the skin in front of the ear: cheek, external; Ca in situ D04.39.
  ['the preauricular skin is the cheek\'s', 'R preauricular SCCis.', [['R preauricular SCCis', 'D0439', 'present']]],
  // table: lymph, lymphatic, node, preauricular — Malignant Secondary C77.0.
  ['a preauricular node stays a lymph node', 'Metastatic SCC to a R preauricular node.', [['SCC to a R preauricular node', 'C770', 'present']]],
  // The lung's carcinoma is no skin cancer: the SCC a lung mass is ruled out for is the lung's, uncertain, as "Lung mass, concerning
  // for SCC" reads (table: lung / Malignant Primary C34.9-, no side written: null), never a skin code (round 9: "r/o" concludes a finding).
  ['an organ on the line does not make an SCC a skin cancer', 'Lung mass, r/o SCC.', [['SCC', 'null', 'uncertain']]],
  // Guideline I.C.2.d: history of a skin carcinoma Z85.828 for each of the two cell types listed.
  ['a BCC and an SCC listed together are two skin cancers', 'Hx BCC, SCC - no recurrence on exam.',
    [['BCC', 'Z85828', 'history'], ['SCC', 'Z85828', 'history']]],
  // Beside an actinic keratosis an SCC is of the skin, site not given: skin NOS C44.92.
  ['an SCC weighed against an AK is a skin cancer', 'Clinically AK vs SCC.', [['SCC', 'C4492', 'uncertain']]],
  // "MMIS": malignant melanoma in situ (Index: Melanoma, in situ, trunk D03.59; the back is trunk).
  ['MMIS in capitals is melanoma in situ', 'L upper back: MMIS. Re-excision planned.', [['MMIS', 'D0359', 'present']]],
  // "MIS" names the in-situ form itself: a lone "MIS" at the end of its line is read, and its phrase takes no following word.
  ['a lone MIS closing its line is read', 'L upper back: MIS', [['MIS', 'D0359', 'present']]],
  // With no skin word near it an SCC names no site, and nothing is coded.
  ['an SCC alone names no site', 'Clinically SCC.', []],
];

describe('narrative: dermatology lines and differentials', () => {
  checkReadings(CASES);
});
