import type { DocumentSymbol } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import type { CodeSets } from '../codes/codeSet';
import { toDotted } from '../codes/codeText';
import { describeCpt } from '../codes/cpt';
import type { CptDescriptions } from '../languageService';
import type { DiagnosisMention, Encounter, ParsedDocument, ProcedureMention } from '../model';
import type { Span, TextSource } from '../spans';
import { toRange } from '../spans';
import type { X12Document } from '../x12/x12Model';

/**
 * The outline: one symbol per claim (X12 2300 loop) or note encounter, with its diagnoses in
 * reporting order (the first marked first-listed, or principal on a claim) and its service lines.
 */

/** What the outline needs besides the document. */
export interface SymbolEnvironment {
  readonly codeSets: CodeSets;
  readonly cpt: CptDescriptions | undefined;
}

/**
 * The most encounters the outline lists. A batch of 50,000 claims would otherwise become tens of
 * megabytes of symbols that VS Code re-requests after every edit, freezing the outline and delaying
 * diagnostics; nobody navigates such a batch through the outline. The rest is summarised in one entry.
 */
export const MAX_OUTLINE_ENCOUNTERS = 1000;

/** How the outline names where an encounter comes from. */
const SOURCE_DETAIL: Readonly<Record<Encounter['source'], string | undefined>> = { note: undefined, 'x12-837i': '837I', 'x12-837p': '837P', fhir: 'FHIR' };

/** Builds the document symbols of a parsed document, at most {@link MAX_OUTLINE_ENCOUNTERS} encounters. */
export function findDocumentSymbols(document: TextSource, parsed: ParsedDocument, environment: SymbolEnvironment): DocumentSymbol[] {
  const x12 = parsed.languageId === 'x12-837' ? parsed as X12Document : undefined;
  // In an 837 build only the claims that are listed: building every claim of a large batch is the cost.
  const total = x12 ? x12.claimCount : parsed.encounters.length;
  const listed = Math.min(total, MAX_OUTLINE_ENCOUNTERS);
  const symbols: DocumentSymbol[] = [];
  for (let index = 0; index < listed; index++) {
    const encounter = x12 ? x12.buildEncounter(index).encounter : parsed.encounters[index];
    if (encounter !== undefined) symbols.push(encounterSymbol(document, encounter, x12, environment));
  }
  if (total > listed) symbols.push(omittedSymbol(document, total - listed, x12 !== undefined));
  return symbols;
}

/** One entry that says how many encounters the outline leaves out, placed at the end of the document. */
function omittedSymbol(document: TextSource, omitted: number, isClaims: boolean): DocumentSymbol {
  const end = toRange(document, { offset: document.getText().length, length: 0 });
  const noun = isClaims ? (omitted === 1 ? 'claim' : 'claims') : (omitted === 1 ? 'encounter' : 'encounters');
  return {
    name: `… ${omitted} more ${noun}`,
    detail: `the outline lists the first ${MAX_OUTLINE_ENCOUNTERS}`,
    kind: SymbolKind.Null,
    range: end,
    selectionRange: end,
  };
}

function encounterSymbol(document: TextSource, encounter: Encounter, x12: X12Document | undefined, environment: SymbolEnvironment): DocumentSymbol {
  const range = toRange(document, encounter.span);
  const details = [
    SOURCE_DETAIL[encounter.source],
    encounter.serviceDate === undefined ? undefined : `date of service ${encounter.serviceDate}`,
    `${encounter.diagnoses.length} ${encounter.diagnoses.length === 1 ? 'diagnosis' : 'diagnoses'}`,
  ].filter((part): part is string => part !== undefined);
  const children = [
    ...encounter.diagnoses.map((mention, index) => diagnosisSymbol(document, mention, index, encounter, environment.codeSets)),
    ...encounter.procedures.map((mention) => procedureSymbol(document, mention, encounter, x12, environment.cpt)),
  ];
  return {
    name: encounter.label,
    detail: details.join(' · '),
    kind: x12 ? SymbolKind.Object : SymbolKind.Namespace,
    range,
    selectionRange: toRange(document, { offset: encounter.span.offset, length: 0 }),
    children,
  };
}

function diagnosisSymbol(document: TextSource, mention: DiagnosisMention, index: number, encounter: Encounter, codeSets: CodeSets): DocumentSymbol {
  const range = toRange(document, mention.span);
  if (mention.system === 'icd9cm') {
    return { name: `${mention.code} (ICD-9-CM)`, detail: 'not checked', kind: SymbolKind.Constant, range, selectionRange: range };
  }
  const title = codeSets.title(mention.code) ?? 'not an ICD-10-CM code';
  const position = index === 0 ? (encounter.source === 'note' ? 'first-listed' : 'principal') : undefined;
  const qualifier = mention.qualifier === undefined ? undefined : mention.qualifier;
  return {
    name: `${toDotted(mention.code)} ${title}`,
    detail: [position, qualifier].filter((part): part is string => part !== undefined).join(' · '),
    kind: SymbolKind.Constant,
    range,
    selectionRange: range,
  };
}

function procedureSymbol(document: TextSource, mention: ProcedureMention, encounter: Encounter, x12: X12Document | undefined, cpt: CptDescriptions | undefined): DocumentSymbol {
  const selectionRange = toRange(document, mention.span);
  const line = x12?.segmentAt(mention.span.offset);
  // The whole SV1/SV2 segment is the service line; it must stay inside the claim's range for the outline.
  const lineSpan: Span = line !== undefined && line.span.offset >= encounter.span.offset
    && line.span.offset + line.span.length <= encounter.span.offset + encounter.span.length ? line.span : mention.span;
  const label = mention.system === 'icd10pcs' ? `ICD-10-PCS ${mention.code}` : /^[A-Z]/.test(mention.code) ? `HCPCS ${mention.code}` : `CPT ${mention.code}`;
  const description = mention.system === 'cpt-hcpcs' ? describeCpt(mention.code, cpt)?.description : undefined;
  return {
    name: line !== undefined ? `${line.id} ${label}` : label,
    detail: description ?? '',
    kind: SymbolKind.Event,
    range: toRange(document, lineSpan),
    selectionRange,
  };
}
