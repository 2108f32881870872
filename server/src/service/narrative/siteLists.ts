import { refinedByParenthesis } from './parenthesizedPart';
import { IMAGING_MODALITIES } from './imagingModalities';
import { PART_JOINER } from './joinedParts';
import { mergeOrganParts, mergeSkin, refinedBy } from './siteContext';
import type { SiteMatch } from './siteFinder';
import { COURSE_NOUNS, SKIN_SUBTYPE_WORDS, isModifier } from './modifierWords';
import { siteBeforeParenthesis, withParenthesizedSide } from './parenthesizedSite';
import { partOfOrganAt } from './partOfOrgan';
import { isCount } from './countWords';
import { firstInSentenceAfter } from './sentenceWindow';
import type { Token } from './tokens';
import { ANCHOR_LEXICONS, WORD_CLASS } from './wordClasses';
import { isPrecursorNoun } from './precursorNouns';
import { namesItsOwnSite } from './ownSiteMetastasis';
import { SET_OFF_SPREAD, articleBefore, placeOfDiagnosisWord } from './diagnosisPlace';
import { QUOTE_MARKS } from './quotedSource';
import { joinsItems } from './diagnosisJoiners';

/**
 * The site lists written next to a histology word: to its left over modifiers and conjunctions
 * ("hepatic and osseous mets"), to its right after a preposition ("metastases to liver and bone"),
 * and a spread after the list ("of the prostate to bone"). Every walk is bounded (12 tokens left, 16
 * right), so reading stays linear.
 */

/** Words that end a subtype or differentiation set off between a tumour and its site ("carcinoma, well differentiated, R hand"). */
const SET_OFF_SUBTYPE_ENDS = new Set([...SKIN_SUBTYPE_WORDS, 'differentiated', 'diff']);
/** Node words that name a finding of their own (enlarged nodes), not a site a metastasis word after them distributes over. */
const ADENOPATHY_WORDS = new Set(['adenopathy', 'lymphadenopathy', 'lad']);
const CONJUNCTIONS = new Set(['and', 'or', ',', '&', '/', '+', 'as', 'well']);
/** Studies a finding is read "on" ("on CT chest", "on MRI brain"), and the body regions a study's field may be ("CT chest", "CT A/P"). */
const STUDY_WORDS = IMAGING_MODALITIES;
const STUDY_REGIONS = new Set(['chest', 'abdomen', 'pelvis', 'a/p', 'c/a/p', 'cap', 'abd', 'torso', 'neck', 'body']);
const RIGHT_PREPOSITIONS = new Set(['of', 'on', 'in', 'involving', 'within', 'to', 'at', 'throughout', 'from', 'into']);
export const SECONDARY_PREPOSITIONS = new Set(['to', 'in', 'involving', 'within', 'throughout', 'into']);
const SKIPPABLE_AFTER_PREPOSITION = new Set(['the', 'both', 'multiple', 'bilateral', 'regional', 'distant', 'of', 'arising', '(', ')']);
/**
 * Round 20: the passive that states where a cancer was found ("cancer was found in one of the lymph nodes"), read as "arising" is,
 * and the count in words a surgeon tells the patient after it (a report's "IN ONE OF TWO LYMPH NODES" keeps its own reading).
 */
const FOUND_WORDS = new Set(['found', 'seen', 'identified', 'detected']);
const TOLD_COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'some']);

export interface SiteList {
  readonly sites: SiteMatch[];
  /** Sites after "to" that follow the list ("of the prostate to bone"). */
  readonly spread?: readonly SiteMatch[];
  readonly preposition?: string;
  readonly metastatic: boolean;
  /** "liver, metastatic carcinoma": "metastatic" stands between the sites and the anchor, so the sites are where it spread. */
  readonly spreadSites?: boolean;
  /** Where the walk to the left stopped (the anchor start for right-hand lists). */
  readonly start: number;
}

/** The sites before an anchor, walking left over modifiers and conjunctions ("hepatic and osseous"). */
export function sitesToTheLeft(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], anchorStart: number): SiteList {
  // "L cervical nodal metastatic SCC, p16+, unknown primary": a primary called unknown has no site, whatever is written before it.
  if (tokens[anchorStart]?.norm === 'unknown') return { sites: [], metastatic: false, start: anchorStart };
  // Gathered right to left and turned once at the end: putting each at the front moves every one gathered before.
  const sites: SiteMatch[] = [];
  let metastatic = false;
  let spreadSites = false;
  let position = anchorStart;
  const sentence = tokens[anchorStart]?.sentence;
  for (let steps = 0; steps < 12 && position > 0; steps++) {
    const site = siteEndingAt[position];
    // "No pelvic adenopathy or osseous metastases": enlarged nodes joined to the list are a finding of their own, not the metastases'.
    if (site !== undefined && sites.length > 0 && site.lymphNode && ADENOPATHY_WORDS.has(tokens[site.end - 1]?.norm ?? '')) break;
    // A site that ends the line before is another entry's ("…of sigmoid colon\nMalignant neoplasm of …").
    if (site !== undefined && tokens[site.end - 1]?.sentence === sentence) {
      if (sites.length === 0 && (ownedBeforeComma(tokens, site) || ownedByDiagnosisBefore(tokens, site, position, anchorStart))) break;
      // Round 23: "adenocarcinoma of the sigmoid colon, liver mets": a diagnosis's own place ends a spread's list too.
      if (sites.length > 0 && ownedBeforeComma(tokens, site) && placeOfDiagnosisWord(tokens, site)) break;
      // "sigmoid mesocolic nodal metastasis", "rectal mesorectal nodal mets": an organ written right before a node region names
      // whose regional nodes they are, not a second site of spread.
      // So does a region written right before "osseous" ("stable pelvic osseous disease"): the bones there.
      const next = sites[sites.length - 1];
      // A bone of the spine written so ("T11 osseous metastasis") is that bone, read on.
      if (!site.lymphNode && next?.start === site.end && (next.lymphNode || (tokens[next.start]?.norm === 'osseous' && site.path[0] !== next.path[0]))) break;
      sites.push(site);
      position = site.start;
      continue;
    }
    const token = tokens[position - 1];
    if (token === undefined || token.sentence !== sentence) break;
    // "pancreatic body/tail adenocarcinoma": the second of two joined parts belongs to the site before the joiner (joinedParts.ts).
    if (joinsPartOfSiteBefore(tokens, siteEndingAt, position - 1)) {
      position -= 2;
      continue;
    }
    // "bone (T9, L ilium) and adrenal (L) mets": a parenthesis details the site before it.
    const detailed = token.norm === ')' ? siteBeforeParenthesis(tokens, siteEndingAt, position - 1) : undefined;
    if (detailed !== undefined && sites.length === 0 && ownedByDiagnosisBefore(tokens, detailed, position, anchorStart)) break;
    if (detailed !== undefined) {
      sites.push(detailed);
      position = detailed.start;
      continue;
    }
    // "decreased avidity of RLL primary and adrenal met", "R ovary primary, omental mets": a site called the primary ends the
    // list of the metastasis's sites ("RUL primary lung carcinoma" is one site, read on).
    if (token.norm === 'primary' && sites.length > 0 && CONJUNCTIONS.has(tokens[position]?.norm ?? '')) break;
    // "pulmonary oligometastatic recurrence": a spread called oligometastatic is metastatic, its site read on (round 19).
    if (token.norm === 'metastatic' || token.norm === 'oligometastatic') { metastatic = true; spreadSites ||= sites.length === 0; }
    // "… of right female breast + secondary malignant neoplasm of R axillary lymph node": a plus right before the anchor adds a
    // diagnosis, while one between sites ("liver + bone mets") joins them.
    else if (token.norm === '+' && sites.length === 0 && position === anchorStart) break;
    // "endometrial hyperplasia/carcinoma": a non-neoplastic finding joined to the anchor shares its organ (precursorNouns.ts).
    // 'Paternal grandmother: "stomach or ovarian" cancer': quotation marks around the patient's own words leave the phrase whole.
    else if (!QUOTE_MARKS.has(token.norm) && !isModifier(token.norm) && !CONJUNCTIONS.has(token.norm) && !(sites.length === 0 && isPrecursorNoun(token.norm) && CONJUNCTIONS.has(tokens[position]?.norm ?? ''))) break;
    position--;
  }
  sites.reverse();
  return { sites: sites.length > 1 ? mergeOrganParts(tokens, withPartsBeforeModifiers(tokens, sites)) : sites, metastatic, start: position, ...(spreadSites && sites.length > 0 ? { spreadSites } : {}) };
}

/** Prepositions that tie a site to the diagnosis written before it. */
const LOCATING_BEFORE = new Set(['of', 'in']);

/**
 * "except treated BCC/SCC of skin, carcinoma in situ of cervix": a site that ends in a comma and follows "of" or "in" is the
 * place of the diagnosis before it, so the next item of the list, after the comma, does not take it; so is one that ends in "and"
 * (round 24, `diagnosisJoiners.ts`: "melanoma of the back and SCC of the R hand").
 */
function ownedBeforeComma(tokens: readonly Token[], site: SiteMatch): boolean {
  return (tokens[site.end]?.norm === ',' || joinsItems(tokens, site.end)) && LOCATING_BEFORE.has(tokens[site.start - 1 - articleBefore(tokens, site)]?.norm ?? '');
}

/**
 * "BCC L nasal ala, SCC R scalp", "BCC L nasal ala (Mohs 2019), SCC R scalp (excised 2021)": a site written right after a diagnosis
 * and closed off from the next one by a comma (round 24: or by "and", "BCC L upper back and SCC R hand") is the place of the
 * diagnosis before it, so the next item of the list does not take it.
 * `walked` is where the walk stands (the site's end, or its parenthesis's end); the comma lies between it and the anchor.
 */
function ownedByDiagnosisBefore(tokens: readonly Token[], site: SiteMatch, walked: number, anchorStart: number): boolean {
  const before = tokens[site.start - 1];
  if (before === undefined || before.punct || (before.classes & ANCHOR_LEXICONS) === 0) return false;
  for (let position = walked; position < anchorStart; position++) if (tokens[position]?.norm === ',' || joinsItems(tokens, position)) return true;
  return false;
}

/** "of L kidney/ureter": a site joined by a slash to a sided one before it shares its side ("L kidney/ureter": the left ureter). */
function slashSharedSide(tokens: readonly Token[], previous: SiteMatch | undefined, site: SiteMatch): SiteMatch {
  const shares = previous?.laterality !== undefined && site.laterality === undefined && !site.lymphNode && previous.end === site.start - 1 && tokens[previous.end]?.norm === '/';
  return shares ? { ...site, laterality: previous.laterality } : site;
}

/** Whether the word at `index` is the second part a site ending at the joiner before it carries in its joined qualifier. */
function joinsPartOfSiteBefore(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], index: number): boolean {
  const joined = siteEndingAt[index - 1]?.qualifiers?.find((words) => words.includes(PART_JOINER));
  return joined !== undefined && joined.endsWith(`${PART_JOINER}${tokens[index]?.norm ?? ''}`);
}

/**
 * "RLL squamous lung cancer", "left upper lobe squamous cell lung cancer": a part of an organ written before the histology's
 * words and then the organ itself is one site, the part, not two sites each with a tumour of its own.
 */
function withPartsBeforeModifiers(tokens: readonly Token[], sites: readonly SiteMatch[]): SiteMatch[] {
  const merged: SiteMatch[] = [];
  for (const site of sites) {
    const previous = merged[merged.length - 1];
    const part = previous !== undefined && site.start > previous.end && skipModifiers(tokens, previous.end) >= site.start ? refinedBy(site, previous) : undefined;
    if (part !== undefined) merged[merged.length - 1] = part;
    else merged.push(site);
  }
  return merged;
}

/** Words after a site that call it free of disease. */
const CALLED_CLEAR = new Set(['clear', 'normal', 'unremarkable', 'negative', 'wnl', 'uninvolved', 'spared', 'free',
  // Round 20: the short "neg" of a surgeon's summary ("DCIS of R breast, SLN neg x2").
  'neg']);

/** The sites after an anchor: a preposition, then a list of sites joined by conjunctions. */
export function sitesToTheRight(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorEnd: number): SiteList {
  const sentence = tokens[anchorEnd - 1]?.sentence;
  let position = skipSetOffGrade(tokens, skipParenthesis(tokens, anchorEnd));
  let preposition: string | undefined;
  // "adenocarcinoma arising in Barrett's esophagus": the site the tumour arose in is its own.
  if (tokens[position]?.norm === 'arising' && RIGHT_PREPOSITIONS.has(tokens[position + 1]?.norm ?? '')) position++;
  const passive = tokens[position]?.norm === 'was' && FOUND_WORDS.has(tokens[position + 1]?.norm ?? '') && RIGHT_PREPOSITIONS.has(tokens[position + 2]?.norm ?? '');
  // Round 21: a report's participle without its verb states the place the same way ("No tumor seen in two frozen lymph nodes", d745).
  const participle = !passive && FOUND_WORDS.has(tokens[position]?.norm ?? '') && RIGHT_PREPOSITIONS.has(tokens[position + 1]?.norm ?? '');
  if (passive) position += 2;
  else if (participle) position += 1;
  if (RIGHT_PREPOSITIONS.has(tokens[position]?.norm ?? '')) {
    preposition = tokens[position]?.norm;
    position++;
  }
  const found: SiteMatch[] = [];
  for (let steps = 0; steps < 16 && position < tokens.length; steps++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) break;
    const site = sites[position];
    // "suspicious for metastases, R nephrectomy bed clear", "residual tumor in omentum, L ovary uninvolved": a site set off after the
    // anchor or its sites and called clear is the next clause's.
    if (site !== undefined && tokens[position - 1]?.norm === ',' && CALLED_CLEAR.has(tokens[site.end]?.norm ?? '')) break;
    // Round 23: "adenocarcinoma of the sigmoid colon, liver mets": a set-off site called a metastasis is the next clause's spread.
    if (site !== undefined && found.length > 0 && tokens[position - 1]?.norm === ',' && SET_OFF_SPREAD.has(tokens[site.end]?.norm ?? '')) break;
    if (site !== undefined) {
      found.push(slashSharedSide(tokens, found[found.length - 1], site));
      position = site.end;
      continue;
    }
    // "of the body of the pancreas", "of the lateral wall of the bladder": a part named before its organ.
    const part = preposition !== undefined && found.length === 0 ? partOfOrganAt(tokens, sites, position) : undefined;
    if (part !== undefined) {
      found.push(part);
      position = part.end;
      continue;
    }
    // "of the distal esophagus (GEJ Siewert I)", "to the liver (segment 7) and bone": a parenthesis after a site restates or details it.
    const closing = found.length > 0 && token.norm === '(' ? closingParenthesis(tokens, position) : undefined;
    if (closing !== undefined) {
      const last = found[found.length - 1];
      if (last !== undefined && last.end === position) found[found.length - 1] = refinedByParenthesis(sites, last, position, closing) ?? withParenthesizedSide(tokens, last, position, closing);
      position = closing + 1;
      continue;
    }
    // "No distant mets on CT chest": a body region after a study names the study's field, not where the metastases are (round 19,
    // d735); an organ's study ("mets on MRI brain") still places them in the organ it images.
    if (preposition === 'on' && found.length === 0 && STUDY_WORDS.has(token.norm) && STUDY_REGIONS.has(tokens[position + 1]?.norm ?? '')) break;
    const skippable = SKIPPABLE_AFTER_PREPOSITION.has(token.norm) || isModifier(token.norm) || isCount(token) || isNodeFraction(token) || ((passive || participle) && TOLD_COUNTS.has(token.norm))
      || (found.length > 0 && CONJUNCTIONS.has(token.norm));
    if (preposition !== undefined && !skippable && sites[position + 1] !== undefined && found.length === 0) {
      position++;
      continue;
    }
    // "Squamous cell carcinoma, well diff., R dorsal hand": the full stop of the abbreviated grade is part of it.
    if (token.norm === '.' && found.length === 0 && preposition === undefined && tokens[position - 1]?.norm === 'diff') {
      position++;
      continue;
    }
    // "Basal cell carcinoma, nodular, L nasal tip": a subtype set off between the anchor and its site.
    const commaAfterAnchor = token.norm === ',' && (position === anchorEnd || (found.length === 0 && preposition === undefined && endsSetOffSubtype(tokens, position - 1)));
    if (commaAfterAnchor) {
      position++;
      continue;
    }
    if (!skippable || (preposition === undefined && found.length === 0 && !isModifier(token.norm))) break;
    position++;
  }
  // "High-risk neuroblastoma, L adrenal primary, INRG stage M": a site set off before "primary" is a restatement of its own (namedPrimary.ts).
  const ownPrimary = preposition === undefined && tokens[anchorEnd]?.norm === ',' && tokens[found[found.length - 1]?.end ?? -1]?.norm === 'primary';
  return { sites: ownPrimary ? [] : found, metastatic: false, start: anchorEnd, ...(preposition === undefined ? {} : { preposition }) };
}

/** A count of nodes written as a fraction ("in 2/19 regional lymph nodes"), stepped over as a whole number is. */
function isNodeFraction(token: Token): boolean {
  return (token.classes & WORD_CLASS.digitFirst) !== 0 && NODE_FRACTION.test(token.norm);
}
const NODE_FRACTION = /^\d{1,3}\/\d{1,3}$/;

/** Whether the token at `index` ends a set-off subtype or grade ("nodular", "well differentiated", "well diff."). */
function endsSetOffSubtype(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.norm ?? '';
  return SET_OFF_SUBTYPE_ENDS.has(word) || (word === '.' && tokens[index - 1]?.norm === 'diff');
}

/** The closing parenthesis of the one opened at `open`, at most eight tokens on in the same sentence. */
export function closingParenthesis(tokens: readonly Token[], open: number): number | undefined {
  const close = firstInSentenceAfter(tokens, open + 1, 8, tokens[open]?.sentence, (token) => token.norm === ')');
  return close < 0 ? undefined : close;
}

/** "adenocarcinoma in the liver, metastatic from the pancreas": a spread named later in the sentence. */
const ALTERNATIVES = new Set(['vs', 'versus', 'or', 'vs.']);

export function spreadFromLater(tokens: readonly Token[], anchorEnd: number): boolean {
  const sentence = tokens[anchorEnd - 1]?.sentence;
  for (let position = anchorEnd; position < Math.min(tokens.length - 1, anchorEnd + 10); position++) {
    const token = tokens[position];
    // "primary lung cancer vs metastasis from known colon cancer": an alternative is not this tumour's spread.
    if (token === undefined || token.sentence !== sentence || ALTERNATIVES.has(token.norm)) return false;
    if ((token.norm === 'metastatic' || token.norm === 'metastasis') && tokens[position + 1]?.norm === 'from') return !namesItsOwnSite(tokens, position);
  }
  return false;
}

/** After a short parenthesis right after the anchor ("adenocarcinoma of unknown primary (CUP) to liver"), or `from`. */
/** Words of a grade set off between a tumour and its site ("ADENOCARCINOMA, FIGO GRADE 1, of the endometrium"). */
const GRADE_WORDS = new Set(['figo', 'grade', 'nuclear', 'histologic', 'who', 'low', 'high', 'i', 'ii', 'iii', '1', '2', '3', '-', '/']);
/** At most this many words make the set-off grade. */
const MAX_GRADE_WORDS = 4;

/** The comma-set-off grade's far comma plus one, when a locating preposition follows it; else `from`. */
function skipSetOffGrade(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.norm !== ',') return from;
  let position = from + 1;
  let grade = false;
  while (position <= from + MAX_GRADE_WORDS && GRADE_WORDS.has(tokens[position]?.norm ?? '')) {
    grade ||= tokens[position]?.norm === 'grade';
    position++;
  }
  const closed = grade && tokens[position]?.norm === ',' && tokens[position]?.sentence === tokens[from]?.sentence;
  return closed && RIGHT_PREPOSITIONS.has(tokens[position + 1]?.norm ?? '') ? position + 1 : from;
}

function skipParenthesis(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.norm !== '(') return from;
  for (let position = from + 1; position < Math.min(tokens.length, from + 5); position++) {
    if (tokens[position]?.norm === ')') return RIGHT_PREPOSITIONS.has(tokens[position + 1]?.norm ?? '') ? position + 1 : from;
  }
  return from;
}

/**
 * "adenocarcinoma of the prostate to bone and nodes": a spread list after the site list. The sites
 * after "to" are marked by `spread` so they become secondary; "skin of the R forearm" is one site.
 */
export function withSpreadAfter(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], list: SiteList): SiteList {
  const merged = mergeOrganParts(tokens, mergeSkin(list.sites));
  const last = merged[merged.length - 1];
  if (last === undefined || list.preposition !== 'of' || tokens[last.end]?.norm !== 'to') return { ...list, sites: merged };
  const spread = sitesToTheRight(tokens, sites, last.end);
  return { ...list, sites: merged, spread: spread.sites };
}

export { COURSE_NOUNS, isModifier };

export function skipModifiers(tokens: readonly Token[], position: number): number {
  let index = position;
  while (index < tokens.length && isModifier(tokens[index]?.norm ?? '')) index++;
  return index;
}
