import type { Span } from '../spans';
import type { DocumentedMention } from './model';

/**
 * A hepatocellular carcinoma whose liver was transplanted out ("OLT 02/2024 (DBD) for HCC", "2.5 yrs post-LT for HCC"): a liver
 * transplant removes the whole native liver, so the cancer is excised from its site (Guideline I.C.2.d) and the note's statements of it
 * are its personal history (Tabular Z85.05 Personal history of malignant neoplasm of liver), also where a new lesion elsewhere is
 * weighed as its spread ("concerning for metastatic HCC", "probable extrahepatic HCC recurrence": the former primary is history, as
 * ANNOTATION.md round 20 codes a source named for a new finding). A plan conditional on it, a denial and a hedge on the HCC itself
 * keep their words' code; so does every HCC of a note that speaks of a transplant still to come ("eval for OLT", "listed for
 * transplant"), which the cue below never matches: it needs the transplant done ("s/p", "post", a date after the procedure).
 */
const TRANSPLANTED_FOR_HCC = new RegExp(
  String.raw`\b(?:s\/p|status post|post-|post |after )(?:orthotopic liver transplant(?:ation)?|liver transplant(?:ation)?|liver tx|OLT|LT|LDLT|DDLT)\b[^.;\n]{0,25}?\bfor (?:HCC|hepatocellular carcinoma)\b`
  + String.raw`|\b(?:OLT|LDLT|DDLT) \d{1,2}\/\d{2,4}[^.;\n]{0,20}?\bfor (?:HCC|hepatocellular carcinoma)\b`, 'i');

/** Index: Carcinoma, hepatocellular C22.0, as the reader writes it. */
const HEPATOCELLULAR = 'C220';
const LIVER_HISTORY = 'Z8505';
/** How far around a hedged HCC the words of its spread or return are looked for. */
const SPREAD_REACH = 40;
/** Words that make a hedged HCC the source of a new lesion elsewhere, not a doubt about the HCC itself. */
const SPREAD_WORDS = /metasta|recurren|extrahepatic/i;

/**
 * The mentions with each present HCC, and each named as a hedged spread's source, of a liver transplanted for it coded as its history.
 * Only the encounter's own words (`span` of `text`) are read: another encounter of the same document may speak of another patient
 * or of a later transplant, and the read stays linear in the span.
 */
export function withTransplantedLiverHistory(text: string, span: Span, mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  if (!mentions.some((mention) => mention.code === HEPATOCELLULAR)) return mentions;
  const encounter = text.slice(span.offset, span.offset + span.length);
  if (!TRANSPLANTED_FOR_HCC.test(encounter)) return mentions;
  return mentions.map((mention) => {
    if (mention.code !== HEPATOCELLULAR || !(mention.assertion === 'present' || (mention.assertion === 'uncertain' && namedAsSpreadSource(encounter, span.offset, mention)))) return mention;
    const { evidence: _hedge, ...written } = mention;
    return { ...written, code: LIVER_HISTORY, candidates: [], assertion: 'history', source: `${mention.source}; the native liver transplanted out for it (${LIVER_HISTORY})` };
  });
}

/** Whether a hedged HCC's own words or those right around it, in the encounter (`encounter`, starting at `offset` of the text), speak of its spread or return. */
function namedAsSpreadSource(encounter: string, offset: number, mention: DocumentedMention): boolean {
  const start = mention.span.offset - offset;
  return SPREAD_WORDS.test(encounter.slice(Math.max(0, start - SPREAD_REACH), start + mention.span.length + SPREAD_REACH));
}
