import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Workspace trust and virtual workspaces, from the manifest and the client source (the client needs
 * the VS Code API, so it is read here rather than run; the extension-host suites run it).
 */

const repoRoot = path.resolve(__dirname, '..', '..');

interface Manifest {
  readonly capabilities?: {
    readonly untrustedWorkspaces?: { readonly supported?: unknown; readonly description?: string; readonly restrictedConfigurations?: readonly string[] };
    readonly virtualWorkspaces?: { readonly supported?: unknown; readonly description?: string };
  };
  readonly contributes: { readonly configuration: { readonly properties: Record<string, { readonly scope?: string; readonly markdownDescription?: string }> } };
}

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
const fileSettings = ['icdClaimCoder.codeSetPath', 'icdClaimCoder.cptDescriptionsPath'];

describe('safety: workspace trust and virtual workspaces', function () {
  it('declares untrusted workspaces as limited, with both file settings restricted', function () {
    const trust = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(trust?.supported, 'limited');
    assert.deepEqual([...(trust?.restrictedConfigurations ?? [])].sort(), [...fileSettings].sort());
    assert.ok((trust?.description ?? '').length > 20, 'the limitation is described to the user');
  });

  it('documents the restriction on each file setting, which exists and may be set per machine', function () {
    for (const key of fileSettings) {
      const setting = manifest.contributes.configuration.properties[key];
      assert.ok(setting, `${key} is contributed`);
      assert.match(setting.markdownDescription ?? '', /untrusted workspaces/i, `${key} says it is ignored in untrusted workspaces`);
      assert.ok(setting.scope === 'machine-overridable' || setting.scope === 'machine', `${key} scope ${setting.scope}`);
    }
  });

  it('the client withholds the file settings from the server while the workspace is untrusted', function () {
    const configuration = readFileSync(path.join(repoRoot, 'client', 'src', 'configuration.ts'), 'utf8');
    const languageClient = readFileSync(path.join(repoRoot, 'client', 'src', 'clientOptions.ts'), 'utf8');
    assert.match(configuration, /isTrusted/);
    assert.match(configuration, /fileSettingKeys\s*=\s*\[\s*'codeSetPath',\s*'cptDescriptionsPath'\s*\]/);
    assert.match(languageClient, /withoutUntrustedPaths\(/, 'the workspace/configuration middleware strips the paths');
    const extension = readFileSync(path.join(repoRoot, 'client', 'src', 'activation.ts'), 'utf8');
    assert.match(extension, /onDidGrantWorkspaceTrust/, 'granting trust makes the server re-read the settings');
    assert.match(languageClient, /workspaceTrusted: vscode\.workspace\.isTrusted/, 'the server is told the workspace trust');
  });

  it('declares virtual workspaces as limited, and the server never reads documents from disk', function () {
    assert.equal(manifest.capabilities?.virtualWorkspaces?.supported, 'limited');
    // The server works on the text the client syncs; only the two file settings are read from disk.
    const server = readFileSync(path.join(repoRoot, 'server', 'src', 'server.ts'), 'utf8');
    assert.doesNotMatch(server, /readFile|createReadStream|fileURLToPath/);
  });

  it('the client serves documents of virtual file systems, not only file: and untitled:', function () {
    const languageClient = readFileSync(path.join(repoRoot, 'client', 'src', 'clientOptions.ts'), 'utf8');
    const selector = /documentSelector:([\s\S]*?)\n\s{4}\w+:/.exec(languageClient)?.[1] ?? '';
    const schemes = [...selector.matchAll(/scheme:\s*'([^']+)'/g)].map((match) => match[1]);
    const schemeless = /\(\{\s*language\s*\}\)|\{\s*language\s*\}/.test(selector);
    assert.ok(schemeless || schemes.includes('vscode-vfs'), `the selector only serves ${schemes.join(', ')}`);
  });
});
