import type { NoteSection, SectionKind } from './model';

/**
 * How far the default of a Family History or Past Medical / Surgical History section reaches. Such a
 * block is a few lines of relatives or past conditions; the reader knows only the usual section
 * headers, so a part the note goes on to after it ("DISCUSSION / CONSENSUS:", "Comment (Dr. Sato): Bone
 * mets confirmed") would otherwise be read as family history or as past history.
 * The block ends at the first blank line after its first line of words (a blank line right after the
 * header does not end it), or at a line that reports a study or a procedure ("FH: Mother - breast ca\nCT C/A/P
 * 11/2026: new liver lesions"): no relative or past condition is written so. A relative named in a mention's
 * own sentence still makes it family wherever it stands.
 */
const BLOCK_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['family-history', 'past-medical-history', 'past-surgical-history']);

export class SectionBlocks {
  private readonly ends = new Map<NoteSection, number>();

  constructor(private readonly text: string) {}

  /** The section kind whose default applies at `offset`: none after the end of a family or past-history block. */
  kindAt(section: NoteSection | undefined, offset: number): SectionKind | undefined {
    if (section === undefined || !BLOCK_KINDS.has(section.kind)) return section?.kind;
    let end = this.ends.get(section);
    if (end === undefined) {
      end = blockEnd(this.text, section);
      this.ends.set(section, end);
    }
    return offset < end ? section.kind : undefined;
  }
}

/** A line that opens with a study or procedure and its label ("CT chest 10/2026:", "MRI brain:", "Bx:"), list marks allowed. */
const STUDY_LINE = /^[ \t]*(?:[-*\u2022][ \t]*)?(?:ct|cta|mri|mra|pet|pet\/ct|pet-ct|cxr|xr|x-ray|us|ultrasound|mammo|mammogram|mammography|bone scan|echo|tte|egd|eus|colonoscopy|bronchoscopy|bx|biopsy|fna|cytology)\b[^.:\n]{0,40}:/i;

const LIST_MARK = /^[ \t]*[-*\u2022]/;

function isWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code > 0x7f;
}

/** The offset of the first blank line after the section's first line of text (the section's end when none). */
function blockEnd(text: string, section: NoteSection): number {
  const sectionEnd = section.span.offset + section.span.length;
  let position = section.headerSpan.offset + section.headerSpan.length;
  let seenText = false;
  let lineHasText = false;
  // "PMH:\n- Endometrial ca 2026\n- Colonoscopy 5/2026: two tubular adenomas removed.\n- No other cancers.": in a past
  // history's list of bullets a study is one more past item, not a report written after the block.
  let listed = false;
  for (; position < sectionEnd; position++) {
    const code = text.charCodeAt(position);
    if (code === 0x0a) {
      if (seenText && !lineHasText) return position;
      seenText ||= lineHasText;
      lineHasText = false;
      // Only the first 64 characters of a line are looked at, so the test stays linear in the text.
      const line = text.slice(position + 1, Math.min(sectionEnd, position + 65));
      const bulleted = LIST_MARK.test(line);
      if (STUDY_LINE.test(line) && !(bulleted && (listed || !seenText) && section.kind !== 'family-history')) return position;
      listed ||= bulleted;
    } else if (isWordCode(code)) {
      // Only words count: the colon after the header ("FAMILY HISTORY:") leaves its line empty.
      lineHasText = true;
    }
  }
  return sectionEnd;
}
