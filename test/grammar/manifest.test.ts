/**
 * Checks the manifest's contributions against the code they describe: one setting per registered
 * rule with the rule's default severity, one setting per field of the server's Settings contract
 * with the same default, and the path settings restricted in untrusted workspaces.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultSettings, settingsSection } from '../../server/src/protocol';
import { rules } from '../../server/src/service/rules/index';

interface SettingSchema {
  readonly type?: string;
  readonly default?: unknown;
  readonly enum?: readonly string[];
  readonly scope?: string;
  readonly markdownDescription?: string;
}

interface Manifest {
  readonly activationEvents: readonly string[];
  readonly contributes: {
    readonly configuration: { readonly properties: Readonly<Record<string, SettingSchema>> };
    readonly commands: ReadonlyArray<{ readonly command: string; readonly title: string; readonly category?: string }>;
    readonly languages: ReadonlyArray<{ readonly id: string }>;
    readonly configurationDefaults?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  };
  readonly capabilities: {
    readonly untrustedWorkspaces: { readonly supported: string; readonly restrictedConfigurations: readonly string[] };
  };
}

const root = resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const properties = manifest.contributes.configuration.properties;
const rulePrefix = `${settingsSection}.rules.`;

describe('package.json contributions', () => {
  it('declares one rule setting per registered rule, with the rule default and the five levels', () => {
    const declared = Object.keys(properties).filter((key) => key.startsWith(rulePrefix)).map((key) => key.slice(rulePrefix.length));
    assert.deepEqual([...declared].sort(), rules.map((rule) => rule.id).sort());
    for (const rule of rules) {
      const setting = properties[`${rulePrefix}${rule.id}`];
      assert.ok(setting);
      assert.equal(setting.default, rule.defaultSeverity, `${rule.id} default`);
      assert.deepEqual(setting.enum, ['off', 'hint', 'information', 'warning', 'error']);
      assert.equal(setting.scope, 'resource');
    }
  });

  it('declares every field of the Settings contract with the same default', () => {
    for (const [field, value] of Object.entries(defaultSettings)) {
      if (field === 'rules') continue;
      const setting = properties[`${settingsSection}.${field}`];
      assert.ok(setting, `no manifest setting for ${field}`);
      assert.equal(setting.default, value, `${field} default`);
    }
    assert.ok(properties[`${settingsSection}.trace.server`], 'no trace.server setting');
  });

  it('documents every setting and prefixes it with the section name', () => {
    for (const [key, setting] of Object.entries(properties)) {
      assert.ok(key.startsWith(`${settingsSection}.`), `${key} lacks the ${settingsSection}. prefix`);
      assert.ok((setting.markdownDescription ?? '').length > 40, `${key} has no real description`);
    }
  });

  it('restricts the settings that name local files in untrusted workspaces', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    for (const field of ['codeSetPath', 'cptDescriptionsPath']) {
      const key = `${settingsSection}.${field}`;
      assert.ok(trust.restrictedConfigurations.includes(key), `${key} is not restricted`);
      assert.match(properties[key]?.scope ?? '', /^machine/, `${key} should not be settable per folder`);
    }
  });

  it('contributes both commands under the extension category and activates on both languages', () => {
    const commands = new Map(manifest.contributes.commands.map((entry) => [entry.command, `${entry.category}: ${entry.title}`]));
    assert.equal(commands.get('icdClaimCoder.showCodeSetInfo'), 'ICD-10 Claim Coder: Show Loaded Code Sets');
    assert.equal(commands.get('icdClaimCoder.restartServer'), 'ICD-10 Claim Coder: Restart Language Server');
    for (const language of manifest.contributes.languages) {
      assert.ok(manifest.activationEvents.includes(`onLanguage:${language.id}`), `no activation event for ${language.id}`);
    }
  });

  it('lets every inlay hint of an 837 line show: VS Code otherwise cuts a line\'s hints at 43 characters in all', () => {
    // editor.inlayHints.maximumLength: "Maximum length for inlay hints per line. Set to 0 to have an unlimited length."
    assert.equal(manifest.contributes.configurationDefaults?.['[x12-837]']?.['editor.inlayHints.maximumLength'], 0);
  });
});
