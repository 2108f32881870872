import type { NoteSection, SectionKind } from '../narrative/model';
import type { DiagnosisMention, Encounter } from '../model';

/**
 * The reporting order of a note's codes, from its sections. A code written in Past Medical History,
 * Past Surgical History, Family History, Social History or Review of Systems describes the patient's
 * background, never the reason for the encounter, so it is not "first-listed"; when the note has an
 * Assessment, Impression, Diagnoses or Problem List part, its first code is the first-listed one.
 * Rules that ask "which code is first" or "which comes before which" see this order; every other rule
 * sees the same codes and does not care about order.
 */

/** The parts of a note that list the encounter's diagnoses: their codes are listed first. */
const DIAGNOSIS_LIST_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'assessment', 'assessment-and-plan', 'impression', 'diagnoses', 'problem-list', 'discharge-diagnoses',
]);

/** The background parts of a note: their codes are never first-listed and take no part in order. */
const BACKGROUND_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'past-medical-history', 'past-surgical-history', 'family-history', 'social-history', 'review-of-systems',
]);

/** Whether a section's codes are background (history, family, social, review of systems). */
export function isBackgroundSection(kind: SectionKind): boolean {
  return BACKGROUND_SECTIONS.has(kind);
}

/** Whether a section lists the encounter's diagnoses (assessment, impression, diagnoses, problem list). */
export function isDiagnosisListSection(kind: SectionKind): boolean {
  return DIAGNOSIS_LIST_SECTIONS.has(kind);
}

/** The section holding an offset, if any; `sections` are in text order and do not overlap. */
export function sectionAt(sections: readonly NoteSection[], offset: number): NoteSection | undefined {
  let low = 0;
  let high = sections.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const section = sections[middle] as NoteSection;
    if (offset < section.span.offset) high = middle - 1;
    else if (offset >= section.span.offset + section.span.length) low = middle + 1;
    else return section;
  }
  return undefined;
}

/** 0 for the diagnosis list, 1 for any other place, 2 for background sections. */
function rankOf(mention: DiagnosisMention, sections: readonly NoteSection[]): number {
  const section = sectionAt(sections, mention.span.offset);
  if (section === undefined) return 1;
  if (DIAGNOSIS_LIST_SECTIONS.has(section.kind)) return 0;
  return BACKGROUND_SECTIONS.has(section.kind) ? 2 : 1;
}

/**
 * The encounter with its diagnoses in reporting order: the diagnosis list's codes, then codes written
 * elsewhere, then background codes, each group in text order; `listedCount` says how many lead the
 * list as listed codes (all but the background ones). Without sections the encounter is returned as is.
 */
export function inReportingOrder(encounter: Encounter, sections: readonly NoteSection[]): Encounter {
  if (sections.length === 0 || encounter.diagnoses.length === 0) return encounter;
  const ranks = encounter.diagnoses.map((mention) => rankOf(mention, sections));
  if (ranks.every((rank) => rank === 1)) return encounter;
  const ordered = encounter.diagnoses
    .map((mention, index) => ({ mention, rank: ranks[index] ?? 1, index }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  const listedCount = ranks.filter((rank) => rank < 2).length;
  const insertionPoint = listInsertionPoint(encounter, ranks);
  return { ...encounter, diagnoses: ordered.map((entry) => entry.mention), listedCount, ...(insertionPoint === undefined ? {} : { insertionPoint }) };
}

/** New codes go after the last code of the diagnosis list, when the note has one, in the same style. */
function listInsertionPoint(encounter: Encounter, ranks: readonly number[]): Encounter['insertionPoint'] {
  const point = encounter.insertionPoint;
  let last: DiagnosisMention | undefined;
  encounter.diagnoses.forEach((mention, index) => {
    if (ranks[index] === 0 && mention.shapeOnly !== true) last = mention;
  });
  if (point === undefined || last === undefined) return point;
  return { ...point, offset: last.span.offset + last.span.length };
}

/** The codes that count for order, first-listed first (every code unless background sections hold some). */
export function listedDiagnoses(encounter: Encounter): readonly DiagnosisMention[] {
  const count = encounter.listedCount;
  return count === undefined || count >= encounter.diagnoses.length ? encounter.diagnoses : encounter.diagnoses.slice(0, count);
}

/** The first-listed code: the first listed one; none when every code stands in a background section. */
export function firstListed(encounter: Encounter): DiagnosisMention | undefined {
  return listedDiagnoses(encounter)[0];
}
