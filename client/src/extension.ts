import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activateWithClient } from './activation';
import { createLanguageClient } from './languageClient';

/** The desktop extension's entry points: the server runs in a Node child process. */

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('ICD-10 Claim Coder');
  client = createLanguageClient(context, output);
  await activateWithClient(context, output, client);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
