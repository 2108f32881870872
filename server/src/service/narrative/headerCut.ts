/**
 * Where a header's title ends on its line: at its colon, or at a tab or a column's run of spaces that sets its text off
 * ("Chief Complaint<tab>Confusion, fall", "ACTIVE PROBLEM LIST      Last reviewed: 11/25/2026"), whichever comes first. A
 * title ending in a number sign written as its own word names a number, not a section: "Path #" is the pathology accession
 * number, whether it titles a worklist's column ("#  Path #       Site / specimen      Dx (as signed out)", a registry's
 * casefinding worklist, round 25) or a field ("Path #: S26-18812"), so the line has no header there (undefined). A markdown
 * heading's closing marks touch their word ("## Path ##") and stay decoration.
 */

/**
 * The title's end within `window` (the line's first characters), -1 when the window has neither a colon nor a column gap,
 * undefined for a number's title. `colon` is the window's first colon (-1 when none).
 */
export function headerCut(window: string, colon: number): number | undefined {
  const gap = columnGap(window);
  const cut = gap > 0 && (colon < 0 || gap < colon) ? gap : colon;
  return cut > 0 && NUMBER_TITLE.test(window.slice(0, cut)) ? undefined : cut;
}

/** A title whose last word is a number sign set apart by a space ("Path #", "Acc #"), spaces after it allowed. */
const NUMBER_TITLE = /[A-Za-z.][ \t]+#[ \t]*$/;

/** Where a tab or a run of three spaces first sets off a column in the header window; -1 when none does. */
function columnGap(window: string): number {
  const tab = window.indexOf('\t');
  const spaces = window.indexOf('   ');
  return tab < 0 ? spaces : spaces < 0 ? tab : Math.min(tab, spaces);
}
