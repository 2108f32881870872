import type { CodeLens, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, InlayHint, Location, SemanticTokens, TextEdit, Position, Range, CodeAction } from 'vscode-languageserver-types';
import type { CodeSets } from './codes/codeSet';
import type { CptDescriptions, LanguageId, LanguageService, LanguageServiceInit, ValidationSettings, CancellationLike } from './languageService';
import type { DiagnosisMention, Encounter, ParsedDocument } from './model';
import { parseDocument } from './parse';
import { createServiceReader } from './notes/serviceReader';
import type { TextSource } from './spans';
import { codeActions } from './features/codeActions';
import { doComplete, resolveCompletion } from './features/completion';
import { doHover } from './features/hover';
import { findDocumentSymbols } from './features/symbols';
import { extractDocumentedMentions } from './features/extract';
import type { ExtractedMention } from './features/extract';
import { foldingRanges } from './features/folding';
import { inlayHints } from './features/inlayHints';
import { formatX12 } from './features/formatting';
import { maskIdentifiers } from './features/masking';
import { semanticTokens } from './features/semanticTokens';
import { claimIndexAt, claimLenses, claimView } from './features/claimView';
import type { ClaimViewModel } from './features/claimView';
import type { X12Layout } from './features/formatting';
import { findPointerDefinition, findPointerReferences } from './features/pointers';
import { DEFAULT_DOCS_BASE_URL, validate } from './features/validation';
import { createValidationRun } from './features/validationRun';
import { createRuleTables } from './rules/ruleTables';
import type { ValidationRun } from './features/validationRun';
import { applyX12Edits } from './x12/incremental';
import type { OffsetEdit } from './x12/incremental';
import type { X12Document } from './x12/x12Model';

/**
 * The public entry point of the pure language service. The binding (LSP server) and the command line
 * create one service per loaded code set and call it with already-fetched documents and settings.
 */

export type {
  CancellationLike, CptDescriptions, ExtractedMention, LanguageId, LanguageService, LanguageServiceInit, OffsetEdit, RuleLevel, ValidationRun,
  ValidationSettings,
} from './languageService';
export type { CodeSets, CodeSetYear, CodeStatus, CodePath, TabularNote } from './codes/codeSet';
export type { NeoplasmCellRef, NeoplasmColumn, NeoplasmRow, NeoplasmTable } from './codes/neoplasm/model';
export { NEOPLASM_COLUMNS, NEOPLASM_COLUMN_TITLES } from './codes/neoplasm/model';
export type { DiagnosisMention, Encounter, ParsedDocument, ProcedureMention, Severity, StructuralProblem } from './model';
export type { Span, TextSource } from './spans';
export type { X12Document } from './x12/x12Model';
export type { CptCatalog, CptCsvProblem, CptCsvResult, CptDescription } from './codes/cpt';
export { parseCptCsv, BUNDLED_CPT_CODES, AMA_COPYRIGHT_LINE } from './codes/cpt';
export { detectLanguageId } from './parse';
export { SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
export type { ClaimViewModel } from './features/claimView';

/**
 * Creates the language service over the injected code sets and optional user CPT descriptions.
 * The service reads no files and keeps no per-document state: every feature takes the parsed model.
 */
export function createLanguageService(init: LanguageServiceInit): LanguageService {
  const codeSets: CodeSets = init.codeSets;
  const docsBaseUrl = init.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL;
  let cpt: CptDescriptions | undefined = init.cpt;
  const environment = (): { codeSets: CodeSets; cpt: CptDescriptions | undefined } => ({ codeSets, cpt });
  // What the rules remember about these code sets lives as long as the service.
  const ruleTables = createRuleTables(codeSets);

  const table = init.neoplasmTable ?? codeSets.neoplasmTable?.();
  const reader = table === undefined ? undefined : createServiceReader(table, codeSets);
  // A note's parse holds its narrative readings; the parse of its next version takes over those of the
  // encounters whose text did not change (`previous`), so an edit re-reads one encounter.
  const parse = (document: TextSource, languageId: LanguageId, previous?: ParsedDocument): ParsedDocument => {
    const parsed = parseDocument(document.getText(), languageId, reader === undefined ? undefined : { reader, ...(previous === undefined ? {} : { previous }) });
    return languageId === 'clinical-note' ? withoutUnknownShapeOnly(parsed, codeSets) : parsed;
  };
  return {
    parse: (document, languageId) => parse(document, languageId),
    reparse(document: TextSource, languageId: LanguageId, previous: ParsedDocument, edits: readonly OffsetEdit[]): ParsedDocument {
      if (languageId === 'x12-837' && previous.languageId === 'x12-837') {
        const derived = applyX12Edits(previous as X12Document, document.getText(), edits);
        if (derived !== undefined) return derived;
      }
      return parse(document, languageId, previous);
    },
    createValidationRun(document: TextSource, parsed: ParsedDocument, settings: ValidationSettings, previous?: ValidationRun): ValidationRun {
      return createValidationRun(document, parsed, codeSets, settings, { docsBaseUrl, ruleTables, ...(previous === undefined ? {} : { previous }) });
    },
    doValidation(document: TextSource, parsed: ParsedDocument, settings: ValidationSettings, token?: CancellationLike): Diagnostic[] {
      return validate(document, parsed, codeSets, settings, token, docsBaseUrl, ruleTables);
    },
    doHover(document: TextSource, parsed: ParsedDocument, position: Position): Hover | null {
      return doHover(document, parsed, position, environment());
    },
    doComplete(document: TextSource, parsed: ParsedDocument, position: Position): CompletionList {
      return doComplete(document, parsed, position, environment());
    },
    doResolveCompletion(item: CompletionItem): CompletionItem {
      return resolveCompletion(item, environment());
    },
    doCodeActions(document: TextSource, _parsed: ParsedDocument, _range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
      return codeActions(document, diagnostics);
    },
    findDocumentSymbols(document: TextSource, parsed: ParsedDocument): DocumentSymbol[] {
      return findDocumentSymbols(document, parsed, environment());
    },
    findDocumentedMentions(document: TextSource, parsed: ParsedDocument): ExtractedMention[] {
      return extractDocumentedMentions(document, parsed);
    },
    findFoldingRanges(document: TextSource, parsed: ParsedDocument, limit?: number): FoldingRange[] {
      return foldingRanges(document, parsed, limit);
    },
    findDefinition(document: TextSource, parsed: ParsedDocument, position: Position): Location[] {
      return findPointerDefinition(document, parsed, position);
    },
    findReferences(document: TextSource, parsed: ParsedDocument, position: Position, includeDeclaration: boolean): Location[] {
      return findPointerReferences(document, parsed, position, includeDeclaration);
    },
    provideInlayHints(document: TextSource, parsed: ParsedDocument, range: Range): InlayHint[] {
      return inlayHints(document, parsed, range, codeSets);
    },
    formatDocument(document: TextSource, parsed: ParsedDocument, layout: X12Layout): TextEdit[] {
      return formatX12(document, parsed, layout);
    },
    maskIdentifiers(document: TextSource, parsed: ParsedDocument): string {
      return maskIdentifiers(document.getText(), parsed);
    },
    provideSemanticTokens(document: TextSource, parsed: ParsedDocument, range: Range): SemanticTokens {
      return semanticTokens(document, parsed, range, codeSets);
    },
    provideClaimLenses(document: TextSource, parsed: ParsedDocument, settings: ValidationSettings): CodeLens[] {
      return claimLenses(document, parsed, settings, { codeSets, cpt, docsBaseUrl, ruleTables });
    },
    showClaim(document: TextSource, parsed: ParsedDocument, target: { claimIndex?: number; position?: Position }, settings: ValidationSettings, masked: boolean): ClaimViewModel | undefined {
      const claimIndex = target.claimIndex ?? (target.position === undefined ? -1 : claimIndexAt(parsed, document.offsetAt(target.position)));
      return claimView(document, parsed, claimIndex, settings, masked, { codeSets, cpt, docsBaseUrl, ruleTables });
    },
    setCptDescriptions(next: CptDescriptions | undefined): void {
      cpt = next;
    },
  };
}

/**
 * Drops note mentions that only their shape makes look like a code (`B12` in "vitamin B12") unless
 * the code set knows the code in some loaded year, so ordinary words never become diagnoses.
 */
function withoutUnknownShapeOnly(parsed: ParsedDocument, codeSets: CodeSets): ParsedDocument {
  const known = (mention: DiagnosisMention): boolean => mention.shapeOnly !== true || codeSets.yearsWith(mention.code).length > 0;
  if (parsed.encounters.every((encounter) => encounter.diagnoses.every(known))) return parsed;
  const encounters = parsed.encounters.map((encounter): Encounter => (
    encounter.diagnoses.every(known) ? encounter : { ...encounter, diagnoses: encounter.diagnoses.filter(known) }
  ));
  return { ...parsed, encounters };
}
