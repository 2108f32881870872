import { toDotted } from '../codes/codeText';
import { MALIGNANT_HISTORY, longestPrefix } from './historyCodes';
import type { DocumentedMention } from './model';

/**
 * "Liver, core biopsy: metastatic adenocarcinoma, c/w colorectal primary" in a note that documents the colon cancer as history
 * ("hx sigmoid colon adenocarcinoma, resected 2024" → Z85.038): the "<organ> primary" (or "<organ> origin") the pathologist
 * concludes names the source of the metastasis, which the note already codes as that history, so it is no entry of its own
 * (ANNOTATION.md: "the source of a metastasis whose primary the note documents as history gets no entry", d421, d450, d592). A
 * current primary so concluded stays ("c/w <organ> primary … on tissue or cytology of a current primary is a present mention").
 */

/** The words a concluded source ends with. */
const SOURCE_WORD = /\b(?:primary|origin)$/i;
/** A conclusion right before the source, within its line ("c/w", "consistent with", "supports", "favor"). */
const CONCLUSION = /(?:\bc\/w|\bconsistent\s+with|\bsupport(?:s|ing)?|\bfavou?r(?:s|ing)?)\s+(?:an?\s+|the\s+)?$/i;
/** How many characters before the source its conclusion may stand. */
const CONCLUSION_REACH = 40;

/** The undotted personal-history code of a primary's code ("C187" → "Z85038"), a history code itself, or undefined. */
function historyCodeOf(code: string): string | undefined {
  if (code.startsWith('Z85')) return code;
  return longestPrefix(MALIGNANT_HISTORY, toDotted(code))?.history.replace('.', '');
}

/** Whether the history code of `code` is one the note documents. */
function isHistoryOf(histories: ReadonlySet<string>, code: string): boolean {
  const history = historyCodeOf(code);
  return history !== undefined && histories.has(history);
}

/** Whether the mention is a source a conclusion names ("c/w colorectal primary"). */
export function concludedSource(text: string, mention: DocumentedMention): boolean {
  if (!SOURCE_WORD.test(mention.text)) return false;
  const before = text.slice(Math.max(0, mention.span.offset - CONCLUSION_REACH), mention.span.offset);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return CONCLUSION.test(line);
}

/** The mentions, and their anchors, without the concluded sources of a metastasis whose primary the note codes as history. */
export function withoutSourcesOfHistory(text: string, mentions: readonly DocumentedMention[], anchors: readonly number[]): { mentions: DocumentedMention[]; anchors: number[] } {
  // Whether a mention is a concluded source, tested at most once for both passes below, and only for the mentions they ask about:
  // most notes document no history, and their second pass never runs.
  const concluded: (boolean | undefined)[] = [];
  const isConcluded = (index: number, mention: DocumentedMention): boolean => (concluded[index] ??= concludedSource(text, mention));
  const histories = new Set<string>();
  // The primaries the note also documents as current ("This metastatic colorectal adenocarcinoma …"): their source stays.
  // Their history codes are looked up only when the note documents some history, which most notes do not.
  const currents: string[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index];
    if (mention === undefined || mention.code === null) continue;
    const history = mention.assertion === 'history';
    if (!history && (mention.assertion !== 'present' || mention.column !== 'primary')) continue;
    if (isConcluded(index, mention)) continue;
    if (history) histories.add(mention.code);
    else currents.push(mention.code);
  }
  if (histories.size === 0) return { mentions: [...mentions], anchors: [...anchors] };
  for (const current of currents) histories.delete(historyCodeOf(current) ?? '');
  if (histories.size === 0) return { mentions: [...mentions], anchors: [...anchors] };
  const kept: DocumentedMention[] = [];
  const keptAnchors: number[] = [];
  mentions.forEach((mention, index) => {
    // The concluded-source test comes before the look-up of the mention's history code.
    if (mention.code !== null && isConcluded(index, mention) && isHistoryOf(histories, mention.code)) return;
    kept.push(mention);
    keptAnchors.push(anchors[index] ?? -1);
  });
  return { mentions: kept, anchors: keptAnchors };
}
