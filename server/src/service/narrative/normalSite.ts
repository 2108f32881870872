import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/** A distance's landmark ("within 2 cm of the pylorus") is no site of the tumour either (`distanceLandmark.ts`). */
export { isDistanceLandmark } from './distanceLandmark';

/**
 * A site the text calls normal ("R testis normal", "left kidney unremarkable") is the organ without the
 * tumour: it gives no side or sub-site to a tumour of the same organ named near it.
 */
const NORMAL_WORDS = new Set(['normal', 'unremarkable', 'wnl', 'nl']);

/**
 * Words before a site that make it the organ left after the other side's removal ("solitary L kidney" after a right
 * radical nephrectomy for RCC, "the remaining R kidney"): the organ as it is now, not where the tumour was.
 */
const REMAINING_WORDS = new Set(['solitary', 'remaining']);

/** Nouns after such a site that make it a finding of its own ("solitary L lung nodule", "solitary R adrenal met"). */
const FINDING_AFTER = new Set(['nodule', 'nodules', 'mass', 'masses', 'lesion', 'lesions', 'focus', 'met', 'mets', 'metastasis', 'metastases', 'tumor', 'tumour', 'cyst', 'recurrence']);

/** Whether the word right after the site (or after "is" / "was" / "appears") calls it normal, or the word before it the organ that remains. */
export function isCalledNormal(tokens: readonly Token[], site: SiteMatch): boolean {
  const next = tokens[site.end];
  if (REMAINING_WORDS.has(tokens[site.start - 1]?.norm ?? '') && !FINDING_AFTER.has(next?.norm ?? '') && !site.lymphNode) return true;
  if (next === undefined || next.sentence !== tokens[site.end - 1]?.sentence) return false;
  const word = next.norm === 'is' || next.norm === 'was' || next.norm === 'appears' ? tokens[site.end + 1]?.norm : next.norm;
  return NORMAL_WORDS.has(word ?? '') || foundFree(tokens, site) || listedNormal(tokens, site);
}

/** Words that join the parts an examination lists before calling them all normal ("Trigone and orifices nl"). */
const LIST_JOINERS = new Set(['and', ',', '&', '/']);
/** How many words the rest of such a list may take before its normal word ("neck, trigone and ureteral orifices nl"); joiners are not counted. */
const LISTED_WORDS = 4;

/**
 * Round 25: "Trigone and orifices nl", "Bladder neck, trigone and orifices normal": a cystoscopy or an examination lists the parts
 * it found normal and calls them normal once, after the last. The first part of such a list is called normal as one written
 * alone is, so it gives no sub-site to the tumour found elsewhere in the organ (d1047: "1.5 cm papillary tumor at the dome … Trigone
 * and orifices nl" is no trigone tumour, C67.0). The normal word must follow at least one listed word: "at the trigone, normal
 * orifices" calls only the orifices normal.
 */
function listedNormal(tokens: readonly Token[], site: SiteMatch): boolean {
  const sentence = tokens[site.end - 1]?.sentence;
  if (!LIST_JOINERS.has(tokens[site.end]?.norm ?? '')) return false;
  let listed = 0;
  for (let position = site.end + 1; listed <= LISTED_WORDS; position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    if (NORMAL_WORDS.has(token.norm)) return listed > 0;
    if (token.punct === true && !LIST_JOINERS.has(token.norm)) return false;
    if (!LIST_JOINERS.has(token.norm)) listed++;
  }
  return false;
}

/** Words that deny a finding right after an examined organ ("R breast no masses", "L breast: without masses"). */
const FREE_WORDS = new Set(['no', 'without', 'w/o']);
/** Words that may stand between the denial and the finding's noun ("no palpable masses", "no suspicious lesions"). */
const FINDING_QUALIFIERS = new Set(['palpable', 'suspicious', 'dominant', 'focal', 'discrete']);

/**
 * "Breast: well healed L lumpectomy scar, no palpable mass. R breast no masses.": an organ written with its finding denied
 * right after it (over a colon or dash) is the organ found free of tumour, as one called normal is.
 */
function foundFree(tokens: readonly Token[], site: SiteMatch): boolean {
  const sentence = tokens[site.end - 1]?.sentence;
  let position = site.end;
  if (tokens[position]?.norm === ':' || tokens[position]?.norm === '-') position++;
  if (tokens[position]?.sentence !== sentence || !FREE_WORDS.has(tokens[position]?.norm ?? '')) return false;
  position++;
  if (FINDING_QUALIFIERS.has(tokens[position]?.norm ?? '')) position++;
  return tokens[position]?.sentence === sentence && FINDING_AFTER.has(tokens[position]?.norm ?? '');
}

/** Words after a site that name a condition other than a tumour there. */
export const NOT_TUMOUR_FINDINGS: ReadonlySet<string> = new Set([
  'collapse', 'atelectasis', 'consolidation', 'pneumonia', 'infiltrate', 'effusion', 'emphysema', 'scarring', 'abscess', 'infarct',
  'cyst', 'cysts', 'stone', 'stones', 'calculus', 'hydronephrosis', 'fracture', 'pain', 'wound', 'infection', 'cellulitis',
]);

/** Whether a non-tumour condition's word stands right before or after the site ("Renal cyst L kidney", "L kidney stone"). */
export function ofOtherCondition(tokens: readonly Token[], site: SiteMatch): boolean {
  return NOT_TUMOUR_FINDINGS.has(tokens[site.end]?.norm ?? '') || NOT_TUMOUR_FINDINGS.has(tokens[site.start - 1]?.norm ?? '');
}
