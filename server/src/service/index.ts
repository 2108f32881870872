import type { LanguageService, LanguageServiceInit } from './languageService';
import { createLanguageServiceWith } from './createService';
import { narrativeModule } from './notes/narrativeEntry';

/**
 * The public entry point of the pure language service. The binding (LSP server) and the command line
 * create one service per loaded code set and call it with already-fetched documents and settings.
 */

export type {
  CancellationLike, CptDescriptions, DocumentHost, DocumentSnapshot, ExtractedMention, LanguageId, LanguageService, LanguageServiceInit, OffsetEdit, RuleLevel,
  ValidationRun, ValidationSettings,
} from './languageService';
export type { TextReader } from './document/textReader';
export type { TextChange } from './document/documentText';
export { DocumentText } from './document/documentText';
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
export type { NarrativeModule, NarrativeModuleLoader } from './notes/narrativeModule';

/**
 * Creates the language service with the narrative reader linked in (the command line, the web worker,
 * the tests); see {@link createLanguageServiceWith} for what the service holds.
 */
export function createLanguageService(init: LanguageServiceInit): LanguageService {
  return createLanguageServiceWith(init, () => narrativeModule);
}
