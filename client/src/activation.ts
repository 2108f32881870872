import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { codeSetInfoRequest } from '../../server/src/protocol';
import type { CodeSetInfo } from '../../server/src/protocol';
import { affectsCodeSets, needsRestart } from './configuration';
import { CodeSetStatus, describeCodeSets } from './statusBar';
import { registerLayoutCommands, registerMaskCommand } from './documentCommands';
import { registerClaimView } from './claimView';
import { watchFhirJson } from './fhirJson';

/**
 * What the extension does once its language client exists, shared by the desktop entry
 * (extension.ts, server in a Node process) and the web entry (browserExtension.ts, server in a web
 * worker): the status bar, the commands and the reactions to settings and trust. Everything created
 * here is disposed through `context.subscriptions`.
 */
/** Restarts the server: the browser client has no `restart`, so both use stop and start. */
async function restart(languageClient: BaseLanguageClient): Promise<void> {
  if (languageClient.isRunning()) await languageClient.stop();
  await languageClient.start();
}

export async function activateWithClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, languageClient: BaseLanguageClient): Promise<void> {
  const status = new CodeSetStatus('icdClaimCoder.showCodeSetInfo');
  context.subscriptions.push(output, status, ...registerLayoutCommands(languageClient), registerMaskCommand(languageClient), ...registerClaimView(languageClient), watchFhirJson());

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
      await restart(languageClient);
      await refreshStatus();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (needsRestart(event)) await restart(languageClient);
      if (affectsCodeSets(event)) await refreshStatus();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      // The server was started as untrusted and ignores the file settings; a restart tells it the workspace is trusted.
      await restart(languageClient);
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
