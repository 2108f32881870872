import type { Encounter } from '../model';
import { spanContains } from '../spans';
import type { FhirDocument } from './fhirModel';
import { ICD10CM_SYSTEM } from './systems';

/**
 * Where completion offers ICD-10-CM codes in FHIR JSON: inside the string value of a `"code"` member
 * whose coding object names the ICD-10-CM system. The test reads the text around the cursor (the code
 * being typed is usually too short to be a coding the parse kept) within a bounded window, so a request
 * never scans a large file.
 */

/** How far completion looks around the cursor for the coding object. */
const WINDOW = 1024;

/** The code typed so far and where it starts, when the cursor is in an ICD-10-CM coding's code. */
export function fhirCodePlace(text: string, offset: number): { start: number; typed: string } | undefined {
  const before = text.slice(Math.max(0, offset - WINDOW), offset);
  const member = /"code"\s*:\s*"([A-Za-z0-9.]{0,8})$/.exec(before);
  if (member === null) return undefined;
  const typed = member[1] ?? '';
  const objectStart = before.lastIndexOf('{', member.index);
  const after = text.slice(offset, offset + WINDOW);
  const objectEnd = after.indexOf('}');
  const object = before.slice(Math.max(0, objectStart)) + (objectEnd < 0 ? after : after.slice(0, objectEnd));
  if (!object.includes(`"system"`) || !new RegExp(`"system"\\s*:\\s*"${ICD10CM_SYSTEM.replace(/[./]/g, '\\$&')}"`).test(object)) return undefined;
  return { start: offset - typed.length, typed };
}

/** The encounter whose resource holds the offset (its date picks the code-set year). */
export function fhirEncounterAt(document: FhirDocument, offset: number): Encounter | undefined {
  return document.encounters.find((encounter) => spanContains(encounter.span, offset));
}
