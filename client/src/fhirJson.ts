import * as vscode from 'vscode';
import { FHIR_HEAD_LENGTH, isFhirJsonHead } from '../../server/src/protocol';

/**
 * Plain `*.json` files belong to VS Code's JSON language, and a manifest `firstLine` pattern cannot
 * win over an extension that is already associated. So `*.fhir.json` and `*.ndjson` open as FHIR JSON by
 * their names, and a document VS Code opened as `json` is switched to `fhir-json` only when its first
 * bytes open a FHIR resource (`{"resourceType": …`). Other JSON files are never touched, and a user who
 * picks another language for a FHIR file afterwards keeps it: each document is switched at most once.
 */
export function watchFhirJson(): vscode.Disposable {
  const switched = new Set<string>();
  const consider = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'json' || switched.has(document.uri.toString())) return;
    const head = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(FHIR_HEAD_LENGTH)));
    if (!isFhirJsonHead(head)) return;
    switched.add(document.uri.toString());
    void vscode.languages.setTextDocumentLanguage(document, 'fhir-json');
  };
  vscode.workspace.textDocuments.forEach(consider);
  return vscode.workspace.onDidOpenTextDocument(consider);
}
