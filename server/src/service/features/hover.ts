import type { Hover, Position } from 'vscode-languageserver-types';
import type { CodeSets, CodeSetYear, TabularNote } from '../codes/codeSet';
import { toDotted, toDottedClipped } from '../codes/codeText';
import { AMA_COPYRIGHT_LINE, describeCpt } from '../codes/cpt';
import { isSecondaryNeedingPrimary, roleDescriptions, roleOf } from '../codes/roles';
import type { CptDescriptions, FeatureEnvironment } from '../contracts';
import type { DiagnosisMention, Encounter, ParsedDocument, ProcedureMention } from '../model';
import type { Span, TextSource } from '../spans';
import { spanContains, toRange } from '../spans';
import { fhirDiagnosisContext, fhirMentionAt, fhirValueHover } from '../fhir/fhirHover';
import { isFhirDocument } from '../fhir/fhirModel';
import { documentedHover, documentedMentionAt } from './documentedHover';
import { lateralityList } from './laterality';
import { escapeMarkdown } from './markdown';
import { structureHover } from './structureHover';
import { findEncounterAt } from './encounterAt';
import { neoplasmTableLines } from './neoplasmHover';
import { HI_QUALIFIERS, PROCEDURE_QUALIFIERS } from './x12Dictionary';

/**
 * Hover: explains the code or the X12 structure under the cursor. Codes are found through the parsed
 * model (never by re-reading the text), so what the hover calls a code is exactly what the rules see.
 */

/** How many nearest codes an unknown-code hover suggests. */
const NEAREST_LIMIT = 5;

/** Returns the hover for the position, or null when nothing there has a meaning to explain. */
export function doHover(document: TextSource, parsed: ParsedDocument, position: Position, environment: FeatureEnvironment): Hover | null {
  const offset = document.offsetAt(position);
  const found = findMentionAt(parsed, offset);
  if (found?.diagnosis) return markdownHover(document, found.diagnosis.span, diagnosisHover(found.diagnosis, found.encounter, parsed, environment.codeSets));
  if (found?.procedure) return markdownHover(document, found.procedure.span, procedureHover(found.procedure, parsed, environment.cpt));
  if (isFhirDocument(parsed)) {
    const value = fhirValueHover(parsed, offset);
    if (value) return markdownHover(document, value.span, value.markdown);
  }
  if (parsed.languageId === 'clinical-note') return noteNarrativeHover(document, parsed, offset, environment.codeSets);
  if (parsed.languageId === 'x12-837') {
    const structure = structureHover(parsed, document.text, offset, environment.codeSets);
    if (structure) return markdownHover(document, structure.span, structure.markdown);
  }
  return null;
}

/** The hover on a documented phrase of a note, or null when no phrase the reader documented is there. */
function noteNarrativeHover(document: TextSource, parsed: ParsedDocument, offset: number, codeSets: CodeSets): Hover | null {
  const encounter = findEncounterAt(parsed, offset);
  const mention = encounter === undefined ? undefined : documentedMentionAt(parsed, encounter, offset);
  return encounter === undefined || mention === undefined ? null : markdownHover(document, mention.span, documentedHover(mention, encounter, codeSets));
}

/** The code mention under an offset, with its encounter. */
export interface MentionAt {
  readonly encounter: Encounter;
  readonly diagnosis?: DiagnosisMention;
  readonly procedure?: ProcedureMention;
}

/** Finds the diagnosis or procedure whose span contains the offset, by binary search over encounters. */
export function findMentionAt(parsed: ParsedDocument, offset: number): MentionAt | undefined {
  if (isFhirDocument(parsed)) return fhirMentionAt(parsed, offset);
  const encounter = findEncounterAt(parsed, offset);
  if (encounter === undefined) return undefined;
  const diagnosis = encounter.diagnoses.find((mention) => spanContains(mention.span, offset));
  if (diagnosis) return { encounter, diagnosis };
  const procedure = encounter.procedures.find((mention) => spanContains(mention.span, offset));
  return procedure ? { encounter, procedure } : undefined;
}

function markdownHover(document: TextSource, span: Span, markdown: string): Hover {
  return { contents: { kind: 'markdown', value: markdown }, range: toRange(document, span) };
}


function diagnosisHover(mention: DiagnosisMention, encounter: Encounter, parsed: ParsedDocument, codeSets: CodeSets): string {
  const context = isFhirDocument(parsed) ? [fhirDiagnosisContext(parsed, mention, encounter)]
    : mention.qualifier === undefined ? [] : [x12DiagnosisContext(mention)];
  if (mention.system === 'icd9cm') {
    return [
      `**${escapeMarkdown(mention.code)}** · ICD-9-CM diagnosis code`,
      isFhirDocument(parsed)
        ? 'This coding\'s system is ICD-9-CM, so the code is not checked: the extension checks ICD-10-CM codes only.'
        : 'This claim reports the code with an ICD-9-CM qualifier, so it is read as ICD-9-CM and not checked: the extension checks ICD-10-CM codes only.',
      ...context,
    ].join('\n\n');
  }
  const year = codeSets.yearFor(encounter.serviceDate);
  const where = parsed.languageId === 'x12-837' ? 'claim' : 'encounter';
  // VS Code shows about 250 px of a hover before it scrolls: the title, the release and the claim
  // context come first so they are always visible; path, role, rule and notes follow.
  const [titleLine, ...details] = describeIcdCode(mention.code, year, codeSets, where, encounter.serviceDate, dateName(encounter));
  return [titleLine, ...context, ...details].join('\n\n');
}

/** What the encounter's date is called: an inpatient claim's is its discharge date. */
export function dateName(encounter: Encounter): string {
  return encounter.dateIsDischarge === true ? 'discharge date' : 'date of service';
}

/**
 * The paragraphs that explain one ICD-10-CM code in a year: title, release, status, path, role,
 * rule and notes (the title first, so callers can insert context right after it). `where` names the unit the rules look at (`claim` or `encounter`).
 */
export function describeIcdCode(code: string, year: CodeSetYear, codeSets: CodeSets, where: string, serviceDate?: string, dateKind = 'date of service'): string[] {
  const dotted = toDotted(code);
  const status = codeSets.status(code, year.year);
  const title = codeSets.title(code);
  const yearNote = serviceDate === undefined ? `${year.label}` : `${year.label} (${dateKind} ${serviceDate})`;
  if (status === undefined) {
    const otherYears = codeSets.yearsWith(code);
    if (otherYears.length === 0) return unknownCodeHover(code, year, codeSets, yearNote);
    const labels = otherYears.map((other) => codeSets.years.find((entry) => entry.year === other)?.label ?? `FY${other}`);
    return [
      `**${dotted}** · ${escapeMarkdown(title ?? 'ICD-10-CM code')}`,
      `Code set: ${year.label}`,
      `Not valid in ${yearNote}; it is a code of ${labels.join(', ')}.`,
      ...pathAndRole(code, codeSets, where),
    ];
  }
  const statusLine = status === 'billable' ? 'Billable code' : headerLine(code, year, codeSets);
  return [
    `**${dotted}** · ${escapeMarkdown(title ?? '(no title published for this header)')}`,
    `Code set: ${yearNote}`,
    statusLine,
    ...neoplasmTableLines(code, year, codeSets, escapeMarkdown),
    ...pathAndRole(code, codeSets, where, status === 'header'),
    ...tabularNotes(code, codeSets),
  ];
}

/** The instructional notes a hover shows, in the order a coder applies them, with their printed names. */
const NOTE_KINDS = [
  ['codeFirst', 'Code first'], ['useAdditionalCode', 'Use additional code'], ['codeAlso', 'Code also'],
  ['excludes1', 'Excludes1'], ['excludes2', 'Excludes2'],
] as const;

/** How many notes of one kind the hover lists before saying how many more there are. */
const NOTES_PER_KIND = 4;

/**
 * The code's own instructional notes and those of its parents up to the category. Block and chapter
 * notes are left out: they are long, apply to hundreds of codes and would bury the specific ones.
 */
function tabularNotes(code: string, codeSets: CodeSets): string[] {
  const notes = codeSets.notes(code).filter((note) => {
    const owner = note.owner.replace('.', '');
    return /^[A-Z][0-9][0-9A-Z]/.test(owner) && !owner.includes('-') && code.startsWith(owner);
  });
  const lines: string[] = [];
  for (const [kind, label] of NOTE_KINDS) {
    const ofKind = notes.filter((note) => note.kind === kind);
    if (ofKind.length === 0) continue;
    // A lead-in such as "code to identify:" runs on into the items it introduces.
    const shown = ofKind.slice(0, NOTES_PER_KIND).map((note) => escapeMarkdown(note.text))
      .reduce((joined, text) => (joined === '' ? text : `${joined}${joined.endsWith(':') ? ' ' : '; '}${text}`), '');
    const more = ofKind.length > NOTES_PER_KIND ? `; and ${ofKind.length - NOTES_PER_KIND} more` : '';
    lines.push(`${label} (${noteOrigins(ofKind)}): ${shown}${more}`);
  }
  return lines;
}

/**
 * Where notes are printed and which release printed them, e.g. `at C78, from the FY2027 Tabular List`,
 * or `at Z86 from the FY2027 Tabular List, at Z86.01 from the FY2021 Tabular List` when the code's
 * own notes and its category's come from different releases. A coder needs the release because
 * notes outside the newest tabular file are older text.
 */
function noteOrigins(notes: readonly TabularNote[]): string {
  const ownersByYear = new Map<number, string[]>();
  for (const note of notes) {
    const owners = ownersByYear.get(note.sourceYear) ?? [];
    if (!owners.includes(note.owner)) owners.push(note.owner);
    ownersByYear.set(note.sourceYear, owners);
  }
  const origins = [...ownersByYear].map(([year, owners]) => ({ owners: owners.join(', '), release: `from the FY${year} Tabular List` }));
  const [only, ...others] = origins;
  if (only && others.length === 0) return `at ${only.owners}, ${only.release}`;
  return origins.map((origin) => `at ${origin.owners} ${origin.release}`).join(', ');
}

function headerLine(code: string, year: CodeSetYear, codeSets: CodeSets): string {
  const billable = codeSets.billableWithPrefix(code, year.year, 100_000);
  const examples = billable.slice(0, 3).map(toDotted).join(', ');
  const more = billable.length > 3 ? ', …' : '';
  const noun = billable.length === 1 ? 'billable code' : 'billable codes';
  const sides = lateralityList(code, year, codeSets, escapeMarkdown);
  if (sides !== undefined) return `Header, not billable: ${billable.length} ${noun} below it:\n${sides}`;
  return `Header, not billable: ${billable.length} ${noun} below it (${examples}${more}).`;
}

function pathAndRole(code: string, codeSets: CodeSets, where: string, header = false): string[] {
  const lines: string[] = [];
  const path = codeSets.path(code);
  const parts = [
    path.chapter && `Chapter ${path.chapter.id} ${escapeMarkdown(path.chapter.title)}`,
    path.block && `${path.block.id} ${escapeMarkdown(path.block.title)}`,
    path.category && `${path.category.id} ${escapeMarkdown(path.category.title)}`,
  ].filter((part): part is string => typeof part === 'string');
  if (parts.length > 0) lines.push(parts.join(' › '));
  const role = roleOf(code);
  if (role !== 'other') lines.push(`Role: ${roleDescriptions[role]}`);
  const rule = ruleFor(code, where, header);
  if (rule !== undefined) lines.push(`Rule: ${rule}`);
  return lines;
}

/** The coding rule a coder should keep in mind for this code, with its guideline section. */
function ruleFor(code: string, where: string, header: boolean): string | undefined {
  if (header) return 'a header cannot be reported; choose one of its billable codes — ICD-10-CM Guidelines I.B.2 (code to the highest level of detail).';
  if (isSecondaryNeedingPrimary(code)) return `a secondary code needs its primary, C80.1 or Z85 on the same ${where} — ICD-10-CM Guidelines I.C.2, I.C.2.d, I.C.2.k.`;
  switch (roleOf(code)) {
    case 'secondary': return code.startsWith('C7B1')
      ? 'Merkel cell carcinoma in nodes: the primary is often unknown, so no primary code is required — ICD-10-CM Guidelines I.C.2.'
      : `report the primary neuroendocrine tumour too when it is known — ICD-10-CM Guidelines I.C.2.`;
    case 'primary': return 'report each metastatic site with a secondary code (C77–C79, C7B.0-); list the primary first unless the encounter treats only the metastasis — ICD-10-CM Guidelines I.C.2.a, I.C.2.b.';
    case 'unknown-primary': return 'only when the primary site is not documented; not together with a primary site code (C00–C76) — ICD-10-CM Guidelines I.C.2.k.';
    case 'disseminated': return 'only for advanced metastatic disease with no known primary or secondary sites; not with any site code — ICD-10-CM Guidelines I.C.2.j.';
    case 'history': return 'only when the primary was excised or eradicated and is no longer treated; not with an active malignancy of the same site, and not first-listed (Z08 first for follow-up) — ICD-10-CM Guidelines I.C.2.d, I.C.2.m, I.C.2.p.';
    case 'palliative': return 'usually listed after the condition that needs care; first only when palliative care is the documented reason for the encounter — ICD-10-CM Guidelines I.C.21.c.';
    case 'antineoplastic-treatment': return 'first-listed when the encounter is solely for this treatment, with the malignancy as an additional code — ICD-10-CM Guidelines I.C.2.e.';
    default: return undefined;
  }
}

function unknownCodeHover(code: string, year: CodeSetYear, codeSets: CodeSets, yearNote: string): string[] {
  const nearest = codeSets.nearest(code, year.year, NEAREST_LIMIT);
  const lines = [
    `**${escapeMarkdown(toDottedClipped(code))}** · not an ICD-10-CM code`,
    `No code ${escapeMarkdown(toDottedClipped(code))} exists in ${yearNote} or any other loaded year.`,
  ];
  if (nearest.length > 0) {
    lines.push(`Nearest valid codes:\n${nearest.map((near) => `- ${toDotted(near)} ${escapeMarkdown(codeSets.title(near) ?? '')}`.trimEnd()).join('\n')}`);
  }
  lines.push(`Code set: ${year.label}`);
  return lines;
}

/** `HI01 · ABK = principal diagnosis (ICD-10-CM)`, from the mention's location and qualifier. */
function x12DiagnosisContext(mention: DiagnosisMention): string {
  const element = mention.location?.replace(/-\d+$/, '') ?? 'HI';
  const qualifier = mention.qualifier ?? '';
  const meaning = HI_QUALIFIERS[qualifier]?.meaning ?? 'diagnosis';
  return `X12: \`${element}\` · ${qualifier} = ${meaning}, in the \`HI\` segment (Health Care Information Codes) of this claim`;
}

function procedureHover(mention: ProcedureMention, parsed: ParsedDocument, cpt: CptDescriptions | undefined): string {
  const context = mention.qualifier === undefined || parsed.languageId !== 'x12-837' ? [] : [procedureContext(mention)];
  if (mention.system === 'icd10pcs') {
    return [`**${escapeMarkdown(mention.code)}** · ICD-10-PCS procedure code`, 'ICD-10-PCS procedure codes are shown but not checked.', ...context].join('\n\n');
  }
  if (mention.system === 'other') {
    return [`**${escapeMarkdown(mention.code)}** · procedure code`, 'This procedure code system is not checked.', ...context].join('\n\n');
  }
  const levelTwo = /^[A-Z]/.test(mention.code);
  const label = levelTwo ? `HCPCS ${mention.code}` : `CPT® ${mention.code}`;
  const described = describeCpt(mention.code, cpt);
  if (described === undefined) {
    return [
      `**${escapeMarkdown(label)}** — descriptor not configured`,
      `${levelTwo ? 'HCPCS Level II' : 'CPT®'} descriptions are not bundled; set \`icdClaimCoder.cptDescriptionsPath\` to a CSV (\`code,description\`) from your licensed source to see them here.`,
      ...context,
    ].join('\n\n');
  }
  const source = described.origin === 'user'
    ? `Source: ${escapeMarkdown(described.source)}\n\n_${AMA_COPYRIGHT_LINE}_`
    : 'Plain-language summary written for ICD-10 Claim Coder (not the AMA descriptor).';
  return [`**${escapeMarkdown(label)}** · ${escapeMarkdown(described.description)}`, source, ...context].join('\n\n');
}

function procedureContext(mention: ProcedureMention): string {
  const qualifier = mention.qualifier ?? '';
  const meaning = PROCEDURE_QUALIFIERS[qualifier] ?? HI_QUALIFIERS[qualifier]?.meaning ?? 'procedure code qualifier';
  return `X12: ${qualifier} = ${meaning}`;
}


export { escapeMarkdown, findEncounterAt };
