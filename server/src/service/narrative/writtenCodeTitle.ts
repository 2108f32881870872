import { toDotted } from '../codes/codeText';
import type { NarrativeCodeLookup } from './context';
import type { DocumentedMention } from './model';
import { dottedCodeBeforeTitle } from './writtenCodePattern';

/**
 * "Dx: H90.42 SNHL, L; D33.3 Benign neoplasm of cranial nerves", "D25.9 Leiomyoma of uterus, unspecified": an EHR's
 * diagnosis or problem line writes the code a coder chose and its Tabular title after it. ANNOTATION.md (round 18, "A code
 * line's title … is a mention coded as the code on its line") codes the title as that code. The reader reads the title's
 * words by themselves, which can name a neighbouring code of the same category (the cranial nerves read as "cranial" D33.2,
 * a fibroid restated at the layer the note documents, D25.0), so a mention written right after a billable code of its own
 * three-character category takes the written code: the category agrees, and the code line says which subcategory it is.
 */

/** How many characters before a mention a written code and its separator may stand ("D33.3 ", "C43.72 - ", "D35.02: "). */
const CODE_REACH = 16;
/** A code written with its dot, ending where the look-back ends: letter, two digits, a dot and one to four characters. */
export const WRITTEN_CODE_BEFORE = dottedCodeBeforeTitle(String.raw`([A-TV-Z][0-9][0-9A-Z])\.([0-9A-Z]{1,4})`, '-:–', { atEnd: true });

/** The mentions, each written right after a billable code of its own category coded as that code. */
export function withWrittenCodeTitles(text: string, mentions: readonly DocumentedMention[], codes: NarrativeCodeLookup): readonly DocumentedMention[] {
  return mentions.map((mention) => {
    const written = codeWrittenBefore(text, mention.span.offset);
    if (written === undefined || written === mention.code || !codes.isBillable(written)) return mention;
    if (!sameCategory(mention, written)) return mention;
    return { ...mention, code: written, candidates: [], source: `${mention.source}; the code written before its title on the line (Tabular ${toDotted(written)})` };
  });
}

/** The dotless code written right before `offset` on the same line, if any. */
function codeWrittenBefore(text: string, offset: number): string | undefined {
  // Most mentions follow a word or a stop, not a code: that is read from the characters before any cut and expression.
  if (!codeCharacterBefore(text, offset)) return undefined;
  const before = text.slice(Math.max(0, offset - CODE_REACH), offset);
  const lineStart = before.lastIndexOf('\n');
  const match = WRITTEN_CODE_BEFORE.exec(lineStart < 0 ? before : before.slice(lineStart + 1));
  return match === null ? undefined : `${match[1] ?? ''}${match[2] ?? ''}`;
}

/**
 * Whether the character before `offset`, past the spaces, tabs and one dash or colon `WRITTEN_CODE_BEFORE` allows after a code,
 * is a capital letter or a digit: the last character of every code the expression finds there.
 */
function codeCharacterBefore(text: string, offset: number): boolean {
  // The look-back reaches no further than the expression's window, so a long run of spaces costs no more than it.
  const floor = Math.max(0, offset - CODE_REACH);
  let at = spacesBefore(text, offset, floor) - 1;
  const code = text.charCodeAt(at);
  if (code === 0x2d /* - */ || code === 0x3a /* : */ || code === 0x2013 /* – */) at = spacesBefore(text, at, floor) - 1;
  const last = text.charCodeAt(at);
  return (last >= 0x30 && last <= 0x39) || (last >= 0x41 && last <= 0x5a);
}

/** Where the run of spaces and tabs ending at `end` starts, not before `floor`. */
function spacesBefore(text: string, end: number, floor: number): number {
  let at = end;
  while (at > floor && (text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at - 1) === 0x09)) at--;
  return at;
}

/** Whether the written code is in the category of the mention's code or of one of its candidates. */
function sameCategory(mention: DocumentedMention, written: string): boolean {
  const category = written.slice(0, 3);
  if (mention.code !== null) return mention.code.slice(0, 3) === category;
  return mention.candidates.some((candidate) => candidate.slice(0, 3) === category);
}
