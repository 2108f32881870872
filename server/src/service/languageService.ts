import type {
  CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover, Position, Range,
} from 'vscode-languageserver-types';
import type { CodeSets } from './codes/codeSet';
import type { NeoplasmTable } from './codes/neoplasm/model';
import type { CancellationLike, CptDescriptions, RuleLevel, ValidationSettings } from './contracts';
import type { DocumentHost, DocumentSnapshot } from './document/documentHost';
import type { OffsetEdit } from './document/offsetEdit';
import type { DocumentText } from './document/documentText';
import type { LanguageId, ParsedDocument } from './model';
import type { TextSource } from './spans';
import type { ValidationRun } from './features/validationRun';
import type { PendingDiagnostic } from './features/validation';
import type { ExtractedMention } from './features/extract';
import type { EditorFeatures } from './editorFeatures';
import type { HoverPreparation } from './features/hoverPreparation';

export type { CancellationLike, CptDescriptions, DocumentHost, DocumentSnapshot, ExtractedMention, HoverPreparation, LanguageId, OffsetEdit, PendingDiagnostic, RuleLevel, ValidationRun, ValidationSettings };

/** Everything the service needs from its environment; it reads no files itself. */
export interface LanguageServiceInit {
  readonly codeSets: CodeSets;
  /** User-supplied CPT descriptions; the bundled seed descriptions are used when absent. */
  readonly cpt?: CptDescriptions;
  /** Base URL of the rule docs pages, used for `codeDescription.href`. */
  readonly docsBaseUrl?: string;
  /**
   * The Table of Neoplasms, when not the one the code sets carry (`CodeSets.neoplasmTable`). With a
   * table the service reads the narrative of clinical notes (documented diagnoses, sections); without
   * one, notes are read for their codes only.
   */
  readonly neoplasmTable?: NeoplasmTable;
}

/**
 * The pure language service: one facade over the open documents' hosts, validation and the editor
 * features. A document is opened into a {@link DocumentHost}, which owns its text, parse and edit
 * history; every feature answers from a {@link DocumentSnapshot}, one immutable version of it.
 */
export interface LanguageService extends EditorFeatures {
  /**
   * Opens a document: the host parses it when a snapshot is first asked for, and after each change
   * from the earlier parse and the edits when they allow it. Disposing the host lets its state go.
   */
  open(uri: string, languageId: LanguageId, text: string | DocumentText, version?: number): DocumentHost;
  /**
   * A snapshot of a document that is checked once (the command line, tests): parses its whole text,
   * unless the caller parsed it already (`parsed`: the command line's resumable piece parse), and keeps
   * the document's own positions (a piece of a larger file reports positions in the whole file).
   */
  analyze(document: TextSource, languageId: LanguageId, parsed?: ParsedDocument): DocumentSnapshot;
  /** Runs structural checks and every enabled rule; polls `token` between encounters. */
  doValidation(snapshot: DocumentSnapshot, settings: ValidationSettings, token?: CancellationLike): Diagnostic[];
  /**
   * The findings of {@link doValidation} before they become LSP diagnostics: spans by offset, in the
   * same order, every one of them (the problem limit is not applied) and without positions. For a
   * caller that writes every finding and counts positions itself (the command line).
   */
  doValidationByOffset(snapshot: DocumentSnapshot, settings: ValidationSettings): PendingDiagnostic[];
  doHover(snapshot: DocumentSnapshot, position: Position): Hover | null;
  doComplete(snapshot: DocumentSnapshot, position: Position): CompletionList;
  /** Fills in the long description and documentation of a completion item lazily. */
  doResolveCompletion(item: CompletionItem): CompletionItem;
  /** Quick fixes for the diagnostics in `context` that this service produced. */
  doCodeActions(snapshot: DocumentSnapshot, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
  findDocumentSymbols(snapshot: DocumentSnapshot): DocumentSymbol[];
  /**
   * The neoplasm diagnoses a note's narrative documents, in the shape of `icd-claim-check --extract`
   * (empty for an 837, or when no Table of Neoplasms is loaded). Throws if the narrative reader fails.
   */
  findDocumentedMentions(snapshot: DocumentSnapshot): ExtractedMention[];
  /**
   * Does up to `budget` pieces of the work that features would otherwise do on first use (the Table of
   * Neoplasms' site and code indexes, unpacking title chunks), each a millisecond or a few, and says
   * whether nothing is left. Synchronous and bounded, so the binding can call it between requests
   * while the user reads; answers never depend on whether it ran.
   */
  prepare(budget: number): boolean;
  /**
   * Works out, a few codes per step, what hovers say about the codes of this version of a document,
   * so that the first hover of each code answers from what the service keeps. The binding steps it
   * between requests; answers never depend on whether it ran.
   */
  prepareHovers(snapshot: DocumentSnapshot): HoverPreparation;
  /** Replaces the user-supplied CPT descriptions (after the setting changed). */
  setCptDescriptions(cpt: CptDescriptions | undefined): void;
}
