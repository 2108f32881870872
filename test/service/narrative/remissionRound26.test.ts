import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * A hedged mention of a leukaemia, lymphoma or myeloma the note documents in remission keeps the remission code, as a hedged
 * mention of one documented in relapse keeps the relapse code (`noteStatus.ts`' `withCarriedStatus`): the hedge is on what
 * is said of the disease, its cause or its kind, not on the disease (ANNOTATION.md, "Remission and cure in one note": the
 * remission code applies to every mention; dev d1030). A lesion its sentence calls new doubts a relapse, not the disease in
 * remission, and keeps the active code (ANNOTATION.md round 17, "new rib lesion, likely myeloma").
 */
const cases: readonly ReadingCase[] = [
  // Index: Leukemia, myeloid, acute, in remission C92.01.
  ['a hedged cause of an AML in first remission keeps the remission code (d1030)',
    'A: AML in CR1. Prior tangential-field RT considered - radiation-associated AML less likely given low marrow dose.',
    [['AML', 'C9201', 'present'], ['AML', 'C9201', 'uncertain']]],
  // Index: Myeloma, multiple C90.00 (not having achieved remission): a new lesion is doubted as the disease come back.
  ['guard: a new lesion in a myeloma in remission, likely myeloma, keeps the active code',
    'Multiple myeloma in VGPR / remission on lenalidomide maintenance. PET: new rib lesion, likely myeloma.',
    [['Multiple myeloma', 'C9001', 'present'], ['myeloma', 'C9000', 'uncertain']]],
];

describe('round 26: a hedged mention of a disease in remission', () => checkReadings(cases));
