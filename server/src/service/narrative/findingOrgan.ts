import { PART_NOUNS } from './apposedPart';
import { labelDetails } from './labelDetails';
import { fluidCytologySite } from './fluidCytology';
import type { NeoplasmColumn } from '../codes/neoplasm/model';
import { findingFits } from './metastasisProne';
import { mergeSkin } from './skinSites';
import { concludedFindingSite } from './concludedFinding';
import type { SiteMatch } from './siteFinder';
import { isResultSeparator, sampleWordBefore } from './resultSeparators';
import { isModifier } from './modifierWords';
import { namesSamplingStep } from './sampleWords';
import { dashApposedLesion, lesionNounAfter } from './lesionNoun';
import { studyOrganAt } from './studyContext';
import type { Laterality } from './siteLexicon';
import { labelBefore } from './scopeLabel';
import { firstInSentenceAfter } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * Sites that a pathology finding takes from the report line before it rather than from its own
 * words: the organ of a specimen label ("Tonsil, right, biopsy (11/12): squamous cell carcinoma",
 * with the words after the organ narrowing the row: "Tongue, left lateral, partial glossectomy:"),
 * and the organ of the lesion biopsied or found a sentence or two earlier ("CT-guided bx of the
 * segment 7 liver lesion. … Pathology: metastatic carcinoma").
 */

/** Nouns of a found lesion: the organ written with one is where a later biopsy result is. */
const LESION_NOUNS = new Set([
  'lesion', 'lesions', 'mass', 'masses', 'nodule', 'nodules', 'polyp', 'polyps', 'tumor', 'tumour', 'lump', 'ulcer', 'plaque', 'papule',
  'node', 'nodes', 'thickening', 'stricture',
]);
/** Words that show a biopsied or resected specimen ("bx of the …", "excision of …"). */
const PROCEDURE_WORDS = new Set([
  'biopsy', 'biopsies', 'bx', 'fna', 'resection', 'excision', 'excisional', 'core', 'aspiration', 'sampling', 'dissection', 'wedge', 'segmental',
  'partial', 'radical', 'total', 'needle', 'punch', 'shave', 'brushings', 'curettage', 'tbna', 'ebus', 'eus', 'fnb',
]);
/**
 * Procedures whose name says the organ sampled ("Office EMB 11/4/2026: endometrioid adenocarcinoma",
 * "TURBT path: high grade urothelial carcinoma"), as table rows: endometrium (C54.1), bladder, prostate,
 * cervix.
 */
const ORGAN_PROCEDURES: ReadonlyMap<string, readonly string[]> = new Map([
  ['emb', ['endometrium']], ['turbt', ['bladder']], ['turp', ['prostate']], ['leep', ['cervix']],
]);

/** The organ an organ-naming procedure before the result cue sampled, within the label's words. */
function organOfProcedure(tokens: readonly Token[], cue: number): readonly string[] | undefined {
  const sentence = tokens[cue]?.sentence;
  for (let position = cue - 1; position >= Math.max(0, cue - RESULT_GAP); position--) {
    if (tokens[position]?.sentence !== sentence) return undefined;
    const organ = ORGAN_PROCEDURES.get(tokens[position]?.norm ?? '');
    if (organ !== undefined) return organ;
  }
  return undefined;
}

/** Words that state a result, also as a participle ("bx 10/30 showing …"): the finding after them is about the lesion named before. */
const RESULT_WORDS = new Set(['showed', 'shows', 'show', 'showing', 'revealed', 'reveals', 'revealing', 'confirmed', 'confirms', 'confirming', 'demonstrated', 'demonstrates', 'demonstrating', 'returned', 'positive', 'negative']);
/** Words that make a colon or a result word a tissue result ("Pathology (final):", "bx:", "FNA showed"), not an imaging one ("CT:"). */
export const TISSUE_WORDS = new Set(['pathology', 'path', 'cytology', 'histology', 'frozen', 'final', 'diagnosis', 'result', 'results']);
const SIDES: ReadonlyMap<string, Laterality> = new Map<string, Laterality>([['right', 'right'], ['r', 'right'], ['left', 'left'], ['l', 'left'], ['bilateral', 'bilateral']]);

/** How far back a result looks for the lesion it is about; how many modifier words may stand between the result cue and the finding. */
const LESION_REACH = 40;
const RESULT_GAP = 6;
/** How many words may follow the organ of a specimen label before its colon ("Tonsil, right, biopsy (11/12):"). */
const LABEL_WORDS = 10;

/** A procedure word, also as the last part of a hyphenated one ("EUS-FNA", "CT-guided core-biopsy"). */
export const isProcedure = (norm: string): boolean => {
  const last = norm.slice(norm.lastIndexOf('-') + 1);
  // "biopsy-proven", "FNA-confirmed": the procedure is the first part.
  const first = norm.slice(0, Math.max(0, norm.indexOf('-')));
  return PROCEDURE_WORDS.has(last) || ORGAN_PROCEDURES.has(last) || last.endsWith('ectomy') || last.endsWith('otomy') || (PROVEN.has(last) && PROCEDURE_WORDS.has(first));
};
const PROVEN = new Set(['proven', 'confirmed']);
/** Tokens a label may carry between its tissue word and its colon: a date, a note ("Pathology (final 10/9):", "EMB (outside):"), "section". */
const LABEL_DETAIL = /^(?:[(),/-]|\d[\d/.-]*|final|prelim|preliminary|report|section|sections|outside|osh|external)$/;

/**
 * The organ of a specimen label that ends in a colon before the finding on the same line: the first
 * site of a short label ("Office FNA, right level IIA neck node:", "Tonsil, right, biopsy (11/12):"),
 * at most ten words before the colon. Words after the
 * organ become its side ("Tonsil, right") and qualifiers ("Tongue, left lateral").
 */
export function specimenLabelSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number, afterColon = false): SiteMatch | undefined {
  // `afterColon`: the finding opens the line after its label's colon, so the label's sentence is the colon's.
  const sentence = tokens[afterColon ? anchorStart - 1 : anchorStart]?.sentence;
  let colon = anchorStart - 1;
  while (colon >= 0 && anchorStart - colon <= RESULT_GAP && tokens[colon]?.sentence === sentence && tokens[colon]?.norm !== ':') colon--;
  if (colon < 0 || tokens[colon]?.norm !== ':' || tokens[colon]?.sentence !== sentence) return undefined;
  let first = colon;
  while (first > 0 && tokens[first - 1]?.sentence === sentence && colon - first < LABEL_WORDS + 4) first--;
  for (let position = first; position < colon; position++) {
    const site = sites[position];
    if (site === undefined) continue;
    if (site.end > colon || colon - site.end > LABEL_WORDS) return undefined;
    // "A. Skin, R nasal ala, shave:": the skin of the surface the label names after it.
    const surface = site.path.length === 1 && site.path[0] === 'skin' && tokens[site.end]?.norm === ',' ? sites[site.end + 1] : undefined;
    if (surface !== undefined && !surface.lymphNode && surface.end <= colon) return mergeSkin([site, surface])[0];
    const labelled = withLabelWords(tokens, site, colon);
    // A node label whose region words the reader cannot place ("Lymph nodes, station 4R and 7:") gives no region rather than "site NEC".
    return labelled.lymphNode && labelled.path[labelled.path.length - 1] === 'site NEC' && (labelled.qualifiers?.length ?? 0) > 0 ? undefined : labelled;
  }
  return undefined;
}

/** How far back a finding looks for the label of its report part, and over how many sentences. */
const PART_REACH = 40;
const PART_SENTENCES = 3;

/**
 * The organ of the report part a finding stands in, when the label is a sentence or two before it (`scopeLabel.ts`): "C. Stomach,
 * antrum, biopsies: mild chronic gastritis. Negative for malignancy." (C16.3), "Prostate, R base: benign prostatic tissue; no
 * carcinoma." The nearest colon back is the label's, no site of another organ stands between it and the finding (that would be the
 * finding's own subject), the finding's sentence is one of the next few and opens no list item of its own, and the label's organ opens its line.
 */
function partLabelSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  const sentence = tokens[anchorStart]?.sentence ?? 0;
  // A site between the label and the finding may only be the label's organ again ("Prostate, R base: benign prostatic tissue; no carcinoma").
  let between: string | undefined;
  const endsPart = (position: number): boolean => {
    const token = tokens[position];
    const organ = sites[position]?.path[0];
    if (token === undefined || sentence - token.sentence > PART_SENTENCES || (organ !== undefined && (between ?? organ) !== organ)) return true;
    between ??= organ;
    // "- R breast bx 2019: fibroadenoma.\n- No other cancer hx": a new list item is no part of the label above it.
    return token.sentence !== sentence && tokens[position + 1]?.sentence === sentence && opensItem(tokens, position + 1);
  };
  const read = (colon: number): SiteMatch | undefined => {
    const label = tokens[colon]?.sentence === sentence ? undefined : specimenLabelSite(tokens, sites, colon + 1, true);
    return label !== undefined && opensLabel(tokens, label.start) && (between ?? label.path[0]) === label.path[0] ? label : undefined;
  };
  // The word-by-word look counts no sentences: `endsPart` counts them by their numbers.
  return labelBefore(tokens, anchorStart, { tokenReach: PART_REACH, colon: 'nearest', endsAtWord: endsPart, read });
}

/** Whether the sentence starting at `first` opens a list item ("- …", "4. …", "b) …"). */
function opensItem(tokens: readonly Token[], first: number): boolean {
  const norm = tokens[first]?.norm ?? '';
  return norm === '-' || norm === '*' || norm === '•' || (PART_MARK.test(norm) && (tokens[first + 1]?.norm === '.' || tokens[first + 1]?.norm === ')'));
}

/** A part letter or number ("C", "3"), one list mark or the full stop after it. */
const PART_MARK = /^(?:[a-z]|\d{1,2})$/;

/**
 * Whether a label's organ opens its line, after at most a part letter ("C. Stomach, antrum, biopsies:") or the sampling words (round 25:
 * "US-guided FNA L level II node:"), not a problem's words ("Pleomorphic adenoma R parotid:").
 */
function opensLabel(tokens: readonly Token[], siteStart: number): boolean {
  const sentence = tokens[siteStart]?.sentence;
  for (let position = siteStart - 1; position >= Math.max(0, siteStart - 3); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return true;
    if (!(token.punct || PART_MARK.test(token.norm) || namesSamplingStep(token.norm))) return false;
  }
  return tokens[siteStart - 3]?.sentence !== sentence;
}

/** The side and detail words a label writes after its organ, up to the first procedure word ("Tongue, left lateral, partial glossectomy"). */
export function withLabelWords(tokens: readonly Token[], site: SiteMatch, colon: number): SiteMatch {
  let laterality = site.laterality;
  const qualifiers: string[] = [...(site.qualifiers ?? [])];
  for (let position = site.end; position < colon; position++) {
    const norm = tokens[position]?.norm ?? '';
    if (norm === ',') continue;
    if (isProcedure(norm) || norm === '(' || tokens[position]?.punct === true) break;
    const side = SIDES.get(norm);
    if (side !== undefined) laterality ??= side;
    else qualifiers.push(norm);
  }
  // "Bladder tumor, R lateral wall:": two detail words may name a sub-row together, noun last ("lateral wall" → wall, lateral); in a
  // list of what the specimen holds ("Uterus, cervix, bilateral tubes and ovaries:") only a part noun names a part ("Pancreas, head, and duodenum").
  const all = labelDetails(qualifiers, site.lymphNode || !qualifiers.includes('and'));
  // "Urinary bladder, left lateral wall, TURBT:": a part the label names is the tumour's sub-site, which another part named elsewhere
  // in the report ("C. Bladder, trigone, random biopsy") does not replace.
  // A breast quadrant is a site of its own, which the label reader refines by the quadrant written anywhere in the report.
  const partWritten = qualifiers.some((word) => PART_NOUNS.has(word) && word !== 'quadrant') ? { partWritten: true } : {};
  return { ...site, ...(laterality === undefined ? {} : { laterality }), ...(all.length === 0 ? {} : { qualifiers: all }), ...partWritten };
}

/**
 * The organ of the lesion a site-less finding reports on: the finding follows a colon or a result
 * word ("Pathology (final): metastatic carcinoma", "biopsy: adenocarcinoma", "biopsy confirmed …"),
 * and the nearest site within 40 tokens before it is written with a lesion noun ("segment 7 liver
 * lesion", "a 3 cm mass in the ascending colon") or as a procedure's object ("bx of the liver").
 */
export function priorLesionOrgan(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  const cue = resultCueBefore(tokens, sites, anchorStart);
  if (cue === undefined) return undefined;
  const sampled = organOfProcedure(tokens, cue);
  if (sampled !== undefined) return { start: anchorStart, end: anchorStart, path: sampled, lymphNode: false };
  // "Core biopsy of the mass showed …", "FNA of the abnormal node was positive for …": the definite
  // noun points back to the lesion introduced earlier in the passage, which may be further away.
  const definite = definiteObject(tokens, cue);
  const reach = definite === undefined ? LESION_REACH : ANAPHORA_REACH;
  const before = definite === undefined ? cue : definite.start;
  const from = Math.max(0, cue - reach);
  if (definite?.kind === 'node') return nearestSite(sites, before, from, (site) => isNamedNode(site));
  // A mass or lesion first; a node of a named region only when no other lesion was found before the result.
  return nearestSite(sites, before, from, (site) => !site.lymphNode && isLesionSite(tokens, site))
    ?? (definite === undefined ? nearestSite(sites, before, from, isNamedNode) : undefined);
}

function nearestSite(sites: readonly (SiteMatch | undefined)[], before: number, from: number, fits: (site: SiteMatch) => boolean): SiteMatch | undefined {
  for (let position = before - 1; position >= from; position--) {
    const site = sites[position];
    if (site !== undefined && site.end <= before && fits(site)) return site;
  }
  return undefined;
}

/** A lymph node site whose region is named ("left axillary lymph node"), not a bare "node". */
function isNamedNode(site: SiteMatch): boolean {
  return site.lymphNode && site.path.length > 2 && site.path[2] !== 'site NEC';
}

/** How far back "the mass" or "the node" of a biopsy looks for the lesion it names. */
const ANAPHORA_REACH = 160;
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'a', 'an']);
const NODE_NOUNS = new Set(['node', 'nodes']);
/** Words a result may follow besides the result words: "was positive for", "is consistent with". */
const RESULT_VERBS = new Set(['was', 'were', 'is', 'are']);

/**
 * The procedure's object before a result cue when it is a definite lesion noun ("biopsy of the mass",
 * "FNA of the abnormal node"): `node` for a lymph node, `lesion` for any other lesion, else undefined.
 */
function definiteObject(tokens: readonly Token[], cue: number): { kind: 'node' | 'lesion'; start: number } | undefined {
  let position = cue - 1;
  while (position >= 0 && RESULT_VERBS.has(tokens[position]?.norm ?? '')) position--;
  const noun = tokens[position]?.norm ?? '';
  if (!LESION_NOUNS.has(noun)) return undefined;
  for (let back = position - 1; back >= Math.max(0, position - 3); back--) {
    const word = tokens[back]?.norm ?? '';
    if (word === 'the' || word === 'this' || word === 'that' || word === 'these' || word === 'those') return { kind: NODE_NOUNS.has(noun) ? 'node' : 'lesion', start: back };
    if (tokens[back]?.punct === true) return undefined;
  }
  return undefined;
}

/**
 * The colon or result word the finding follows: in its own sentence with only modifier words between
 * ("Pathology (final 10/9): metastatic carcinoma"), or the colon that ends the line before ("biopsy:\n
 * adenocarcinoma").
 */
export function resultCueBefore(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): number | undefined {
  const sentence = tokens[anchorStart]?.sentence;
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - RESULT_GAP); position--) {
    const token = tokens[position];
    if (token === undefined || sites[position] !== undefined) return undefined;
    if (isResultCue(token)) return reportsTissue(tokens, position) && !siteAfter(tokens, sites, anchorStart) ? position : undefined;
    // "biopsy adenocarcinoma", "path: …": a tissue or procedure word right before the finding is its cue.
    // "bx signet ring adenocarcinoma": histologic modifiers may stand between.
    if (modifiersBetween(tokens, position + 1, anchorStart) && (isProcedure(token.norm) || TISSUE_WORDS.has(token.norm))) return siteAfter(tokens, sites, anchorStart) ? undefined : position;
    // "core bx - invasive ductal carcinoma": a dash sets off the result of the sample word right before it, and of nothing else (a list's bullet).
    if (token.norm === '-') return sampleWordBefore(tokens, position, (norm) => isProcedure(norm) || TISSUE_WORDS.has(norm)) && !siteAfter(tokens, sites, anchorStart) ? position : undefined;
    if (token.sentence !== sentence || (token.punct && !['(', ')', ','].includes(token.norm))) return undefined;
  }
  return undefined;
}

/** Whether every token in `[from, to)` is a histologic modifier ("signet ring"), the first one also the procedure's date ("bx 11/12 SCC"). */
function modifiersBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) {
    const norm = tokens[position]?.norm ?? '';
    // A category and its comma ("bx B5b, invasive carcinoma") are the two words a separator may take.
    if (!isModifier(norm) && !(position === from && /^\d{1,2}\/\d{1,4}$/.test(norm)) && !(position - from < 2 && isResultSeparator(norm))) return false;
  }
  return true;
}

/** Whether the finding's own sentence names a site after it ("… of unknown primary (CUP) to liver and bone"): then it is not site-less. */
function siteAfter(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): boolean {
  return firstInSentenceAfter(tokens, anchorStart, SITE_AFTER_REACH, tokens[anchorStart]?.sentence, (_token, position) => sites[position] !== undefined) >= 0;
}

/** How far after a finding its own sentence is searched for a site of its own. */
const SITE_AFTER_REACH = 16;

function isResultCue(token: Token | undefined): boolean {
  // "EUS-FNB -> adenocarcinoma": an arrow states the result like a colon.
  return token !== undefined && (token.norm === ':' || token.norm === '=' || token.norm === '>' || token.norm === '→' || RESULT_WORDS.has(token.norm));
}

/**
 * Whether the cue reports tissue: a tissue or procedure word before it, past dates and parentheses
 * ("CT-guided biopsy 11/20:", "Pathology (final 10/9):"), or a colon that opens its line, which is
 * what a section header such as "Pathology:" leaves once its words are set aside.
 */
function reportsTissue(tokens: readonly Token[], cue: number): boolean {
  const sentence = tokens[cue]?.sentence;
  for (let position = cue - 1; position >= Math.max(0, cue - RESULT_GAP - OBJECT_WORDS); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return tokens[cue]?.norm === ':' && position === cue - 1;
    if (TISSUE_WORDS.has(token.norm) || isProcedure(token.norm)) return true;
    // The procedure's object may stand between it and the result ("biopsy of the mass showed", "FNA of the abnormal node was positive for").
    if (!LABEL_DETAIL.test(token.norm) && !isObjectWord(token.norm)) return false;
  }
  return cue === 0;
}

/** How many words a procedure's object ("of the abnormal node was") may add before a result cue; its adjectives ("EUS-FNB of the head mass:": the organ's part names the lesion). */
const OBJECT_WORDS = 5;
const OBJECT_ADJECTIVES = new Set(['abnormal', 'enlarged', 'suspicious', 'dominant', 'index', 'target', 'palpable', 'largest', 'head', 'neck', 'body', 'tail', 'uncinate']);

function isObjectWord(norm: string): boolean {
  return norm === 'of' || DETERMINERS.has(norm) || RESULT_VERBS.has(norm) || LESION_NOUNS.has(norm) || OBJECT_ADJECTIVES.has(norm);
}

/** A site followed by a lesion noun, or preceded by "in/of (the) (word)" after a lesion noun or a procedure word. */
function isLesionSite(tokens: readonly Token[], site: SiteMatch): boolean {
  // "Liver biopsy confirmed …", "breast core biopsy": the site is the procedure's object; "LUL spiculated 3.4 cm mass": the lesion's.
  if (lesionNounAfter(tokens, site, LESION_NOUNS) || isProcedure(tokens[site.end]?.norm ?? '')) return true;
  // "2.9 cm hypoechoic mass pancreatic head": the lesion noun right before its site.
  if (LESION_NOUNS.has(tokens[site.start - 1]?.norm ?? '')) return true;
  let position = site.start - 1;
  for (let skipped = 0; skipped < 3 && position >= 0 && !['in', 'of', 'within', 'at'].includes(tokens[position]?.norm ?? ''); skipped++) position--;
  const preposition = tokens[position]?.norm ?? '';
  if (!['in', 'of', 'within', 'at'].includes(preposition)) return false;
  for (let back = position - 1; back >= Math.max(0, position - LESION_NOUN_REACH); back--) {
    const norm = tokens[back]?.norm ?? '';
    if (LESION_NOUNS.has(norm) || isProcedure(norm)) return true;
  }
  return false;
}

/**
 * How far before the preposition of a site the lesion noun may stand: "mass of the R fossa of Rosenmuller /
 * lateral nasopharyngeal wall" names the mass's place twice, the second after the first's "of".
 */
const LESION_NOUN_REACH = 5;

const COPULAS = new Set(['is', 'are', 'was', 'were']);

/**
 * The subject of a finding stated with a copula: "sigmoid polyps are tubular adenomas", "the liver
 * lesion is metastatic adenocarcinoma": a site and its lesion noun, then is/are/was/were, then at most
 * two modifier words before the finding, all in one sentence.
 */
export function copulaSubject(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  const sentence = tokens[anchorStart]?.sentence;
  let copula = anchorStart - 1;
  while (copula >= anchorStart - 3 && copula >= 0 && tokens[copula]?.sentence === sentence && tokens[copula]?.punct !== true && !COPULAS.has(tokens[copula]?.norm ?? '')) copula--;
  if (!COPULAS.has(tokens[copula]?.norm ?? '') || tokens[copula]?.sentence !== sentence) return undefined;
  const noun = copula - 1;
  if (!LESION_NOUNS.has(tokens[noun]?.norm ?? '')) return undefined;
  const site = siteEndingAt[noun];
  return site !== undefined && tokens[site.start]?.sentence === sentence ? site : undefined;
}

/**
 * The organ a site-less finding reports on from the lines before it: the body fluid whose cytology
 * it is (fluidCytology.ts), the subject of a copula, a specimen label on its line, else the lesion
 * biopsied or found just before; a bare primary finding is not placed in an organ where it is most
 * often a metastasis.
 */
export function reportedOrgan(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number, column: NeoplasmColumn | null, siteEndingAt?: readonly (SiteMatch | undefined)[],
): SiteMatch | undefined {
  const fluid = fluidCytologySite(tokens, sites, anchorStart);
  if (fluid !== undefined) return fluid;
  const organ = labelledOrgan(tokens, sites, anchorStart, siteEndingAt) ?? concludedFor(tokens, sites, anchorStart, column);
  if (organ !== undefined) return findingFits(organ, column) ? organ : undefined;
  // "MRI BRAIN … possible early mets": a metastasis with no site of its own is in the organ the study images.
  return column === 'secondary' ? studyOrganAt(tokens, sites, anchorStart) : undefined;
}

/**
 * The organ a site-less finding reports on as its own column would place it, else as any column would
 * (`reportedOrgan` with `column`, then with null), with the look-ups back made once: a carcinoma whose
 * labelled organ is where it is most often a metastasis is still placed there.
 */
export function reportedOrganAnyColumn(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number, column: NeoplasmColumn | null, siteEndingAt?: readonly (SiteMatch | undefined)[],
): SiteMatch | undefined {
  const fluid = fluidCytologySite(tokens, sites, anchorStart);
  if (fluid !== undefined) return fluid;
  const labelled = labelledOrgan(tokens, sites, anchorStart, siteEndingAt);
  const organ = labelled ?? concludedFor(tokens, sites, anchorStart, column);
  if (organ !== undefined && findingFits(organ, column)) return organ;
  const study = organ === undefined && column === 'secondary' ? studyOrganAt(tokens, sites, anchorStart) : undefined;
  if (study !== undefined) return study;
  return labelled !== undefined && findingFits(labelled, null) ? labelled : undefined;
}

/** The subject of a copula, a specimen label or report part on the finding's line, else the lesion biopsied or found just before, or set off before a dash. */
function labelledOrgan(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number, siteEndingAt?: readonly (SiteMatch | undefined)[]): SiteMatch | undefined {
  return (siteEndingAt === undefined ? undefined : copulaSubject(tokens, siteEndingAt, anchorStart))
    ?? specimenLabelSite(tokens, sites, anchorStart) ?? partLabelSite(tokens, sites, anchorStart) ?? priorLesionOrgan(tokens, sites, anchorStart) ?? dashApposedLesion(tokens, sites, anchorStart, isModifier);
}

/** The finding a primary, in-situ or benign tumour concludes ("L adrenal nodule … c/w adenoma"); other columns conclude none. */
function concludedFor(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number, column: NeoplasmColumn | null): SiteMatch | undefined {
  return column === 'primary' || column === 'benign' || column === 'in-situ' ? concludedFindingSite(tokens, sites, anchorStart) : undefined;
}
