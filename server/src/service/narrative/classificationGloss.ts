import type { DocumentedMention } from './model';
import type { Token } from './tokens';

/**
 * "follicular lymphoma, histologic grade 2 (ICC: FL grade 1-2; WHO-HAEM5: classic FL)", "MDS with excess blasts-2 (MDS-EB2;
 * WHO-HAEM5 MDS-IB2)", "MDS w/ ring sideroblasts (MDS-RS-SLD per WHO 2016; now … WHO 2022)": a parenthesis right after a
 * diagnosis that gives its name in a classification (WHO, ICC) glosses that diagnosis, so the names inside it are the same
 * mention written again, not diagnoses of their own (ANNOTATION.md: one entry spans the diagnosis and its parenthesis, as a
 * "(CIS)" glossing an in-situ diagnosis is none).
 */

/** How many tokens before a name the parenthesis holding it may open (its other names and labels stand between). */
const GLOSS_REACH = 16;
/** How many tokens after the name the classification's label may stand ("MDS-RS-SLD per WHO 2016"). */
const LABEL_REACH = 6;
/** How many tokens (a grade, a comma) may stand between the glossed diagnosis and the parenthesis. */
const DIAGNOSIS_GAP = 8;

/** Whether a token names a classification of haematological neoplasms ("WHO", "WHO-HAEM5", "ICC"), written in capitals. */
function namesClassification(token: Token): boolean {
  return token.raw === 'WHO' || token.raw === 'ICC' || token.raw.startsWith('WHO-');
}

/** The documented mentions, and their anchors, without the names a classification's parenthesis gives the diagnosis before it. */
export function withoutClassificationGlosses(tokens: readonly Token[], mentions: readonly DocumentedMention[], anchors: readonly number[]): { mentions: DocumentedMention[]; anchors: number[] } {
  const kept: DocumentedMention[] = [];
  const keptAnchors: number[] = [];
  mentions.forEach((mention, index) => {
    const anchor = anchors[index] ?? -1;
    const glossed = kept[kept.length - 1];
    if (glossed !== undefined && sameCategory(glossed, mention) && glossesDiagnosisBefore(tokens, anchor, mention, glossed)) return;
    kept.push(mention);
    keptAnchors.push(anchor);
  });
  return { mentions: kept, anchors: keptAnchors };
}

/** Whether two mentions are coded in one category (C82 follicular lymphoma, D46 MDS): the gloss names the same disease. */
function sameCategory(glossed: DocumentedMention, mention: DocumentedMention): boolean {
  return glossed.code !== null && mention.code !== null && sameFirstThree(glossed.code, mention.code);
}

/** Whether two codes begin with the same category (their first three characters, or all of a shorter one), compared in place. */
function sameFirstThree(first: string, second: string): boolean {
  const length = Math.min(3, first.length);
  if (length !== Math.min(3, second.length)) return false;
  for (let index = 0; index < length; index++) if (first.charCodeAt(index) !== second.charCodeAt(index)) return false;
  return true;
}

/** Whether the name at `anchor` stands in a classification's parenthesis that opens at most `DIAGNOSIS_GAP` tokens after `glossed`. */
function glossesDiagnosisBefore(tokens: readonly Token[], anchor: number, mention: DocumentedMention, glossed: DocumentedMention): boolean {
  let labelled = false;
  for (let index = anchor - 1; index >= Math.max(0, anchor - GLOSS_REACH); index--) {
    const token = tokens[index];
    if (token === undefined || token.norm === ')') return false;
    if (namesClassification(token)) labelled = true;
    if (token.norm !== '(') continue;
    const glossedEnd = glossed.span.offset + glossed.span.length;
    const reachStart = tokens[Math.max(0, index - DIAGNOSIS_GAP)]?.start ?? 0;
    return (labelled || labelAfter(tokens, anchor, mention)) && glossedEnd <= token.start && glossedEnd >= reachStart;
  }
  return false;
}

/** Whether a classification's label follows the name inside its parenthesis ("MDS-RS-SLD per WHO 2016"). */
function labelAfter(tokens: readonly Token[], anchor: number, mention: DocumentedMention): boolean {
  const end = mention.span.offset + mention.span.length;
  for (let index = anchor; index < anchor + LABEL_REACH + 4; index++) {
    const token = tokens[index];
    if (token === undefined || token.norm === ')' || token.norm === '(') return false;
    if (token.start >= end && namesClassification(token)) return true;
  }
  return false;
}
