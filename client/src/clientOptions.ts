import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { settingsSection } from '../../server/src/protocol';
import { withoutUntrustedPaths } from './configuration';

/** The languages the server serves, in any scheme: saved files, untitled editors and virtual file systems. */
export const supportedLanguages = ['x12-837', 'clinical-note', 'fhir-json'] as const;

/**
 * The client options shared by the desktop client (server in a Node child process) and the web
 * client (server in a web worker): the two languages as document selectors, pull diagnostics, the
 * workspace trust for the server, and the file paths withheld from untrusted workspaces.
 */
export function createClientOptions(outputChannel: vscode.OutputChannel): LanguageClientOptions {
  return {
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
}
