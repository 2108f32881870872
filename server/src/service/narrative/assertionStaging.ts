import { IMAGING_MODALITIES } from './imagingModalities';
import type { TriggerHit } from './assertionScope';
import type { SectionKind } from './model';
import { STATION_SAMPLING_WORDS, TISSUE_SAMPLE_WORDS } from './sampleWords';
import { wordInSentenceWindow } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "Chest CT for staging to exclude pulmonary metastases", "Baseline brain MRI and CT CAP to rule out distant
 * metastatic disease": imaging ordered in a plan to stage a cancer looks for a spread no finding has raised, a
 * screening of its extent (hypothetical, ANNOTATION.md: a screening or surveillance indication), not the rule-out
 * of a suspected lesion ("RLL nodules - indeterminate, r/o lung mets" and "EBUS 4R/7 to r/o nodal mets" stay
 * uncertain, Guidelines II.H / IV.H). Only a metastasis is read so, only in a plan or an assessment whose recommendations
 * follow it unheaded ("Assessment: … Recs: 1. CT chest for staging (r/o pulmonary mets)"), and only when the words
 * before the rule-out cue name an imaging study or a laparoscopy and call it staging or baseline.
 */

const RULE_OUT_CUES = new Set(['rule out', 'to exclude', 'exclude', 'r/o']);
// A staging laparoscopy looks at the peritoneum as a staging scan does ("Staging laparoscopy to r/o occult peritoneal mets").
const IMAGING_WORDS: ReadonlySet<string> = new Set([...IMAGING_MODALITIES, 'laparoscopy']);
/** Words that make the study a staging of the cancer's extent, not the work-up of a finding. */
const STAGING_WORDS = new Set(['staging', 'baseline']);
// A plan's "- staging: CT C/A/P and bone scan - r/o distant metastatic disease" opens a "Staging" field, a Diagnoses header.
const PLAN_KINDS: ReadonlySet<SectionKind | undefined> = new Set<SectionKind | undefined>(['plan', 'assessment-and-plan', 'assessment', 'diagnoses']);
/**
 * How many words before the cue are read for the study: a study's slashed regions and its timing are many tokens
 * ("CT chest/abd/pelvis w/ contrast prior to gyn onc visit to r/o …").
 */
const STUDY_REACH = 16;

/** Whether a rule-out cue reaching a metastasis is a staging study's indication in a plan. */
export function stagingRuleOut(tokens: readonly Token[], hit: TriggerHit, section: SectionKind | undefined, column: string | null | undefined): boolean {
  if (column !== 'secondary' || !PLAN_KINDS.has(section) || !RULE_OUT_CUES.has(hit.trigger.words)) return false;
  const sentence = tokens[hit.start]?.sentence;
  let imaging = false;
  let staging = false;
  let brain = false;
  let bone = false;
  for (let position = hit.start - 1; position >= Math.max(0, hit.start - STUDY_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) break;
    imaging ||= IMAGING_WORDS.has(token.norm);
    staging ||= STAGING_WORDS.has(token.norm) || stagingVerb(tokens, position);
    brain ||= BRAIN_STUDY_WORDS.has(token.norm);
    bone ||= token.norm === 'bone' && tokens[position + 1]?.norm === 'scan';
  }
  if (!imaging) return false;
  const unprompted = !reasonAfter(tokens, hit.end, sentence);
  const spreadWord = tokens[hit.end]?.norm ?? '';
  return staging || stagingAfter(tokens, hit.end, sentence) || (((brain && BRAIN_SPREAD_WORDS.has(spreadWord)) || (bone && BONE_SPREAD_WORDS.has(spreadWord))) && unprompted)
    || distantSearch(tokens, hit, unprompted);
}

/**
 * "Needs EBUS to stage mediastinal nodes (N) and laparoscopy to r/o occult peritoneal disease": the verb "to stage" calls the
 * plan's studies a staging as the noun does (d938); "stage" alone is the cancer's stage group ("stage IIIA"), which a study to
 * work up a new finding may follow, so only the verb after "to" counts.
 */
function stagingVerb(tokens: readonly Token[], position: number): boolean {
  return tokens[position]?.norm === 'stage' && tokens[position - 1]?.norm === 'to';
}

/**
 * "MRI brain w/ contrast to r/o brain mets", "MRI brain w/wo to r/o brain mets once tissue confirms": a brain study a plan orders
 * for brain metastases with no reason given is the staging of the cancer's extent (ANNOTATION.md, "Rule-out on a staging study",
 * d314, d585), while one a finding or symptom prompts ("… to r/o brain mets given the encephalopathy", d727) stays a rule-out.
 */
const BRAIN_STUDY_WORDS = new Set(['brain', 'head']);
const BRAIN_SPREAD_WORDS = new Set(['brain', 'intracranial', 'cns']);
/**
 * Round 26: a bone scan ruling out bone metastases is the same search of the skeleton ("Start ribociclib + fulvestrant. Bone scan
 * to r/o bone mets; brain MRI only if sx.", d1043: hypothetical), while "bone scan to r/o bone mets given new back pain" stays one.
 */
const BONE_SPREAD_WORDS = new Set(['bone', 'osseous', 'skeletal', 'bony']);
/** Words that give the reason a study is ordered: a finding or symptom prompts it. */
const REASON_WORDS = new Set(['given', 'because', 'due', 'for', 'with', 'w/', 'in', 'after', 'as', 'since']);

/**
 * "PET/CT to r/o distant disease", "CT C/A/P and bone scan - r/o distant metastatic disease": distant spread is the M category
 * of the cancer's stage, so a study that rules it out with no reason given after it searches the whole body for what no finding
 * has raised, the staging search of ANNOTATION.md (d92, d844: hypothetical), whatever the study is called.
 */
function distantSearch(tokens: readonly Token[], hit: TriggerHit, unprompted: boolean): boolean {
  return unprompted && tokens[hit.end]?.norm === 'distant';
}

/** Whether the words after the cue, in its sentence, give the study a reason ("given the encephalopathy", "for new headaches"). */
function reasonAfter(tokens: readonly Token[], from: number, sentence: number | undefined): boolean {
  for (let position = from; position < from + PURPOSE_REACH; position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    if (REASON_WORDS.has(token.norm)) return true;
  }
  return false;
}

/** How many words after the cue are read for a staging purpose written after the metastasis ("… to rule out brain mets as part of staging"). */
const PURPOSE_REACH = 8;

/** Whether the words after the cue, in its sentence, call the study staging ("as part of staging", "for staging"). */
function stagingAfter(tokens: readonly Token[], from: number, sentence: number | undefined): boolean {
  for (let position = from; position < from + PURPOSE_REACH; position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    if (STAGING_WORDS.has(token.norm)) return true;
  }
  return false;
}

/** The work-up cues a biopsy may be sent for ("FNA recommended to evaluate for nodal metastasis"). */
const WORK_UP_CUES = new Set(['evaluate for', 'to evaluate for', 'to assess for', 'evaluation for', 'assess for', 'to evaluate', 'to assess', 'workup for', 'work-up for']);
/** Sampling words (`sampleWords.ts`) and an excisional biopsy: a sample is taken of a finding already there. */
const SAMPLE_WORDS: ReadonlySet<string> = new Set([...TISSUE_SAMPLE_WORDS, ...STATION_SAMPLING_WORDS, 'excisional']);
/** How many words before the cue are read for the biopsy. */
const SAMPLE_REACH = 6;

/**
 * "R level III node with suspicious features - FNA recommended to evaluate for nodal metastasis": a biopsy to evaluate for a
 * disease samples the finding that raised it, a rule-out the finding prompts (uncertain, ANNOTATION.md "Rule-out on a staging
 * study"), not a screening of what no finding suggests (hypothetical).
 */
export function biopsyRuleOut(tokens: readonly Token[], hit: TriggerHit): boolean {
  if (hit.trigger.assertion !== 'hypothetical' || !WORK_UP_CUES.has(hit.trigger.words)) return false;
  return wordInSentenceWindow(tokens, hit.start, hit.start, { words: SAMPLE_WORDS, sentence: tokens[hit.start]?.sentence, before: SAMPLE_REACH });
}
