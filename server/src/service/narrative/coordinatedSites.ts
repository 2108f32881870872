import { spanOf } from '../spans';
import type { DocumentedMention } from './model';

/**
 * Coordinated sites of one histology word ("celiac and perigastric nodal metastases", "peritoneal and omental implants",
 * "FH: neg for liver or GI cancers") are read as one mention per site, each ending at the shared word. ANNOTATION.md
 * ("Coordinated sites are one entry per site") makes sites that share one code one entry with that code, since the
 * classification records the two as one condition; and node regions joined in one phrase ("cervical and retroperitoneal
 * nodal mets") one entry of the Tabular's own code for their combination, C77.8 Secondary and unspecified malignant
 * neoplasm of lymph nodes of multiple regions. Sites of different codes stay one entry each ("liver and bone mets").
 */

/** The regional lymph node categories C77.0–C77.5, which two regions together turn into C77.8. */
const NODE_REGION = /^C77[0-5]$/;
const MULTIPLE_REGIONS = 'C778';
const MULTIPLE_REGIONS_SOURCE = 'Tabular C77.8 Secondary and unspecified malignant neoplasm of lymph nodes of multiple regions (node regions joined in one phrase)';

/** "pelvic or para-aortic nodes", "BCC / SCC": words that offer alternatives or name two lesions rather than join two sites. */
const ALTERNATIVE = /\bor\b|\//i;

/** "BCC / SCC", "gastric/duodenal": a slash names two lesions or a pair of organs, not coordinated sites of one phrase. */
const SLASH = /\//;

/**
 * The code two coordinated sites of one word take together, or undefined when they stay two entries. Sites of one code are
 * one entry whatever the phrase asserts, and alternatives joined by "or" too ("FHx: no colorectal or anal ca", "stomach or
 * pancreas cancer" in a family history: one Z80.0 entry; ANNOTATION.md, round 15: "Sites joined by 'or' that share one code are
 * one entry with that code"); node regions of two codes become C77.8 only in a present phrase joined by "and".
 */
function sharedCode(text: string, previous: DocumentedMention, mention: DocumentedMention): string | undefined {
  if (previous.code === null || mention.code === null || mention.assertion !== previous.assertion || previous.column !== mention.column) return undefined;
  const between = text.slice(previous.span.offset + previous.span.length, mention.span.offset);
  if (previous.code === mention.code && !SLASH.test(between)) return mention.code;
  if (mention.assertion !== 'present' || ALTERNATIVE.test(between)) return undefined;
  const regions = NODE_REGION.test(previous.code) || previous.code === MULTIPLE_REGIONS;
  return regions && NODE_REGION.test(mention.code) ? MULTIPLE_REGIONS : undefined;
}

/**
 * The mentions with each run of coordinated sites of one histology word (`anchors[i]` is the first token of mention i's
 * histology word) made one mention spanning them. One pass over the mentions, which come in text order.
 */
export function withCoordinatedSitesJoined(text: string, mentions: readonly DocumentedMention[], anchors: readonly number[]): DocumentedMention[] {
  const joined: DocumentedMention[] = [];
  let lastAnchor = -1;
  mentions.forEach((mention, index) => {
    const anchor = anchors[index] ?? -1;
    const previous = joined[joined.length - 1];
    const code = previous !== undefined && anchor === lastAnchor && anchor >= 0 ? sharedCode(text, previous, mention) : undefined;
    lastAnchor = anchor;
    if (previous === undefined || code === undefined) {
      joined.push(mention);
      return;
    }
    const start = Math.min(previous.span.offset, mention.span.offset);
    const end = Math.max(previous.span.offset + previous.span.length, mention.span.offset + mention.span.length);
    const span = spanOf(start, end);
    const source = code === previous.code ? previous.source : MULTIPLE_REGIONS_SOURCE;
    joined[joined.length - 1] = { ...previous, span, text: text.slice(start, end), code, candidates: [], source };
  });
  return joined;
}
