import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 25 (issue 12, tuner B): a denial of a need, a relation or a fitness ends at the predicate it denies (NegEx's termination
 * terms), so a diagnosis after "needed", "related to", "ideal" or "indicated" keeps its own reading (`deniedPredicates.ts`).
 * Codes checked against the FY2027 code titles (/work/shared/codesets) and the Index.
 */
const deniedPredicates: readonly ReadingCase[] = [
  // d1022: "No IS change needed for a single BCC" (Tabular C44.91 Basal cell carcinoma of skin, unspecified; the BCC was excised
  // this month and is the diagnosis of the call).
  ['a change not needed for a BCC leaves the BCC present',
    'Plan:\n- No IS change needed for a single BCC.',
    [['BCC', 'C4491', 'present']]],
  // d958: "BM bx not done (not needed per heme for localized ocular adnexal MZL)" (Index: Lymphoma, marginal zone, extranodal,
  // mucosa-associated lymphoid tissue → C88.4; Tabular C88.40 … not having achieved remission).
  ['a marrow biopsy not needed for a localized lymphoma leaves the lymphoma present',
    'Staging:\n- CBC nl, LDH nl. BM bx not needed per heme for localized ocular adnexal MZL.',
    [['ocular adnexal MZL', 'C8840', 'present']]],
  // d898: "LNG-IUD not ideal w/ FIGO 1, …, hysteroscopic myomectomy of the submucosal fibroid" (Index: Leiomyoma, uterus,
  // submucous → D25.0; Tabular D25.0 Submucous leiomyoma of uterus).
  ['an option not ideal for a fibroid leaves the fibroid present',
    'Plan:\n- Options reviewed (LNG-IUD not ideal w/ FIGO 1, hysteroscopic myomectomy of the submucosal fibroid).',
    [['submucosal fibroid', 'D250', 'present']]],
  // d375 / d559: "not related to his cancer", "Not related to the prior breast carcinoma": the relation is denied, the cancer is
  // the patient's (Tabular C22.0 Liver cell carcinoma).
  ['a finding not related to the HCC leaves the HCC present',
    'A/P:\n2. Thrombocytopenia from portal hypertension, not related to his HCC.',
    [['HCC', 'C220', 'present']]],
  // Guards: a denial written after the predicate still denies (Tabular C79.9 Secondary malignant neoplasm of unspecified site),
  // and a plain denial with no predicate between still denies the cancer it names.
  ['a denial after the denied need still denies the metastatic disease',
    'Plan:\n- No adjuvant therapy needed; no evidence of metastatic disease.',
    [['metastatic disease', 'C799', 'negated']]],
  ['a plain denial of a BCC is unchanged',
    'Skin exam: no BCC.',
    [['BCC', 'C4491', 'negated']]],
];

describe('narrative reader: a denied need or relation (round 25)', () => {
  checkReadings(deniedPredicates);
});
