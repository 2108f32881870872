import { sentenceStart } from './contextNodeRegion';
import { isProcedure } from './findingOrgan';
import { namesSiteBetween } from './itemLabel';
import { firstColon, labelBefore, LOOK_ON } from './scopeLabel';
import { lineLabelSite } from './siteContext';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * A pathology part's denying verdict written after another sentence of the part ("E. Lung, RUL, wedge resection: necrotizing granuloma.
 * No malignancy.", "B. Distal donut (rectum):\n - Benign colonic mucosa. Negative for carcinoma."): the part's label names the
 * specimen every sentence of the part speaks of, up to the next label, so a site-less verdict there is at the label's site
 * (ANNOTATION.md: "Negative for X in a pathology part is a negated mention at the part's own labelled site"). The scope ends at
 * the next label, not at a sentence: the nearest sentence before it with a colon is the part's label line (a label only when a
 * site opens it right before its colon, `lineLabelSite`), and a verdict whose own sentence names a site keeps that one.
 */

/** How many sentences before the verdict the part's label may stand ("granuloma; AFB and GMS stains negative.\n No malignancy."). */
const PART_SENTENCES = 3;

/** The words that open a pathologist's denying verdict ("No malignancy.", "Negative for carcinoma.", "Neg for malignancy."). */
const VERDICT_OPENINGS: ReadonlySet<string> = new Set(['no', 'negative', 'neg', 'free']);
/** How many words may stand between the verdict's opening and its histology ("Negative for invasive carcinoma"). */
const VERDICT_REACH = 4;

/**
 * Words that make a denial a record's, not a pathologist's verdict on the part: "No other cancers", "No personal cancer history"
 * deny a history, and "cancer" is the clinician's word, not the pathologist's (who writes carcinoma, malignancy, tumour).
 */
const NOT_VERDICT_WORDS: ReadonlySet<string> = new Set(['cancer', 'cancers', 'other', 'personal', 'prior', 'known', 'family']);

/** Whether the sentence from `first` is a denying verdict whose histology is at `anchorStart`. */
function opensVerdict(tokens: readonly Token[], first: number, anchorStart: number): boolean {
  const opening = tokens[first]?.norm === '-' ? first + 1 : first;
  if (!VERDICT_OPENINGS.has(tokens[opening]?.norm ?? '') || anchorStart - opening > VERDICT_REACH) return false;
  for (let position = opening + 1; position <= anchorStart; position++) if (NOT_VERDICT_WORDS.has(tokens[position]?.norm ?? '')) return false;
  return true;
}

/** Words of a specimen's on-site reading that label its result ("ROSE: adenocarcinoma", "Touch prep: malignant cells"). */
const WORK_UP_WORDS: ReadonlySet<string> = new Set(['rose', 'touch', 'prep', 'smear', 'smears', 'cytology', 'frozen']);
/** How many words a work-up step's label may take before its colon ("ROSE:", "Touch prep:", "Final dx:"). */
const RESULT_WORDS = 2;
/** How many words may stand between a work-up step's colon and its finding's histology ("ROSE: atypical cells, suspicious for malignancy"). */
const RESULT_REACH = 6;

/**
 * Whether the histology at `anchorStart` is the finding of a site-less work-up step's short label in its sentence ("FNB: 22G, 2 passes.
 * ROSE: adenocarcinoma." under "Liver: 11 mm hypoechoic lesion …"): the step was done on the organ of the label above it (d794).
 */
function afterResultWord(tokens: readonly Token[], first: number, anchorStart: number): boolean {
  const colon = firstColon(tokens, first, anchorStart);
  if (colon <= first || colon - first > RESULT_WORDS || anchorStart - colon > RESULT_REACH) return false;
  for (let position = first; position < colon; position++) if (isWorkUpStep(tokens[position]?.norm ?? '')) return true;
  return false;
}

/**
 * Whether the word names a step of a specimen's work-up, a sampling or its on-site reading ("FNA", "ROSE", "touch prep"); a synoptic
 * field's label ("Margins:", "Lymph nodes:") names a part of the specimen instead, and a verdict there is that part's.
 */
function isWorkUpStep(word: string): boolean {
  return WORK_UP_WORDS.has(word) || isProcedure(word);
}

/** The label site of the part the site-less verdict at `anchorStart` continues, or undefined. */
export function partLabelSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  const first = sentenceStart(tokens, anchorStart);
  if (first === 0 || namesSiteBetween(sites, first, anchorStart)) return undefined;
  const verdict = opensVerdict(tokens, first, anchorStart);
  if (!verdict && !afterResultWord(tokens, first, anchorStart)) return undefined;
  return labelBefore(tokens, first, {
    tokenReach: Infinity,
    sentenceReach: PART_SENTENCES,
    colon: 'first',
    // "Radial EBUS to RUL apical segment - 6 forceps bx.\nROSE: squamous cell carcinoma", "Liver nodule noted. Negative for malignancy.":
    // a sentence of its own site ends the part above; one describing the part's tissue by organ ("Benign colonic mucosa.") does not.
    endsScope: (from, colon, to) => colon < 0 && namesOwnSite(tokens, sites, from, to),
    read: (colon, from) => {
      const label = lineLabelSite(tokens, sites, colon + 1) ?? lettered(tokens, sites, from, colon);
      if (label !== undefined) return skinSampled(tokens, from, colon, label);
      return resultWordLabel(sites, from, colon) ? LOOK_ON : undefined;
    },
  });
}

/**
 * Whether the colon at `colon` closes a site-less result word of the part ("-> final: inflamed SK.", "ROSE: adequate"): a step of the
 * part's work-up, not the next part's label, so the part's scope goes on above it.
 */
function resultWordLabel(sites: readonly (SiteMatch | undefined)[], from: number, colon: number): boolean {
  return colon > from && !namesSiteBetween(sites, from, colon);
}

/**
 * The site opening a part label after its letter in parentheses ("(C) L forearm, shave:"), the letter a report gives each part as
 * "C." does, or undefined.
 */
function lettered(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], from: number, colon: number): SiteMatch | undefined {
  const letter = tokens[from + 1]?.norm ?? '';
  if (tokens[from]?.norm !== '(' || tokens[from + 2]?.norm !== ')' || !/^[a-z]$/.test(letter)) return undefined;
  const site = sites[from + 3];
  return site !== undefined && site.end <= colon ? site : undefined;
}

/** Samplings that take only skin ("L forearm, shave:", "R shin, punch bx:"). */
const SKIN_SAMPLINGS: ReadonlySet<string> = new Set(['shave', 'punch']);

/**
 * The label's site, made the skin of that surface when the label's sampling takes only skin ("(C) L forearm, shave: … Neg for
 * malignancy." is a skin verdict, Table: skin, upper limb, not the limb's ill-defined row; d219).
 */
function skinSampled(tokens: readonly Token[], from: number, colon: number, label: SiteMatch): SiteMatch {
  if (label.lymphNode || label.path[0] === 'skin') return label;
  for (let position = from; position < colon; position++) if (SKIN_SAMPLINGS.has(tokens[position]?.norm ?? '')) return { ...label, path: ['skin', ...label.path] };
  return label;
}

/** Words after an organ's adjective that describe a specimen's tissue ("colonic mucosa"), not another lesion's site. */
const TISSUE_NOUNS: ReadonlySet<string> = new Set(['mucosa', 'tissue', 'parenchyma', 'epithelium', 'stroma', 'wall']);

/** Whether a site other than a tissue's description ("colonic mucosa") starts between `from` and `to`. */
function namesOwnSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) {
    const site = sites[position];
    if (site !== undefined && !TISSUE_NOUNS.has(tokens[site.end]?.norm ?? '')) return true;
  }
  return false;
}
