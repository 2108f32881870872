import type { Token } from './tokens';

/**
 * A typed carcinoma written with no site outside a pathology report ("Rectal adenocarcinoma … EUS: uT3N1. … moderately
 * differentiated adenocarcinoma on bx"; "Cervical cancer, IB1 … Pathology reviewed: invasive squamous cell carcinoma, 1.8 cm") is the
 * patient's cancer restated, as it is in a report (`restatedCarcinoma.ts`, `restatedTypedCarcinoma`): it waits for the encounter's one
 * cancer organ and is dropped where the note names cancers of two organs (ANNOTATION.md, "Side and sub-site documented elsewhere in
 * the note"; Index: Carcinoma — see also Neoplasm, by site, malignant). Two shapes are left to their own rules: a type in the
 * parenthesis of the diagnosis before it ("Metastatic NSCLC (adenocarcinoma)"), which is that diagnosis's one mention (ANNOTATION.md,
 * "A diagnosis restated in its own parenthesis is one mention"), and a carcinoma whose spread the next word states ("carcinoma
 * metastatic to pleura"), which names another organ's disease.
 */

/** Words after a carcinoma that make it a spread to be read by the spread rules. */
const SPREAD_AFTER: ReadonlySet<string> = new Set(['metastatic', 'metastasis', 'metastases', 'mets', 'met']);

/** Whether the site-less typed carcinoma at `start`–`end`, outside any report, may restate the encounter's cancer. */
export function restatesOutsideReport(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.norm === '(') return false;
  return !SPREAD_AFTER.has(tokens[end]?.norm ?? '');
}
