import type { CompletionItem, CompletionList, Position, Range } from 'vscode-languageserver-types';
import { CompletionItemKind, MarkupKind } from 'vscode-languageserver-types';
import type { CodeSets } from '../codes/codeSet';
import { toDotted } from '../codes/codeText';
import { AMA_COPYRIGHT_LINE, BUNDLED_CPT_CODES, describeCpt, isCptCatalog } from '../codes/cpt';
import type { CptDescriptions, FeatureEnvironment } from '../contracts';
import type { Encounter, ParsedDocument } from '../model';
import type { DocumentedMention } from '../narrative/model';
import { narrativeIfReadable } from '../notes/encounterNarrative';
import { mentionCodes } from '../rules/narrativeMatch';
import type { TextReader } from '../document/textReader';
import { wholeText } from '../document/textReader';
import type { TextSource } from '../spans';
import { spanOf, toRange } from '../spans';
import { fhirCodePlace, fhirEncounterAt } from '../fhir/fhirCompletion';
import { isFhirDocument } from '../fhir/fhirModel';
import type { FhirDocument } from '../fhir/fhirModel';
import type { X12Delimiters, X12Document } from '../x12/x12Model';
import { escapeMarkdown } from './markdown';
import { findEncounterAt } from './encounterAt';
import { HI_QUALIFIERS, PROCEDURE_QUALIFIERS } from './x12Dictionary';

/**
 * Completion: ICD-10-CM codes in notes (dotted) and after ICD-10 qualifiers in X12 `HI` (dotless),
 * HI qualifiers, and CPT codes after `HC` in `SV1`/`SV2`. Candidate codes come from the code set's
 * sorted prefix ranges, so a request costs a few binary searches, never a scan of ~98k codes.
 * Items carry the code and a short title only; {@link resolveCompletion} adds the full explanation.
 */

/** The most items one response carries; the list is marked incomplete when more codes match. */
export const COMPLETION_LIMIT = 100;

/** How long a long title shown in the list may be before it is cut, as wide as an official short title (the full title comes on resolve). */
const SHORT_TITLE_LENGTH = 60;

/**
 * Oncology roots offered before everything else: C00–C75, C76–C80 with C7A and C7B (C4A sorts inside
 * C4), and Z85, so neoplasm coding is never crowded out by the limit. The C7 categories are separate
 * roots so that the secondary sites (C77–C79) get their own share of a short-prefix page.
 */
const ONCOLOGY_ROOTS = [
  'C0', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C70', 'C71', 'C72', 'C73', 'C74', 'C75',
  'C76', 'C77', 'C78', 'C79', 'C7A', 'C7B', 'C80', 'Z85',
];

/** How many of the page's items the oncology roots share before any of them takes more. */
const ONCOLOGY_SHARE = 80;

/** Sort tiers: the codes of the phrase just documented, then the oncology roots, then the rest. */
const DOCUMENTED_TIER = '0';
const ONCOLOGY_TIER = '1';
const OTHER_TIER = '2';

/** The data a completion item carries to {@link resolveCompletion}. */
export type CompletionData =
  | { readonly kind: 'icd'; readonly code: string; readonly year: number; readonly where: string }
  | { readonly kind: 'cpt'; readonly code: string }
  | { readonly kind: 'qualifier'; readonly meaning: string };

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** Completes at the position; an empty list when the position is not a code or qualifier place. */
export function doComplete(document: TextSource, parsed: ParsedDocument, position: Position, environment: FeatureEnvironment): CompletionList {
  const offset = document.offsetAt(position);
  // A FHIR document is read whole: finding the JSON string around the cursor needs its structure.
  if (isFhirDocument(parsed)) return completeFhir(document, parsed, wholeText(document.text), offset, environment);
  return parsed.languageId === 'x12-837'
    ? completeX12(document, parsed, document.text, offset, environment)
    : completeNote(document, parsed, document.text, offset, environment);
}

function completeNote(document: TextSource, parsed: ParsedDocument, text: TextReader, offset: number, environment: FeatureEnvironment): CompletionList {
  let start = offset;
  while (start > 0 && start > offset - 8 && /[A-Za-z0-9.]/.test(text.slice(start - 1, start))) start--;
  const typed = text.slice(start, offset);
  // A code starts with a letter and a digit; anything else is a word of the note and gets no codes.
  // A lone capital letter counts only in a list position (after `(`, `,`, `;`, `:` or `/`), where
  // a code is expected, so that typing an ordinary capitalised word does not pop up codes.
  const isCodePrefix = /^[A-Za-z]\d(?:[A-Za-z0-9]{0,5}|[A-Za-z0-9]\.[A-Za-z0-9]{0,4})$/.test(typed)
    || (/^[A-Z]$/.test(typed) && /[(,;:/]\s*$/.test(text.slice(Math.max(0, start - 16), start)));
  if (!isCodePrefix) return EMPTY;
  const dotted = typed.includes('.') || typed.length <= 3;
  const range = toRange(document, spanOf(start, offset));
  const encounter = encounterAt(parsed, offset);
  const year = environment.codeSets.yearFor(encounter?.serviceDate);
  const prefix = typed.replace('.', '').toUpperCase();
  const documented = encounter === undefined ? [] : documentedCodesBefore(parsed, encounter, text, start, prefix);
  return icdCompletions(prefix, year.year, dotted, range, 'encounter', environment.codeSets, documented);
}

/**
 * The codes of the phrase the reader documented right before a code being typed ("hepatic metastases
 * (C7" → C78.7), that start with what was typed: completion offers them first. Only spaces and list
 * punctuation may stand between the phrase and the code.
 */
function documentedCodesBefore(parsed: ParsedDocument, encounter: Encounter, text: TextReader, start: number, prefix: string): readonly string[] {
  const mentions = narrativeIfReadable(parsed, encounter)?.reading.mentions ?? [];
  let before: DocumentedMention | undefined;
  for (const mention of mentions) if (mention.span.offset + mention.span.length <= start) before = mention;
  const gap = before === undefined ? 0 : start - (before.span.offset + before.span.length);
  if (before === undefined || gap > 4 || !/^[\s(,:;–-]{0,4}$/.test(text.slice(start - gap, start))) return [];
  return mentionCodes(before).filter((code) => code.startsWith(prefix));
}

/** Dotted, titled ICD-10-CM codes inside the `code` string of a coding with the ICD-10-CM system. */
function completeFhir(document: TextSource, parsed: FhirDocument, text: string, offset: number, environment: FeatureEnvironment): CompletionList {
  const place = fhirCodePlace(text, offset);
  if (place === undefined) return EMPTY;
  const range = toRange(document, spanOf(place.start, offset));
  const year = environment.codeSets.yearFor(fhirEncounterAt(parsed, offset)?.serviceDate);
  return icdCompletions(place.typed.replace('.', '').toUpperCase(), year.year, true, range, 'claim', environment.codeSets);
}

/** Offers billable codes that start with `prefix`: the oncology roots first, then the rest in code order. */
function icdCompletions(
  prefix: string, year: number, dotted: boolean, range: Range, where: string, codeSets: CodeSets, documented: readonly string[] = [],
): CompletionList {
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  let truncated = false;
  const add = (codes: readonly string[], tier: string): void => {
    for (const code of codes) {
      if (seen.has(code)) continue;
      if (items.length >= COMPLETION_LIMIT) { truncated = true; return; }
      seen.add(code);
      items.push(icdItem(code, year, dotted, range, tier, where, codeSets));
    }
  };
  const oncologyPrefixes = new Set<string>();
  for (const root of ONCOLOGY_ROOTS) {
    if (root.startsWith(prefix)) oncologyPrefixes.add(root);
    else if (prefix.startsWith(root)) oncologyPrefixes.add(prefix);
  }
  // Each oncology root gets an equal share of the page first, so a short prefix (`C`, or none after
  // `ABF:`) still shows the secondary sites, C80 and Z85 and not only the first hundred C0 codes.
  add(documented.filter((code) => codeSets.status(code, year) === 'billable'), DOCUMENTED_TIER);
  const share = Math.max(1, Math.floor(ONCOLOGY_SHARE / Math.max(1, oncologyPrefixes.size)));
  const oncologyLists = [...oncologyPrefixes].map((oncology) => codeSets.billableWithPrefix(oncology, year, COMPLETION_LIMIT + 1));
  for (const list of oncologyLists) add(list.slice(0, share), ONCOLOGY_TIER);
  for (const list of oncologyLists) add(list.slice(share), ONCOLOGY_TIER);
  // The rest: ask for enough codes that, after skipping the oncology ones already offered, the page is full.
  const rest = codeSets.billableWithPrefix(prefix, year, COMPLETION_LIMIT + seen.size + 1);
  add(rest, OTHER_TIER);
  if (!truncated && rest.length > COMPLETION_LIMIT + seen.size) truncated = true;
  return { isIncomplete: truncated, items };
}

function icdItem(code: string, year: number, dotted: boolean, range: Range, tier: string, where: string, codeSets: CodeSets): CompletionItem {
  const written = dotted ? toDotted(code) : code;
  const title = codeSets.title(code) ?? '';
  const data: CompletionData = { kind: 'icd', code, year, where };
  return {
    label: written,
    // The official short title keeps what tells siblings apart (`…, 7thB`, `init`, `subs`), which a cut long title loses.
    labelDetails: { description: codeSets.shortTitle?.(code) ?? (title.length > SHORT_TITLE_LENGTH ? `${title.slice(0, SHORT_TITLE_LENGTH - 1)}…` : title) },
    // Many clients (Neovim's menu, eglot's annotation, Helix, Sublime) show `detail` and not `labelDetails`.
    detail: title,
    kind: CompletionItemKind.Value,
    sortText: `${tier}${code}`,
    filterText: written,
    textEdit: { range, newText: written },
    data,
  };
}

/**
 * The encounter at the offset (its date picks the code-set year). In a note the cursor may sit after the
 * encounter's trimmed end, so the last encounter that starts at or before the offset is taken.
 */
function encounterAt(parsed: ParsedDocument, offset: number): Encounter | undefined {
  if (parsed.languageId === 'x12-837') return findEncounterAt(parsed, offset);
  const encounters = parsed.encounters;
  let low = 0;
  let high = encounters.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((encounters[middle] as Encounter).span.offset <= offset) low = middle + 1;
    else high = middle;
  }
  return encounters[low - 1];
}

/** How far back completion looks for the start of the segment being typed. */
const SEGMENT_LOOKBACK = 4096;

function completeX12(document: TextSource, parsed: X12Document, text: TextReader, offset: number, environment: FeatureEnvironment): CompletionList {
  const delimiters = delimitersAt(parsed, text, offset);
  if (delimiters === undefined) return EMPTY;
  // Only a bounded window is searched, so a 20 MB file without terminators costs no full scan.
  const lookback = Math.max(0, offset - SEGMENT_LOOKBACK);
  const terminator = text.slice(lookback, offset).lastIndexOf(delimiters.segment);
  if (terminator < 0 && lookback > 0) return EMPTY;
  const segmentStart = lookback + terminator + 1;
  const elements = text.slice(segmentStart, offset).split(delimiters.element);
  const segmentId = (elements[0] ?? '').trim();
  if (elements.length < 2) return EMPTY;
  const current = elements[elements.length - 1] as string;
  const components = current.split(delimiters.component);
  const typed = components[components.length - 1] as string;
  const range = toRange(document, spanOf(offset - typed.length, offset));
  const elementPosition = elements.length - 1;
  if (segmentId === 'HI') {
    if (components.length === 1) return qualifierCompletions(typed, elementPosition === 1 ? 'ABK' : 'ABF', delimiters.component, range);
    const qualifier = (components[0] ?? '').toUpperCase();
    if (components.length !== 2 || HI_QUALIFIERS[qualifier]?.system !== 'icd10cm') return EMPTY;
    const year = environment.codeSets.yearFor(encounterAt(parsed, offset)?.serviceDate);
    return icdCompletions(typed.toUpperCase(), year.year, false, range, 'claim', environment.codeSets);
  }
  const procedureElement = (segmentId === 'SV1' && elementPosition === 1) || (segmentId === 'SV2' && elementPosition === 2);
  if (!procedureElement) return EMPTY;
  if (components.length === 1) return procedureQualifierCompletions(typed, delimiters.component, range);
  if (components.length === 2 && (components[0] ?? '').toUpperCase() === 'HC') return cptCompletions(typed.toUpperCase(), range, environment.cpt);
  return EMPTY;
}

/** The delimiters of the interchange around the offset, or read from a leading ISA when parsing found none. */
function delimitersAt(parsed: X12Document, text: TextReader, offset: number): X12Delimiters | undefined {
  let found: X12Delimiters | undefined;
  for (const interchange of parsed.interchanges ?? []) {
    if (interchange.span.offset > offset) break;
    found = interchange.delimiters;
  }
  if (found !== undefined) return found;
  if (text.length > 105 && text.slice(0, 3) === 'ISA') return { element: text.slice(3, 4), component: text.slice(104, 105), segment: text.slice(105, 106) };
  return undefined;
}

function qualifierCompletions(typed: string, preferred: string, component: string, range: Range): CompletionList {
  const upper = typed.toUpperCase();
  const items = Object.entries(HI_QUALIFIERS)
    .filter(([qualifier]) => qualifier.startsWith(upper))
    .map(([qualifier, info], index): CompletionItem => ({
      label: qualifier,
      labelDetails: { description: info.meaning },
      detail: info.meaning,
      kind: CompletionItemKind.EnumMember,
      // The preferred qualifier for this position first, then ICD-10-CM diagnosis qualifiers, then the rest.
      sortText: `${qualifier === preferred ? '0' : info.system === 'icd10cm' ? '1' : '2'}${String(index).padStart(2, '0')}`,
      textEdit: { range, newText: `${qualifier}${component}` },
      command: { title: 'Suggest codes', command: 'editor.action.triggerSuggest' },
      data: { kind: 'qualifier', meaning: info.meaning } satisfies CompletionData,
    }));
  return { isIncomplete: false, items };
}

function procedureQualifierCompletions(typed: string, component: string, range: Range): CompletionList {
  const upper = typed.toUpperCase();
  const items = Object.entries(PROCEDURE_QUALIFIERS)
    .filter(([qualifier]) => qualifier.startsWith(upper))
    .map(([qualifier, meaning], index): CompletionItem => ({
      label: qualifier,
      labelDetails: { description: meaning },
      detail: meaning,
      kind: CompletionItemKind.EnumMember,
      sortText: String(index).padStart(2, '0'),
      textEdit: { range, newText: `${qualifier}${component}` },
      command: { title: 'Suggest codes', command: 'editor.action.triggerSuggest' },
      data: { kind: 'qualifier', meaning } satisfies CompletionData,
    }));
  return { isIncomplete: false, items };
}

/** CPT codes after `HC`: the bundled seed codes and the user's CSV codes, by binary search on each sorted list. */
function cptCompletions(typed: string, range: Range, cpt: CptDescriptions | undefined): CompletionList {
  const userCodes = cpt !== undefined && isCptCatalog(cpt) ? cpt.codes() : [];
  const matches = new Set<string>([...codesStartingWith(BUNDLED_CPT_CODES, typed), ...codesStartingWith(userCodes, typed)]);
  const sorted = [...matches].sort();
  const items = sorted.slice(0, COMPLETION_LIMIT).map((code): CompletionItem => cptItem(code, range, cpt));
  return { isIncomplete: sorted.length > COMPLETION_LIMIT, items };
}

function cptItem(code: string, range: Range, cpt: CptDescriptions | undefined): CompletionItem {
  const description = describeCpt(code, cpt)?.description ?? '';
  return {
    label: code,
    labelDetails: { description: description.slice(0, SHORT_TITLE_LENGTH) },
    ...(description === '' ? {} : { detail: description }),
    kind: CompletionItemKind.Value,
    sortText: code,
    textEdit: { range, newText: code },
    data: { kind: 'cpt', code } satisfies CompletionData,
  };
}

/** The codes of a sorted list that start with `prefix`, at most one page more than the limit. */
function codesStartingWith(sorted: readonly string[], prefix: string): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < sorted.length && found.length <= COMPLETION_LIMIT; i++) {
    const code = sorted[i] as string;
    if (!code.startsWith(prefix)) break;
    found.push(code);
  }
  return found;
}

/** Fills in the full title and the hover-like documentation of an item made by {@link doComplete}. */
export function resolveCompletion(item: CompletionItem, environment: FeatureEnvironment): CompletionItem {
  const data = item.data as CompletionData | undefined;
  if (data?.kind === 'icd') {
    const { codeSets } = environment;
    const year = codeSets.years.find((entry) => entry.year === data.year) ?? codeSets.newest;
    return {
      ...item,
      detail: codeSets.title(data.code) ?? toDotted(data.code),
      documentation: { kind: MarkupKind.Markdown, value: environment.descriptions.describe(data.code, year, data.where).join('\n\n') },
    };
  }
  if (data?.kind === 'cpt') {
    const described = describeCpt(data.code, environment.cpt);
    if (described === undefined) return { ...item, detail: `CPT® ${data.code} — descriptor not configured` };
    const source = described.origin === 'user'
      ? `Source: ${escapeMarkdown(described.source)}\n\n_${AMA_COPYRIGHT_LINE}_`
      : 'Plain-language summary written for ICD-10 Claim Coder (not the AMA descriptor).';
    return { ...item, detail: described.description, documentation: { kind: MarkupKind.Markdown, value: source } };
  }
  return item;
}
