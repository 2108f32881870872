import type { Laterality } from './siteLexicon';
import type { SiteMatch } from './siteMatch';
import { firstInSentenceAfter, nearestInSentenceBefore } from './sentenceWindow';
import type { Token } from './tokens';
import { isNumber } from './numberWords';

/**
 * Ophthalmology writes the side of the eye in Latin abbreviations: OD (oculus dexter, the right eye),
 * OS (oculus sinister, the left eye), OU (oculi uterque, both eyes). They are read only in capitals and
 * only for a site of the eye or its adnexa, since "OS" is also overall survival in an oncology note.
 */
const EYE_SIDES: ReadonlyMap<string, Laterality> = new Map<string, Laterality>([['OD', 'right'], ['OS', 'left'], ['OU', 'bilateral']]);

/** Table rows of the eye, its coats and adnexa, as the site finder reads them (choroid C69.3-, conjunctiva C69.0-, eyelid C44.1-, orbit C69.6-). */
const EYE_ORGANS = new Set(['eye', 'eyeball', 'choroid', 'ciliary body', 'iris', 'uveal tract', 'conjunctiva', 'retina', 'cornea', 'sclera', 'eyelid', 'orbit', 'lacrimal gland']);

/** Whether a site's organ is the eye or one of its adnexa. */
export function isEyeOrgan(organ: string | undefined): boolean {
  return EYE_ORGANS.has(organ ?? '');
}

/** How many tokens after a mention its eye side may stand ("Choroidal melanoma OS, COMS medium"). */
const AFTER_REACH = 4;
/** How far back in its sentence a mention looks for the eye a line or study names ("B-scan OS: dome-shaped mass … c/w choroidal melanoma"). */
const BEFORE_REACH = 40;

/**
 * The eye side written for a mention of an eye site: right after it in its sentence, else the nearest
 * before it in its sentence ("OD - flat choroidal nevus", "B-scan OS: … c/w choroidal melanoma").
 */
export function eyeSideNear(tokens: readonly Token[], start: number, end: number): Laterality | undefined {
  const sentence = tokens[end - 1]?.sentence;
  // The abbreviations are read as written, in capitals, so the test is on the raw token.
  const isEyeSide = (token: Token): boolean => EYE_SIDES.has(token.raw);
  // "Choroidal nevus L eye": a side written with the word "eye" right after the mention names its eye too.
  const written = sideOfEyeAt(tokens, end, sentence);
  if (written !== undefined) return written;
  const after = firstInSentenceAfter(tokens, end, AFTER_REACH, sentence, isEyeSide);
  const at = after >= 0 ? after : nearestInSentenceBefore(tokens, start, BEFORE_REACH, sentence, isEyeSide);
  return at >= 0 ? EYE_SIDES.get(tokens[at]?.raw ?? '') : labelledEyeBefore(tokens, start) ?? paragraphEyeSide(tokens, start);
}

/**
 * The eye written in the mention's own sentence, as an abbreviation or as "the left eye", before or just after it; undefined when
 * its sentence names none (a side the paragraph or a label gives is not written with the mention).
 */
export function ownSentenceEyeSide(tokens: readonly Token[], start: number, end: number): Laterality | undefined {
  const sentence = tokens[end - 1]?.sentence;
  const isWrittenEye = (token: Token, position: number): boolean =>
    EYE_SIDES.has(token.raw) || (token.norm === 'eye' && SIDE_WORDS.has(tokens[position - 1]?.norm ?? ''));
  const after = sideOfEyeAt(tokens, end, sentence);
  if (after !== undefined) return after;
  const at = nearestInSentenceBefore(tokens, start, BEFORE_REACH, sentence, isWrittenEye);
  const token = tokens[at];
  if (at < 0 || token === undefined) return undefined;
  return EYE_SIDES.get(token.raw) ?? SIDE_WORDS.get(tokens[at - 1]?.norm ?? '');
}

/** How far back a mention looks for the one eye its paragraph is about. */
const PARAGRAPH_REACH = 60;

/**
 * "referred for pigmented choroidal lesion OD … Reports photopsia OD x 2 mo … Referral letter: 'r/o choroidal melanoma vs large
 * naevus'", "The left eye is normal, with no choroidal naevus": a paragraph that names one eye only, by its abbreviation or as
 * "the left eye", is about that eye through its sentences (ANNOTATION.md, "Side and sub-site documented elsewhere in the note").
 * The nearest eye of its own sentence decides; across sentences the walk back stops at a blank line or a header (a gap of more than one character between sentences, as `labelledEyeBefore`
 * reads it) and gives no side when the paragraph names both eyes ("VA sc OD 20/30 OS 20/20").
 */
function paragraphEyeSide(tokens: readonly Token[], start: number): Laterality | undefined {
  let side: Laterality | undefined;
  for (let position = start - 1; position >= Math.max(0, start - PARAGRAPH_REACH); position--) {
    const token = tokens[position];
    const next = tokens[position + 1];
    if (token === undefined || next === undefined) break;
    if (token.sentence !== next.sentence && next.start - token.end > 1) break;
    const found = EYE_SIDES.get(token.raw) ?? (token.norm === 'eye' ? SIDE_WORDS.get(tokens[position - 1]?.norm ?? '') : undefined);
    if (found === undefined || survivalTime(tokens, position + 1)) continue;
    // The eye of the mention's own sentence is its eye ("… in the right eye … The left eye is normal, with no choroidal naevus").
    if (token.sentence === tokens[start]?.sentence) return found;
    if (side !== undefined && side !== found) return undefined;
    side = found;
  }
  return side;
}

/**
 * "DFE OD: normal. Flat choroidal nevus 1.5 DD superonasal": an examination line labelled with an eye is about that eye through
 * its later sentences. The walk back crosses a sentence end only where the next sentence follows on at once (a space or one line
 * break: a blank line or a header between them ends the line's reach) and stops at any other label.
 */
function labelledEyeBefore(tokens: readonly Token[], start: number): Laterality | undefined {
  for (let position = start - 1; position >= Math.max(1, start - LABEL_REACH); position--) {
    const token = tokens[position];
    const next = tokens[position + 1];
    if (token === undefined || next === undefined) return undefined;
    if (token.sentence !== next.sentence && next.start - token.end > 1) return undefined;
    if (token.norm !== ':') continue;
    const side = EYE_SIDES.get(tokens[position - 1]?.raw ?? '');
    return side !== undefined && !survivalTime(tokens, position + 1) ? side : undefined;
  }
  return undefined;
}

/** The sides written before "eye" in words: "L eye", "left eye", "R eye", "right eye". */
const SIDE_WORDS: ReadonlyMap<string, Laterality> = new Map<string, Laterality>([['l', 'left'], ['left', 'left'], ['r', 'right'], ['right', 'right']]);

/** The side of "<side> eye" written right after the mention, in its sentence ("Choroidal nevus L eye - ophtho f/u"). */
function sideOfEyeAt(tokens: readonly Token[], end: number, sentence: number | undefined): Laterality | undefined {
  const side = tokens[end];
  const eye = tokens[end + 1];
  if (side === undefined || eye === undefined || side.sentence !== sentence || eye.sentence !== sentence || eye.norm !== 'eye') return undefined;
  return SIDE_WORDS.get(side.norm);
}

/** How far back a lesion word looks for the eye label its line opens with ("OS: both treated tumors flat scars; 1 new 0.8 mm tumor"). */
const LABEL_REACH = 24;
/** Marks that open a list item before its label ("- OD: Group D, macula-involving tumor"). */
const ITEM_MARKERS = new Set(['-', '*', '•']);

/**
 * "OD: main tumor regressed … no new tumors", "- OS: Group B, 2 small peripheral tumors": an examination line labelled with an
 * eye's abbreviation is about that eye, so a lesion word on it is a tumour of the eye on that side (table: eye C69.9-, D49.89;
 * a cancer the note proves in one of the eye's coats makes it that cancer, provenLesion.ts). The label must open its line or
 * list item and end in a colon; a full stop between it and the word ends its reach.
 */
export function eyeLineLabel(tokens: readonly Token[], start: number, end: number): SiteMatch | undefined {
  const after = tokens[end];
  // "Cryotherapy x1 to the new peripheral tumor OS (triple freeze-thaw)": the eye's abbreviation right after the lesion word names its eye.
  const sideAfter = after !== undefined && after.sentence === tokens[end - 1]?.sentence ? EYE_SIDES.get(after.raw) : undefined;
  if (sideAfter !== undefined && !survivalTime(tokens, end + 1)) return eyeSite(start, end, sideAfter);
  for (let position = start - 1; position >= Math.max(0, start - LABEL_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.norm === '.') return undefined;
    if (!LABEL_ENDS.has(token.norm)) continue;
    const label = tokens[position - 1];
    const side = label === undefined ? undefined : EYE_SIDES.get(label.raw);
    // A dash inside the line's text ("OD: nl disc - no tumors") is no label's end: the walk goes on to the colon.
    if (side === undefined && token.norm !== ':') continue;
    return side !== undefined && opensLine(tokens, position - 1) && !survivalTime(tokens, position + 1) ? eyeSite(start, end, side) : undefined;
  }
  return undefined;
}

/**
 * What ends an eye's label: a colon ("OD: no tumors"), or a dash as an impression's numbered item writes it ("2. OD - no tumor.
 * High risk of bilateral disease"); the label must still open its line or item, so "tumor regressed OS - stable" labels nothing.
 */
const LABEL_ENDS: ReadonlySet<string> = new Set([':', '-', '–', '—']);

/** Units of a survival time ("OS: 14 mo"), the other "OS" of an oncology note. */
const TIME_UNITS = new Set(['mo', 'mos', 'month', 'months', 'yr', 'yrs', 'year', 'years', 'wk', 'wks', 'weeks', 'm', 'y']);

/** Whether the words at `index` are a length of time ("14 mo", "2.5 years"): "OS: 14 mo" is overall survival, not the left eye. */
function survivalTime(tokens: readonly Token[], index: number): boolean {
  return isNumber(tokens[index]) && TIME_UNITS.has(tokens[index + 1]?.norm ?? '');
}

/** Whether the token at `index` opens its sentence or a list item. */
function opensLine(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before === undefined || before.sentence !== tokens[index]?.sentence || ITEM_MARKERS.has(before.norm);
}

/** The eye a lesion word is about, spanning the word itself: each tumour of the line is a mention of its own ("main tumor regressed … no new tumors"). */
function eyeSite(start: number, end: number, laterality: Laterality): SiteMatch {
  return {
    start, end, path: ['eye'], laterality, lymphNode: false, qualifiers: undefined,
    partWritten: undefined, fluid: undefined, surfaceOnly: undefined, alternatives: undefined,
  };
}
