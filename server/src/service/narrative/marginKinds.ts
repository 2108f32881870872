import type { Token } from './tokens';

/**
 * Round 20: a report item about a margin names the margin by its kind first ("- Resection margin: negative for carcinoma",
 * "- Staple margin negative for carcinoma"), and is a margin item as "- Margins: …" is (`siteContext.ts`): it reports the
 * specimen's tumour at the margin (`marginStatement.ts`), not a new finding of the organ its part's label names.
 */

const MARGIN_WORDS: ReadonlySet<string> = new Set(['margin', 'margins']);

/** How many words may name a margin's kind before the margin word ("Resection margin", "Proximal bronchial margin"). */
const MARGIN_KIND_WORDS = 2;

/**
 * The kinds of a skin excision's margins ("- Deep margin: involved by invasive melanoma", "- All margins negative for melanoma"):
 * they report a lesion the Index codes by morphology (melanoma, nevus), whose site only the part's label gives, so such an item
 * keeps the label above.
 */
const SKIN_MARGIN_KINDS: ReadonlySet<string> = new Set(['deep', 'peripheral', 'all', 'lateral']);

/** Where the margin word of an item opening at `opening` stands, after at most `MARGIN_KIND_WORDS` words of its kind; -1 if none. */
export function marginWordAt(tokens: readonly Token[], opening: number): number {
  for (let position = opening; position <= opening + MARGIN_KIND_WORDS; position++) {
    const token = tokens[position];
    if (token === undefined || token.punct || SKIN_MARGIN_KINDS.has(token.norm)) return -1;
    if (MARGIN_WORDS.has(token.norm)) return position;
  }
  return -1;
}
