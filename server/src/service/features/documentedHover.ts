import type { CodeSets } from '../codes/codeSet';
import { toDotted } from '../codes/codeText';
import type { Encounter, ParsedDocument } from '../model';
import type { DocumentedMention } from '../narrative/model';
import { narrativeIfReadable } from '../notes/encounterNarrative';
import { mentionCodes, sameCondition, describeAssertion } from '../rules/narrativeMatch';
import { spanContains } from '../spans';
import { escapeMarkdown } from './markdown';

/**
 * The hover on a phrase the narrative reader documented ("hepatic metastases"): the code it maps to
 * and the table row or guideline that says so, its assertion with the words that decided it, its
 * section, and whether a listed code of the encounter already covers it.
 */

/** The documented mention under an offset of a note encounter, if the note has narrative there. */
export function documentedMentionAt(parsed: ParsedDocument, encounter: Encounter, offset: number): DocumentedMention | undefined {
  const narrative = narrativeIfReadable(parsed, encounter);
  return narrative?.reading.mentions.find((mention) => spanContains(mention.span, offset));
}

/** The markdown of the hover on a documented mention. */
export function documentedHover(mention: DocumentedMention, encounter: Encounter, codeSets: CodeSets): string {
  return [
    documentedLine(mention, codeSets),
    `Assertion: ${escapeMarkdown(describeAssertion(mention))}`,
    ...(mention.section === undefined ? [] : [`Section: ${escapeMarkdown(mention.section.name)}`]),
    coverageLine(mention, encounter, codeSets),
  ].join('\n\n');
}

/** "Documented: secondary malignant neoplasm of liver … → **C78.7** (Table of Neoplasms: liver → Malignant Secondary)". */
function documentedLine(mention: DocumentedMention, codeSets: CodeSets): string {
  const source = escapeMarkdown(mention.source);
  if (mention.code !== null) {
    const title = codeSets.title(mention.code);
    const what = title === undefined ? `"${escapeMarkdown(mention.text)}"` : escapeMarkdown(lowerFirst(title));
    return `Documented: ${what} → **${toDotted(mention.code)}** (${source})`;
  }
  const candidates = mention.candidates.map((code) => `**${toDotted(code)}**`).join(', ');
  const missing = mention.missing === undefined ? '' : `; the text does not give the ${escapeMarkdown(mention.missing)}`;
  const codes = candidates === '' ? 'no single code' : `one of ${candidates}`;
  return `Documented: "${escapeMarkdown(mention.text)}" → ${codes} (${source}${missing})`;
}

/** Whether a listed code of the encounter is about the same condition (same category or site). */
function coverageLine(mention: DocumentedMention, encounter: Encounter, codeSets: CodeSets): string {
  const codes = mentionCodes(mention);
  const covering = encounter.diagnoses.filter((listed) => codes.some((code) => sameCondition(codeSets, listed.code, code)));
  const listed = [...new Set(covering.map((entry) => toDotted(entry.code)))];
  if (listed.length > 0) return `Listed: ${listed.join(', ')} ${listed.length === 1 ? 'covers' : 'cover'} it.`;
  if (mention.assertion === 'family') return 'No listed code covers it; a family history of cancer is coded Z80.- when it matters for the encounter.';
  if (mention.assertion === 'negated' || mention.assertion === 'hypothetical') return `No listed code covers it, and as a ${mention.assertion} mention it needs none.`;
  return 'No listed code covers it (see `documented-not-coded`).';
}

function lowerFirst(text: string): string {
  return text.length === 0 ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
