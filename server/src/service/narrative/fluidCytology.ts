import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * The cytology of a body fluid: "L pleural effusion tapped twice, cytology + adenocarcinoma",
 * "IR paracentesis (4.1 L), cytology positive for adenocarcinoma", "thoracentesis 800 mL, exudative;
 * cytology negative for malignant cells". Malignant cells in a serous effusion are tumour spread to
 * the cavity's lining, so the finding is a metastasis there: pleura (Table of Neoplasms: pleura,
 * Malignant Secondary C78.2), peritoneum (C78.6) or pericardium (C79.89).
 */

/** The rows of the cavities whose fluid is sampled, as the site lexicon spells them. */
const PLEURA = ['pleura, pleural'];
const PERITONEUM = ['peritoneum, peritoneal'];
const PERICARDIUM = ['pericardium'];

/** Words that name the fluid of one cavity on their own: the tap or the fluid itself. */
const FLUID_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['thoracentesis', PLEURA], ['thoracenteses', PLEURA], ['pleurx', PLEURA],
  ['paracentesis', PERITONEUM], ['paracenteses', PERITONEUM], ['ascites', PERITONEUM], ['ascitic', PERITONEUM],
  ['pericardiocentesis', PERICARDIUM],
]);
/** Nouns that make a cavity's site word its fluid ("pleural effusion", "peritoneal fluid"). */
const FLUID_NOUNS = new Set(['effusion', 'effusions', 'fluid', 'fluids', 'washings', 'washing']);
const CYTOLOGY_WORDS = new Set(['cytology', 'cytologies', 'cytopathology']);

/** How many tokens may stand between the cytology word and the finding ("cytology negative for"). */
const CYTOLOGY_GAP = 4;
/** How far before the cytology word the fluid is looked for (one sentence back at most). */
const FLUID_REACH = 20;

/** The cavity whose fluid cytology reports the finding at `anchorStart`, as a site outside the phrase. */
export function fluidCytologySite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  const cytology = cytologyBefore(tokens, sites, anchorStart);
  if (cytology === undefined) {
    const washed = washingsCavity(tokens, sites, anchorStart);
    return washed === undefined ? undefined : { start: anchorStart, end: anchorStart, path: washed, lymphNode: false, fluid: true };
  }
  const sentence = tokens[cytology]?.sentence ?? 0;
  for (let position = cytology - 1; position >= Math.max(0, cytology - FLUID_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence < sentence - 1) return undefined;
    const path = FLUID_WORDS.get(token.norm) ?? cavityFluid(tokens, sites, position) ?? (FLUID_NOUNS.has(token.norm) ? cavityBefore(sites, position) : undefined);
    if (path !== undefined) return { start: anchorStart, end: anchorStart, path, lymphNode: false, fluid: true };
  }
  return undefined;
}

/** The cytology word right before the finding, in its sentence, with no site between them. */
function cytologyBefore(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): number | undefined {
  const sentence = tokens[anchorStart]?.sentence;
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - CYTOLOGY_GAP - 1); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || sites[position] !== undefined) return undefined;
    if (CYTOLOGY_WORDS.has(token.norm)) return position;
  }
  return undefined;
}

/** A cavity's site word followed by a fluid noun ("L pleural effusion", "peritoneal fluid"). */
function cavityFluid(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], position: number): readonly string[] | undefined {
  const site = sites[position];
  if (site === undefined || !FLUID_NOUNS.has(tokens[site.end]?.norm ?? '')) return undefined;
  const organ = site.path[0];
  return organ === PLEURA[0] ? PLEURA : organ === PERITONEUM[0] ? PERITONEUM : organ === PERICARDIUM[0] ? PERICARDIUM : undefined;
}

/** How far before a bare fluid noun its cavity may be written ("R pleural mets w/ moderate effusion"). */
const CAVITY_REACH = 6;

/** The cavity of the nearest pleural, peritoneal or pericardial site a few words before a bare fluid noun. */
function cavityBefore(sites: readonly (SiteMatch | undefined)[], position: number): readonly string[] | undefined {
  for (let back = position - 1; back >= Math.max(0, position - CAVITY_REACH); back--) {
    const organ = sites[back]?.path[0];
    if (organ !== undefined) return organ === PLEURA[0] ? PLEURA : organ === PERITONEUM[0] ? PERITONEUM : organ === PERICARDIUM[0] ? PERICARDIUM : undefined;
  }
  return undefined;
}

/** Words that name a cavity's washings, the fluid a surgeon rinses the cavity with and sends for cytology. */
const WASHINGS = new Set(['washings', 'washing']);
/** The untyped malignancy words a washing's cytology reports ("negative for malignant cells"); a named tumour's shed cells stay that tumour's. */
const MALIGNANT_FINDINGS = new Set(['malignant', 'malignancy', 'carcinoma', 'adenocarcinoma']);
/** The site words that leave washings in the peritoneal cavity ("pelvic washings", "peritoneal washings"). */
const PERITONEAL_WASHINGS = new Set([PERITONEUM[0], 'pelvic', 'pelvis']);
/** How many words before "washings" its cavity may be written ("Peritoneal washings", "pelvic and peritoneal washings"). */
const WASHINGS_CAVITY_REACH = 3;

/**
 * The cavity of the washings whose result the finding is ("Peritoneal washings negative for malignant cells", "Pelvic
 * washings: negative for malignant cells", "E. Washings: negative for malignant cells"): the surgeon's washings at a
 * staging operation are peritoneal unless a pleural or pericardial word names their cavity (ANNOTATION.md, "Peritoneal or
 * pelvic washings"); washings of another organ ("bronchial washings") are no cavity's fluid.
 */
function washingsCavity(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): readonly string[] | undefined {
  if (!MALIGNANT_FINDINGS.has(tokens[anchorStart]?.norm ?? '')) return undefined;
  const sentence = tokens[anchorStart]?.sentence;
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - CYTOLOGY_GAP - 1); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || sites[position] !== undefined) return undefined;
    if (WASHINGS.has(token.norm)) return cavityOfWashings(tokens, sites, position);
  }
  return undefined;
}

/**
 * The cavity the word right before "washings" names: none (the washings open their label, "E. Washings:") is the
 * peritoneum, and so is the pelvis; a pleural or pericardial site is its own cavity; any other word ("bronchial
 * washings", "gastric washings") names no cavity.
 */
function cavityOfWashings(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], washings: number): readonly string[] | undefined {
  const before = tokens[washings - 1];
  if (before === undefined || before.sentence !== tokens[washings]?.sentence || before.punct) return PERITONEUM;
  for (let position = washings - 1; position >= Math.max(0, washings - WASHINGS_CAVITY_REACH); position--) {
    const site = sites[position];
    if (site === undefined || site.end < washings) continue;
    const organ = site.path[0] ?? '';
    if (PERITONEAL_WASHINGS.has(organ)) return PERITONEUM;
    return organ === PLEURA[0] ? PLEURA : organ === PERICARDIUM[0] ? PERICARDIUM : undefined;
  }
  return undefined;
}
