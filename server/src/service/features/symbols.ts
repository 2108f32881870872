import type { DocumentSymbol } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import type { CodeSets } from '../codes/codeSet';
import { toDotted } from '../codes/codeText';
import { describeCpt } from '../codes/cpt';
import type { CptDescriptions, FeatureEnvironment } from '../contracts';
import type { DiagnosisMention, Encounter, ParsedDocument, ProcedureMention } from '../model';
import { dateName } from '../modelBase';
import type { Span, TextSource } from '../spans';
import { toRange } from '../spans';
import type { LoopNode } from '../x12/loopWalk';
import { loopForest, SegmentReader } from '../x12/loopWalk';
import { GUIDES, loopTitle } from '../x12/loops';
import type { X12Document } from '../x12/x12Model';
import type { DocumentedMention } from '../narrative/model';
import { narrativeIfReadable } from '../notes/encounterNarrative';
import type { EncounterNarrative } from '../notes/encounterNarrative';
import { firstListed, inReportingOrder } from '../notes/reportingOrder';
import { describeAssertion } from '../rules/narrativeMatch';

/**
 * The outline: one symbol per claim (X12 2300 loop) or note encounter, with its diagnoses in
 * reporting order (the first marked first-listed, or principal on a claim), its service lines, and in
 * a note the conditions its narrative documents, each with its assertion and section.
 */

/**
 * The most encounters the outline lists. A batch of 50,000 claims would otherwise become tens of
 * megabytes of symbols that VS Code re-requests after every edit, freezing the outline and delaying
 * diagnostics; nobody navigates such a batch through the outline. The rest is summarised in one entry.
 */
export const MAX_OUTLINE_ENCOUNTERS = 1000;

/** How the outline names where an encounter comes from. */
const SOURCE_DETAIL: Readonly<Record<Encounter['source'], string | undefined>> = { note: undefined, 'x12-837i': '837I', 'x12-837p': '837P', fhir: 'FHIR' };

/** Builds the document symbols of a parsed document, at most {@link MAX_OUTLINE_ENCOUNTERS} encounters. */
export function findDocumentSymbols(document: TextSource, parsed: ParsedDocument, environment: FeatureEnvironment): DocumentSymbol[] {
  if (parsed.languageId === 'x12-837') return x12Symbols(document, parsed, environment);
  const total = parsed.encounters.length;
  const listed = Math.min(total, MAX_OUTLINE_ENCOUNTERS);
  const symbols: DocumentSymbol[] = [];
  for (let index = 0; index < listed; index++) {
    const encounter = parsed.encounters[index];
    if (encounter !== undefined) symbols.push(encounterSymbol(document, encounter, undefined, environment, [], narrativeIfReadable(parsed, encounter)));
  }
  if (total > listed) symbols.push(omittedSymbol(document, total - listed, false));
  return symbols;
}

/**
 * An 837's outline is its implementation-guide loops (1000A, 2000A › 2010AA, 2000B › 2300 › 2400, …);
 * a claim keeps its diagnoses and service lines. Only the claims that are listed are built: building
 * every claim of a large batch is the cost.
 */
function x12Symbols(document: TextSource, x12: X12Document, environment: FeatureEnvironment): DocumentSymbol[] {
  const reader = new SegmentReader(x12, document.text);
  const built = new Map<number, Encounter>();
  const encounterOf = (claimIndex: number): Encounter => {
    let encounter = built.get(claimIndex);
    if (encounter === undefined) {
      encounter = x12.buildEncounter(claimIndex).encounter;
      built.set(claimIndex, encounter);
    }
    return encounter;
  };
  const forest = loopForest(reader, x12, MAX_OUTLINE_ENCOUNTERS, (claimIndex) => GUIDES[encounterOf(claimIndex).source === 'x12-837i' ? '837I' : '837P']);
  const context: LoopContext = { document, x12, reader, environment, encounterOf };
  const symbols = forest.roots.map((node) => loopSymbol(node, context));
  if (x12.claimCount > forest.claims) symbols.push(omittedSymbol(document, x12.claimCount - forest.claims, true));
  return symbols;
}

interface LoopContext {
  readonly document: TextSource;
  readonly x12: X12Document;
  readonly reader: SegmentReader;
  readonly environment: FeatureEnvironment;
  readonly encounterOf: (claimIndex: number) => Encounter;
}

/** The span from the first character of one segment to the last character of another. */
function segmentsSpan(reader: SegmentReader, first: number, last: number): Span {
  const start = reader.boundsOf(first).start;
  return { offset: start, length: reader.boundsOf(Math.max(first, last)).end - start };
}

function loopSymbol(node: LoopNode, context: LoopContext): DocumentSymbol {
  const { document, x12 } = context;
  if (node.claimIndex >= 0) {
    const encounter = context.encounterOf(node.claimIndex);
    return encounterSymbol(document, encounter, x12, context.environment, node.children);
  }
  const range = toRange(document, segmentsSpan(context.reader, node.firstSegment, node.lastSegment));
  const definition = node.guide.loops.get(node.loop);
  const first = context.reader.boundsOf(node.firstSegment).start;
  return {
    name: loopTitle(node.guide, node.loop),
    detail: definition === undefined ? '' : node.guide.kind,
    kind: node.loop.startsWith('20') && node.loop.length === 5 ? SymbolKind.Namespace : SymbolKind.Struct,
    range,
    selectionRange: toRange(document, { offset: first, length: context.reader.idOf(node.firstSegment).length }),
    children: node.children.map((child) => loopSymbol(child, context)),
  };
}

/** One entry that says how many encounters the outline leaves out, placed at the end of the document. */
function omittedSymbol(document: TextSource, omitted: number, isClaims: boolean): DocumentSymbol {
  const end = toRange(document, { offset: document.text.length, length: 0 });
  const noun = isClaims ? (omitted === 1 ? 'claim' : 'claims') : (omitted === 1 ? 'encounter' : 'encounters');
  return {
    name: `… ${omitted} more ${noun}`,
    detail: `the outline lists the first ${MAX_OUTLINE_ENCOUNTERS}`,
    kind: SymbolKind.Null,
    range: end,
    selectionRange: end,
  };
}

function encounterSymbol(
  document: TextSource, encounter: Encounter, x12: X12Document | undefined, environment: FeatureEnvironment, loops: readonly LoopNode[],
  narrative?: EncounterNarrative,
): DocumentSymbol {
  const range = toRange(document, encounter.span);
  const details = [
    x12 === undefined ? undefined : '2300 Claim Information',
    SOURCE_DETAIL[encounter.source],
    encounter.serviceDate === undefined ? undefined : `${dateName(encounter)} ${encounter.serviceDate}`,
    `${encounter.diagnoses.length} ${encounter.diagnoses.length === 1 ? 'diagnosis' : 'diagnoses'}`,
  ].filter((part): part is string => part !== undefined);
  // In a note with sections the first-listed code is the first of its diagnosis list, not of its text.
  const first = narrative === undefined ? encounter.diagnoses[0] : firstListed(inReportingOrder(encounter, narrative.reading.sections));
  const diagnoses = encounter.diagnoses.map((mention) => diagnosisSymbol(document, mention, mention === first, encounter, environment.codeSets));
  const documented = (narrative?.reading.mentions ?? []).map((mention) => documentedSymbol(document, mention));
  const children = x12 === undefined || loops.length === 0
    ? [...diagnoses, ...encounter.procedures.map((mention) => procedureSymbol(document, mention, encounter, x12, environment.cpt)), ...documented]
    : [...diagnoses, ...claimLoopSymbols(document, encounter, x12, environment, loops)];
  return {
    name: encounter.label,
    detail: details.join(' · '),
    kind: x12 ? SymbolKind.Object : SymbolKind.Namespace,
    range,
    selectionRange: toRange(document, { offset: encounter.span.offset, length: 0 }),
    children,
  };
}

function diagnosisSymbol(document: TextSource, mention: DiagnosisMention, isFirst: boolean, encounter: Encounter, codeSets: CodeSets): DocumentSymbol {
  const range = toRange(document, mention.span);
  if (mention.system === 'icd9cm') {
    return { name: `${mention.code} (ICD-9-CM)`, detail: 'not checked', kind: SymbolKind.Constant, range, selectionRange: range };
  }
  const title = codeSets.title(mention.code) ?? 'not an ICD-10-CM code';
  const position = isFirst ? (encounter.source === 'note' ? 'first-listed' : 'principal') : undefined;
  const qualifier = mention.qualifier === undefined ? undefined : mention.qualifier;
  return {
    name: `${toDotted(mention.code)} ${title}`,
    detail: [position, qualifier].filter((part): part is string => part !== undefined).join(' · '),
    kind: SymbolKind.Constant,
    range,
    selectionRange: range,
  };
}

/** A documented condition: "hepatic metastases → C78.7", with its assertion and section. */
function documentedSymbol(document: TextSource, mention: DocumentedMention): DocumentSymbol {
  const range = toRange(document, mention.span);
  const codes = mention.code !== null ? toDotted(mention.code) : mention.candidates.length > 0 ? mention.candidates.map(toDotted).join(' | ') : 'no single code';
  return {
    name: `${mention.text} → ${codes}`,
    detail: ['documented', describeAssertion(mention), mention.section?.name].filter((part): part is string => part !== undefined).join(' · '),
    kind: SymbolKind.String,
    range,
    selectionRange: range,
  };
}

/**
 * The loops inside a claim (2310x, 2320 › 2330x, 2400 › 2410/2420x/2430) in file order. A 2400 loop with a
 * procedure is shown as that procedure, spanning the whole service line; procedures outside any 2400
 * loop (an SV1 without LX) keep their own entry.
 */
function claimLoopSymbols(document: TextSource, encounter: Encounter, x12: X12Document, environment: FeatureEnvironment, loops: readonly LoopNode[]): DocumentSymbol[] {
  const reader = new SegmentReader(x12, document.text);
  const context: LoopContext = { document, x12, reader, environment, encounterOf: () => encounter };
  const placed = new Set<ProcedureMention>();
  const symbols = loops.map((node) => {
    const span = segmentsSpan(reader, node.firstSegment, node.lastSegment);
    const procedure = node.loop === '2400' ? encounter.procedures.find((mention) => spanContainsSpan(span, mention.span)) : undefined;
    if (procedure === undefined) return loopSymbol(node, context);
    placed.add(procedure);
    const symbol = procedureSymbol(document, procedure, encounter, x12, environment.cpt, span);
    return { ...symbol, detail: ['2400', symbol.detail].filter((part) => part !== '').join(' · '), children: node.children.map((child) => loopSymbol(child, context)) };
  });
  const unplaced = encounter.procedures.filter((mention) => !placed.has(mention)).map((mention) => procedureSymbol(document, mention, encounter, x12, environment.cpt));
  return [...symbols, ...unplaced];
}

function spanContainsSpan(outer: Span, inner: Span): boolean {
  return inner.offset >= outer.offset && inner.offset + inner.length <= outer.offset + outer.length;
}

function procedureSymbol(
  document: TextSource, mention: ProcedureMention, encounter: Encounter, x12: X12Document | undefined, cpt: CptDescriptions | undefined, loopSpan?: Span,
): DocumentSymbol {
  const selectionRange = toRange(document, mention.span);
  const line = x12?.segmentAt(mention.span.offset);
  // The whole SV1/SV2 segment (or its 2400 loop) is the service line; it must stay inside the claim's range for the outline.
  const lineSpan: Span = loopSpan !== undefined && spanContainsSpan(encounter.span, loopSpan) ? loopSpan : line !== undefined && line.span.offset >= encounter.span.offset
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
