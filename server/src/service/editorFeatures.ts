import type { CodeLens, FoldingRange, InlayHint, Location, Position, Range, SemanticTokens, TextEdit } from 'vscode-languageserver-types';
import type { ClaimViewModel } from './features/claimView';
import type { ValidationSettings } from './contracts';
import type { X12Layout } from './features/formatting';
import type { DocumentSnapshot } from './document/documentHost';

/**
 * The editor comforts beyond hover, completion and diagnostics: folding, navigation between
 * diagnosis pointers and codes, inlay hints, formatting and masking. Part of the language service;
 * kept in its own interface so the facade stays readable.
 */
export interface EditorFeatures {
  /** Folding ranges, at most `limit` (the client's `rangeLimit`). */
  findFoldingRanges(snapshot: DocumentSnapshot, limit?: number): FoldingRange[];
  /** From an 837P diagnosis pointer (SV107) to the HI code it names. */
  findDefinition(snapshot: DocumentSnapshot, position: Position): Location[];
  /** From an HI code (or a pointer) to the service-line pointers that name it. */
  findReferences(snapshot: DocumentSnapshot, position: Position, includeDeclaration: boolean): Location[];
  /** Inlay hints of an 837 in `range` (qualifier meanings, code titles, the codes pointers name). */
  provideInlayHints(snapshot: DocumentSnapshot, range: Range): InlayHint[];
  /** Edits that lay an 837 out one segment per line (`lines`) or on one line (`single`); no element changes. */
  formatDocument(snapshot: DocumentSnapshot, layout: X12Layout): TextEdit[];
  /**
   * The text with patient identifiers (names, member and claim ids, addresses, birth dates, phone numbers)
   * replaced by synthetic values of the same shape; the same input always gives the same output.
   */
  maskIdentifiers(snapshot: DocumentSnapshot): string;
  /** Semantic tokens of the diagnosis codes in `range`, by role (legend: `SEMANTIC_TOKENS_LEGEND`). */
  provideSemanticTokens(snapshot: DocumentSnapshot, range: Range): SemanticTokens;
  /** One code lens per claim of an 837 (the first thousand): counts and the command that shows the claim. */
  provideClaimLenses(snapshot: DocumentSnapshot, settings: ValidationSettings): CodeLens[];
  /**
   * The claim view of claim `claimIndex`, or of the claim at `position` when the index is undefined;
   * patient data masked unless `masked` is false. Undefined when there is no such claim.
   */
  showClaim(snapshot: DocumentSnapshot, target: { claimIndex?: number; position?: Position }, settings: ValidationSettings, masked: boolean): ClaimViewModel | undefined;
}
