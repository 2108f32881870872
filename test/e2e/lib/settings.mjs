// The user settings every end-to-end run starts with (the e2e suite and the extension-host suite).
/** User settings for a quiet, deterministic workbench: no AI panel, no tips, no network features. */
export const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.colorTheme': 'Default Light Modern',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'workbench.editor.enablePreview': false,
  'files.autoSave': 'off',
  'security.workspace.trust.enabled': false,
  // Inlay hints are text inside the editor's lines, so scenarios that read a line back would read them
  // too; the scenario about inlay hints turns them on in the workspace settings for itself.
  'editor.inlayHints.enabled': 'off',
};
