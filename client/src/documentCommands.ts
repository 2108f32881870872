import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { layoutRequest, maskRequest } from '../../server/src/protocol';
import type { LayoutParams } from '../../server/src/protocol';

/**
 * "Mask Patient Identifiers": opens a copy of the active 837 or note, with names, ids, addresses, birth
 * dates and phone numbers replaced by synthetic values, as a new untitled document (nothing is saved).
 */
export function registerMaskCommand(languageClient: BaseLanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('icdClaimCoder.maskIdentifiers', async () => {
    const editor = vscode.window.activeTextEditor;
    const languageId = editor?.document.languageId;
    if (editor === undefined || (languageId !== 'x12-837' && languageId !== 'clinical-note')) {
      void vscode.window.showInformationMessage('Open an X12 837 file or a clinical note to mask its patient identifiers.');
      return;
    }
    const answer = await languageClient.sendRequest<{ text: string } | null>(maskRequest, { textDocument: { uri: editor.document.uri.toString() } });
    if (answer === null) return;
    const copy = await vscode.workspace.openTextDocument({ language: languageId, content: answer.text });
    await vscode.window.showTextDocument(copy, { preview: false });
  });
}

/**
 * The layout commands of an 837: one segment per line, or the whole file on one line. The server
 * computes the edits (only whitespace between segments changes); they are applied as one undoable edit.
 */
export function registerLayoutCommands(languageClient: BaseLanguageClient): vscode.Disposable[] {
  const command = (layout: LayoutParams['layout']) => async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined || editor.document.languageId !== 'x12-837') {
      void vscode.window.showInformationMessage('Open an X12 837 file to change its layout.');
      return;
    }
    const params: LayoutParams = { textDocument: { uri: editor.document.uri.toString() }, layout };
    const edits = await languageClient.sendRequest<unknown[]>(layoutRequest, params);
    const converted = await languageClient.protocol2CodeConverter.asTextEdits(edits as Parameters<typeof languageClient.protocol2CodeConverter.asTextEdits>[0]);
    if (converted === undefined || converted.length === 0) return;
    const edit = new vscode.WorkspaceEdit();
    edit.set(editor.document.uri, converted);
    await vscode.workspace.applyEdit(edit);
  };
  return [
    vscode.commands.registerCommand('icdClaimCoder.formatSegmentPerLine', command('lines')),
    vscode.commands.registerCommand('icdClaimCoder.minify', command('single')),
  ];
}
