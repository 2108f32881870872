import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { claimViewRequest } from '../../server/src/protocol';
import type { ClaimViewModel, ClaimViewParams } from '../../server/src/protocol';
import { renderClaim } from './claimHtml';

/**
 * The claim view: a webview that shows one claim as a coder reads a CMS-1500 / UB-04 (the page is
 * made by `claimHtml.ts`), and renders again when the file changes.
 */

const UPDATE_AFTER_MS = 300;

/** One panel per editor group, following the claim it was opened on. */
export class ClaimViewPanel {
  #panel: vscode.WebviewPanel | undefined;
  #params: ClaimViewParams | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly languageClient: BaseLanguageClient) {}

  async show(params: ClaimViewParams): Promise<void> {
    this.#params = params;
    if (this.#panel === undefined) {
      this.#panel = vscode.window.createWebviewPanel('icdClaimCoder.claim', 'Claim', vscode.ViewColumn.Beside, { enableScripts: false, localResourceRoots: [] });
      this.#panel.onDidDispose(() => {
        this.#panel = undefined;
      });
    } else {
      this.#panel.reveal(vscode.ViewColumn.Beside, true);
    }
    await this.update();
  }

  /** Renders again after the document it shows changed (debounced). */
  documentChanged(uri: string): void {
    if (this.#panel === undefined || this.#params?.textDocument.uri !== uri) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.update(), UPDATE_AFTER_MS);
  }

  async update(): Promise<void> {
    const panel = this.#panel;
    const params = this.#params;
    if (panel === undefined || params === undefined) return;
    const model = await this.languageClient.sendRequest<ClaimViewModel | null>(claimViewRequest, params).catch(() => null);
    panel.title = model === null ? 'Claim' : model.label;
    panel.webview.html = renderClaim(model);
  }

  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#panel?.dispose();
  }
}

/** The claim commands: from a code lens `(uri, claimIndex)`, or for the claim at the cursor. */
export function registerClaimView(languageClient: BaseLanguageClient): vscode.Disposable[] {
  const panel = new ClaimViewPanel(languageClient);
  const show = (masked: boolean) => async (uri?: string, claimIndex?: number): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    if (typeof uri === 'string' && typeof claimIndex === 'number') {
      await panel.show({ textDocument: { uri }, claimIndex, masked });
      return;
    }
    if (editor === undefined || editor.document.languageId !== 'x12-837') {
      void vscode.window.showInformationMessage('Put the cursor in a claim of an X12 837 file to show it.');
      return;
    }
    const position = { line: editor.selection.active.line, character: editor.selection.active.character };
    await panel.show({ textDocument: { uri: editor.document.uri.toString() }, position, masked });
  };
  return [
    panel,
    vscode.commands.registerCommand('icdClaimCoder.showClaim', show(true)),
    vscode.commands.registerCommand('icdClaimCoder.showClaimWithIdentifiers', show(false)),
    vscode.workspace.onDidChangeTextDocument((event) => panel.documentChanged(event.document.uri.toString())),
  ];
}
