import type { DocumentedMention } from './model';

/**
 * "colon polyp (tubular adenoma 2021)", "TA 2020: surveillance colonoscopy 2023 clean": a colon adenoma written with the year of
 * the colonoscopy that found it is a polyp of that past colonoscopy, and a colonoscopy removes the polyps it finds, so the
 * adenoma is removed and its treatment complete: its personal history (Tabular Z86.0101 Personal history of adenomatous and
 * serrated colon polyps; ANNOTATION.md, "Removed colon adenomas are Z86.0101" and the later-encounter rule). Only a benign colon
 * or rectum code (D12.-) read as present is looked at, and only the few characters right after it, so the pass stays linear.
 */

/** Tabular D12.- Benign neoplasm of colon, rectum, anus and anal canal. */
const COLON_ADENOMA = /^D12/;
/** A year right after the words, maybe after a comma, an opening parenthesis or "in", with a month before it ("6/2021"). */
const YEAR_AFTER = /^[ \t]*[,(]?[ \t]*(?:in[ \t]+)?(?:\d{1,2}\/)?(?:19|20)\d{2}\b/i;
/** How many characters after the mention the year is looked for. */
const YEAR_REACH = 20;
const HISTORY_CODE = 'Z860101';

function datedAfter(text: string, mention: DocumentedMention): boolean {
  const end = mention.span.offset + mention.span.length;
  return YEAR_AFTER.test(text.slice(end, end + YEAR_REACH));
}

/** The mentions with each present colon adenoma dated by its past colonoscopy coded as its history. */
export function withDatedColonAdenomas(text: string, mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  return mentions.map((mention) => {
    if (mention.assertion !== 'present' || mention.code === null || !COLON_ADENOMA.test(mention.code) || !datedAfter(text, mention)) return mention;
    return { ...mention, code: HISTORY_CODE, candidates: [], assertion: 'history', source: `${mention.source}; a colon adenoma dated by its past colonoscopy: removed, Z86.0101` };
  });
}
