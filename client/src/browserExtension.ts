import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { settingsSection } from '../../server/src/protocol';
import { activateWithClient } from './activation';
import { createClientOptions } from './clientOptions';

/**
 * The web extension's entry points (VS Code for the Web: vscode.dev, github.dev): the same client
 * options, commands and status bar as the desktop extension, with the server in a web worker
 * (server/out/browserMain.js, which carries the code index). The file-path settings do nothing
 * there; the server says so in its log when one is set.
 */

/** The browser's Worker constructor; the client is type-checked without the DOM library. */
type WorkerConstructor = new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('ICD-10 Claim Coder');
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'server', 'out', 'browserMain.js');
  const Worker = (globalThis as unknown as { Worker: WorkerConstructor }).Worker;
  client = new LanguageClient(settingsSection, 'ICD-10 Claim Coder', createClientOptions(output), new Worker(serverMain.toString(true)));
  await activateWithClient(context, output, client);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
