import { presentOrDoubted, withDocumentedCode } from './documentedCode';
import type { DocumentedMention } from './model';

/**
 * A benign tumour whose Index entry has a site axis, restated without a site ("a classic hemangioma", "the lipoma") in a note
 * that places the patient's tumour of that kind at one site ("typical hepatic hemangioma" D18.03), is that tumour there: a coder
 * codes the most specific diagnosis the record documents for the encounter (ANNOTATION.md, "Side and sub-site documented
 * elsewhere in the note"). Only a present or doubted mention takes or documents the site, and two sites document none.
 */

/** The kinds read: the site-less code and the codes of the kind's sites (Tabular D18.0-, D17.-). */
const KINDS: readonly { readonly unspecified: string; readonly sited: RegExp; readonly title: string }[] = [
  // D18.00 Hemangioma unspecified site; D18.01 skin and subcutaneous tissue, D18.02 intracranial, D18.03 intra-abdominal, D18.09 other sites.
  { unspecified: 'D1800', sited: /^D180[1-9]$/, title: 'hemangioma' },
  // D17.9 Benign lipomatous neoplasm, unspecified; D17.0-D17.7- by site.
  { unspecified: 'D179', sited: /^D17[0-7]\d*$/, title: 'lipoma' },
];

/** The one sited code the note's present or doubted mentions give the kind, or undefined when none or two. */
function documentedSite(mentions: readonly DocumentedMention[], sited: RegExp): string | undefined {
  let site: string | undefined;
  for (const mention of mentions) {
    if (!presentOrDoubted(mention) || mention.code === null || !sited.test(mention.code)) continue;
    if (site !== undefined && site !== mention.code) return undefined;
    site = mention.code;
  }
  return site;
}

/** The mentions with each site-less benign tumour of a kind given the one site its note documents for that kind. */
export function withDocumentedBenignSites(mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  let read = mentions;
  for (const kind of KINDS) {
    const siteless = (mention: DocumentedMention): boolean => mention.code === kind.unspecified && presentOrDoubted(mention);
    if (!read.some(siteless)) continue;
    const site = documentedSite(read, kind.sited);
    if (site !== undefined) read = withDocumentedCode(read, siteless, site, `the ${kind.title}'s site the note documents (${site.slice(0, 3)}.${site.slice(3)})`);
  }
  return read;
}
