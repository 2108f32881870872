import type { ParsedDocument } from '../model';
import { LoopTracker, guideOfVersion, GUIDES } from '../x12/loops';
import { SegmentReader } from '../x12/loopWalk';
import type { X12Segment } from '../x12/x12Model';
import { maskNoteText, Masker } from './maskValues';

/**
 * Masking patient identifiers so a user can share a reproduction: names, member and other ids,
 * addresses, birth dates, phone numbers and claim ids become synthetic values of the same shape
 * (letters for letters, digits for digits, a birth date in the same year). The same value always gets
 * the same replacement within a file and across runs, so links between segments survive; segments,
 * delimiters, codes, service dates and every other element stay as they were, so the masked file
 * checks exactly like the original. Provider and payer names and ids are not patient data and are kept.
 */

/** Loops whose NM1, N3, N4 and DMG describe the subscriber, the patient or another subscriber. */
const PERSON_LOOPS = new Set(['2010BA', '2010CA', '2330A']);

/** 837P loops whose address is where an ambulance picked the patient up or dropped them off (often their home). */
const PATIENT_PLACE_LOOPS = new Set(['2310E', '2310F', '2420G', '2420H']);

/** REF01 qualifiers whose REF02 identifies the patient or the claim. */
const IDENTIFYING_REFS = new Set(['SY', '1W', 'EA', 'D9', 'F8', 'Y4', '6R', 'EJ', '9A', '9C', 'G1', '9F', 'IG']);

/** Element positions (one-based) to mask, and how, for a segment in a person loop or anywhere. */
type Kind = 'name' | 'id' | 'address' | 'birthDate' | 'phone';

function positionsToMask(id: string, inPersonLoop: boolean, atPatientPlace: boolean, value: (position: number) => string): ReadonlyArray<readonly [number, Kind]> {
  const address = inPersonLoop || atPatientPlace;
  switch (id) {
    case 'NM1': return inPersonLoop ? [[3, 'name'], [4, 'name'], [5, 'name'], [7, 'name'], [9, 'id']] : [];
    case 'N3': return address ? [[1, 'address'], [2, 'address']] : [];
    case 'N4': return address ? [[1, 'address'], [3, 'address']] : [];
    case 'DMG': return inPersonLoop && value(1) === 'D8' ? [[2, 'birthDate']] : [];
    case 'PER': return [[2, 'name'], [4, 'phone'], [6, 'phone'], [8, 'phone']];
    case 'CLM': return [[1, 'id']];
    case 'REF': return IDENTIFYING_REFS.has(value(1)) ? [[2, 'id']] : [];
    default: return [];
  }
}

const MASKED_SEGMENTS = new Set(['NM1', 'N3', 'N4', 'DMG', 'PER', 'CLM', 'REF']);

/** The document's text with patient identifiers replaced. Never throws; an unparsable part is copied as is. */
export function maskIdentifiers(text: string, parsed: ParsedDocument): string {
  const masker = new Masker();
  if (parsed.languageId !== 'x12-837') return maskNoteText(text, masker);
  const x12 = parsed;
  const reader = new SegmentReader(x12, text);
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  for (const interchange of x12.interchanges) {
    const tracker = new LoopTracker(guideOfVersion(interchange.version) ?? GUIDES['837P']);
    for (let index = interchange.firstSegment; index <= interchange.lastSegment; index++) {
      const id = reader.idOf(index);
      const step = tracker.next(id, () => reader.loopKey(index));
      if (!MASKED_SEGMENTS.has(id)) continue;
      const segment = x12.segment(index);
      const value = (position: number): string => elementText(text, segment, position);
      const loop = step.loop ?? '';
      const atPatientPlace = tracker.guide.kind === '837P' && PATIENT_PLACE_LOOPS.has(loop);
      for (const [position, kind] of positionsToMask(id, PERSON_LOOPS.has(loop), atPatientPlace, value)) {
        const element = segment.elements.at(position - 1);
        if (element === undefined || element.span.length === 0) continue;
        const original = value(position);
        replacements.push({ start: element.span.offset, end: element.span.offset + element.span.length, text: masker.mask(original, kind) });
      }
    }
  }
  return spliced(text, replacements);
}

function elementText(text: string, segment: X12Segment, position: number): string {
  const element = segment.elements.at(position - 1);
  return element === undefined ? '' : text.slice(element.span.offset, element.span.offset + element.span.length);
}

function spliced(text: string, replacements: ReadonlyArray<{ start: number; end: number; text: string }>): string {
  const parts: string[] = [];
  let position = 0;
  for (const replacement of [...replacements].sort((a, b) => a.start - b.start)) {
    if (replacement.start < position) continue;
    parts.push(text.slice(position, replacement.start), replacement.text);
    position = replacement.end;
  }
  parts.push(text.slice(position));
  return parts.join('');
}
