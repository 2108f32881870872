import type { Span } from '../spans';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';

/**
 * "PROCEDURE: Cystourethroscopy, TURBT …" then "TECHNIQUE: … Exophytic component of the tumor resected in pieces": in an
 * operative or procedure note the technique is the procedure itself, `Procedure` (ANNOTATION.md's header table, "Technique
 * (a procedure note's)", and round 17: a procedure note's "TECHNIQUE" is the procedure, h264), while an imaging report's
 * "TECHNIQUE: axial images …" stays with its results. A technique header (also one qualified after a dash, "Technique -
 * port:") is read as the procedure when a Procedure header opens a section before it in the same note. One pass.
 */
export function withProcedureTechniques<Header extends { entry: SectionHeaderEntry; title: string; headerSpan: Span }>(
  found: readonly Header[], headers: SectionHeaderLookup,
): Header[] {
  const procedure = headers.forTitle('procedure');
  let performed = false;
  return found.map((header) => {
    if (procedure === undefined) return header;
    if (header.entry === procedure) performed = true;
    else if (performed && header.entry.name === 'Results' && TECHNIQUE_TITLE.test(header.title)) return { ...header, entry: procedure };
    return header;
  });
}

/** A technique header as written: "TECHNIQUE", "Technique - port", "Technique (US-guided)". */
const TECHNIQUE_TITLE = /^[\s*#]*technique\b/i;
