import type { InlayHint, Range } from 'vscode-languageserver-types';
import { InlayHintKind } from 'vscode-languageserver-types';
import type { CodeSets } from '../codes/codeSet';
import { toDotted } from '../codes/codeText';
import type { DiagnosisMention, Encounter, ParsedDocument } from '../model';
import type { Span, TextSource } from '../spans';
import { spanEnd } from '../spans';
import { diagnosesAsWritten, diagnosisOfPointer } from '../x12/diagnosisPointers';
import { x12Internals } from '../x12/parseX12';
import type { X12Document } from '../x12/x12Model';
import { HI_QUALIFIERS } from './x12Dictionary';

/**
 * Inlay hints in an 837, for the range the editor shows: the meaning of each HI qualifier
 * (`ABK` › principal), the official short title of each diagnosis code (`C3490` › Malignant neoplasm
 * of unsp part of unsp bronchus or lung) with its long title in the tooltip and, after each SV107
 * pointer, the code it names (`2` › C78.01). Only the claims whose segments touch the range are built,
 * so a 20 MB file costs what its visible screen costs.
 */

/** The most hints one request returns: a client asking for the whole of a large batch gets the first ones. */
export const MAX_INLAY_HINTS = 2000;

/**
 * A code without an official short title (one added since the release files that print short titles)
 * shows its long title cut to the width the order file gives short titles, with the full title in the
 * tooltip, so that every title hint is at most as wide as an official short title.
 */
const MAX_TITLE_LENGTH = 60;

export function inlayHints(document: TextSource, parsed: ParsedDocument, range: Range, codeSets: CodeSets): InlayHint[] {
  if (parsed.languageId !== 'x12-837') return [];
  const x12 = parsed;
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const hints: InlayHint[] = [];
  const inRange = (span: Span): boolean => span.offset >= start && spanEnd(span) <= end;
  for (const encounter of claimsTouching(x12, start, end)) {
    addClaimHints(document, encounter, inRange, codeSets, hints);
    if (hints.length >= MAX_INLAY_HINTS) return hints.slice(0, MAX_INLAY_HINTS);
  }
  return hints;
}

/** The claims with a segment in `[start, end)`, built one by one as the caller asks for them. */
export function* claimsTouching(x12: X12Document, start: number, end: number): Generator<Encounter> {
  const table = x12Internals(x12)?.table;
  let index = Math.max(0, table === undefined ? (x12.segmentAt(start)?.index ?? 0) : table.lastStartingAtOrBefore(start));
  let lastClaim = -1;
  for (; index < x12.segmentCount; index++) {
    const segmentStart = table === undefined ? x12.segment(index).span.offset : (table.startOf(index));
    if (segmentStart >= end) return;
    const claim = x12.claimOfSegment(index);
    if (claim < 0 || claim === lastClaim) continue;
    lastClaim = claim;
    yield x12.buildEncounter(claim).encounter;
  }
}

function addClaimHints(document: TextSource, encounter: Encounter, inRange: (span: Span) => boolean, codeSets: CodeSets, hints: InlayHint[]): void {
  for (const mention of encounter.diagnoses) {
    if (mention.qualifierSpan !== undefined && mention.qualifier !== undefined && inRange(mention.qualifierSpan)) {
      const meaning = HI_QUALIFIERS[mention.qualifier]?.meaning;
      if (meaning !== undefined) hints.push(hint(document, mention.qualifierSpan, shortMeaning(meaning), InlayHintKind.Parameter));
    }
    if (inRange(mention.span) && mention.system === 'icd10cm') {
      const title = codeSets.title(mention.code);
      // A short title is only ever given beside a long title, so a code without a long title has neither.
      if (title !== undefined) hints.push(titled(hint(document, mention.span, codeSets.shortTitle?.(mention.code) ?? shorten(title), InlayHintKind.Type), `${toDotted(mention.code)} ${title}`));
    }
  }
  const written = diagnosesAsWritten(encounter);
  for (const procedure of encounter.procedures) {
    for (const pointer of procedure.pointers ?? []) {
      if (!inRange(pointer.span)) continue;
      const diagnosis = diagnosisOfPointer(written, pointer.value);
      hints.push(hint(document, pointer.span, diagnosis === undefined ? 'no diagnosis' : shownCode(diagnosis), InlayHintKind.Parameter));
    }
  }
}

/** "principal diagnosis (ICD-10-CM)" → "principal": the code system is plain from the code beside it. */
function shortMeaning(meaning: string): string {
  return meaning.replace(/ \((ICD-10-CM|ICD-9-CM)\)$/, '').replace(/ diagnosis$/, '');
}

function shownCode(mention: DiagnosisMention): string {
  return mention.system === 'icd10cm' ? toDotted(mention.code) : `${mention.code} (ICD-9)`;
}

function shorten(title: string): string {
  return title.length <= MAX_TITLE_LENGTH ? title : `${title.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…`;
}

function hint(document: TextSource, span: Span, label: string, kind: InlayHintKind): InlayHint {
  return { position: document.positionAt(spanEnd(span)), label: `› ${label}`, kind, paddingLeft: true };
}

function titled(inlay: InlayHint, tooltip: string): InlayHint {
  return { ...inlay, tooltip };
}
