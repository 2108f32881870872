import type { AnchorVocabulary } from './anchorWords';
import { histologyAt } from './anchorWords';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import { skipModifiers } from './siteLists';
import type { Token } from './tokens';

/**
 * Words after a listed site that make it no secondary: the primary ("Stage IV - lung primary, liver
 * mets"), or a lymphoma's involvement ("Stage IV (marrow involved)": a lymphoma in the marrow or liver is
 * still the lymphoma's own code, C81–C85, not a secondary neoplasm).
 */
const NOT_SECONDARY_AFTER = new Set(['primary', 'involved', 'involvement']);

/** Words of a stage that is no cancer's: pressure injuries, chronic kidney disease, lymphoedema, heart failure and COPD are staged too. */
const OTHER_STAGED_CONDITIONS = new Set([
  'pressure', 'ulcer', 'ulcers', 'decubitus', 'injury', 'injuries', 'wound', 'wounds', 'ckd', 'kidney', 'esrd', 'lymphedema', 'lymphoedema',
  'nyha', 'copd', 'gold', 'hf', 'heart', 'failure', 'fibrosis', 'cirrhosis', 'sleep',
]);
/** How many tokens before the lead and after the list a staged condition is looked for (within the sentence). */
const STAGED_CONDITION_REACH = 8;

/**
 * The secondaries of a staging line's site list ("Stage IV - liver, bone", "Sites of metastasis: liver,
 * lung"): only the sites written after the lead, none the words after it make something else, and none
 * when the sentence stages another condition ("Pressure injury stage 4: sacrum", "CKD stage IV - renal
 * function stable"). The list itself is the ordinary site list after an anchor (`siteLists.ts`); the
 * staged-condition look is bounded to a few tokens either side.
 */
export function listedSecondaries(tokens: readonly Token[], mentions: readonly RawMention[], leadStart: number, leadEnd: number): RawMention[] {
  const listed = mentions.filter((mention) => {
    const site = mention.site;
    return site !== undefined && site.start >= leadEnd && !NOT_SECONDARY_AFTER.has(tokens[site.end]?.norm ?? '');
  });
  const last = listed[listed.length - 1]?.site;
  return last === undefined || stagesOtherCondition(tokens, leadStart, last.end) ? [] : listed;
}

function stagesOtherCondition(tokens: readonly Token[], from: number, to: number): boolean {
  const sentence = tokens[from]?.sentence;
  const first = Math.max(0, from - STAGED_CONDITION_REACH);
  const end = Math.min(tokens.length, to + STAGED_CONDITION_REACH);
  for (let position = first; position < end; position++) {
    const token = tokens[position];
    if (token !== undefined && token.sentence === sentence && OTHER_STAGED_CONDITIONS.has(token.norm)) return true;
  }
  return false;
}

/**
 * Whether a metastasis word follows a site list ("NSCLC brain and bone mets", "PDAC liver mets"): the
 * sites written right after a primary with no preposition are then where it spread, read by that word,
 * and the primary keeps the organ it implies (NSCLC → lung).
 */
export function listOpensSpread(tokens: readonly Token[], list: readonly SiteMatch[], vocabulary: AnchorVocabulary): boolean {
  const last = list[list.length - 1];
  if (last === undefined) return false;
  const role = histologyAt(tokens, skipModifiers(tokens, last.end), vocabulary)?.value.role;
  return role === 'secondary' || role === 'metastatic';
}
