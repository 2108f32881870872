import { DiagnosticSeverity, DocumentDiagnosticReportKind } from 'vscode-languageserver/node';
import type { DocumentDiagnosticReport } from 'vscode-languageserver/node';

/**
 * The largest document the server parses, in characters. VS Code does not sync files over 50 MB to
 * extensions, so a larger document comes from another client; it gets one diagnostic that points at
 * the command line (which streams files of any size) instead of a parse that would hold the server.
 */
export const maxDocumentLength = 50 * 1024 * 1024;

/** Whether a document is too large to be parsed by the server. */
export function isTooLarge(document: { readonly length: number }): boolean {
  return document.length > maxDocumentLength;
}

/** The diagnostics answer for a document that is too large: one warning at its start, nothing parsed. */
export function tooLargeReport(document: { readonly length: number }): DocumentDiagnosticReport {
  const megabytes = Math.round(document.length / (1024 * 1024));
  return {
    kind: DocumentDiagnosticReportKind.Full,
    items: [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      code: 'document-too-large',
      source: 'icd-claim-coder',
      message: `This file is ${megabytes} MB, more than the ${maxDocumentLength / (1024 * 1024)} MB the editor checks, so it is not checked here; run icd-claim-check on it, which reads files of any size.`,
    }],
  };
}
