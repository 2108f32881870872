/**
 * How a `*.json` file says it is FHIR: its first bytes open an object whose first members include
 * `"resourceType"` (FHIR's JSON format puts it first; servers and tools almost always do). Only the head
 * is read, so the test is cheap, and JSON files that are not resources (settings, package manifests)
 * are never taken over. The client and the server share this one test.
 */

/** How many characters of a file the test reads. */
export const FHIR_HEAD_LENGTH = 256;

const FHIR_HEAD = /^\ufeff?\s*\{\s*(?:"[^"\\]*"\s*:\s*(?:"[^"\\]*"|-?[\d.]+|true|false|null)\s*,\s*){0,8}"resourceType"\s*:\s*"[A-Za-z]+"/;

/** Whether the head of a JSON text (its first {@link FHIR_HEAD_LENGTH} characters) opens a FHIR resource. */
export function isFhirJsonHead(head: string): boolean {
  return FHIR_HEAD.test(head.slice(0, FHIR_HEAD_LENGTH));
}
