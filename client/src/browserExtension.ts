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

/** The browser APIs the web client uses; the client is type-checked without the DOM library. */
interface BrowserGlobals {
  readonly Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];
  readonly Blob: new (parts: Uint8Array[], options: { type: string }) => object;
  readonly URL: { createObjectURL(blob: object): string };
}

/**
 * Starts the server's web worker. An extension served by the marketplace or a web server is loaded
 * by URL; one installed on a remote (code-server, Codespaces) has a `vscode-remote:` location, from
 * which VS Code does not create workers, so its script is read through the workspace file system
 * and started from a blob URL instead.
 */
async function startServerWorker(serverMain: vscode.Uri): Promise<ConstructorParameters<typeof LanguageClient>[3]> {
  const browser = globalThis as unknown as BrowserGlobals;
  if (serverMain.scheme !== 'vscode-remote') return new browser.Worker(serverMain.toString(true));
  const script = await vscode.workspace.fs.readFile(serverMain);
  return new browser.Worker(browser.URL.createObjectURL(new browser.Blob([script], { type: 'text/javascript' })));
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('ICD-10 Claim Coder');
  const worker = await startServerWorker(vscode.Uri.joinPath(context.extensionUri, 'server', 'out', 'browserMain.js'));
  client = new LanguageClient(settingsSection, 'ICD-10 Claim Coder', createClientOptions(output), worker);
  await activateWithClient(context, output, client);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
