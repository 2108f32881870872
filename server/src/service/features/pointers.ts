import type { Location, Position } from 'vscode-languageserver-types';
import type { DiagnosisMention, DiagnosisPointer, Encounter, ParsedDocument } from '../model';
import type { TextSource } from '../spans';
import { spanContains, toRange } from '../spans';
import { findEncounterAt } from './encounterAt';
import { diagnosesAsWritten, diagnosisOfPointer } from '../x12/diagnosisPointers';

/**
 * Navigation between an 837P service line's diagnosis pointers (SV107) and the HI codes they name:
 * Go to Definition on a pointer jumps to its code; Find All References on a code (or on a pointer)
 * lists the pointers that name it. Pointers count the diagnoses in the order they are written.
 */

/** The diagnosis a pointer names, or undefined when it names none (see `diagnosis-pointer-invalid`). */
function pointedDiagnosis(encounter: Encounter, pointer: DiagnosisPointer): DiagnosisMention | undefined {
  return diagnosisOfPointer(diagnosesAsWritten(encounter), pointer.value);
}

function pointerAt(encounter: Encounter, offset: number): DiagnosisPointer | undefined {
  for (const procedure of encounter.procedures) {
    const pointer = procedure.pointers?.find((candidate) => spanContains(candidate.span, offset));
    if (pointer !== undefined) return pointer;
  }
  return undefined;
}

function claimAt(parsed: ParsedDocument, offset: number): Encounter | undefined {
  return parsed.languageId === 'x12-837' ? findEncounterAt(parsed, offset) : undefined;
}

/** The HI code a pointer under the cursor names. */
export function findPointerDefinition(document: TextSource, parsed: ParsedDocument, position: Position): Location[] {
  const offset = document.offsetAt(position);
  const encounter = claimAt(parsed, offset);
  const pointer = encounter === undefined ? undefined : pointerAt(encounter, offset);
  const diagnosis = encounter === undefined || pointer === undefined ? undefined : pointedDiagnosis(encounter, pointer);
  return diagnosis === undefined ? [] : [{ uri: document.uri, range: toRange(document, diagnosis.span) }];
}

/** The pointers that name the HI code under the cursor (or the code a pointer under the cursor names). */
export function findPointerReferences(document: TextSource, parsed: ParsedDocument, position: Position, includeDeclaration: boolean): Location[] {
  const offset = document.offsetAt(position);
  const encounter = claimAt(parsed, offset);
  if (encounter === undefined) return [];
  const pointer = pointerAt(encounter, offset);
  const diagnosis = pointer === undefined
    ? encounter.diagnoses.find((mention) => spanContains(mention.span, offset))
    : pointedDiagnosis(encounter, pointer);
  if (diagnosis === undefined) return [];
  const location = (span: DiagnosisPointer['span']): Location => ({ uri: document.uri, range: toRange(document, span) });
  const pointers = encounter.procedures.flatMap((procedure) => procedure.pointers ?? [])
    .filter((candidate) => pointedDiagnosis(encounter, candidate) === diagnosis)
    .map((candidate) => location(candidate.span));
  return includeDeclaration ? [location(diagnosis.span), ...pointers] : pointers;
}
