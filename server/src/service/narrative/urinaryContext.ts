import type { HistologyTerm } from './histologyTerm';
import type { SiteMatch } from './siteMatch';
import { firstInSentenceAfter, nearestInSentenceBefore } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "UC" is urothelial carcinoma in a urology or pathology note and ulcerative colitis in a
 * gastroenterology one ("UC on mesalamine"). It is read as the carcinoma only where its phrase says so:
 * a grade or growth pattern only a carcinoma has ("papillary UC", "high-grade UC", "HG UC"), or a
 * urinary-tract site written beside it ("bladder UC", "UC of the left ureter", "UC, renal pelvis").
 */

/** Words before the abbreviation that only a urothelial carcinoma takes. */
const CARCINOMA_WORDS = new Set(['papillary', 'high-grade', 'low-grade', 'hg', 'lg', 'invasive', 'muscle-invasive', 'non-muscle-invasive', 'nmi', 'mi', 'urothelial']);
/** Urinary-tract site words; "pelvis" only after "renal". */
const URINARY_WORDS = new Set(['bladder', 'vesical', 'intravesical', 'urethra', 'urethral', 'ureter', 'ureteral', 'ureteric', 'ureters', 'urinary', 'upper-tract', 'urachal', 'urachus', 'trigone']);

/** How many words before and after the abbreviation are looked at, in its sentence. */
const BEFORE = 3;
const AFTER = 4;

/** Whether the abbreviation at `index`–`end` stands in a urothelial carcinoma's phrase. */
export function inUrinaryPhrase(tokens: readonly Token[], index: number, end: number): boolean {
  const sentence = tokens[index]?.sentence;
  const carcinomaOrSite = (token: Token, position: number): boolean => CARCINOMA_WORDS.has(token.norm) || urinaryWordAt(tokens, position)
    // "high grade UC": the grade in two words.
    || (token.norm === 'grade' && (tokens[position - 1]?.norm === 'high' || tokens[position - 1]?.norm === 'low') && position === index - 1);
  if (nearestInSentenceBefore(tokens, index, BEFORE, sentence, carcinomaOrSite) >= 0) return true;
  return firstInSentenceAfter(tokens, end, AFTER, sentence, (_token, position) => urinaryWordAt(tokens, position)) >= 0;
}

function urinaryWordAt(tokens: readonly Token[], position: number): boolean {
  const word = tokens[position]?.norm ?? '';
  if (URINARY_WORDS.has(word)) return true;
  // "renal pelvis UC", "UC of the upper tract".
  return (word === 'pelvis' && tokens[position - 1]?.norm === 'renal') || (word === 'tract' && tokens[position - 1]?.norm === 'upper');
}

/** Words of a urothelial carcinoma that implies the bladder only when no other urinary organ is written. */
const UROTHELIAL_WORDS = /urothelial|transitional|^(?:ucc|tcc|uc|hguc)$/;

/**
 * "D. LEFT URETER, BIOPSY:\n - Urothelial carcinoma, high grade": a urothelial carcinoma under the label of another
 * urinary organ is of that organ (table: ureter C66.-, urethra C68.0, pelvis, renal C65.-), not of the bladder its
 * name implies; undefined when the label names no such organ.
 */
export function urinaryLabelSite(term: HistologyTerm, label: SiteMatch | undefined): SiteMatch | undefined {
  if (label === undefined || label.lymphNode || term.impliedSite?.[0] !== 'bladder' || !UROTHELIAL_WORDS.test(term.words)) return undefined;
  const [organ, part] = label.path;
  return organ === 'ureter' || organ === 'urethra' || (organ === 'renal' && part === 'pelvis') ? label : undefined;
}
