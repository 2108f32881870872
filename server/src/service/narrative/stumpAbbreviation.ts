import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * Round 25 (gynaecologic oncology): "STUMP" in capitals is the abbreviation of a smooth muscle tumour of uncertain malignant
 * potential (Index: Tumor, smooth muscle, uncertain malignant potential; histologyNames.ts reads it so), not the table's
 * "stump, cervical" row (C53.8), whose stump a note names with its organ ("cervical stump"). Read as a site, the bare
 * abbreviation would label the uterine tumour of its sentence the cervical stump's ("… (STUMP) vs leiomyosarcoma", d1072), so
 * the site finder drops it. A file of its own so the site finder stays short.
 */

/** Whether `site` is nothing but the capitalised abbreviation "STUMP". */
export function isStumpAbbreviation(tokens: readonly Token[], site: SiteMatch): boolean {
  return site.end === site.start + 1 && tokens[site.start]?.raw === 'STUMP';
}
