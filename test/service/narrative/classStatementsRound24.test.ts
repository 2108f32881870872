import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 24 (issue 12, tuner C): a disease named as the condition of a class of people, or as what a known risk factor raises the
 * risk of, is no mention (`classStatements.ts`; ANNOTATION.md, "A statement about a class of patients is no mention of the class's
 * disease … unless it is applied to this patient"). Codes checked against the FY2027 code titles (/work/shared/codesets).
 */

// "people with CLL", "pts w/ laryngeal cancer": the clause speaks of everyone with the disease (d989, d961). The patient's own
// CLL keeps its entry (Index: Leukemia, lymphocytic, chronic, B-cell type C91.1-; Tabular C91.10 … not having achieved
// remission), and so does the risk the letter names for him (Tabular C44.90 Unspecified malignant neoplasm of skin, unspecified,
// hypothetical: ANNOTATION.md "Codes by assertion", a risk).
const classOfPeople: readonly ReadingCase[] = [
  ['"people with CLL" names the class, his CLL stays (d989)',
    'In summary, his CLL is stable with no iwCLL indication for treatment.\n\nI have reminded him that people with CLL need a yearly full skin check; his risk of a further skin cancer is real.',
    [['CLL', 'C9110', 'present'], ['skin cancer', 'C4490', 'hypothetical']]],
  ['"pts w/ laryngeal cancer" names the class (d961)',
    'Monitoring/Evaluation: wt weekly at RT visits, BMP. Many pts w/ laryngeal cancer need PEG 3-6 mo post-RT.',
    []],
  // Guard: the singular "pt with" is this patient.
  ['a singular "pt with CLL" is the patient\'s own',
    'HPI: 72M pt with CLL, Rai 0, on observation.',
    [['CLL', 'C9110', 'present']]],
];

// "(known risk factor for MALT lymphomas)": the factor raises the risk of the disease in everyone (d936, d958, d935). The patient's
// own MALT lymphoma keeps its entry (Index: Lymphoma, MALT C88.4-; Tabular C88.40 … not having achieved remission).
const knownRiskFactor: readonly ReadingCase[] = [
  ['the disease a known risk factor raises is no mention, the patient\'s own stays (d936)',
    'Impression: Ocular adnexal MALT lymphoma, R orbit, stage IE.\n- Reviewed path and staging with pt and husband. Sjogren is a known risk factor for MALT lymphoma.',
    [['MALT lymphoma', 'C8840', 'present']]],
  ['a known risk factor\'s disease in a problem list item is no mention (d935)',
    'Assessment:\n2. HIV - well controlled, a known risk factor for OSSN and for its recurrence.',
    []],
  // Guard: a disease the patient has "with" a condition stays.
  ['a lymphoma written with its setting stays',
    'A/P: Sjogren syndrome with MALT lymphoma of the R parotid.',
    [['MALT lymphoma', 'C8840', 'present']]],
];

describe('narrative reader: statements about a class of patients (round 24)', () => {
  checkReadings(classOfPeople);
  checkReadings(knownRiskFactor);
});
