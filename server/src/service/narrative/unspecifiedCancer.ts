import { boxAnswerAt } from './checkboxTriggers';
import { inBiradsCategory } from './biradsCategory';
import { inLiradsCategory, liradsSite } from './liradsCategory';
import type { NarrativeCodeLookup } from './context';
import type { HistologyTerm } from './histologyLexicon';
import type { Assertion, DocumentedMention } from './model';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';
import { UNTYPED_CANCER_WORDS } from './untypedCancerWords';

/**
 * "No personal hx of cancer", "Family history of cancer", "Brother: no known cancers": a cancer with no
 * site is no diagnosis of the patient's current disease (the site is nearly always written elsewhere),
 * but a personal or family history of it is one: Z85.9 Personal history of malignant neoplasm,
 * unspecified; Z80.9 Family history of malignant neoplasm, unspecified. A denied history keeps that
 * code with the assertion `negated` (the corpus convention for a denied family history, ANNOTATION.md).
 */

/**
 * The words of a metastasis with no site: only a denied one is a mention ("No evidence of metastatic
 * disease", Tabular C79.9 Secondary malignant neoplasm of unspecified site, as the corpus annotates it);
 * an affirmed one names its site elsewhere in the note.
 */
const UNSPECIFIED_METASTASIS_WORDS = new Set(['metastatic disease', 'metastases', 'metastasis', 'mets', 'metastatic dz', 'met dz']);

/** Nouns that "cancer" only modifies: "OTHER CANCER HISTORY" is a heading, "cancer screening" a service, "cancer risk" a risk. */
const MODIFIED_NOUNS = new Set([
  'history', 'hx', 'type', 'types', 'site', 'sites', 'screening', 'risk', 'risks', 'genetics', 'syndrome', 'syndromes', 'predisposition',
  'care', 'treatment', 'diagnosis', 'staging', 'stage', 'center', 'centre', 'survivorship',
  // Round 26: a specialty named after the disease it serves ("CANCER REHABILITATION - PHYSIATRY FOLLOW-UP", "Cancer rehab clinic").
  'rehabilitation', 'rehab', 'prehabilitation', 'prehab',
  // A complication named after the treatment ("cancer therapy-related cardiac dysfunction"), not a cancer.
  'therapy', 'therapies', 'therapy-related', 'treatment-related',
]);
/** Denials that open an item of a list of findings ("no LAD, no mets"). */
const ITEM_DENIALS = new Set(['no', 'without', 'w/o']);
/** How far back a site word makes the "cancer" that site's, read (or not) by the site lists ("liver or GI cancers"). */
const SITE_LOOK_BACK = 4;

/**
 * A site-less "cancer" as a mention candidate; only a history or a family history of it is kept (see
 * `unspecifiedCancerFields`). A site word just before it ("liver or GI cancers") makes it no bare cancer,
 * even where the site lists did not read the phrase.
 */
export function unspecifiedCancerMention(
  tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], start: number, end: number, term: HistologyTerm,
): RawMention | undefined {
  // "Prior cancer: cervical cancer 2005": a label before the cancer it names.
  const metastasis = UNSPECIFIED_METASTASIS_WORDS.has(term.words);
  if ((!UNTYPED_CANCER_WORDS.has(term.words) && !metastasis) || (labelColon(tokens, end) && !boxAnswerAt(tokens, end + 1))) return undefined;
  // "I0100 Cancer (with or without metastasis) ..... [X]": the resident assessment's checked cancer item is the encounter's cancer (restatedCarcinoma.ts).
  if (checkedCancerItem(tokens, start, end)) return { start, end, anchorStart: start, anchorEnd: end, column: 'primary', histology: term, restatedOnly: true };
  // "BI-RADS 5 - Highly suggestive of malignancy": the category line restates the finding it is given for (biradsCategory.ts).
  if (!metastasis && inBiradsCategory(tokens, start)) return { start, end, anchorStart: start, anchorEnd: end, column: 'primary', histology: term, restatedOnly: true };
  // "LR-3 segment 3 (intermediate probability of malignancy)": an LI-RADS category is the liver's (liradsCategory.ts).
  if (!metastasis && inLiradsCategory(tokens, start)) return { start, end, anchorStart: start, anchorEnd: end, column: 'primary', histology: term, site: liradsSite(start, end) };
  if (MODIFIED_NOUNS.has(tokens[end]?.norm ?? '') && !deniedHistory(tokens, start, end)) return undefined;
  // "No family hx of brain tumors or other cancers": "other" sets the cancer apart from the site named before it.
  const lookBack = tokens[start - 1]?.norm === 'other' ? start : Math.max(0, start - SITE_LOOK_BACK);
  for (let position = start; position > lookBack; position--) {
    // A site in the sentence before is another line's ("Endocrine: [ ] thyroid\nCancer: [x] Yes").
    if (tokens[position - 1]?.sentence !== tokens[start]?.sentence) break;
    // "no residual mass, no LAD, no mets": a denial of its own opens the item, and a site before it is another item's.
    if (position < start && ITEM_DENIALS.has(tokens[position]?.norm ?? '')) break;
    if (siteEndingAt[position] !== undefined) return undefined;
  }
  return { start, end, anchorStart: start, anchorEnd: end, column: metastasis ? 'secondary' : 'primary', histology: term, unspecifiedSite: true };
}

/** The Minimum Data Set's item for an active cancer diagnosis (MDS 3.0 Section I, "I0100 Cancer (with or without metastasis)"). */
const MDS_CANCER_ITEM = 'i0100';
/** How many tokens an item's parenthesis and dotted leader may take before its box ("I0100 CANCER (WITH OR WITHOUT METASTASIS) ....... [X]"). */
const ITEM_BOX_REACH = 40;

/**
 * Whether the cancer is the resident assessment's cancer item checked: its item code right before it and a checked box after its
 * parenthesis and dotted leader. The item records an active diagnosis (the MDS codes only diagnoses that affect the resident's
 * current care), so it names the cancer the encounter documents; an unchecked one answers no and stays as before.
 */
function checkedCancerItem(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.norm !== MDS_CANCER_ITEM) return false;
  const limit = end + ITEM_BOX_REACH;
  let at = end;
  if (tokens[at]?.norm === '(') while (at < limit && tokens[at]?.norm !== ')') at++;
  if (tokens[at]?.norm === ')') at++;
  // The dotted leader is one colon token (dotLeaders.ts); a short run of dots stays full stops.
  while (at < limit && (tokens[at]?.norm === '.' || tokens[at]?.norm === ':')) at++;
  return tokens[at]?.norm === '[' && tokens[at + 1]?.norm === 'x' && tokens[at + 2]?.norm === ']';
}

/**
 * Whether a colon right after the cancer makes it a label ("Prior cancer: cervical cancer 2005"). The colon of the next
 * line's header ("- no hx of cancer\nFH: …", whose word the tokenizer leaves out) opens another sentence and labels nothing.
 */
function labelColon(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.norm === ':' && tokens[end]?.sentence === tokens[end - 1]?.sentence;
}

/** Negations before a "cancer hx" that deny the history ("Mother - no cancer hx", "No other cancer hx"). */
const DENIALS = new Set(['no', 'denies', 'without', 'nor', 'never']);

/** Words between the denial and "cancer hx": "No other cancer hx", "NO personal cancer history", "no known family cancer history". */
const HISTORY_QUALIFIERS = new Set(['other', 'known', 'personal', 'prior', 'previous', 'family']);
/** How many qualifiers may stand between the denial and "cancer hx" ("no known family cancer history"). */
const MAX_QUALIFIERS = 2;

/** "No other cancer hx", "no known cancer dx": a denied history of cancer, not a heading ("OTHER CANCER HISTORY"). */
function deniedHistory(tokens: readonly Token[], start: number, end: number): boolean {
  const noun = tokens[end]?.norm;
  // "no prior cancer diagnosis": a diagnosis denied is a history denied.
  if (noun !== 'hx' && noun !== 'history' && noun !== 'diagnosis' && noun !== 'dx') return false;
  let before = start - 1;
  while (before >= start - MAX_QUALIFIERS && HISTORY_QUALIFIERS.has(tokens[before]?.norm ?? '')) before--;
  return DENIALS.has(tokens[before]?.norm ?? '');
}

type CodedFields = Pick<DocumentedMention, 'code' | 'candidates' | 'column' | 'source'>;

/**
 * The code of a site-less cancer by the assertion it is coded under (a denied history is coded as the
 * history it denies): history Z85.9, family Z80.9; anything else gives no mention.
 */
export function unspecifiedCancerFields(codes: NarrativeCodeLookup, assertion: Assertion, column: RawMention['column'] = 'primary'): CodedFields | undefined {
  if (column === 'secondary') {
    // A plan conditional on there being none ("resection if he remains without metastatic disease") fears the same site-less spread.
    if ((assertion !== 'negated' && assertion !== 'hypothetical') || !codes.isBillable('C799')) return undefined;
    return { code: 'C799', candidates: [], column: 'secondary', source: `C79.9 Secondary malignant neoplasm of unspecified site (no site written; ${assertion === 'negated' ? 'denied' : 'conditional'})` };
  }
  if (assertion === 'hypothetical' && codes.isBillable('C801')) return { code: 'C801', candidates: [], column: 'primary', source: 'C80.1 Malignant (primary) neoplasm, unspecified (a malignancy feared or excluded, no site written)' };
  const code = assertion === 'history' ? 'Z85.9' : assertion === 'family' ? 'Z80.9' : undefined;
  if (code === undefined || !codes.isBillable(code.replace('.', ''))) return undefined;
  const title = assertion === 'history' ? 'Personal history of malignant neoplasm, unspecified' : 'Family history of malignant neoplasm, unspecified';
  return { code: code.replace('.', ''), candidates: [], column: 'primary', source: `${code} ${title} (no site written)` };
}
