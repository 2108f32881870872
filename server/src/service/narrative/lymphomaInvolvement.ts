import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "DLBCL with bone marrow involvement", "Lymphoma w/ bone involvement also in the ddx": the organ a lymphoma is written with
 * before "involvement" is where the lymphoma is, the extranodal site of its fifth character (ANNOTATION.md, "A lymphoma's
 * extranodal site in its own sentence is …9"; d726 "Lymphoma w/ bone involvement" C85.99), as "bone marrow involvement by
 * lymphoma" is (morphologyMentions.ts). A lymphoma has no secondary of its own, so the involvement is no metastasis of the
 * organ, even in a sentence that calls another disease metastatic ("myeloma vs metastatic carcinoma vs lymphoma w/ bone
 * involvement").
 */

/** The nouns of an organ's involvement written after it. */
const INVOLVEMENT_NOUNS = new Set(['involvement', 'infiltration']);

/** The words a lymphoma's name ends with, the abbreviations included ("DLBCL", "MCL", "cHL"). */
const LYMPHOMA_LAST_WORDS = new Set(['lymphoma', 'lymphomas', 'dlbcl', 'mcl', 'fl', 'hl', 'chl', 'nhl', 'ptcl', 'sll', 'mzl', 'malt', 'pmbcl', 'alcl', 'bl']);

/** The position after "with" or "w/" at `position`, or -1 when neither is written there. */
function afterWith(tokens: readonly Token[], position: number): number {
  if (tokens[position]?.norm === 'with') return position + 1;
  return tokens[position]?.norm === 'w' && tokens[position + 1]?.norm === '/' ? position + 2 : -1;
}

/** The organ written after a lymphoma ending at `end`, between "with" and an involvement noun, in the lymphoma's sentence. */
export function involvedOrganAfter(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], end: number): SiteMatch | undefined {
  const first = afterWith(tokens, end);
  const organ = first < 0 ? undefined : sites[first];
  if (organ === undefined || organ.lymphNode || !INVOLVEMENT_NOUNS.has(tokens[organ.end]?.norm ?? '')) return undefined;
  // The involvement noun is the phrase's last word: "Lymphoma w/ bone involvement" is one mention.
  return tokens[organ.end]?.sentence === tokens[end - 1]?.sentence ? { ...organ, end: organ.end + 1 } : undefined;
}

/** Whether an involvement noun ending at `end`, of the organ starting at `start`, is a lymphoma's written with "with" before the organ. */
export function namesLymphomaInvolvement(tokens: readonly Token[], start: number, end: number): boolean {
  if (!INVOLVEMENT_NOUNS.has(tokens[end - 1]?.norm ?? '')) return false;
  const lymphoma = tokens[start - 1]?.norm === 'with' ? start - 2 : tokens[start - 1]?.norm === '/' && tokens[start - 2]?.norm === 'w' ? start - 3 : -1;
  return lymphoma >= 0 && LYMPHOMA_LAST_WORDS.has(tokens[lymphoma]?.norm ?? '') && tokens[lymphoma]?.sentence === tokens[end - 1]?.sentence;
}
