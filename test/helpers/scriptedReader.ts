import type { NeoplasmColumn } from '../../server/src/service/codes/neoplasm/model';
import type { Assertion, DocumentedMention, NarrativeReading, NoteSection, SectionKind } from '../../server/src/service/narrative/model';
import type { NarrativeReader } from '../../server/src/service/notes/narrativeReadings';
import { spanOf } from '../../server/src/service/spans';

/**
 * A narrative reader driven by a script, for tests of the features built on the reader: each scripted
 * phrase becomes a documented mention wherever it occurs in the encounter, with the code, column and
 * assertion the script gives, and each header line named in the script starts a section. The real
 * reader's own tests check that it reads these phrases this way; these tests check what the rules,
 * the hover and the command line do with a reading, whatever produced it.
 */

/** One phrase the scripted reader reports. Codes are written dotted, as a coder reads them. */
export interface ScriptedMention {
  readonly phrase: string;
  readonly code: string | null;
  readonly candidates?: readonly string[];
  readonly column?: NeoplasmColumn | null;
  readonly assertion?: Assertion;
  /** The trigger words of a non-present assertion ("no evidence of"). */
  readonly trigger?: string;
  readonly source?: string;
  readonly missing?: string;
}

/** Section headers the scripted reader recognises (at the start of a line, before a colon). */
const SECTION_HEADERS: Readonly<Record<string, { readonly kind: SectionKind; readonly name: string }>> = {
  'pmh': { kind: 'past-medical-history', name: 'Past Medical History' },
  'past medical history': { kind: 'past-medical-history', name: 'Past Medical History' },
  'family history': { kind: 'family-history', name: 'Family History' },
  'social history': { kind: 'social-history', name: 'Social History' },
  'ros': { kind: 'review-of-systems', name: 'Review of Systems' },
  'hpi': { kind: 'hpi', name: 'History of Present Illness' },
  'assessment': { kind: 'assessment', name: 'Assessment' },
  'impression': { kind: 'impression', name: 'Impression' },
  'problem list': { kind: 'problem-list', name: 'Problem List' },
  'plan': { kind: 'plan', name: 'Plan' },
};

const dotless = (code: string): string => code.replace('.', '');

/** A reader that reports the scripted phrases and the known section headers of each encounter. */
export function scriptedReader(script: readonly ScriptedMention[]): NarrativeReader {
  return (text, span) => {
    const sections = findSections(text, span.offset, span.offset + span.length);
    const mentions: DocumentedMention[] = [];
    for (const entry of script) {
      const body = text.slice(span.offset, span.offset + span.length);
      for (let at = body.indexOf(entry.phrase); at >= 0; at = body.indexOf(entry.phrase, at + entry.phrase.length)) {
        mentions.push(mentionAt(text, span.offset + at, entry, sections));
      }
    }
    mentions.sort((a, b) => a.span.offset - b.span.offset);
    return { sections, mentions } satisfies NarrativeReading;
  };
}

function mentionAt(text: string, offset: number, entry: ScriptedMention, sections: readonly NoteSection[]): DocumentedMention {
  const assertion = entry.assertion ?? 'present';
  const trigger = entry.trigger === undefined ? -1 : text.lastIndexOf(entry.trigger, offset);
  const section = sections.find((candidate) => offset >= candidate.span.offset && offset < candidate.span.offset + candidate.span.length);
  return {
    span: spanOf(offset, offset + entry.phrase.length),
    text: entry.phrase,
    code: entry.code === null ? null : dotless(entry.code),
    candidates: (entry.candidates ?? []).map(dotless),
    column: entry.column === undefined ? 'primary' : entry.column,
    assertion,
    ...(entry.trigger === undefined ? {} : { evidence: { trigger: entry.trigger, span: spanOf(Math.max(0, trigger), Math.max(0, trigger) + entry.trigger.length) } }),
    ...(section === undefined ? {} : { section }),
    source: entry.source ?? 'Table of Neoplasms (scripted)',
    ...(entry.missing === undefined ? {} : { missing: entry.missing }),
  };
}

function findSections(text: string, start: number, end: number): NoteSection[] {
  const headers: { kind: SectionKind; name: string; title: string; offset: number; length: number }[] = [];
  const pattern = /^([A-Za-z][A-Za-z ]*?):/gm;
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match !== null && match.index < end; match = pattern.exec(text)) {
    const title = match[1] ?? '';
    const known = SECTION_HEADERS[title.toLowerCase()];
    if (known !== undefined) headers.push({ ...known, title, offset: match.index, length: title.length });
  }
  return headers.map((header, index) => ({
    kind: header.kind,
    name: header.name,
    title: header.title,
    headerSpan: spanOf(header.offset, header.offset + header.length),
    span: spanOf(header.offset, headers[index + 1]?.offset ?? end),
  }));
}
