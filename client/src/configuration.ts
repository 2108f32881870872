import * as vscode from 'vscode';
import { settingsSection } from '../../server/src/protocol';

/**
 * The client's typed view of the `icdClaimCoder.*` settings. The server reads settings itself with
 * `workspace/configuration` and narrows them; the client only needs to know which changes it must
 * react to, and to keep file paths from untrusted workspaces away from the server.
 */

/** Settings that name files the server reads; ignored while the workspace is not trusted. */
export const fileSettingKeys = ['codeSetPath', 'cptDescriptionsPath'] as const;

/**
 * Settings that only take effect after a server restart. None today: the server reloads code sets
 * and CPT descriptions live. Listed here so a future setting has an obvious place to go.
 */
export const requiresServerRestart: readonly string[] = [];

/** Whether a configuration change alters which code sets are loaded (and so the status bar). */
export function affectsCodeSets(event: vscode.ConfigurationChangeEvent): boolean {
  return fileSettingKeys.some((key) => event.affectsConfiguration(`${settingsSection}.${key}`));
}

/** Whether a configuration change needs the server restarted. */
export function needsRestart(event: vscode.ConfigurationChangeEvent): boolean {
  return requiresServerRestart.some((key) => event.affectsConfiguration(`${settingsSection}.${key}`));
}

/**
 * Removes the file paths from one answered `icdClaimCoder` section when the workspace is not
 * trusted: a cloned repository must not make the server read files of its choosing.
 */
export function withoutUntrustedPaths(section: unknown): unknown {
  if (vscode.workspace.isTrusted || section === null || typeof section !== 'object') return section;
  const copy: Record<string, unknown> = { ...(section as Record<string, unknown>) };
  for (const key of fileSettingKeys) copy[key] = '';
  return copy;
}
