import type * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { ServerOptions } from 'vscode-languageclient/node';
import { settingsSection } from '../../server/src/protocol';
import { createClientOptions } from './clientOptions';

export { supportedLanguages } from './clientOptions';

/**
 * Builds the desktop language client: the bundled server in a Node child process over IPC, with
 * the options shared with the web client (pull diagnostics; the server also pushes to clients
 * that do not pull, which VS Code never is).
 */
export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/out/main.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return new LanguageClient(settingsSection, 'ICD-10 Claim Coder', serverOptions, createClientOptions(outputChannel));
}
