import type {
  CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover, Position, Range,
} from 'vscode-languageserver-types';
import type { CodeSets } from './codes/codeSet';
import type { NeoplasmTable } from './codes/neoplasm/model';
import type { ParsedDocument } from './model';
import type { TextSource } from './spans';
import type { ValidationRun } from './features/validationRun';
import type { ExtractedMention } from './features/extract';
import type { OffsetEdit } from './x12/incremental';
import type { EditorFeatures } from './editorFeatures';

export type { ValidationRun, OffsetEdit, ExtractedMention };

/** A rule's configured level, `off` or a severity (same values as the `icdClaimCoder.rules.*` settings). */
export type RuleLevel = 'off' | 'hint' | 'information' | 'warning' | 'error';

/** The languages the service understands: X12 837, clinical notes and FHIR R4 JSON (resources, Bundles, NDJSON). */
export type LanguageId = 'x12-837' | 'clinical-note' | 'fhir-json';

/** What validation needs from the user's settings, already narrowed and defaulted by the binding. */
export interface ValidationSettings {
  readonly rules: Readonly<Record<string, RuleLevel>>;
  readonly maxNumberOfProblems: number;
}

/** A cancellation signal the service can poll between claims without depending on the LSP runtime. */
export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

/** CPT descriptions the user supplied (AMA-licensed content is never bundled beyond a handful of seed codes). */
export interface CptDescriptions {
  describe(code: string): { readonly description: string; readonly source: string } | undefined;
}

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
 * The pure language service: one facade over parsing, validation and the editor features.
 * Every feature takes the parsed model explicitly, so the binding parses once per document version.
 */
export interface LanguageService extends EditorFeatures {
  /** Parses a document in the given language. Never throws: damage becomes `problems`. */
  parse(document: TextSource, languageId: LanguageId): ParsedDocument;
  /**
   * Parses a new version of a document from the parse of an earlier version and the edits between
   * them (offsets into the text before each edit, applied in order). Small edits inside one 837
   * segment reuse the earlier parse; anything else is a full parse. The result equals `parse`. With no
   * edits (the same text) an 837 parse is returned as is and from then on reads that text itself, so the
   * earlier texts it read from can go: the server calls it once an editing pause made the text flat.
   */
  reparse?(document: TextSource, languageId: LanguageId, previous: ParsedDocument, edits: readonly OffsetEdit[]): ParsedDocument;
  /**
   * Starts a validation that the caller advances with `step`, yielding in between as it likes.
   * Given the finished run of an earlier version, only the claims the edits touched are checked again.
   * Its diagnostics equal `doValidation`'s.
   */
  createValidationRun?(document: TextSource, parsed: ParsedDocument, settings: ValidationSettings, previous?: ValidationRun): ValidationRun;
  /** Runs structural checks and every enabled rule; polls `token` between encounters. */
  doValidation(document: TextSource, parsed: ParsedDocument, settings: ValidationSettings, token?: CancellationLike): Diagnostic[];
  doHover(document: TextSource, parsed: ParsedDocument, position: Position): Hover | null;
  doComplete(document: TextSource, parsed: ParsedDocument, position: Position): CompletionList;
  /** Fills in the long description and documentation of a completion item lazily. */
  doResolveCompletion(item: CompletionItem): CompletionItem;
  /** Quick fixes for the diagnostics in `context` that this service produced. */
  doCodeActions(document: TextSource, parsed: ParsedDocument, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
  findDocumentSymbols(document: TextSource, parsed: ParsedDocument): DocumentSymbol[];
  /**
   * The neoplasm diagnoses a note's narrative documents, in the shape of `icd-claim-check --extract`
   * (empty for an 837, or when no Table of Neoplasms is loaded). Throws if the narrative reader fails.
   */
  findDocumentedMentions(document: TextSource, parsed: ParsedDocument): ExtractedMention[];
  /** Replaces the user-supplied CPT descriptions (after the setting changed). */
  setCptDescriptions(cpt: CptDescriptions | undefined): void;
}
