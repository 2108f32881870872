import { sentenceStart } from './contextNodeRegion';
import type { Token } from './token';

/**
 * A specimen label that a semicolon splits between the organs the specimen holds and the procedure that took it
 * ("A. UTERUS, CERVIX, BILATERAL FALLOPIAN TUBES AND OVARIES; TLH-BSO:", "B. Lymph node, right pelvic; excision:"),
 * as outside pathology reports write them, or between a marrow and the blood examined with it. The tokenizer ends a sentence at the semicolon, so the organs stand in the
 * sentence before the colon's, and the label's findings listed below take the organs from there.
 */

/** Hysterectomy and adnexal abbreviations a gynaecologic specimen label names its procedure by (total laparoscopic or abdominal hysterectomy, salpingo-oophorectomy). */
const GYN_PROCEDURES = new Set(['tlh', 'tah', 'bso', 'lso', 'rso', 'tlh-bso', 'tah-bso']);
/**
 * The peripheral blood a bone marrow label adds after its semicolon ("BONE MARROW, LEFT POSTERIOR ILIAC CREST, ASPIRATE, CLOT AND
 * CORE BIOPSY; PERIPHERAL BLOOD:"): a haematopathology report examines the blood beside the marrow, and the blood is no organ a
 * finding below could be of, so the marrow before the semicolon stays the label's organ.
 */
const BLOOD_SPECIMEN_WORDS = new Set(['peripheral', 'blood', 'smear', 'smears', 'pb']);
/** Words a procedure's name may hold besides procedure words ("TLH-BSO", "hysterectomy and BSO", "biopsy, excision"). */
const JOINERS = new Set([',', '-', '/', 'and']);

/**
 * The first token of the label whose colon is at `colon`: the colon's sentence, or the sentence before it when the colon's
 * holds nothing but a procedure set off by a semicolon (`isProcedure` is the label reader's test of a procedure word).
 */
export function labelSentenceStart(tokens: readonly Token[], colon: number, isProcedure: (norm: string) => boolean): number {
  const first = parenthesizedDetailsStart(tokens, sentenceStart(tokens, colon), colon);
  if (first >= colon || tokens[first - 1]?.norm !== ';') return first;
  for (let position = first; position < colon; position++) {
    const norm = tokens[position]?.norm ?? '';
    if (!(isProcedure(norm) || GYN_PROCEDURES.has(norm) || JOINERS.has(norm) || BLOOD_SPECIMEN_WORDS.has(norm))) return first;
  }
  return sentenceStart(tokens, first - 1);
}

/** How many semicolons a label's parenthesis of details may hold ("(4 passes; smears; cell block)"). */
const PARENTHESIZED_SEMICOLONS = 3;

/**
 * "A. LYMPH NODE, STATION 7 (SUBCARINAL), EBUS-TBNA (4 passes; smears, cell block):": a semicolon inside the label's parenthesis
 * of sampling details ends no part of the label, so the label opens where the parenthesis's own sentence began. The semicolon
 * is inside a parenthesis when a ")" closes one after it, before the colon, with no "(" between them.
 */
function parenthesizedDetailsStart(tokens: readonly Token[], first: number, colon: number): number {
  let start = first;
  for (let count = 0; count < PARENTHESIZED_SEMICOLONS && tokens[start - 1]?.norm === ';' && closesBefore(tokens, start, colon); count++) start = sentenceStart(tokens, start - 1);
  return start;
}

/** Whether a ")" with no "(" before it stands between `from` and the colon. */
function closesBefore(tokens: readonly Token[], from: number, colon: number): boolean {
  for (let position = from; position < colon; position++) {
    const norm = tokens[position]?.norm;
    if (norm === '(') return false;
    if (norm === ')') return true;
  }
  return false;
}
