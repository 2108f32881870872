import type { DiagnosisPointer, Encounter } from '../model';
import { MAX_DIAGNOSIS_POINTER, pointerPosition, pointsAtDiagnosis } from '../x12/diagnosisPointers';
import type { Finding, Rule } from './rule';

/**
 * An 837P service line's diagnosis code pointer (SV107) must name a diagnosis the claim reports: a
 * position from 1 to the number of diagnosis codes in its HI segment (at most 12). A pointer past
 * them, zero, or not a number links the procedure to no diagnosis; payers reject such claims.
 */
export const diagnosisPointerInvalid: Rule = {
  id: 'diagnosis-pointer-invalid',
  defaultSeverity: 'error',
  summary: 'A service line’s diagnosis code pointer (SV107) names no diagnosis of the claim.',
  grounding: 'ASC X12 005010X222A1, loop 2400 SV107 (Composite Diagnosis Code Pointer)',
  // Not a class of codes: the claims reader sends every claim with a bad pointer to be built.
  reactsTo: { claimParts: ['diagnosis-pointers'] },
  check({ encounter, diagnoses }): readonly Finding[] {
    const count = diagnoses.count;
    return badPointers(encounter, count).map((pointer) => ({ span: pointer.span, message: message(pointer, count) }));
  },
};

/** The position a pointer's text names, or 0 when it is not a number from 1 to 12. */
function positionOf(pointer: DiagnosisPointer): number {
  return pointerPosition(pointer.value, 0, pointer.value.length);
}

/**
 * The pointers that name no diagnosis, in the order written. The rule runs on every built claim with
 * pointers and almost all of them are good, so nothing is allocated until a bad one is met.
 */
function badPointers(encounter: Encounter, count: number): readonly DiagnosisPointer[] {
  let bad: DiagnosisPointer[] | undefined;
  for (const procedure of encounter.procedures) {
    const pointers = procedure.pointers;
    if (pointers === undefined) continue;
    for (const pointer of pointers) {
      if (!pointsAtDiagnosis(positionOf(pointer), count)) (bad ??= []).push(pointer);
    }
  }
  return bad ?? [];
}

function message(pointer: DiagnosisPointer, count: number): string {
  const available = count === 0 ? 'the claim reports no diagnosis' : count === 1 ? 'the claim reports 1 diagnosis (pointer 1)' : `the claim reports ${count} diagnoses (pointers 1 to ${count})`;
  const what = positionOf(pointer) === 0
    ? `Diagnosis pointer ${pointer.value} in SV107 is not a position from 1 to ${MAX_DIAGNOSIS_POINTER}`
    : `Diagnosis pointer ${pointer.value} in SV107 points past the claim's diagnoses`;
  return `${what}: ${available}; point the service line at the HI code it treats (005010X222A1 2400 SV107).`;
}
