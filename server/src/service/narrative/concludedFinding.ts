import { breastQuadrant } from './breastClock';
import { isDistanceLandmark } from './distanceLandmark';
import type { SiteMatch } from './siteFinder';
import { firstInSentenceAfter, nearestInSentenceBefore } from './sentenceWindow';
import type { Token } from './tokens';
import { ANCHOR_LEXICONS } from './wordClasses';

/**
 * The finding a bare histology concludes: "Left breast upper outer quadrant (2:00) irregular spiculated
 * mass …, highly suggestive of malignancy", "1.2 cm L adrenal nodule …, c/w lipid-rich adenoma", "Focal
 * sigmoid uptake; differential includes adenoma vs malignancy": the site of the finding is the
 * histology's (findingOrgan.ts asks for it for a bare primary or benign finding, morphologyMentions.ts
 * for a hemangioma or lipoma).
 */

/**
 * Words a finding's conclusion puts right before a bare histology ("suspicious for", "c/w", "the known"); a rule-out names the
 * finding's possible histology too ("pancreatic head mass - r/o malignancy", "rule out malignancy").
 */
const CONCLUSION_CUES = new Set(['for', 'of', 'with', 'c/w', 'be', 'includes', 'include', 'including', 'vs', 'versus', 'or', 'likely', 'probable', 'probably', 'possible', 'exclude', 'excluding', 'known', 'represent', 'represents', 'representing',
  'r/o', 'out', 'incl',
  // A report's finding set off from its reading by a dash ("0.7 cm seg 2, T2 hyperintense with peripheral nodular enhancement - hemangioma"),
  // or equated with it ("R adrenal nodule 1.4 cm, fat-containing, stable since 2022 = adenoma").
  '-', '=']);
/** Nouns of an imaging or exam finding whose conclusion a bare histology may be. */
const FINDING_NOUNS = new Set([
  'mass', 'masses', 'nodule', 'nodules', 'lesion', 'lesions', 'enhancement', 'calcifications', 'density', 'distortion', 'opacity', 'focus', 'foci',
  'abnormality', 'thickening', 'lump', 'tumor', 'tumour', 'ulcer', 'plaque', 'stricture', 'polyp', 'uptake', 'hypermetabolism',
  'densities', 'hypodensity', 'hypodensities', 'hyperdensity', 'hyperdensities', 'opacities',
  // A colonoscopy's laterally spreading tumour ("Rectal LST, suspicious for early invasive carcinoma").
  'lst', 'lsts',
]);
/**
 * Samples whose reading a bare histology concludes ("US-guided FNA 11/14 R parotid: smear w/ chondromyxoid stroma and bland
 * myoepithelial cells, c/w pleomorphic adenoma"): the organ sampled is the finding's, as a mass's is.
 */
const SAMPLE_NOUNS = new Set(['fna', 'smear', 'smears', 'aspirate', 'cytology']);
/** How many words (a date, "of the") may stand between a sample word and the organ sampled. */
const SAMPLE_REACH = 3;

/**
 * Imaging words before an organ that make it the study's subject ("MRI liver 11/12: both c/w hemangiomas"). Its own list, not
 * `IMAGING_MODALITIES`: a plain film's title names the bone its finding is in ("XR R humerus (2024): chondroid lesion …, c/w
 * enchondroma" is the humerus's, D16.01), and a bare "imaging" or "scan" titles no organ's study, so only cross-sectional studies count.
 */
const STUDY_WORDS: ReadonlySet<string> = new Set(['mri', 'ct', 'us', 'ultrasound', 'pet', 'pet/ct', 'mr']);
/** Whether the site is the organ of a study title that a colon ends ("MRI liver 11/12: both c/w hemangiomas"), not a study recommended. */
function studyTitle(tokens: readonly Token[], site: SiteMatch): boolean {
  return STUDY_WORDS.has(tokens[site.start - 1]?.norm ?? '') && (tokens[site.end]?.norm === ':' || tokens[site.end + 1]?.norm === ':');
}

/** How far back in its sentence a concluding histology looks for the finding it concludes. */
const CONCLUSION_REACH = 40;

/**
 * The site of the finding a bare primary or benign histology concludes: "Left breast upper outer quadrant
 * (2:00) irregular spiculated mass with associated calcifications, highly suggestive of malignancy",
 * "1.2 cm L adrenal nodule measuring -4 HU, c/w lipid-rich adenoma", "liver lesion may be hemangioma".
 * The histology follows a conclusion cue, and its sentence names a finding noun and, before the
 * histology, a site: the nearest one is the finding's (its side and quadrant are completed by the
 * context rules, siteContext.ts).
 */
export function concludedFindingSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  const sentence = tokens[anchorStart]?.sentence;
  // "Adenocarcinoma in situ or minimally invasive adenocarcinoma cannot be excluded.": the reading opens its own sentence after the finding's.
  const subjectHedged = hedgedSubject(tokens, anchorStart, sentence);
  let cue = subjectHedged;
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - 4) && !cue; position--) {
    if (tokens[position]?.sentence !== sentence || sites[position] !== undefined) return undefined;
    cue = CONCLUSION_CUES.has(tokens[position]?.norm ?? '');
  }
  if (!cue) return undefined;
  let noun = false;
  // "Focal sigmoid uptake; differential includes adenoma vs malignancy": one semicolon may join the finding to its conclusion,
  // and so may the full stop before a sentence that opens the finding's differential ("L renal mass, most likely RCC.
  // Differential incl. oncocytoma").
  const differential = subjectHedged || opensDifferential(tokens, anchorStart, sentence) || verblessConclusion(tokens, anchorStart, sentence);
  let clause = sentence;
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - CONCLUSION_REACH); position--) {
    const token = tokens[position];
    if (token !== undefined && token.sentence !== clause && clause === sentence && (token.norm === ';' || differential)) clause = token.sentence;
    if (token === undefined || token.sentence !== clause) return undefined;
    noun ||= FINDING_NOUNS.has(token.norm) || SAMPLE_NOUNS.has(token.norm);
    const site = sites[position];
    // "… nodule, unchanged in size from CT chest 01/2025": a study's organ named in a comparison is no finding's site.
    if (site !== undefined && STUDY_WORDS.has(tokens[site.start - 1]?.norm ?? '') && !studyTitle(tokens, site)) continue;
    // "… mass, LIQ 7:00, 6 cm from the UOQ finding; suspicious for …": a distance's landmark is where the finding is not (distanceLandmark.ts).
    if (site !== undefined && isDistanceLandmark(tokens, site)) continue;
    // The site is placed at the histology: each reading of a differential concludes the same finding, and none restates another.
    if (site !== undefined && site.end <= anchorStart) {
      const concluded = noun || FINDING_NOUNS.has(tokens[site.end]?.norm ?? '') || nounBefore(tokens, site) || studyTitle(tokens, site) || sampledBefore(tokens, site);
      // The finding's clock position names its breast quadrant where it was written ("mass in the left breast at 2:00, … suspicious for malignancy").
      const placed = breastQuadrant(tokens, site, site.end) ?? site;
      return concluded ? { ...placed, start: anchorStart, end: anchorStart } : undefined;
    }
  }
  return undefined;
}

/** "non-mass enhancement in the upper outer quadrant": a finding noun a few words before the site, joined to it by a preposition. */
function nounBefore(tokens: readonly Token[], site: SiteMatch): boolean {
  // "subcutaneous mass L upper back": the finding noun right before its site.
  if (FINDING_NOUNS.has(tokens[site.start - 1]?.norm ?? '')) return true;
  // "enhancing mass, LIQ 7:00 posterior depth": the finding's site set off by a comma right after its noun.
  if (tokens[site.start - 1]?.norm === ',' && FINDING_NOUNS.has(tokens[site.start - 2]?.norm ?? '')) return true;
  for (let position = site.start - 1; position >= Math.max(0, site.start - 4); position--) {
    if (FINDING_NOUNS.has(tokens[position]?.norm ?? '')) return ['in', 'within', 'of', 'at'].includes(tokens[position + 1]?.norm ?? '');
  }
  return false;
}

/** "FNA 11/14 R parotid:", "bx of the R parotid": a sample word a few words before the site, in its sentence. */
function sampledBefore(tokens: readonly Token[], site: SiteMatch): boolean {
  const sample = (token: Token): boolean => SAMPLE_NOUNS.has(token.norm);
  return nearestInSentenceBefore(tokens, site.start, SAMPLE_REACH, tokens[site.start]?.sentence, sample) >= 0;
}

/**
 * Hedges that open a report's verbless conclusion, the sentence after the finding it reads ("1.9 cm irregular spiculated mass in the
 * left breast at 2:00, with associated calcifications. Highly suggestive of malignancy."). Only a doubt is read so: a denial after a
 * full stop ("Negative for malignancy.") may close a whole report, not only the finding before it.
 */
const CONCLUSION_OPENINGS = new Set(['highly', 'suspicious', 'concerning', 'suggestive', 'compatible', 'consistent', 'c/w', 'worrisome', 'likely', 'probable', 'probably', 'possible', 'most']);

/** Whether the histology's sentence is only a hedged conclusion ("Highly suggestive of malignancy."), opened at most 4 words before it after a full stop. */
function verblessConclusion(tokens: readonly Token[], anchorStart: number, sentence: number | undefined): boolean {
  const opening = (token: Token, position: number): boolean => tokens[position - 1]?.sentence !== sentence
    && tokens[position - 1]?.norm === '.' && CONCLUSION_OPENINGS.has(token.norm);
  return nearestInSentenceBefore(tokens, anchorStart, 4, sentence, opening) >= 0;
}

/** Hedges written after the reading they weigh ("… cannot be excluded", "… is suspected", "… is favored"). */
const AFTER_HEDGES = new Set(['excluded', 'suspected', 'favored', 'favoured', 'considered']);
/** How many words the reading at a sentence's start may take before its hedge ("Adenocarcinoma in situ or minimally invasive adenocarcinoma"). */
const HEDGED_SUBJECT_REACH = 10;

/**
 * Whether the histology stands in the reading that opens its sentence after a full stop, weighed by a hedge after it ("Persistent
 * 1.9 cm L upper lobe ground-glass nodule, unchanged. Adenocarcinoma in situ or minimally invasive adenocarcinoma cannot be excluded.").
 */
function hedgedSubject(tokens: readonly Token[], anchorStart: number, sentence: number | undefined): boolean {
  let first = anchorStart;
  while (first > Math.max(0, anchorStart - 6) && tokens[first - 1]?.sentence === sentence) first--;
  // The sentence opens with a diagnosis word ("Adenocarcinoma in situ or …"), not with words of its own ("In this patient with a prior malignancy, …").
  if (tokens[first - 1]?.sentence === sentence || tokens[first - 1]?.norm !== '.' || ((tokens[first]?.classes ?? 0) & ANCHOR_LEXICONS) === 0) return false;
  return firstInSentenceAfter(tokens, anchorStart + 1, HEDGED_SUBJECT_REACH, sentence, (token) => AFTER_HEDGES.has(token.norm)) >= 0;
}

/** Words that open a sentence giving the differential of the finding before it. */
const DIFFERENTIAL_OPENINGS = new Set(['differential', 'ddx', 'dd']);

/** Whether the histology's sentence opens with its differential ("Differential incl. oncocytoma", "DDx includes"), at most 4 words before it. */
function opensDifferential(tokens: readonly Token[], anchorStart: number, sentence: number | undefined): boolean {
  // The opening word counts only as the sentence's first token.
  const opening = (token: Token, position: number): boolean => DIFFERENTIAL_OPENINGS.has(token.norm) && tokens[position - 1]?.sentence !== sentence;
  return nearestInSentenceBefore(tokens, anchorStart, 4, sentence, opening) >= 0;
}
