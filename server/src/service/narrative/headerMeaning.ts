import type { Span } from '../spans';
import { spanOf } from '../spans';
import { isAsciiDigit, isAsciiUpper, isIndentOrMarkdown, isLineSpace } from './charCodes';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';
import { isPhysicianReport } from './rehabHeaders';
import { registryLabelMeaning } from './registryHeaders';

/**
 * A header the table does not spell, read by what its words mean, as ANNOTATION.md's rule 3 has the writers and reviewers
 * read it: "Encounter Diagnoses", "Nutrition Diagnosis (PES)" and "Dx for referral" name diagnoses; "Narrative of the
 * encounter", "Brief summary" and "Case as presented" tell the illness; "What happens next" and "Recommendations to PCP" plan;
 * "Family medical hx" and "Pedigree" speak of the family; "Other onc hx" and "Additional hx" of the past. The table's own
 * spellings are read first (`sections.ts`), so this reading only names headers the table lacks.
 *
 * A label is read so only when it opens its own block, the way a coder tells a header from a field: the line comes after a
 * blank line or opens the text, or the label stands alone on its line with its text below. An unknown label written as a
 * line of a block ("Known:" under an interval history) is a field of that block and keeps its section (ANNOTATION.md,
 * round 19), and a report's top field whose value is an identifier ("Case: S26-41877") is no header.
 */

/** The longest label (before its colon) read by its meaning. */
const MAX_LABEL_LENGTH = 48;
/** The most words a label read by its meaning may have; a longer one is a sentence's lead-in. */
const MAX_LABEL_WORDS = 5;
/**
 * Words that make a label a sentence's lead-in rather than a header, its verbs and relative pronouns ("Comorbid hx that is NOT
 * contributing:"; ANNOTATION.md, round 21: a lead-in is a sentence, not a header). A determiner is no sign of one: headers
 * write "this" ("Diagnoses this admission", "Dx at this visit"); a longer lead-in is turned away by its length ("Clinical
 * history relevant to this request:").
 */
const LEAD_IN_WORDS = new Set(['that', 'is', 'are', 'was', 'were', 'which']);

/** A label's words: letters and digits ("ICD-10"), with "/", "&", "'" and "-" inside, then an optional parenthesis or date that annotates it. */
const LABEL = /^([A-Z][A-Za-z0-9'&/ -]*?)\s*(?:\([^()]*\)|\d{1,2}\/\d{1,4}(?:\/\d{2,4})?)?\s*$/;

/** A plural's optional "(s)" right after a word ("Condition(s)", "Diagnosis(es)" is left as written). */
const OPTIONAL_PLURAL = /(?<=[a-z])\(s\)/g;

/** Words of the family ("Family medical hx", "Pedigree", "Fam:"). */
const FAMILY_WORDS = new Set(['family', 'fam', 'pedigree', 'familial']);
/** Words that make a history the past one ("Other onc hx", "Additional hx", "Prior medical hx", "Comorbid hx"). */
const PAST_WORDS = new Set(['past', 'prior', 'previous', 'other', 'otherwise', 'additional', 'medical', 'comorbid', 'personal', 'remote']);
/** Words of a history. */
const HISTORY_WORDS = new Set(['history', 'hx', 'histories']);
/** The past medical history's own abbreviations, a past history by themselves ("Pertinent PMH", "Relevant PMHx"). */
const PAST_HISTORY_ABBREVIATIONS = new Set(['pmh', 'pmhx']);
/**
 * Words of a specialty or organ system whose history is the patient's past conditions of that system ("Derm Hx (per chart):"
 * listing the skin cancers excised, "OB/GYN Hx: CIN 3 … s/p LEEP"), as the table reads an eye clinic's "POHx" (past ocular
 * history) as Past Medical History. The history of a care rather than of a disease ("Dental hx", "Anesthesia hx") names none.
 */
const SYSTEM_HISTORY_WORDS = new Set(['derm', 'dermatologic', 'dermatology', 'skin', 'ob', 'gyn', 'obgyn', 'obstetric', 'gynecologic', 'gynecological',
  'ocular', 'eye', 'ophthalmic']);
/** Words of an operation's history ("Surgical hx", "Operative history"). */
const SURGICAL_WORDS = new Set(['surgical', 'operative', 'surgeries']);
/** Words of diagnoses ("Encounter Diagnoses", "Dx on order", "Nutrition Diagnosis"). */
const DIAGNOSIS_WORDS = new Set(['diagnosis', 'diagnoses', 'dx', 'dxs', 'icd']);
/** Words that make a diagnosis the pathologist's own reading of the tissue ("Revised final diagnosis", "Anatomic dx"). */
const PATHOLOGY_DIAGNOSIS_WORDS = new Set(['final', 'pathologic', 'pathological', 'anatomic', 'histologic', 'cytologic', 'surgical', 'frozen']);
/** Words of a report's revision: a diagnosis is revised or amended by the pathologist who signed it ("REVISED DIAGNOSIS:"). */
const REVISION_WORDS = new Set(['revised', 'amended', 'corrected', 'addended']);
/** Words that make a diagnosis no one's yet: a differential is weighed in the assessment. */
const WEIGHED_DIAGNOSIS_WORDS = new Set(['differential', 'ddx']);
/**
 * Words of results, findings and their reading ("Pertinent prior results", "Key findings", "Lab interpretation"); round 25: the
 * "Investigations:" of a British or Commonwealth letter, its tests and their results (d999).
 */
const RESULTS_WORDS = new Set(['results', 'result', 'findings', 'labs', 'imaging', 'studies', 'workup', 'interpretation', 'testing', 'investigations']);
/** Words that name a tissue's report by themselves, opening its label ("Path from 11/12 visit", "Cytology (prelim, 12/02)"). */
const TISSUE_REPORT_WORDS = new Set(['path', 'pathology', 'cytology', 'cytopathology']);
/** Words that make results a tissue's ("Bx results reviewed with pt"), which the table reads as `Pathology` ("Biopsy results"). */
const TISSUE_WORDS = new Set(['bx', 'biopsy', 'path', 'pathology', 'cytology', 'tissue']);
/**
 * Words that make findings an examination's ("Other findings on exam today", "Current clinical findings", "Other skin findings
 * today": the table reads a skin examination, "Skin", as Physical Exam).
 */
const EXAM_WORDS = new Set(['exam', 'examination', 'physical', 'clinical', 'skin']);
/** A meeting's outcome, the last word of its label. */
const OUTCOME_WORDS = new Set(['outcome', 'outcomes']);
/** Words of a plan ("What happens next", "Monitoring/Evaluation", "Recommendations to PCP", "Next steps"). */
const PLAN_WORDS = new Set(['plan', 'plans', 'next', 'monitoring', 'followup', 'goals', 'disposition', 'steps']);
/**
 * Words of a discussion's conclusion, which the table reads as `Assessment and Plan` ("Board discussion / recommendations"), with
 * a board's agreed conclusion, its "CONSENSUS" in the table ("SARCOMA CONFERENCE 11/30 CONSENSUS:").
 */
const RECOMMENDATION_WORDS = new Set(['discussion', 'recommendation', 'recommendations', 'recs', 'consensus']);
/** Words of a meeting whose outcome is its recommendation ("MDT outcome", "Board outcome"). */
const MEETING_WORDS = new Set(['mdt', 'mdm', 'board', 'conference', 'meeting', 'team', 'panel']);
/** Words of a comment ("Addendum comment", "Reviewer remarks"). */
const COMMENT_WORDS = new Set(['comment', 'comments', 'remark', 'remarks']);
/**
 * Words of a medical-legal conclusion (round 24, exposure and compensation notes): an examiner's "Opinion:", "Opinion on
 * causation:", a programme's "Determination:" or "Certification:", a "Physician statement:" on a claim form weigh the
 * diagnosis for the claim, as an assessment does (ANNOTATION.md rule 3: the section the header means).
 */
const OPINION_WORDS = new Set(['opinion', 'opinions', 'determination', 'determinations', 'certification']);
/** The authors whose "statement" on a claim form is their opinion ("Physician statement:", "Examiner's statement:"). */
const STATEMENT_AUTHORS = new Set(['physician', "physician's", 'examiner', "examiner's", 'medical']);
/**
 * Words of a claim's conditions (round 24): "Claimed:", "Compensable illness claimed:", "Condition(s) requested for
 * certification:" list the diagnoses the claim is for, as "Diagnosis claimed:" does; "History of claimed condition:" tells
 * their story, and a "Requested opinion:" is the question the examiner was asked (the table's "Question").
 */
const CLAIM_WORDS = new Set(['claimed', 'claim', 'claims', 'requested', 'request']);
/** Words of what a claim names: a condition or illness. */
const CONDITION_WORDS = new Set(['condition', 'conditions', 'illness', 'illnesses', 'disease', 'diseases']);
/** Words of the story of the illness ("Narrative of the encounter", "Brief summary", "Case as presented", "Overnight"). */
const STORY_WORDS = new Set(['narrative', 'summary', 'course', 'overnight', 'case', 'presentation', 'story', 'indication', 'indications', 'interval']);
/**
 * Words that make a history the story of the illness ("Onc tx hx", "Nutrition hx / interval update", "Treatment hx"). Another
 * history is the history of something else ("Dental hx", "Anesthesia hx", "Psych hx") and is left to the block it stands in.
 */
const ILLNESS_HISTORY_WORDS = new Set(['onc', 'oncologic', 'oncology', 'cancer', 'treatment', 'tx', 'clinical', 'nutrition', 'present', 'brief', 'disease', 'illness']);

/** The canonical spelling of each meaning, looked up in the table so that the entry is the table's own. */
type Meaning = 'chief complaint' | 'prior visit' | 'family history' | 'past medical history' | 'past surgical history' | 'diagnoses' | 'pathology' | 'results' | 'physical exam'
  | 'plan' | 'assessment and plan' | 'comment' | 'impression' | 'assessment' | 'history of present illness' | 'health maintenance';

/**
 * The header opening the line `[start, end)` by its words' meaning, when the line's label opens a block; `nextColon` is the
 * line's first colon. Only the label's first 48 characters are read: linear in the line.
 */
export function meaningHeaderOnLine(
  text: string, start: number, end: number, nextColon: number, headers: SectionHeaderLookup,
): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  let first = start;
  while (first < end && isIndentOrMarkdown(text.charCodeAt(first))) first++;
  if (nextColon <= first || (nextColon - first > MAX_LABEL_LENGTH && !annotatedWithin(text, first, nextColon))) return undefined;
  // "Follow-up 10:30": a time's colon ends no label.
  if (isAsciiDigit(text.charCodeAt(nextColon + 1))) return undefined;
  // A label opens with a capital (`LABEL`): a line opening otherwise is turned away before its label is cut and lower-cased.
  if (!isAsciiUpper(text.charCodeAt(first))) return undefined;
  const written = text.slice(first, nextColon).replace(/[\s*]+$/, '');
  // "Condition(s) requested for certification": a plural written with "(s)" is the word, not an annotation.
  const words = LABEL.exec(written.replace(OPTIONAL_PLURAL, 's'))?.[1];
  if (words === undefined) return undefined;
  const labelWords = words.toLowerCase().replace(/\bwork[\s-]up\b/g, 'workup').split(/[\s/&-]+/).filter((word) => word !== '');
  const referral = referralWithReason(labelWords, text, nextColon, end);
  const meaning = referral ? 'chief complaint' : meaningOfWords(labelWords) ?? (isPhysicianReport(written) ? 'assessment' : undefined);
  if (meaning === undefined) return undefined;
  const aloneOnLine = !hasText(text, nextColon + 1, end);
  // A diagnosis label opening a line is a header wherever it stands, as the table's "Dx:" is ("Dx for referral: …" under orders),
  // and so is a referral line quoting its reason, which the table reads as the reason for the visit wherever it is written (a
  // demographic block's 'Ref: Dr. A (sports medicine) - "?enchondroma"').
  if (!aloneOnLine && !referral && !(meaning === 'diagnoses' && !labelWords.includes('icd')) && !(opensText(text, start) && !identifierValue(text, nextColon + 1, end))) return undefined;
  // "DIAGNOSIS (REVISED):\nLymph node, right cervical, excision:": a diagnosis over a specimen's label is the report's own.
  const entry = headers.get(meaning === 'diagnoses' && aloneOnLine && specimenLabelFollows(text, end) ? 'pathology' : meaning);
  if (entry === undefined) return undefined;
  // "Late effects / risks: … second cancers in the RT field": a hedge in a section's own heading governs its items (ANNOTATION.md,
  // "Each statement's assertion comes from its own words"), so a heading that names risks keeps its words in the token stream, an
  // empty header span, for the assertion's risk trigger to read, as it read them before the label was a header.
  const keepsWords = labelWords.some((word) => RISK_WORDS.has(word));
  return { entry, title: written, headerSpan: keepsWords ? spanOf(first, first) : spanOf(first, first + written.length) };
}

/** Words that make a heading a hedge over its items: the risks it lists are hypothetical. */
const RISK_WORDS = new Set(['risk', 'risks']);

/** The table's entry for what a title's words mean ("DIAGNOSTIC TESTING" → Results), for a form's part titles (`formPartHeaders.ts`). */
export function meaningOfTitle(title: string, headers: SectionHeaderLookup): SectionHeaderEntry | undefined {
  const words = title.toLowerCase().split(/[\s/&-]+/).filter((word) => word !== '');
  const meaning = meaningOfWords(words);
  return meaning === undefined ? undefined : headers.get(meaning);
}

/** The canonical section a label's words mean, in the order a coder weighs them; undefined when none fits. */
function meaningOfWords(words: readonly string[]): Meaning | undefined {
  const has = (set: ReadonlySet<string>): boolean => words.some((word) => set.has(word));
  if (words.length === 0 || words.length > MAX_LABEL_WORDS || has(LEAD_IN_WORDS)) return undefined;
  // "Copy-forward from 2025 plan (not updated):": an earlier visit's text carried into this note.
  if (words.includes('forward') && (words.includes('copy') || words.includes('copied'))) return 'prior visit';
  // "Questions for the board:", "Consult questions:": the question the document was asked, as the table's "Question" is.
  if (words[0] === 'question' || words[0] === 'questions' || (words.includes('consult') && words.includes('questions'))) return 'chief complaint';
  if (has(FAMILY_WORDS)) return 'family history';
  if (has(HISTORY_WORDS) && has(SURGICAL_WORDS)) return 'past surgical history';
  if ((has(HISTORY_WORDS) && (has(PAST_WORDS) || has(SYSTEM_HISTORY_WORDS))) || has(PAST_HISTORY_ABBREVIATIONS)) return 'past medical history';
  if (has(DIAGNOSIS_WORDS)) return diagnosisMeaning(words, has);
  const claim = claimMeaning(words, has);
  if (claim !== undefined) return claim;
  // "Path from 11/12 visit:", "Pathology (outside, reviewed today):": the tissue's report, the table's "Path".
  // "Cytology (prelim, 12/02):", "Cytology (final, 12/05/2026): Peritoneal fluid: …": the cytopathologist's report of the
  // specimen, which the table reads as Pathology (a cytology result label opening its own block).
  if (TISSUE_REPORT_WORDS.has(words[0] ?? '')) return 'pathology';
  // "Late effects / risks (mantle RT survivor):", "Cancer screening (transplant candidacy):": a survivor's late effects and the
  // screening the patient is due, which the table reads as Health Maintenance ("Late Effects Screening", "Late effects review").
  if ((words.includes('late') && words.includes('effects')) || namesScreening(words)) return 'health maintenance';
  // "Final path (addended 11/13/2026):", "Surgical path (reviewed w/ pt):", "Final cytology 11/26 (addended):": the
  // pathologist's report, as "Final pathology" is.
  if (PATHOLOGY_DIAGNOSIS_WORDS.has(words[0] ?? '') && TISSUE_REPORT_WORDS.has(words[1] ?? '')) return 'pathology';
  if (has(RESULTS_WORDS)) return has(TISSUE_WORDS) ? 'pathology' : words.includes('findings') && has(EXAM_WORDS) ? 'physical exam' : 'results';
  // "Goals of care discussion (45 min, pt + daughter):": the goals agreed are the plan, as the table's "Goals of Care" is,
  // whatever the talk that set them is called.
  if (words.includes('goals')) return 'plan';
  if (has(RECOMMENDATION_WORDS)) return words.includes('to') ? 'plan' : 'assessment and plan';
  // "Outcome:\nAdenocarcinoma of the lung RUL … 1. CT guided biopsy of L adrenal …", "MDT outcome:": a multidisciplinary meeting's
  // outcome is its conclusion and plan, as the table's "Board Recommendation" is. Only a bare outcome or a meeting's is read so:
  // "Pregnancy outcome:" names no meeting.
  if (OUTCOME_WORDS.has(words[words.length - 1] ?? '') && (words.length === 1 || has(MEETING_WORDS))) return 'assessment and plan';
  if (has(PLAN_WORDS)) return 'plan';
  if (has(COMMENT_WORDS)) return 'comment';
  if (words.includes('impression')) return 'impression';
  if (has(OPINION_WORDS) || (words.includes('statement') && has(STATEMENT_AUTHORS))) return 'assessment';
  if (words.includes('assessment')) return 'assessment';
  if (has(STORY_WORDS) || (has(HISTORY_WORDS) && has(ILLNESS_HISTORY_WORDS))) return 'history of present illness';
  // A registry document's own labels ("Rule applied:", "Registrar action (…):", "Tumor 1 (…):"; round 25).
  return registryLabelMeaning(words);
}

/**
 * Whether a label names a screening by what is screened for ("Cancer screening", "Colon cancer screening"): the screening is its
 * last word and a noun stands before it. A letter's "About screening:" speaks of screening to the patient and names no block.
 */
function namesScreening(words: readonly string[]): boolean {
  const before = words[words.length - 2];
  return words[words.length - 1] === 'screening' && before !== undefined && !SCREENING_PREPOSITIONS.has(before);
}

/** Words that make the word before "screening" no noun of what is screened ("About screening", "Re screening"). */
const SCREENING_PREPOSITIONS = new Set(['about', 're', 'regarding', 'on', 'for', 'of', 'your', 'my']);

/**
 * A claim label's section: the story of the claimed condition ("History of claimed condition"), the question asked
 * ("Requested opinion", "Opinion requested"), or the conditions claimed ("Claimed", "Compensable illness claimed",
 * "Condition(s) requested for certification"); undefined for a label that names no claim.
 */
function claimMeaning(words: readonly string[], has: (set: ReadonlySet<string>) => boolean): Meaning | undefined {
  if (!has(CLAIM_WORDS)) return undefined;
  if (has(HISTORY_WORDS)) return 'history of present illness';
  if (has(CONDITION_WORDS) || (words.length === 1 && words[0] === 'claimed')) return 'diagnoses';
  return has(OPINION_WORDS) ? 'chief complaint' : undefined;
}

/**
 * Words of a referral's label ("Referral:", "Ref:", "Referred by:"); round 26 (therapy notes): the order a therapy evaluation is
 * done on, copied with its quoted reason ('Order: "PT eval & treat - lung ca w/ brain mets"', 'Order reason: "B LE lymphedema …"').
 */
const REFERRAL_WORDS = new Set(['referral', 'ref', 'referred', 'order']);

/**
 * A referral line that quotes the reason for the visit ('Referral: "sellar mass on MRI, r/o pituitary adenoma"', 'Ref: Dr. S
 * (PCP) "heavy periods"'): the reason the patient is seen, which ANNOTATION.md's header table reads as `Chief Complaint`. A
 * referral's diagnosis ('Referral Dx: "C01 - SCC base of tongue …"') is the referring diagnosis, the table's "Referring Dx".
 */
function referralWithReason(words: readonly string[], text: string, colon: number, end: number): boolean {
  return words.length <= 2 && REFERRAL_WORDS.has(words[0] ?? '') && !words.some((word) => DIAGNOSIS_WORDS.has(word))
    && text.slice(colon + 1, Math.min(end, colon + 1 + MAX_LABEL_LENGTH * 2)).includes('"');
}

/** A diagnosis label's section: the pathologist's own reading, a diagnosis no one has made yet (a differential), or the diagnoses. */
function diagnosisMeaning(words: readonly string[], has: (set: ReadonlySet<string>) => boolean): Meaning | undefined {
  if (has(WEIGHED_DIAGNOSIS_WORDS)) return undefined;
  // "Date of diagnosis:", "Stage at diagnosis:", "Age at dx:": a field about the diagnosis, not a list of diagnoses.
  const at = words.findIndex((word) => DIAGNOSIS_WORDS.has(word));
  if (at > 0 && (words[at - 1] === 'at' || words[at - 1] === 'of')) return undefined;
  return has(PATHOLOGY_DIAGNOSIS_WORDS) || has(REVISION_WORDS) ? 'pathology' : 'diagnoses';
}

/** A specimen's label on the line after `lineEnd` ("Lymph node, right cervical, excision:", "LUNG, RIGHT LOWER LOBE, CORE BIOPSY:"). */
function specimenLabelFollows(text: string, lineEnd: number): boolean {
  const next = text.slice(lineEnd + 1, Math.min(text.length, lineEnd + 121));
  return SPECIMEN_LABEL.test(next);
}

const SPECIMEN_LABEL = /^[ \t]*(?:[A-Z]\.?[ \t]+)?[A-Za-z][A-Za-z ]*,[^\n:]*:[ \t]*(?:\r?\n|$)/;

/** Whether the line at `start` opens the text or a block: the text's first line, or one after a blank line. */
function opensText(text: string, start: number): boolean {
  if (start === 0) return true;
  let index = start - 2;
  while (index >= 0 && isLineSpace(text.charCodeAt(index))) index--;
  return index < 0 || text.charCodeAt(index) === 0x0a;
}

/**
 * Whether a label longer than the window is its short words and a parenthesis that annotates them, who reported it and when
 * ("CYTOLOGY RESULT (reported 11/24/2026, Dr. P. Hollander, cytopathology):"): the words before " (" fit the window and the
 * parenthesis closes at the colon, within twice the window.
 */
function annotatedWithin(text: string, first: number, colon: number): boolean {
  if (colon - first > MAX_LABEL_LENGTH * 2 || text.charCodeAt(colon - 1) !== 0x29 /* ) */) return false;
  // The first " (" is looked for only inside the label's window, not through the rest of the note, so each line costs its own length.
  const last = Math.min(colon, first + MAX_LABEL_LENGTH + 1);
  for (let open = first + 1; open < last; open++) if (text.charCodeAt(open) === 0x20 && text.charCodeAt(open + 1) === 0x28) return true;
  return false;
}

/** Whether `[from, to)` holds anything but spaces. */
function hasText(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!isLineSpace(text.charCodeAt(index))) return true;
  return false;
}

/** Whether the value after the colon opens with an identifier, letters and digits joined by a dash ("S26-41877", "WH26-3355"). */
function identifierValue(text: string, from: number, to: number): boolean {
  return /^\s*[A-Z]{1,4}\d{2}-\d{3,}/.test(text.slice(from, Math.min(to, from + 24)));
}
