import type { RawMention } from './rawMention';

/**
 * "stable hepatic disease", "no osseous disease", "L neck nodal disease", "osseous progression" name a cancer's spread there only in the note of a solid
 * cancer (ANNOTATION.md, "Spread written as disease"): in a note about a lymphoma, myeloma or leukaemia the nodal or bone disease
 * is that disease itself (its extent, not a secondary), and a note that names no neoplasm at all ("denies hepatic disease") means
 * a disease of the organ.
 */
export function withSpreadDiseaseInSolidCancer(mentions: readonly RawMention[]): readonly RawMention[] {
  if (!mentions.some(isSpreadDisease)) return mentions;
  const solid = mentions.some((mention) => !isSpreadDisease(mention) && (mention.histology !== undefined || mention.morphology?.siteAxis === 'carcinoid'));
  const haematologic = mentions.some((mention) => HAEMATOLOGIC_CODE.test(mention.morphology?.code ?? ''));
  if (!solid) return mentions.filter((mention) => !isSpreadDisease(mention));
  return haematologic ? withSpreadOfSolidCancersOnly(mentions) : mentions;
}

/**
 * In a note that names a solid cancer and a haematological one ("p16+ L tonsil SCC with L neck nodal disease" of a patient with
 * untreated CLL), a spread written as disease is the cancer's named just before it: kept after a solid cancer, dropped after the
 * lymphoma, myeloma or leukaemia, whose nodal or bone disease is the disease itself.
 */
function withSpreadOfSolidCancersOnly(mentions: readonly RawMention[]): RawMention[] {
  const kept: RawMention[] = [];
  let lastDisease: RawMention | undefined;
  for (const mention of mentions) {
    if (!isSpreadDisease(mention)) {
      lastDisease = mention;
      kept.push(mention);
    } else if (lastDisease !== undefined && !HAEMATOLOGIC_CODE.test(lastDisease.morphology?.code ?? '')) {
      kept.push(mention);
    }
  }
  return kept;
}

/** Tabular C81–C96 (lymphomas, myeloma, leukaemias) and D45–D47 (the myeloproliferative and myelodysplastic neoplasms). */
const HAEMATOLOGIC_CODE = /^(?:C8[1-8]|C9[0-6]|D4[5-7])/;

/** The anchors of spread written after an organ's or the nodes' adjective (histologyLexicon.ts): "hepatic disease", "osseous progression". */
const SPREAD_ANCHORS = new Set(['disease', 'progression', 'progressions']);

/** A mention anchored on "disease" or "progression" after an organ's or the nodes' adjective. */
function isSpreadDisease(mention: RawMention): boolean {
  return SPREAD_ANCHORS.has(mention.histology?.words ?? '');
}
