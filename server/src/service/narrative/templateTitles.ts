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
  return open >= 0 && FORM_TITLES.some((title) => title.every((word, index) => tokens[open - title.length + index]?.norm === word));
}
