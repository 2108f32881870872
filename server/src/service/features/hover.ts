import type { Hover, Position } from 'vscode-languageserver-types';
import type { CodeSets } from '../codes/codeSet';
import { AMA_COPYRIGHT_LINE, describeCpt } from '../codes/cpt';
import type { CptDescriptions, FeatureEnvironment } from '../contracts';
import type { DiagnosisMention, Encounter, ParsedDocument, ProcedureMention } from '../model';
import { dateName } from '../modelBase';
import type { Span, TextSource } from '../spans';
import { spanContains, toRange } from '../spans';
import { fhirDiagnosisContext, fhirMentionAt, fhirValueHover } from '../fhir/fhirHover';
import { isFhirDocument } from '../fhir/fhirModel';
import { documentedHover, documentedMentionAt } from './documentedHover';
import { escapeMarkdown } from './markdown';
import { structureHover } from './structureHover';
import { findEncounterAt } from './encounterAt';
import { HI_QUALIFIERS, PROCEDURE_QUALIFIERS } from './x12Dictionary';

/**
 * Hover: explains the code or the X12 structure under the cursor. Codes are found through the parsed
 * model (never by re-reading the text), so what the hover calls a code is exactly what the rules see.
 */

/** Returns the hover for the position, or null when nothing there has a meaning to explain. */
export function doHover(document: TextSource, parsed: ParsedDocument, position: Position, environment: FeatureEnvironment): Hover | null {
  const offset = document.offsetAt(position);
  const found = findMentionAt(parsed, offset);
  if (found?.diagnosis) return markdownHover(document, found.diagnosis.span, diagnosisHover(found.diagnosis, found.encounter, parsed, environment));
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


function diagnosisHover(mention: DiagnosisMention, encounter: Encounter, parsed: ParsedDocument, environment: FeatureEnvironment): string {
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
  const year = environment.codeSets.yearFor(encounter.serviceDate);
  const where = parsed.languageId === 'x12-837' ? 'claim' : 'encounter';
  // VS Code shows about 250 px of a hover before it scrolls: the title, the release and the claim
  // context come first so they are always visible; path, role, rule and notes follow.
  const [titleLine, ...details] = environment.descriptions.describe(mention.code, year, where, encounter.serviceDate, dateName(encounter));
  return [titleLine, ...context, ...details].join('\n\n');
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
