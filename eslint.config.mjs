// Lint configuration. Besides style, it enforces the architecture: the language service under
// server/src/service is pure (no LSP runtime, no VS Code API, no Node built-ins), and the client may
// import nothing from the server except the shared protocol file.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**', 'out/**', 'client/out/**', 'server/out/**', 'server/data/**',
      '.cache/**', 'e2e-artifacts/**', 'bench/out/**', 'bench-results/**', '.vscode-test/**', '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-namespace': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      // Some scripts name the globals they use in a `/* global */` comment; that is documentation, not a redeclaration.
      'no-redeclare': ['error', { builtinGlobals: false }],
    },
  },
  {
    // Small files: every source file of the extension and the server stays under 400 lines, so a reader sees one
    // concern per file (anchors-style.md); data and rules that grow are split by family, not appended.
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
    },
  },
  {
    // The service boundary: pure TypeScript over LSP types.
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          ...nodeBuiltins.map((name) => ({ name, message: 'The language service is pure: no Node built-ins. Inject what you need.' })),
          { name: 'vscode', message: 'The language service must not use the VS Code API.' },
          { name: 'vscode-languageserver', message: 'The language service must not import the LSP runtime; use vscode-languageserver-types.' },
          { name: 'vscode-languageserver/node', message: 'The language service must not import the LSP runtime.' },
        ],
        patterns: [
          { group: ['vscode-languageserver/*', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'The language service must not import the LSP runtime.' },
          { group: ['**/lsp/**', '**/cli/**', '**/node/**', '../server', '../main'], message: 'The language service must not import the binding, the Node-side loaders or the command line.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'The language service is pure: no process access.' },
        { name: 'require', message: 'The language service is pure: use imports.' },
        { name: 'Buffer', message: 'The language service is pure: use Uint8Array and TextDecoder.' },
      ],
    },
  },
  {
    // The binding shared by the Node server and the web-worker server: platform services come
    // through HostServices and CodeSetLoaders (server.ts), never from Node directly. The disk loaders
    // that the Node server and the command line share live in server/src/node, which this code may
    // not import (main.ts injects them); the Node host and the heap policy are listed as exceptions.
    files: ['server/src/server.ts', 'server/src/browserMain.ts', 'server/src/lsp/**/*.ts'],
    ignores: ['server/src/lsp/nodeHost.ts', 'server/src/lsp/heapPolicy.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'The shared binding also runs in a web worker: no Node built-ins. Add it to HostServices or CodeSetLoaders.' })),
        patterns: [{ group: ['**/node/**', '../node/*', './node/*'], message: 'The shared binding also runs in a web worker: the Node-side loaders come in through CodeSetLoaders (main.ts).' }],
      }],
      'no-restricted-globals': ['error',
        { name: 'setImmediate', message: 'Use HostServices.yieldToEventLoop (the web worker has no setImmediate).' },
        { name: 'process', message: 'The shared binding also runs in a web worker: no process access.' },
        { name: 'Buffer', message: 'The shared binding also runs in a web worker: use Uint8Array and TextDecoder.' },
        { name: '__dirname', message: 'The shared binding also runs in a web worker: data comes through CodeSetLoaders.' },
      ],
      'no-restricted-properties': ['error', { property: 'unref', message: 'Use HostServices.setBackgroundTimer.' }],
    },
  },
  {
    // The client talks to the server only through the protocol contract.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['../../server/src/*', '!../../server/src/protocol'],
          message: 'The client may import only server/src/protocol.ts from the server.',
        }],
      }],
    },
  },
);
