import { toDotted } from '../codes/codeText';
import { MALIGNANT_HISTORY, longestPrefix } from './historyCodes';
import type { DocumentedMention } from './model';
import { PAST_LEAD_CORE } from './pastLeads';
import { concludedSource } from './historySource';

/**
 * "He asked if the lung spot could be from the bladder ca", "worried the new liver lesion is from her breast cancer": a cancer
 * named after "from" as the source weighed for a new finding, in a note that documents that cancer as the patient's history
 * (Z85.-) and never as current, is that history: the hedge or the question is about the new finding's origin, not about the
 * old cancer's return (ANNOTATION.md round 15: "A former primary named as a metastasis's source is its own history mention …
 * Z85.- history whatever hedge the metastasis carries"). Run over the coded mentions.
 */

/**
 * The determiners and past adjectives a source may take after "from": the shared core (pastLeads.ts), "old", and "known", which
 * only this pass may take because the note's history codes, not the word, decide here; in the other passes "known" would make a
 * current cancer ("her known lung ca") a past one.
 */
export const SOURCE_WORDS: readonly string[] = ['the', 'her', 'his', 'their', 'my', 'a', ...PAST_LEAD_CORE, 'old', 'known',
  // Round 23 (lab reports): a report names the patient as the owner ("spread from the patient's known breast carcinoma").
  "patient's", "pt's"];
/** "from", with at most three source words ("from the patient's known"), right before the mention. */
const SOURCE_LEAD = new RegExp(String.raw`\bfrom\s+(?:(?:${SOURCE_WORDS.join('|')})\s+){0,3}$`, 'i');
/** How many characters before the mention its lead may stand. */
const LEAD_REACH = 40;

/** The undotted personal-history code of a primary's undotted code ("C679" → "Z8551"), or undefined. */
export function historyCodeOf(code: string): string | undefined {
  return longestPrefix(MALIGNANT_HISTORY, toDotted(code))?.history.replace('.', '');
}

/** Whether the mention is a current or weighed primary written as a source ("from the bladder ca"). */
function namedAsSource(text: string, mention: DocumentedMention): boolean {
  if (mention.code === null || mention.column !== 'primary' || mention.assertion === 'history' || mention.assertion === 'family') return false;
  return SOURCE_LEAD.test(text.slice(Math.max(0, mention.span.offset - LEAD_REACH), mention.span.offset));
}

/**
 * The history codes of the note's history mentions, less those of a primary it documents as present. A present primary named
 * as a source (`skipped`) is the one this pass asks about, so it does not count as current ("The immunoprofile supports spread
 * from the patient's known breast carcinoma" beside "hx L breast ca (2015 …, NED)").
 */
export function documentedHistories(mentions: readonly DocumentedMention[], skipped: (index: number) => boolean = () => false): Set<string> {
  const histories = new Set<string>();
  const currents: string[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index];
    if (mention === undefined || skipped(index)) continue;
    if (mention.assertion === 'history' && mention.code?.startsWith('Z85') === true) histories.add(mention.code);
    // A current primary waiting for its side ("L breast cancer on letrozole" of a patient whose sex is not written) is as current
    // as a coded one: its candidates share its organ's history code.
    else if (mention.assertion === 'present' && mention.column === 'primary') currents.push(mention.code ?? mention.candidates[0] ?? '');
  }
  if (histories.size > 0) for (const current of currents) histories.delete(historyCodeOf(current) ?? '');
  return histories;
}

/** The mentions with each cancer named as a source that the note documents as history coded as that history. */
export function withNamedSourcesAsHistory(text: string, mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  if (!mentions.some((mention) => mention.assertion === 'history')) return mentions;
  const sources = mentions.map((mention) => namedAsSource(text, mention));
  // A source is no current primary, nor is a pathologist's concluded "c/w breast origin" of the same metastasis (historySource.ts).
  const histories = documentedHistories(mentions, (index) => {
    const mention = mentions[index];
    return mention?.assertion === 'present' && (sources[index] === true || concludedSource(text, mention));
  });
  if (histories.size === 0) return mentions;
  return mentions.map((mention, index) => {
    if (sources[index] !== true) return mention;
    const history = historyCodeOf(mention.code ?? '');
    if (history === undefined || !histories.has(history)) return mention;
    // The hedge's cue was about the new finding, so it is no evidence for the history.
    const { evidence: _hedge, ...written } = mention;
    return { ...written, code: history, candidates: [], assertion: 'history', source: `${mention.source}; a source named for a new finding, documented as history (${history})` };
  });
}
