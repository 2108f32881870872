import type { CodeSets } from '../codes/codeSet';
import type { TextReader } from '../document/textReader';
import type { Span } from '../spans';
import { spanContains } from '../spans';
import { toDotted } from '../codes/codeText';
import type { Guide } from '../x12/loops';
import { GUIDES, loopTitle } from '../x12/loops';
import { loopOfSegment, SegmentReader } from '../x12/loopWalk';
import { diagnosesAsWritten, diagnosisOfPointer } from '../x12/diagnosisPointers';
import { MAX_VIEWED_ELEMENTS } from '../x12/segmentElements';
import type { X12Document, X12Element, X12Segment } from '../x12/x12Model';
import { escapeMarkdown } from './markdown';
import { findEncounterAt } from './encounterAt';
import { elementName, HI_QUALIFIERS, PROCEDURE_QUALIFIERS, qualifierMeaning, SEGMENTS } from './x12Dictionary';

/**
 * The hover on an 837's structure: what a segment id, element or component means, the loop the
 * segment opens or belongs to, and the codes a diagnosis pointer names. Read from the segment's own
 * characters through the document's reader.
 */

export interface StructureHover {
  readonly span: Span;
  readonly markdown: string;
}

/** Explains the X12 segment id, element or component under the offset. */
export function structureHover(parsed: X12Document, text: TextReader, offset: number, codeSets: CodeSets): StructureHover | undefined {
  const segment = parsed.segmentAt(offset);
  if (segment === undefined) return undefined;
  const info = SEGMENTS[segment.id];
  if (spanContains(segment.idSpan, offset)) {
    const heading = info ? `**${segment.id}** — ${info.name}` : `**${escapeMarkdown(segment.id)}** — segment not described by this extension`;
    const qualifier = leadingQualifier(segment, text);
    const loop = loopLine(parsed, text, segment.index);
    return { span: segment.idSpan, markdown: [heading, ...(loop ? [loop] : []), ...(info ? [info.purpose] : []), ...(qualifier ? [qualifier] : [])].join('\n\n') };
  }
  const found = segment.elements.elementAt(offset);
  if (found === undefined) return undefined;
  if (found.index === undefined) return uncountedElementHover(segment, found.element);
  const hover = elementHover(segment, found.index, found.element, offset, text);
  if (segment.id !== 'SV1' || found.index !== 6) return hover;
  const pointers = pointerTargets(parsed, found.element, text, offset, codeSets);
  return { span: hover.span, markdown: [hover.markdown, ...pointers].join('\n\n') };
}

/** An element past the ones the segment view counts: its position is unknown, and the hover says why. */
function uncountedElementHover(segment: X12Segment, element: X12Element): StructureHover {
  const id = SEGMENTS[segment.id] === undefined ? 'this segment' : `\`${segment.id}\``;
  const markdown = `An element past the first ${MAX_VIEWED_ELEMENTS.toLocaleString('en-US')} of ${id}. No 837 segment has that many elements, `
    + 'so the segment is damaged (a missing terminator, or separators where data was meant); its elements are not counted this far.';
  return { span: element.span, markdown };
}

/** "Loop 2300 Claim Information (837P)": where the segment stands in the implementation guide. */
function loopLine(parsed: X12Document, text: TextReader, index: number): string | undefined {
  const claimGuide = (claimIndex: number): Guide => GUIDES[parsed.buildEncounter(claimIndex).encounter.source === 'x12-837i' ? '837I' : '837P'];
  const found = loopOfSegment(new SegmentReader(parsed, text), parsed, index, claimGuide);
  return found === undefined ? undefined : `Loop **${loopTitle(found.guide, found.loop)}** (${found.guide.kind})`;
}

/** For DTP, NM1, REF, HL and SBR, the meaning of the coded value that tells which kind of segment this is. */
function leadingQualifier(segment: X12Segment, text: TextReader): string | undefined {
  const keyPosition = segment.id === 'HL' ? 3 : 1;
  const element = segment.elements.at(keyPosition - 1);
  if (element === undefined) return undefined;
  const value = slice(text, element.span);
  const meaning = qualifierMeaning(segment.id, keyPosition, value);
  return meaning === undefined ? undefined : `\`${elementName(segment.id, keyPosition)}\` ${escapeMarkdown(value)} = ${meaning}`;
}

function slice(text: TextReader, span: Span): string {
  return text.slice(span.offset, span.offset + span.length);
}

function elementHover(segment: X12Segment, index: number, element: X12Element, offset: number, text: TextReader): StructureHover {
  const position = index + 1;
  const name = elementName(segment.id, position);
  const info = SEGMENTS[segment.id];
  const valueOf = (span: Span): string => slice(text, span);
  const owner = info ? ` in \`${segment.id}\` (${info.name})` : '';
  const componentIndex = element.components.length > 1 ? element.components.findIndex((component) => spanContains(component, offset)) : -1;
  if (componentIndex >= 0) {
    const component = element.components[componentIndex] as Span;
    const value = valueOf(component);
    const qualifierText = componentIndex === 0 ? compositeQualifierMeaning(segment.id, position, value) : undefined;
    const lines = [`**${name}-${componentIndex + 1}**${owner}`];
    if (qualifierText) lines.push(`${escapeMarkdown(value)} = ${qualifierText}`);
    else if (info?.elements[position]) lines.push(`Part of: ${info.elements[position]}`);
    return { span: component, markdown: lines.join('\n\n') };
  }
  const value = valueOf(element.span);
  const meaning = segment.id === 'HI' ? 'Diagnosis or other health care code: qualifier, then the code' : info?.elements[position];
  const lines = [`**${name}**${owner}`, meaning ?? 'Element not described by this extension.'];
  const valueMeaning = qualifierMeaning(segment.id, position, value) ?? compositeQualifierMeaning(segment.id, position, value);
  if (valueMeaning !== undefined) lines.push(`${escapeMarkdown(value)} = ${valueMeaning}`);
  const dateKind = segment.id === 'DTP' && position === 3 ? datePurpose(segment, valueOf) : undefined;
  if (dateKind !== undefined) lines.push(`This is the ${dateKind}.`);
  return { span: element.span, markdown: lines.join('\n\n') };
}

/**
 * SV107 points at the claim's diagnoses by position (1 = the first HI code); the hover lists the codes
 * the pointers select, so a coder can check that the line is linked to the right diagnoses.
 */
function pointerTargets(parsed: X12Document, element: X12Element, text: TextReader, offset: number, codeSets: CodeSets): string[] {
  const claim = findEncounterAt(parsed, offset);
  if (claim === undefined) return [];
  // Pointers count the codes as written in HI (as Go to Definition and the rule do), not in reporting order.
  const written = diagnosesAsWritten(claim);
  const lines = element.components.map((component) => {
    const pointer = slice(text, component);
    const diagnosis = diagnosisOfPointer(written, pointer);
    if (diagnosis === undefined) return `- ${escapeMarkdown(pointer)} → no diagnosis at this position on the claim`;
    const title = diagnosis.system === 'icd10cm' ? codeSets.title(diagnosis.code) : undefined;
    const shown = diagnosis.system === 'icd10cm' ? toDotted(diagnosis.code) : `${diagnosis.code} (ICD-9-CM)`;
    return `- ${pointer} → ${shown}${title === undefined ? '' : ` ${escapeMarkdown(title)}`}`;
  });
  return lines.length === 0 ? [] : [`Points at:\n${lines.join('\n')}`];
}

function compositeQualifierMeaning(segmentId: string, position: number, value: string): string | undefined {
  if (segmentId === 'HI') return HI_QUALIFIERS[value]?.meaning;
  if ((segmentId === 'SV1' && position === 1) || (segmentId === 'SV2' && position === 2)) return PROCEDURE_QUALIFIERS[value];
  return undefined;
}

function datePurpose(segment: X12Segment, valueOf: (span: Span) => string): string | undefined {
  const first = segment.elements.at(0);
  return first === undefined ? undefined : qualifierMeaning('DTP', 1, valueOf(first.span));
}
