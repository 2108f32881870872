import type { NoteSection } from './model';
import type { SectionBlocks } from './sectionBlocks';
import { nearestInSentenceBefore, wordInSentenceWindow } from './sentenceWindow';
import { companionOfPatient } from './patientCompanion';
import type { Token } from './token';

/**
 * Where the note speaks of the family's cancers: inside a Family History section ("FH: cancer (type unknown)"),
 * or in a sentence that names a relative or the family before the diagnosis ("Mother - cancer", "no known family hx
 * of cancer"). A site-less cancer there is the relative's and stays site-less (Z80.9): the organ of a lesion, a
 * specimen label or a report line written before it (often in the section above: "PMH: breast ca\nFamily: mother -
 * cancer") is the patient's, and would make the relative's cancer the patient's organ.
 */

/** Relatives whose cancer a family history names ("Mother - breast ca dx 39", "sister w/ breast cancer"). */
export const RELATIVES: ReadonlySet<string> = new Set([
  'mother', 'father', 'sister', 'brother', 'aunt', 'uncle', 'grandmother', 'grandfather', 'cousin', 'daughter', 'son', 'sibling', 'mom', 'dad',
  'maternal', 'paternal', 'niece', 'nephew', 'mgm', 'mgf', 'pgm', 'pgf', 'sisters', 'brothers', 'aunts', 'cousins', 'relative', 'relatives',
]);

/** The relatives, and the words that make a sentence the family's ("no known family hx of cancer", "FHx: cancer"). */
const FAMILY_WORDS: ReadonlySet<string> = new Set([...RELATIVES, 'family', 'fh', 'fhx']);

/** How far before a mention, in its sentence, a relative names whose cancer it is. */
export const RELATIVE_REACH = 8;

/** Whether a relative stands up to {@link RELATIVE_REACH} tokens before `start`, in its sentence. */
export function aboutRelative(tokens: readonly Token[], start: number): boolean {
  return wordInSentenceWindow(tokens, start, start, { words: RELATIVES, sentence: tokens[start]?.sentence, before: RELATIVE_REACH });
}

/**
 * The encounter's Family History blocks as token ranges, made once per read: each from its header to the block's end
 * (`sectionBlocks.ts`: a blank line or a study's report ends the relatives' list).
 */
export class FamilyStatements {
  /** Each Family History block's first token and the token after its last, in pairs, ascending. */
  private readonly bounds: number[] = [];
  /** The same for the Past Medical and Past Surgical History blocks: where the note lists the patient's past conditions (pastPrimaries.ts). */
  private readonly pastBounds: number[] = [];

  constructor(tokens: readonly Token[], sections: readonly NoteSection[], blocks?: SectionBlocks) {
    let index = 0;
    for (const section of sections) {
      const into = section.kind === 'family-history' ? this.bounds : PAST_KINDS.has(section.kind) ? this.pastBounds : undefined;
      if (into === undefined || blocks === undefined) continue;
      while (index < tokens.length && (tokens[index]?.start ?? 0) < section.span.offset) index++;
      const first = index;
      while (index < tokens.length && blocks.kindAt(section, tokens[index]?.start ?? 0) === section.kind) index++;
      into.push(first, index);
    }
  }

  /** Whether the token at `index` stands in a Past Medical or Past Surgical History block. */
  inPastHistory(index: number): boolean {
    return inBounds(this.pastBounds, index);
  }

  /** Whether the token at `index` stands in a Family History section or after a family word in its sentence. */
  has(tokens: readonly Token[], index: number): boolean {
    if (inBounds(this.bounds, index)) return true;
    // One bounded scan for a family word in the sentence before the token; "Explained to pt + son: tumor completely removed": a
    // relative joined to the patient is a companion, no relative with a cancer, so the scan passes it by.
    return nearestInSentenceBefore(tokens, index, RELATIVE_REACH, tokens[index]?.sentence, (token, position) => FAMILY_WORDS.has(token.norm) && !companionOfPatient(tokens, position)) >= 0;
  }
}

/** The section kinds whose blocks list the patient's past conditions. */
const PAST_KINDS: ReadonlySet<NoteSection['kind']> = new Set<NoteSection['kind']>(['past-medical-history', 'past-surgical-history']);

/** Whether `index` falls in one of the token ranges given as first and after-last pairs. */
function inBounds(bounds: readonly number[], index: number): boolean {
  for (let pair = 0; pair < bounds.length; pair += 2) {
    if (index >= (bounds[pair] ?? 0) && index < (bounds[pair + 1] ?? 0)) return true;
  }
  return false;
}

/** No Family History section: only the sentence's own words say a cancer is the family's. */
export function noFamilySections(): FamilyStatements {
  return new FamilyStatements([], []);
}
