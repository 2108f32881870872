import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { settingsSection } from '../../server/src/protocol';
import { withoutUntrustedPaths } from './configuration';

/** The languages the server serves, in any scheme: saved files, untitled editors and virtual file systems. */
export const supportedLanguages = ['x12-837', 'clinical-note', 'fhir-json'] as const;

/**
 * Builds the language client: the bundled server in a child process over IPC, the languages as
 * document selectors, and pull diagnostics (the server answers `textDocument/diagnostic` only).
 */
export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/out/main.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // No scheme restriction: the server reads only the text the client syncs, never the disk, so
    // documents of virtual workspaces (vscode-vfs:, remote file systems) work like local files.
    documentSelector: supportedLanguages.map((language) => ({ language })),
    diagnosticPullOptions: { onChange: true, onSave: true },
    // The server reads the file-path settings only when told the workspace is trusted; it is asked
    // again on every start, and the extension restarts the server when trust is granted.
    initializationOptions: () => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    outputChannel,
    middleware: {
      workspace: {
        async configuration(params, token, next) {
          const answer = await next(params, token);
          if (!Array.isArray(answer)) return answer;
          return answer.map((section, index) => (params.items[index]?.section === settingsSection ? withoutUntrustedPaths(section) : section));
        },
      },
    },
  };
  return new LanguageClient(settingsSection, 'ICD-10 Claim Coder', serverOptions, clientOptions);
}
