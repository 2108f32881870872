import type { Encounter, ParsedDocument } from '../model';

/**
 * The encounter whose span contains the offset. On an 837 only the one claim under the cursor is built
 * (from the eager claim ranges), because touching `encounters` would build every claim of a large batch.
 */
export function findEncounterAt(parsed: ParsedDocument, offset: number): Encounter | undefined {
  if (parsed.languageId === 'x12-837') {
    const segment = parsed.segmentAt(offset);
    const claimIndex = segment === undefined ? -1 : parsed.claimOfSegment(segment.index);
    return claimIndex < 0 ? undefined : parsed.buildEncounter(claimIndex).encounter;
  }
  let low = 0;
  let high = parsed.encounters.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const encounter = parsed.encounters[middle] as Encounter;
    if (encounter.span.offset > offset) high = middle - 1;
    else if (encounter.span.offset + encounter.span.length < offset) low = middle + 1;
    else return encounter;
  }
  return undefined;
}
