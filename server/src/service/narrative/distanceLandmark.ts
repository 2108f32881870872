import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "Mass in the antrum, extending to within ~2 cm of the pylorus", "2.8 cm from the clitoris", "5 cm distal to ICV", "6 cm
 * from the nipple": endoscopists, surgeons and radiologists place a lesion by its distance from a landmark, and the landmark
 * is where the lesion is not. So a site written right after a distance and its preposition gives no sub-site or side to a
 * tumour of the organ (ANNOTATION.md: the site is the one the note gives the tumour). The look is a fixed few tokens back.
 */

/** Units a distance is written in before its landmark. */
const UNITS = new Set(['cm', 'mm']);
/** The prepositions that tie a distance to its landmark ("of", "from", "above", "distal to" …). */
const PREPOSITIONS = new Set(['of', 'from', 'above', 'below', 'beyond']);
const DIRECTIONS = new Set(['proximal', 'distal', 'superior', 'inferior', 'lateral', 'medial', 'cranial', 'caudal']);
/** Words that may stand between the preposition and the landmark ("of the pylorus", "from her nipple"). */
const DETERMINERS = new Set(['the', 'his', 'her', 'its']);

/** Whether the site is a distance's landmark: "<n> cm of / from / above / below / distal to (the) <site>". */
export function isDistanceLandmark(tokens: readonly Token[], site: SiteMatch): boolean {
  let position = site.start - 1;
  if (DETERMINERS.has(tokens[position]?.norm ?? '')) position--;
  const preposition = tokens[position]?.norm ?? '';
  if (preposition === 'to' && DIRECTIONS.has(tokens[position - 1]?.norm ?? '')) position--;
  else if (!PREPOSITIONS.has(preposition)) return false;
  const unit = tokens[position - 1]?.norm ?? '';
  // "2 cm from", "2cm from": the unit alone or written onto its number.
  return UNITS.has(unit) || /^\d+(?:\.\d+)?(?:cm|mm)$/.test(unit);
}
