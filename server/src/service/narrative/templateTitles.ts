import type { RawMention } from './rawMention';
import { openParenthesisBefore } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "SYNOPTIC REPORT (Melanoma of the Skin, Excision)", "CANCER CASE SUMMARY (Invasive Carcinoma of the Breast)",
 * "CAP protocol (Colon and Rectum)": the title of the form a pathologist fills in names the protocol, not the
 * patient's diagnosis (ANNOTATION.md: a synoptic field label is no mention); the fields below it document the tumour.
 */

/** The words of a form's title right before the parenthesis that names its protocol. */
const FORM_TITLES: readonly (readonly string[])[] = [['synoptic', 'report'], ['synoptic', 'summary'], ['case', 'summary'], ['protocol'], ['template']];
/** How far inside the parenthesis a histology may stand. */
const TITLE_REACH = 10;

/** The mentions without those read inside a form title's parenthesis. */
export function withoutTemplateTitles(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  return mentions.filter((mention) => !inFormTitle(tokens, mention.anchorStart));
}

function inFormTitle(tokens: readonly Token[], anchorStart: number): boolean {
  const open = openParenthesisBefore(tokens, anchorStart, TITLE_REACH);
  return (open >= 0 && titleEndsAt(tokens, open)) || afterTitleDash(tokens, anchorStart);
}

/** Whether a form's title ends right before `position` ("SYNOPTIC REPORT", "SYNOPTIC", "CASE SUMMARY"). */
function titleEndsAt(tokens: readonly Token[], position: number): boolean {
  return FORM_TITLES.some((title) => title.every((word, index) => tokens[position - title.length + index]?.norm === word));
}

/** A title's last word when it is written alone before its dash ("SYNOPTIC - PROSTATE GLAND: RADICAL PROSTATECTOMY"). */
const DASHED_TITLE_WORDS: ReadonlySet<string> = new Set(['synoptic']);

/**
 * "SYNOPTIC REPORT - INVASIVE CARCINOMA OF THE BREAST: RESECTION (CAP v4.10.0.0)", "SYNOPTIC REPORT - MELANOMA OF THE SKIN: WIDE
 * EXCISION": the protocol's name written after the title and a dash, up to the colon that names the procedure, is the
 * parenthesis's protocol written another way.
 */
function afterTitleDash(tokens: readonly Token[], anchorStart: number): boolean {
  const sentence = tokens[anchorStart]?.sentence;
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - TITLE_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || token.norm === ':' || token.norm === '(') return false;
    if (token.norm === '-') return titleEndsAt(tokens, position) || DASHED_TITLE_WORDS.has(tokens[position - 1]?.norm ?? '');
  }
  return false;
}
