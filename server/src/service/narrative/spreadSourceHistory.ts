import { documentedHistories, historyCodeOf } from './namedSourceHistory';
import type { DocumentedMention } from './model';

/**
 * "Presumed metastatic breast cancer recurrence to brain and bone" in a patient with a remote breast cancer, "Prior glottic SCC:
 * metastatic laryngeal SCC to the lung less likely": a primary named in the same words as its spread to another site, in a note
 * that documents that cancer as the patient's history (Z85.-) and never as current, is the former primary named as the
 * metastasis's source. Guideline I.C.2.d codes the former site by its Z85 code and the spread as a secondary site, so the
 * cancer words take the Z85 code with `history`, whatever hedge the metastasis carries, while the secondary keeps its own entry
 * (ANNOTATION.md, "A former primary and its recurrence: one rule for rounds 13, 15 and 17"). Run over the coded mentions.
 */

/** Tabular C77–C79: the secondary malignant neoplasms by site. */
const SECONDARY_CODE = /^C7[7-9]/;

/** A spread: the secondary column, coded or waiting for its side ("ca to lung"). */
function isSecondary(mention: DocumentedMention): boolean {
  return mention.column === 'secondary' || (mention.code !== null && SECONDARY_CODE.test(mention.code));
}

/** Whether two mentions share words or follow each other with one space between ("breast cancer" "recurrence to brain"). */
function joined(first: DocumentedMention, second: DocumentedMention): boolean {
  return first.span.offset <= second.span.offset + second.span.length + 1 && second.span.offset <= first.span.offset + first.span.length + 1;
}

/** Whether a secondary mention shares words with the mention: the mentions come in text order, so only neighbours are looked at. */
function spreadInSameWords(mentions: readonly DocumentedMention[], index: number): boolean {
  const mention = mentions[index] as DocumentedMention;
  for (const step of [-2, -1, 1, 2]) {
    const other = mentions[index + step];
    if (other !== undefined && isSecondary(other) && joined(mention, other)) return true;
  }
  return false;
}

/**
 * "metastatic", with at most three words of the histology between ("Metastatic clear cell renal cell carcinoma", "metastatic
 * RCC"), right before the mention: ANNOTATION.md round 14 reads "metastatic <histology naming its organ>" as the secondary and
 * the primary, the primary its Z85 code when the note documents it as history (d421).
 */
const METASTATIC_BEFORE = /\bmetastatic\s+(?:[a-z-]+\s+){0,3}$/i;
/** How many characters before the mention "metastatic" may stand. */
const METASTATIC_REACH = 48;

function metastaticBefore(text: string, mention: DocumentedMention): boolean {
  return METASTATIC_BEFORE.test(text.slice(Math.max(0, mention.span.offset - METASTATIC_REACH), mention.span.offset));
}

/**
 * Whether the mention is a primary the words name as current or weighed, coded or waiting for its side: not yet a history or a
 * relative's, and not denied, since "negative for metastatic colon carcinoma" denies the spread only and a denied cancer keeps
 * its own code (ANNOTATION.md round 14).
 */
const NOT_WEIGHED: ReadonlySet<string> = new Set(['history', 'family', 'negated']);

function namedAsPrimary(mention: DocumentedMention): boolean {
  return mention.column === 'primary' && !NOT_WEIGHED.has(mention.assertion) && !isSecondary(mention);
}

/** The mentions with each former primary named in its spread's words coded as the history the note documents. */
export function withSpreadSourcesAsHistory(text: string, mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  if (!mentions.some((mention) => mention.assertion === 'history')) return mentions;
  const named = mentions.map((mention, index) => namedAsPrimary(mention) && (spreadInSameWords(mentions, index) || metastaticBefore(text, mention)));
  // A primary named in its spread's words is the one this pass asks about, so it does not count as current: "Metastatic breast
  // cancer to the liver" beside "hx of breast ca s/p L mastectomy" would otherwise cancel the history it is read against.
  const histories = documentedHistories(mentions, (index) => named[index] === true);
  if (histories.size === 0) return mentions;
  return mentions.map((mention, index) => {
    if (named[index] !== true) return mention;
    // A side-less primary's candidates share their organ's history code ("breast ca": C50.911, C50.912, C50.919 → Z85.3).
    const history = historyCodeOf(mention.code ?? mention.candidates[0] ?? '');
    if (history === undefined || !histories.has(history)) return mention;
    // The hedge or denial was the spread's, so it is no evidence for the history.
    const { evidence: _cue, ...written } = mention;
    return { ...written, code: history, candidates: [], assertion: 'history', source: `${mention.source}; Guideline I.C.2.d: the former primary named as its spread's source (${history})` };
  });
}
