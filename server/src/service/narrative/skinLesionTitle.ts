import { toDotted } from '../codes/codeText';
import type { DocumentedMention } from './model';

/**
 * "1. Neoplasm of uncertain behavior, L preauricular cheek - clinically BCC, bx A sent": a dermatology problem list titles a
 * biopsied skin lesion "Neoplasm of uncertain behavior" with its body region, and the Table reads a region with no tissue (cheek,
 * back, forearm) as an ill-defined site (D48.7). The line names the lesion a skin tumour ("clinically BCC", "r/o SCC"), so the
 * neoplasm is of the skin there: table: skin / Uncertain Behavior D48.5 (ANNOTATION.md, "Side and
 * sub-site documented elsewhere"; Tabular D48.5 Neoplasm of uncertain behavior of skin).
 */

/**
 * The ill-defined region's code and the skin's. Only the uncertain behaviour's: a skin exam's "new tumor of the R upper back" beside a
 * melanoma keeps its unspecified D49.89 (round 16), and only a problem title's words (`PROBLEM_TITLE`) are read.
 */
const SKIN_FOR_REGION: ReadonlyMap<string, string> = new Map([['D487', 'D485']]);
/** The EHR's problem title, "Neoplasm of uncertain behavior, <region>". */
const PROBLEM_TITLE = /^neoplasm of uncertain behaviou?r\b/i;
/** Skin tumours a line may name its lesion as: skin cancers and carcinomas in situ, melanoma and melanoma in situ, nevi. */
const SKIN_TUMOUR = /^(C44|D04|C43|D03|D22)/;
/** How many mentions either side are looked at for the line's skin tumour: a problem line holds a few. */
const LINE_REACH = 4;

/** The mentions, each ill-defined region neoplasm whose line names a skin tumour coded at the skin. */
export function withSkinLesionTitles(text: string, mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  if (!mentions.some((mention) => SKIN_FOR_REGION.has(mention.code ?? ''))) return mentions;
  return mentions.map((mention, index) => {
    const skin = SKIN_FOR_REGION.get(mention.code ?? '');
    if (skin === undefined || !PROBLEM_TITLE.test(mention.text) || !lineNamesSkinTumour(text, mentions, index)) return mention;
    return { ...mention, code: skin, source: `${mention.source}; the line names a skin tumour: table: skin (Tabular ${toDotted(skin)})` };
  });
}

function lineNamesSkinTumour(text: string, mentions: readonly DocumentedMention[], index: number): boolean {
  const own = mentions[index];
  if (own === undefined) return false;
  const lineStart = lineBoundary(text, own.span.offset, -1);
  const lineEnd = lineBoundary(text, own.span.offset + own.span.length, 1);
  for (let other = Math.max(0, index - LINE_REACH); other <= Math.min(mentions.length - 1, index + LINE_REACH); other++) {
    const candidate = mentions[other];
    if (other === index || candidate === undefined || candidate.span.offset < lineStart || candidate.span.offset >= lineEnd) continue;
    if (SKIN_TUMOUR.test(candidate.code ?? '') && (candidate.assertion === 'present' || candidate.assertion === 'uncertain')) return true;
  }
  return false;
}

/** How far a line's end is looked for from a mention: a problem line is short, and a note written on one line is not read whole. */
const LINE_SCAN = 240;

/** The offset of the line's start (`step` -1) or end (`step` 1) from `offset`, looked for within `LINE_SCAN` characters. */
function lineBoundary(text: string, offset: number, step: -1 | 1): number {
  const limit = step < 0 ? Math.max(0, offset - LINE_SCAN) : Math.min(text.length, offset + LINE_SCAN);
  for (let position = step < 0 ? offset - 1 : offset; step < 0 ? position >= limit : position < limit; position += step) {
    if (text.charCodeAt(position) === 10) return step < 0 ? position + 1 : position;
  }
  return limit;
}
