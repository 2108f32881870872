import type { DiagnosisMention, Encounter, ParsedDocument, ProcedureMention } from '../model';
import type { Span } from '../spans';
import { spanOf } from '../spans';
import { findProcedureMentions } from './cptMentions';
import type { NoteDocument } from './encounterNarrative';
import { isNoteDocument } from './encounterNarrative';
import { findDiagnosisMentions } from './icdMentions';
import { NarrativeReadings } from './narrativeReadings';
import type { NarrativeReader } from './narrativeReadings';
import { findSetting } from './noteSetting';

/**
 * Parses a clinical note: the whole file is one encounter unless lines of three or more dashes split
 * it; codes count in order of appearance. Notes have no structure to damage, so there are no problems.
 */

const SEPARATOR_LINE = /^[ \t]*-{3,}[ \t]*\r?$/gm;
const SERVICE_DATE = /\b(?:date of service|DOS|service date|visit date|encounter date)\s*[:#-]?\s*(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})/i;

/** How a note is parsed besides its text. */
export interface NoteParseOptions {
  /** Reads an encounter's narrative; without it the note has no narrative readings. */
  readonly reader?: NarrativeReader;
  /** The parse of the previous version of the same note, whose readings of unchanged encounters are taken over. */
  readonly previous?: ParsedDocument;
}

/** Parses the note text into encounters. */
export function parseNote(text: string, options: NoteParseOptions = {}): NoteDocument {
  const procedures = findProcedureMentions(text);
  const diagnoses = findDiagnosisMentions(text, procedures.map((mention) => mention.span));
  const encounters: Encounter[] = [];
  // Mentions and encounters are both in text order, so one forward pass hands each mention to its encounter.
  const nextDiagnosis = { position: 0 };
  const nextProcedure = { position: 0 };
  for (const span of encounterSpans(text)) {
    const index = encounters.length;
    encounters.push(buildEncounter(text, index, span, takeWithin(diagnoses, nextDiagnosis, span), takeWithin(procedures, nextProcedure, span)));
  }
  const previous = options.previous !== undefined && isNoteDocument(options.previous) ? options.previous.narrative : undefined;
  const narrative = options.reader === undefined ? undefined : new NarrativeReadings(text, options.reader, encounters, previous);
  return { languageId: 'clinical-note', encounters, problems: [], text, ...(narrative === undefined ? {} : { narrative }) };
}

/** The mentions from `cursor.position` on that start inside `span`; skips those before it (on separator lines). */
function takeWithin<T extends { readonly span: Span }>(mentions: readonly T[], cursor: { position: number }, span: Span): T[] {
  const end = span.offset + span.length;
  while (cursor.position < mentions.length && (mentions[cursor.position]?.span.offset ?? 0) < span.offset) cursor.position++;
  const taken: T[] = [];
  while (cursor.position < mentions.length) {
    const mention = mentions[cursor.position];
    if (mention === undefined || mention.span.offset >= end) break;
    taken.push(mention);
    cursor.position++;
  }
  return taken;
}

/** The spans between separator lines, leaving out pieces that hold only whitespace. */
function encounterSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  SEPARATOR_LINE.lastIndex = 0;
  for (let match = SEPARATOR_LINE.exec(text); match !== null; match = SEPARATOR_LINE.exec(text)) {
    if (text.slice(start, match.index).trim() !== '') spans.push(spanOf(start, trimEnd(text, start, match.index)));
    start = Math.min(text.length, match.index + match[0].length + 1);
    if (match[0].length === 0) SEPARATOR_LINE.lastIndex++;
  }
  if (spans.length === 0) return [spanOf(0, text.length)];
  if (text.slice(start).trim() !== '') spans.push(spanOf(start, trimEnd(text, start, text.length)));
  return spans;
}

function trimEnd(text: string, start: number, end: number): number {
  let position = end;
  while (position > start && /\s/.test(text.charAt(position - 1))) position--;
  return position;
}

function buildEncounter(
  text: string, index: number, span: Span, diagnoses: DiagnosisMention[], procedures: ProcedureMention[],
): Encounter {
  const encounterText = text.slice(span.offset, span.offset + span.length);
  const serviceDate = findServiceDate(encounterText);
  const setting = findSetting(encounterText);
  const lastCertain = [...diagnoses].reverse().find((mention) => mention.shapeOnly !== true);
  return {
    index,
    label: `Encounter ${index + 1}`,
    span,
    source: 'note',
    diagnoses,
    procedures,
    inpatient: false,
    ...(serviceDate === undefined ? {} : { serviceDate }),
    ...(setting === undefined ? {} : { setting }),
    ...(lastCertain === undefined ? {} : {
      insertionPoint: { offset: lastCertain.span.offset + lastCertain.span.length, prefix: ', ', suffix: '', dotted: lastCertain.writtenDotted },
    }),
  };
}

/** Reads "Date of service: 2026-01-05" or "DOS 01/05/2026" as `YYYY-MM-DD`. */
function findServiceDate(text: string): string | undefined {
  const value = SERVICE_DATE.exec(text)?.[1];
  if (value === undefined) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const monthNumber = Number(month);
  const dayNumber = Number(day);
  if (monthNumber < 1 || monthNumber > 12 || dayNumber < 1 || dayNumber > 31) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
