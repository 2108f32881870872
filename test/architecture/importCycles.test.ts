import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importCycles, importedSpecifiers, importGraph, sourceFiles } from './importGraph';

/**
 * The shape of the language service's imports. An import cycle makes a module's meaning depend on load
 * order and ties layers together that should not know each other (the rule contract and the engine's
 * performance index were one such circle), so none may appear.
 */

const serviceDir = path.resolve(__dirname, '..', '..', 'server', 'src', 'service');
const rulesDir = path.join(serviceDir, 'rules');

function cyclesUnder(folder: string): string[][] {
  return importCycles(importGraph(sourceFiles(folder))).map((cycle) => cycle.map((file) => path.relative(serviceDir, file).split(path.sep).join('/')));
}

const key = (cycle: readonly string[]): string => [...cycle].sort().join(' → ');

describe('architecture: import cycles', () => {
  it('finds a cycle, a self-import and type-only imports, and nothing in a chain', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['d']], ['e', ['a']]]);
    assert.deepEqual(importCycles(graph).map(key).sort(), ['a → b → c', 'd']);
    assert.deepEqual(importCycles(new Map([['a', ['b']], ['b', []]])), []);
    assert.deepEqual(importedSpecifiers("import type { A } from './a';\nexport { b } from '../b';\nimport './c';\n// import { d } from './d';\nconst e = import('./e');\nimport x from 'node:fs';"),
      ['./a', '../b', './c', './e']);
  });

  it('has none among the rules', () => {
    assert.deepEqual(cyclesUnder(rulesDir), []);
  });

  it('has none anywhere in the language service', () => {
    assert.deepEqual(cyclesUnder(serviceDir).map(key).sort(), []);
  });

  it('keeps the rule contract free of the engine: rule.ts imports only the reaction vocabulary among the rules', () => {
    const rulesImported = (file: string): string[] => importedSpecifiers(readFileSync(path.join(rulesDir, file), 'utf8'))
      .filter((specifier) => specifier.startsWith('./'));
    assert.deepEqual(rulesImported('rule.ts'), ['./reaction']);
    assert.deepEqual(rulesImported('reaction.ts'), []);
  });

  // Per-document and per-code-set state lives in objects the service creates (issue 11). At module
  // level a WeakMap or WeakSet can only be such a cache, a `let` is state, and so is an empty array
  // filled later (a scratch list shared by every caller); constant look-up tables (a Set of trigger
  // words) are allowed outside the rules, where the rule contract asks for them typed read-only.
  it('keeps no module-level caches, variables or scratch arrays in the language service', () => {
    assert.deepEqual(moduleLevelState(serviceDir, /^(?:export )?(?:const|let) \w+(?:: [^=]+)? = (?:new (?:WeakMap|WeakSet)\b|\[\];)|^(?:export )?let /), []);
  });

  it('keeps no module-level mutable collections among the rules', () => {
    assert.deepEqual(moduleLevelState(rulesDir, /^(?:export )?(?:const|let) \w+(?:: (?!Readonly)[^=]+)? = new (?:WeakMap|Map|Set|WeakSet)\b/), []);
  });
});

/** The module-level lines of the TypeScript files under `folder` that match `pattern`, as file:line: text. */
function moduleLevelState(folder: string, pattern: RegExp): string[] {
  const offending: string[] = [];
  for (const file of sourceFiles(folder)) {
    readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
      if (pattern.test(line)) offending.push(`${path.relative(serviceDir, file)}:${index + 1}: ${line.trim()}`);
    });
  }
  return offending;
}
