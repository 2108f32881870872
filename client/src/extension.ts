import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { codeSetInfoRequest } from '../../server/src/protocol';
import type { CodeSetInfo } from '../../server/src/protocol';
import { affectsCodeSets, needsRestart } from './configuration';
import { watchFhirJson } from './fhirJson';
import { createLanguageClient } from './languageClient';
import { CodeSetStatus, describeCodeSets } from './statusBar';

/** The extension's entry points. Everything created here is disposed through `context.subscriptions`. */

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('ICD-10 Claim Coder');
  const status = new CodeSetStatus('icdClaimCoder.showCodeSetInfo');
  const languageClient = createLanguageClient(context, output);
  client = languageClient;
  context.subscriptions.push(output, status, watchFhirJson());

  async function requestInfo(): Promise<CodeSetInfo | undefined> {
    try {
      return await languageClient.sendRequest<CodeSetInfo>(codeSetInfoRequest, {});
    } catch {
      return undefined;
    }
  }

  async function refreshStatus(): Promise<void> {
    const info = await requestInfo();
    if (info === undefined) status.showUnavailable();
    else status.show(info);
  }

  context.subscriptions.push(
    vscode.commands.registerCommand('icdClaimCoder.showCodeSetInfo', async () => {
      const info = await requestInfo();
      if (info === undefined) void vscode.window.showErrorMessage('The ICD-10 Claim Coder language server is not running; see its output.');
      else void vscode.window.showInformationMessage(describeCodeSets(info));
    }),
    vscode.commands.registerCommand('icdClaimCoder.restartServer', async () => {
      await languageClient.restart();
      await refreshStatus();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (needsRestart(event)) await languageClient.restart();
      if (affectsCodeSets(event)) await refreshStatus();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      // The server was started as untrusted and ignores the file settings; a restart tells it the workspace is trusted.
      await languageClient.restart();
      await refreshStatus();
    }),
  );

  try {
    await languageClient.start();
  } catch {
    // The client already wrote the reason to the output channel; keep the commands so a restart can recover.
    status.showUnavailable();
    return;
  }
  await refreshStatus();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
