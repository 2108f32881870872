import type { FamilyStatements } from './familyStatement';
import type { RawMention } from './rawMention';
import { OrganNeoplasms, ownOrganRecurrence } from './ownOrganRecurrence';
import { isOrganPrimary } from './restatedCarcinoma';
import type { SiteMatch } from './siteFinder';
import { lastSkinCancerBefore, skinScarRecurrence } from './skinScarRecurrence';
import { lastMelanomaBefore, melanomaScarRecurrence } from './melanomaScarRecurrence';
import type { Token } from './tokens';

/**
 * A recurrence named at an organ where spread is not the rule ("vaginal cuff recurrence", "pulmonary recurrence (RLL)") is
 * either the primary's own local recurrence or the cancer's spread to another organ, and only the note's primaries tell which
 * (ANNOTATION.md, "A recurrence at a named site, affirmed or denied, is a mention": "a recurrence in another organ is that
 * organ's secondary", an ovarian cancer at the vaginal cuff C79.82). `recurrenceSites.ts` leaves such a recurrence pending
 * (`restatedOnly`, with its site); here it is kept as that organ's secondary when the patient's cancers are named with their
 * organs and none is of the recurrence's organ; one written at the organ of a neoplasm of the note is that neoplasm's local
 * recurrence (`ownOrganRecurrence.ts`), and the rest are dropped (with no primary named the organ may be the primary's own). A relative's cancer names no organ of
 * the patient's. A past primary's organ counts too ("Prostate ca 2016 s/p prostatectomy … prostate recurrence is unlikely": its
 * own recurrence), and a recurrence of a disease named right before it ("possible leukemia recurrence in skin", "No evidence of
 * lung cancer recurrence in the mediastinum") is that disease's mention, read by its own words, not a second one.
 */
export function withRecurrencesElsewhere(tokens: readonly Token[], family: FamilyStatements, mentions: readonly RawMention[]): readonly RawMention[] {
  if (!mentions.some(isPendingRecurrence)) return mentions;
  const primaryOrgans = new Set<string>();
  const organNeoplasms: (RawMention & { readonly site: SiteMatch })[] = [];
  for (const mention of mentions) {
    if (!hasSite(mention) || mention.site.lymphNode || mention.restatedOnly === true || family.has(tokens, mention.anchorStart)) continue;
    if (isOrganPrimary(mention)) primaryOrgans.add(mention.site.path[0] ?? '');
    organNeoplasms.push(mention);
  }
  const neoplasmsByOrgan = new OrganNeoplasms(organNeoplasms);
  const diseaseEnds = new Set(mentions.map((mention) => mention.end));
  const skinCancerBefore = lastSkinCancerBefore(mentions, (mention) => !family.has(tokens, mention.anchorStart));
  const melanomaBefore = lastMelanomaBefore(mentions, (mention) => !family.has(tokens, mention.anchorStart));
  const kept: RawMention[] = [];
  for (const mention of mentions) {
    if (!isPendingRecurrence(mention)) kept.push(mention);
    else if (diseaseEnds.has(mention.anchorStart) || !hasSite(mention)) continue;
    else {
      // A neoplasm's own organ: its local recurrence when the words name it (ownOrganRecurrence.ts), else another organ's spread.
      const local = ownOrganRecurrence(tokens, mention, neoplasmsByOrgan)
        ?? skinScarRecurrence(tokens, mention, skinCancerBefore(mention.start)) // "Hx BCC - no recurrence at R ear"
        ?? melanomaScarRecurrence(tokens, mention, melanomaBefore(mention.start)); // "Hx MIS - no recurrence at the R cheek scar"
      if (local !== undefined) kept.push(local);
      else if (primaryOrgans.size > 0 && !primaryOrgans.has(mention.site.path[0] ?? '')) kept.push({ ...mention, column: 'secondary', restatedOnly: false });
    }
  }
  return kept;
}

/** A mention with its site, narrowed in place: a copy of each mention made only to narrow its type is garbage for every read. */
function hasSite(mention: RawMention): mention is RawMention & { readonly site: SiteMatch } {
  return mention.site !== undefined;
}

/** A recurrence at an organ whose primary is not yet known (`recurrenceSites.ts`). */
export function isPendingRecurrence(mention: RawMention): boolean {
  return mention.restatedOnly === true && mention.site !== undefined && !mention.site.lymphNode && mention.histology?.nodesOnly === true;
}
