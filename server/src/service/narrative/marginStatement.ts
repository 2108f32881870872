import type { NeoplasmColumn } from '../codes/neoplasm/model';
import type { AnchorRole, HistologyTerm } from './histologyTerm';
import type { FamilyStatements } from './familyStatement';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * A margin statement that names the neoplasm ("Margins negative for carcinoma", "margins free of tumor", a synoptic
 * "Margins: All margins negative for invasive carcinoma") speaks of the specimen's own tumour at the edge of the
 * resected organ (ANNOTATION.md, "A margin statement that names the neoplasm …"): pathologists write the organ once,
 * in the part's label or the diagnosis above, and never again in the margin line. So a histology with no site of its
 * own in such a statement takes the site of the tumour the report diagnosed just before it.
 */

/** How many tokens before a histology word its margin word may stand ("Margins (proximal ileal, distal colonic, radial/mesenteric) negative for"). */
const MARGIN_REACH = 16;
/** How many of the mentions found before it are searched for the specimen's tumour. */
const TUMOUR_MENTIONS_BACK = 12;
/** How many tokens before the margin statement the specimen's tumour may be diagnosed (a part's diagnosis and its synoptic). */
const TUMOUR_REACH = 400;

const MARGIN_WORDS: ReadonlySet<string> = new Set(['margin', 'margins']);

/** The words of a margin's verdict, or the colon or dash a report sets it off with. */
const VERDICT_WORDS: ReadonlySet<string> = new Set(['negative', 'neg', 'free', 'uninvolved', 'involved', 'clear', 'positive', ':', '-']);

/** The histologies a margin is said to be free of: the cancer ("carcinoma"), its in-situ part ("DCIS") or "tumor". */
const MARGIN_ROLES: ReadonlySet<AnchorRole> = new Set<AnchorRole>(['primary', 'in-situ', 'unspecified']);

/**
 * Whether a margin word stands in the histology's sentence, a few words before it, with a pathologist's verdict between them
 * ("margin negative for", "margins free of", "Margins: carcinoma present", "margin at base - carcinoma present"): a cavity's
 * or an excision's margin in a clinician's sentence ("along the medial cavity margin, could represent residual tumor") is none.
 */
export function inMarginStatement(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  let verdict = false;
  for (let position = index - 1; position >= Math.max(0, index - MARGIN_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    if (MARGIN_WORDS.has(token.norm)) return verdict;
    verdict ||= VERDICT_WORDS.has(token.norm);
  }
  return false;
}

/** The column of a margin statement's histology: an in-situ word keeps its own ("negative for DCIS"); a carcinoma or tumour is the cancer's. */
function marginColumn(term: HistologyTerm, tumour: RawMention): NeoplasmColumn | null {
  return term.role === 'in-situ' ? 'in-situ' : tumour.column;
}

/**
 * The mention of a site-less histology in a margin statement, at the site of the primary tumour diagnosed last before it in
 * the report (not a lymph node's, which no margin is of), or undefined when the words are no margin statement or the report
 * names no tumour before them. Its site is the tumour's even when the statement denies it (`marginStatement`): what is denied is
 * that tumour at the margin, not a diagnosis written without a site.
 */
export function marginMention(
  tokens: readonly Token[], start: number, end: number, term: HistologyTerm, before: readonly RawMention[], family: FamilyStatements,
): RawMention | undefined {
  if (!MARGIN_ROLES.has(term.role) || term.words === 'primary' || term.impliedSite !== undefined || !inMarginStatement(tokens, start)) return undefined;
  for (let back = before.length - 1; back >= Math.max(0, before.length - TUMOUR_MENTIONS_BACK); back--) {
    const tumour = before[back] as RawMention;
    if (start - tumour.start > TUMOUR_REACH) return undefined;
    // A margin statement before it speaks of the same tumour, and a relative's cancer is no specimen's.
    if (tumour.column !== 'primary' || tumour.site === undefined || tumour.site.lymphNode || inMarginStatement(tokens, tumour.anchorStart) || family.has(tokens, tumour.anchorStart)) continue;
    // The site stands at the histology's own words, as an implied organ does, so that the statement is not the tumour's mention restated.
    const site = { ...tumour.site, start, end };
    // "Margins free of tumor" of a basal cell carcinoma: "tumor" is that tumour, whose histology its code needs (a skin cancer's type).
    if (term.role === 'unspecified' || namesIndexedType(term, tumour)) return { ...tumour, start, end, anchorStart: start, anchorEnd: end, site, writtenSite: undefined, marginStatement: true };
    return { start, end, anchorStart: start, anchorEnd: end, column: marginColumn(term, tumour), site, histology: term, marginStatement: true };
  }
  return undefined;
}

/**
 * Round 20: "Hepatocellular carcinoma … Resection margin: negative for carcinoma": a carcinoma at the margin of a tumour whose
 * type the Index codes by itself (Carcinoma, hepatocellular C22.0) is that tumour, type and all (table: liver would give C22.9).
 */
function namesIndexedType(term: HistologyTerm, tumour: RawMention): boolean {
  return term.role === 'primary' && tumour.histology?.role === 'primary' && tumour.histology.indexCode !== undefined;
}

/**
 * "Margin Status for DCIS: All margins negative for DCIS": a histology that names its own organ (DCIS, the breast) in a margin
 * statement is the specimen's tumour at the margin too, so its denial keeps the side and part the report documents for that
 * organ (ANNOTATION.md, the margin rule), as a carcinoma's does, instead of the bare organ its words imply.
 */
export function withImpliedOrganMargins(tokens: readonly Token[], start: number, term: HistologyTerm, found: RawMention[]): RawMention[] {
  if (term.impliedSite === undefined || !MARGIN_ROLES.has(term.role) || found.length === 0 || !inMarginStatement(tokens, start)) return found;
  return found.map((mention) => ({ ...mention, marginStatement: true }));
}
