import type { Span } from '../spans';
import { spanOf } from '../spans';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';

/**
 * The headers of cancer registry documents (round 25): abstracts, casefinding worklists, stage worksheets, multiple-primary
 * determinations, follow-up letters and QA requests. A registrar divides an abstract by the NAACCR text fields ("TEXT - DX PROC
 * - PATH", "TEXT-DX PROC-PE:", "Text - Imaging:", "TEXT - REMARKS", "RX TEXT - SURGERY") and writes the reasoning of a
 * determination under labels a clinician does not use ("Rule applied:", "Rationale:", "Registrar action (…):"). Each is read
 * by what it means (ANNOTATION.md rule 3): a text field by the field it names, a label by its words.
 */

/** The canonical spellings the registry's headers mean, looked up in the table so that the entry is the table's own. */
export type RegistryMeaning = 'physical exam' | 'results' | 'diagnoses' | 'comment' | 'history of present illness' | 'assessment' | 'plan';

/** The longest text-field line read: the field's label is short, its text may follow after a colon. */
const MAX_FIELD_LABEL = 48;

/**
 * A NAACCR text field's label opening its line: "TEXT" (or "RX TEXT") and a dash, then the field's name up to a colon or the
 * line's end ("TEXT - DX PROC - X-RAY/SCAN", "Text--Dx Proc--PE:", "TEXT-REMARKS: …").
 */
const TEXT_FIELD = /^[ \t]*((?:RX[ \t]*)?TEXT[ \t]*[-\u2013\u2014]{1,2}[ \t]*([A-Za-z][A-Za-z /&.-]*?))[ \t]*(?::|\r?$)/i;

/** Words of the physical examination's text field ("Text--Dx Proc--PE"). */
const EXAM_FIELD_WORDS = new Set(['pe', 'physical', 'exam', 'examination']);
/**
 * Words of the diagnostic procedures' text fields other than the examination: the imaging, scopes, laboratory tests, operative
 * findings and pathology a registrar copies from the reports that proved the cancer. They are a summary of results, as a
 * biopsy label followed by its result is in a clinician's summary (ANNOTATION.md's header table: `Results`), not the report.
 */
const PROCEDURE_FIELD_WORDS = new Set(['path', 'pathology', 'imaging', 'x', 'ray', 'xray', 'scan', 'scans', 'scopes', 'scope', 'lab', 'labs', 'tests', 'op', 'operative']);
/** Words of the fields that state the diagnosis: its stage, its primary site's title and its histology's title. */
const DIAGNOSIS_FIELD_WORDS = new Set(['staging', 'stage', 'site', 'histology', 'title']);
/** Words of the remarks field, the registrar's comment. */
const REMARK_FIELD_WORDS = new Set(['remarks', 'remark', 'comments', 'comment']);
/** Words of the first course's treatment fields ("RX Text--Surgery", "RX Text--Radiation (Beam)", "RX Text--Chemo"). */
const TREATMENT_FIELD_WORDS = new Set(['rx', 'surgery', 'radiation', 'beam', 'chemo', 'hormone', 'brm', 'immunotherapy', 'treatment', 'therapy']);

/**
 * The header a registry text field's label opens on the line `[start, end)`, by the field it names; undefined for a line that
 * is none or a field that names no section ("TEXT - PLACE OF DIAGNOSIS", "TEXT - USUAL OCCUPATION"). Only lines opening with
 * "T" or "R" are matched, within their first 48 characters: linear in the line.
 */
export function registryTextHeaderOnLine(text: string, start: number, end: number, headers: SectionHeaderLookup): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  let first = start;
  while (first < end && (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x09)) first++;
  const letter = text.charCodeAt(first) | 0x20;
  if (letter !== 0x74 && letter !== 0x72) return undefined;
  const windowEnd = Math.min(end, first + MAX_FIELD_LABEL + 1);
  const field = TEXT_FIELD.exec(text.slice(first, windowEnd));
  const label = field?.[1];
  const name = field?.[2];
  if (field === null || label === undefined || name === undefined) return undefined;
  // The pattern's end of line is the window's end: a line longer than the window with no colon in it is a sentence cut short
  // ("Text - imaging showed a mass in the right upper lobe …"), not a field's label alone on its line.
  if (!field[0].endsWith(':') && windowEnd < end) return undefined;
  const meaning = textFieldMeaning(label.toLowerCase().startsWith('rx'), name.toLowerCase().split(/[\s/&.-]+/).filter((word) => word !== ''));
  const entry = meaning === undefined ? undefined : headers.get(meaning);
  return entry === undefined ? undefined : { entry, title: label, headerSpan: spanOf(first, first + label.length) };
}

/** The section a text field's name means; `treatment` when the label is one of the "RX TEXT" fields. */
function textFieldMeaning(treatment: boolean, words: readonly string[]): RegistryMeaning | undefined {
  const has = (set: ReadonlySet<string>): boolean => words.some((word) => set.has(word));
  if (treatment || has(TREATMENT_FIELD_WORDS)) return 'history of present illness';
  if (has(EXAM_FIELD_WORDS)) return 'physical exam';
  if (has(PROCEDURE_FIELD_WORDS)) return 'results';
  if (has(REMARK_FIELD_WORDS)) return 'comment';
  return has(DIAGNOSIS_FIELD_WORDS) ? 'diagnoses' : undefined;
}

/** The registry and its registrar, whose own notes on a case are their comment ("Registrar action", "Registry coding"). */
const REGISTRY_WORDS = new Set(['registry', 'registrar', "registrar's", 'abstractor', "abstractor's"]);
/** What a registrar writes of a case: the action taken, the coding chosen, notes. */
const REGISTRY_NOTE_WORDS = new Set(['action', 'actions', 'coding', 'note', 'notes', 'update']);
/** Labels of a determination's reasoning: the rules applied and the rationale weigh the case, as an assessment does. */
const REASONING_WORDS = new Set(['rationale', 'rules', 'decision']);
/** The rule's words before "applied" ("Rule applied:", "Rules applied:"); "Rule out:" is a differential's cue, no label. */
const RULE_WORDS = new Set(['rule', 'rules']);
/** A tumour's label in a multiple-primary worksheet: its number or letter ("Tumor 1 (existing abstract, …)", "Tumor B"). */
const TUMOUR_ORDINAL = /^(?:\d{1,2}|[a-h])$/;

/**
 * The section a registry label's words mean (called by `headerMeaning.ts` for a label that opens a block, after the words a
 * clinician's headers use): undefined when the words are not the registry's.
 */
export function registryLabelMeaning(words: readonly string[]): RegistryMeaning | undefined {
  const has = (set: ReadonlySet<string>): boolean => words.some((word) => set.has(word));
  // "Notes:" heading a worklist's remarks on its rows; "Registrar action (10/30/2026, S. A., CTR):", "Registry coding:".
  if ((words.length === 1 && words[0] === 'notes') || (has(REGISTRY_WORDS) && has(REGISTRY_NOTE_WORDS))) return 'comment';
  // "Rule applied:", "Rules:", "Rationale:", "Decision:": the determination's reasoning and conclusion.
  if ((words.length === 1 && REASONING_WORDS.has(words[0] ?? '')) || (words.length === 2 && RULE_WORDS.has(words[0] ?? '') && words[1] === 'applied')) return 'assessment';
  // "Tumor 1 (existing abstract, Acc 2019-00311):", "Tumor A:": the story of each tumour weighed.
  if (words.length === 2 && (words[0] === 'tumor' || words[0] === 'tumour') && TUMOUR_ORDINAL.test(words[1] ?? '')) return 'history of present illness';
  // "Follow-back:" (a death certificate case's follow-back to the records), "Recurrence review:": the case's story.
  if ((words[0] === 'follow' && words[1] === 'back') || (words[0] === 'recurrence' && (words[1] === 'review' || words[1] === 'update'))) return 'history of present illness';
  // "Cause of death (as on certificate):": the certificate's causes are its diagnoses (ANNOTATION.md's header table).
  if (words.includes('cause') && words.includes('death')) return 'diagnoses';
  // "Request:" heading what the memo asks to be done.
  return words.length === 1 && (words[0] === 'request' || words[0] === 'requests') ? 'plan' : undefined;
}
