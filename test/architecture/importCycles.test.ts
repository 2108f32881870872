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
  // filled later (a scratch list shared by every caller) or a typed array allocated bare (a scratch
  // buffer, such as the element bounds the X12 readers write: `ElementScratch` holds those); constant
  // look-up tables (a Set of trigger words, a typed array filled once by the expression that makes
  // it) are allowed outside the rules, where the rule contract asks for them typed read-only.
  it('keeps no module-level caches, variables or scratch arrays in the language service', () => {
    assert.deepEqual(moduleLevelState(serviceDir, MODULE_STATE), []);
  });

  it('tells module-level state from constant tables', () => {
    const state = ['let count = 0;', 'const SEEN = new WeakMap<object, string>();', 'export const LIST: string[] = [];',
      'const BOUNDS = new Int32Array(10);', 'const POINTERS = new Int32Array(POINTER_ELEMENT * 2);', 'export const VALUES: Float64Array = new Float64Array(4);'];
    const constant = ['const WORDS = new Set([\'a\']);', 'const EMPTY = new Int32Array(0);', 'export const CODE_CHAR_VALUES: Uint8Array = (() => {',
      '  const bounds = new Int32Array(10);', '  let cursor = 0;'];
    assert.deepEqual(state.filter((line) => !MODULE_STATE.test(line)), []);
    assert.deepEqual(constant.filter((line) => MODULE_STATE.test(line)), []);
  });

  it('keeps no module-level mutable collections among the rules', () => {
    assert.deepEqual(moduleLevelState(rulesDir, /^(?:export )?(?:const|let) \w+(?:: (?!Readonly)[^=]+)? = new (?:WeakMap|Map|Set|WeakSet)\b/), []);
  });
});

/** A module-level line that creates state: a weak cache, a variable, an empty array or a non-empty bare typed array. */
const MODULE_STATE = /^(?:export )?(?:const|let) \w+(?:: [^=]+)? = (?:new (?:WeakMap|WeakSet)\b|\[\];|new (?:Big)?(?:Int|Uint|Float)(?:8|16|32|64)(?:Clamped)?Array\((?!0\)))|^(?:export )?let /;

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
