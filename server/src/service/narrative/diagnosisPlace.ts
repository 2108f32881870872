import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';
import { ANCHOR_LEXICONS } from './wordClasses';

/**
 * Round 23: "57M w/ metastatic adenocarcinoma of the sigmoid colon, liver mets dx 03/2024": a comma parts the diagnosis's own place
 * from the spread written after it. The site after "of" or "in" is the diagnosis's, so a spread's list read leftwards stops at it
 * (not "sigmoid colon, liver mets" as two metastases), and the diagnosis's list read rightwards stops at a set-off site called a
 * metastasis (not the liver as a second primary site). A list of a lead that names no diagnosis ("no hx of breast, ovarian or
 * colon ca") reads on.
 */

/** The spread words that make a set-off site the next clause's metastasis. */
export const SET_OFF_SPREAD: ReadonlySet<string> = new Set(['mets', 'met', 'metastases', 'metastasis']);

/** 1 when "the" stands right before the site, else 0. */
export function articleBefore(tokens: readonly Token[], site: SiteMatch): number {
  return tokens[site.start - 1]?.norm === 'the' ? 1 : 0;
}

/** Whether a diagnosis word stands right before the site's "of" or "in" ("adenocarcinoma of the sigmoid colon", not "hx of breast"). */
export function placeOfDiagnosisWord(tokens: readonly Token[], site: SiteMatch): boolean {
  return ((tokens[site.start - 2 - articleBefore(tokens, site)]?.classes ?? 0) & ANCHOR_LEXICONS) !== 0;
}
