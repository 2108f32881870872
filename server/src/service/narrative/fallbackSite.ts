import type { HistologyTerm } from './histologyTerm';
import type { RawMention } from './rawMention';
import { columnOf } from './histologyLexicon';

/**
 * A neoplasm whose words imply where it usually is ("drop mets": the spinal canal; a Pap's "negative for intraepithelial
 * lesion or malignancy": the cervix) but whose sentence may name another place ("two left pleural nodules, suspicious for drop
 * metastases", "vaginal cuff Pap: negative for …"): the implied site is taken, in the term's own column, when the mention
 * finder found no site at all, so a written site or a finding's organ comes first, and in place of an organ the secondary
 * never is in ("MRI spine neg for drop mets", "drop mets at L2": the canal at that level, not the vertebra).
 */
export function withFallbackSite(term: HistologyTerm, start: number, end: number, mentions: RawMention[]): RawMention[] {
  const path = term.fallbackSite;
  if (path === undefined) return mentions;
  if (mentions.length === 0) return [{ start, end, anchorStart: start, anchorEnd: end, column: columnOf(term.role), site: { start, end, path, lymphNode: false }, histology: term }];
  const over = term.fallbackOver ?? [];
  // The organ's words are no longer the mention's: its span is the secondary's own words.
  return mentions.map((mention) => mention.site !== undefined && over.includes(mention.site.path[0] ?? '')
    ? { ...mention, start, end, site: { start, end, path, lymphNode: false } } : mention);
}
