/**
 * Code-shaped text in clinical notes that is not a diagnosis. Pathology and laboratory text is full
 * of identifiers and names that have a code's shape: accession numbers (`S25-00917`, a surgical
 * specimen of 2025), case numbers, and immunohistochemistry markers (`S100`, `p53`, `P504S`). Read as
 * codes they raise false errors (S10.0 is a header) and, worse, count as diagnoses (a `C25-…` accession
 * number would count as a pancreatic primary and silence a real finding). The finder asks three things:
 *
 * - is the token glued to `-digits` (`S25-00917`, `C25-11873`)? Then it is part of a number;
 * - does an identifier label stand right before it (`Accession #`, `Specimen:`, `Case No.`)?
 * - is it, as written, the name of a stain or marker in {@link IHC_MARKERS}? Then it is a marker
 *   unless an explicit code word (`ICD-10`, `Dx`, `code`) introduces it. `S100` is the marker, while
 *   `S10.0`, written with its dot, stays the code.
 */

/**
 * Immunohistochemistry and molecular markers whose names have the shape of an ICD-10-CM code, upper
 * case and written as pathology reports write them (a dot only where the name has one). Each is in routine use in surgical
 * pathology reports; several are real codes (S10.0, P53, P50.1, P50.4, P12.0), which is why they must be
 * named here and not left to the "unknown shape-only token" filter.
 */
export const IHC_MARKERS: ReadonlyMap<string, string> = new Map([
  ['S100', 'S-100 protein (melanocytic, neural and Langerhans cell marker)'],
  ['S100P', 'S100P (placental S100 protein)'],
  ['P16', 'p16 (INK4a; surrogate for high-risk HPV)'],
  ['P21', 'p21 (WAF1/CIP1)'],
  ['P27', 'p27 (Kip1)'],
  ['P40', 'p40 (squamous marker, ΔNp63)'],
  ['P53', 'p53 (TP53 protein)'],
  ['P57', 'p57 (Kip2; molar pregnancy work-up)'],
  ['P62', 'p62 (sequestosome 1)'],
  ['P63', 'p63 (basal and squamous marker)'],
  ['P120', 'p120 catenin (lobular carcinoma work-up)'],
  ['P501S', 'P501S (prostein)'],
  ['P504S', 'P504S (AMACR, racemase)'],
  ['A103', 'A103 (Melan-A clone)'],
  ['B72.3', 'B72.3 (TAG-72 clone)'],
  ['D240', 'D2-40 (podoplanin), written without its hyphen'],
]);

/** Whether a token as written (any case) is the name of a marker in {@link IHC_MARKERS}. */
export function isMarkerName(written: string): boolean {
  return IHC_MARKERS.has(written.toUpperCase());
}

/** Whether the token ending at `end` continues with `-` and a digit, as accession and case numbers do. */
export function isGluedToNumber(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 45) return false;
  const next = text.charCodeAt(end + 1);
  return next >= 48 && next <= 57;
}

/**
 * A label for a specimen, accession or case identifier right before the token: "Accession", "Specimen",
 * "Accession no.", "Case #", "Path No:", "Surgical pathology number". Bare "case" needs a number word or
 * sign after it, so that prose ("in case C78.01 recurs") still reads as a code.
 */
const IDENTIFIER_LABEL = /(?:\b(?:accession|specimen|requisition)(?:\s*(?:no\.?|number|#|id))?|\b(?:case|path(?:ology)?|surgical\s+pathology|lab|slide|block)\s*(?:no\.?|number|#|id))\s*[:#]?\s*$/i;

/** How far back an identifier label is looked for. */
const LABEL_WINDOW = 40;

/** Whether an identifier label ends right before `start` on the line that starts at `lineStart`. */
export function followsIdentifierLabel(text: string, lineStart: number, start: number): boolean {
  return IDENTIFIER_LABEL.test(text.slice(Math.max(lineStart, start - LABEL_WINDOW), start));
}
