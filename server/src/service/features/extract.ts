import type { Range } from 'vscode-languageserver-types';
import { toDotted } from '../codes/codeText';
import type { NeoplasmColumn } from '../codes/neoplasm/model';
import type { ParsedDocument } from '../model';
import type { Assertion } from '../narrative/model';
import { narrativeOf } from '../notes/encounterNarrative';
import type { TextSource } from '../spans';
import { toRange } from '../spans';

/**
 * The documented mentions of a note in the shape of the `icd-claim-check --extract --json` contract
 * (NARRATIVE.md): 0-based ranges, codes dotted, the section's name. A stable contract other tools
 * depend on: fields are only ever added, never renamed.
 */

/** One documented mention, as `--extract` reports it (without the file, which the command line adds). */
export interface ExtractedMention {
  readonly range: Range;
  /** The phrase as written. */
  readonly text: string;
  /** The dotted ICD-10-CM code, or null when the text lacks the detail. */
  readonly code: string | null;
  /** Dotted codes that fit when `code` is null or several fit. */
  readonly candidates: readonly string[];
  readonly column: NeoplasmColumn | null;
  readonly assertion: Assertion;
  /** The note section's name (`Assessment`), or null outside any section. */
  readonly section: string | null;
}

/** Every documented mention of every encounter, in text order; none for an 837 or a note read without a table. */
export function extractDocumentedMentions(document: TextSource, parsed: ParsedDocument): ExtractedMention[] {
  const extracted: ExtractedMention[] = [];
  for (const encounter of parsed.encounters) {
    for (const mention of narrativeOf(parsed, encounter)?.reading.mentions ?? []) {
      extracted.push({
        range: toRange(document, mention.span),
        text: mention.text,
        code: mention.code === null ? null : toDotted(mention.code),
        candidates: mention.candidates.map(toDotted),
        column: mention.column,
        assertion: mention.assertion,
        section: mention.section?.name ?? null,
      });
    }
  }
  return extracted;
}
