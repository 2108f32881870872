import type { DocumentedMention, NarrativeReading, NoteSection } from '../narrative/model';
import type { Encounter } from '../modelBase';
import type { Span } from '../spans';

/**
 * The narrative readings of one parsed note, one per encounter, read on first request and kept. The
 * object belongs to the parsed document the service made (never to a module), and the parse of the
 * next version of the same note takes over the readings of every encounter whose text did not change:
 * an edit in one encounter makes only that encounter be read again. Readings keep offsets into the
 * whole note, so a reading taken over from an encounter that moved is shifted, never re-read.
 */

/**
 * Reads one encounter of a note (`readNarrative` bound to the service's tables); the date of service,
 * when the encounter gives one, picks the release whose codes the reading may produce.
 */
export type NarrativeReader = (text: string, span: Span, serviceDate: string | undefined) => NarrativeReading;

/** A reading and the offset of the encounter it was read at. */
interface StoredReading {
  readonly offset: number;
  readonly reading: NarrativeReading;
}

export class NarrativeReadings {
  readonly #text: string;
  readonly #reader: NarrativeReader;
  /** Keyed by the encounter's exact text: equal text reads the same, wherever it stands. */
  readonly #byText = new Map<string, StoredReading>();
  #reads = 0;

  /**
   * @param text The whole note.
   * @param reader How one encounter is read.
   * @param encounters The note's encounters, so that readings of `previous` are taken over only for text that is still there.
   * @param previous The readings of the earlier version of the same note, if the caller has them.
   */
  constructor(text: string, reader: NarrativeReader, encounters: readonly Encounter[], previous?: NarrativeReadings) {
    this.#text = text;
    this.#reader = reader;
    // Another reader (the code sets changed) may read the same text differently: nothing is taken over.
    if (previous === undefined || previous.#reader !== reader) return;
    for (const encounter of encounters) {
      const key = this.#keyOf(encounter.span);
      const stored = previous.#byText.get(key);
      if (stored !== undefined) this.#byText.set(key, stored);
    }
  }

  /** The reading of one encounter of this note; read now if no earlier version had the same text. */
  readingOf(encounter: Encounter): NarrativeReading {
    const key = this.#keyOf(encounter.span);
    const stored = this.#byText.get(key);
    if (stored !== undefined && stored.offset === encounter.span.offset) return stored.reading;
    const reading = stored === undefined
      ? this.#read(encounter)
      : shiftReading(stored.reading, encounter.span.offset - stored.offset);
    this.#byText.set(key, { offset: encounter.span.offset, reading });
    return reading;
  }

  /** How many encounters this object has read itself (not taken over or shifted); for tests of the data flow. */
  get reads(): number {
    return this.#reads;
  }

  #read(encounter: Encounter): NarrativeReading {
    this.#reads++;
    return this.#reader(this.#text, encounter.span, encounter.serviceDate);
  }

  #keyOf(span: Span): string {
    return this.#text.slice(span.offset, span.offset + span.length);
  }
}

/** The reading with every offset moved by `delta` (an earlier encounter grew or shrank). */
export function shiftReading(reading: NarrativeReading, delta: number): NarrativeReading {
  if (delta === 0) return reading;
  const move = (span: Span): Span => ({ offset: span.offset + delta, length: span.length });
  const sections = new Map<NoteSection, NoteSection>();
  const moveSection = (section: NoteSection): NoteSection => {
    let moved = sections.get(section);
    if (moved === undefined) {
      moved = { ...section, headerSpan: move(section.headerSpan), span: move(section.span) };
      sections.set(section, moved);
    }
    return moved;
  };
  const moveMention = (mention: DocumentedMention): DocumentedMention => ({
    ...mention,
    span: move(mention.span),
    ...(mention.evidence === undefined ? {} : { evidence: { ...mention.evidence, span: move(mention.evidence.span) } }),
    ...(mention.section === undefined ? {} : { section: moveSection(mention.section) }),
  });
  return { ...reading, sections: reading.sections.map(moveSection), mentions: reading.mentions.map(moveMention) };
}
