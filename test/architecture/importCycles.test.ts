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

/**
 * Cycles that existed when this test was written, each owned by a piece of work that removes it (issue
 * 11). The test fails on any other cycle, and on a listed one that is gone, so that this list only shrinks.
 */
const KNOWN_CYCLES: readonly (readonly string[])[] = [
  ['narrative/mentions.ts', 'narrative/siteContext.ts'],
];

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

  it('has no cycle in the language service beyond the known ones, and every known one still exists', () => {
    const found = cyclesUnder(serviceDir).map(key).sort();
    const known = KNOWN_CYCLES.map(key).sort();
    assert.deepEqual(found.filter((cycle) => !known.includes(cycle)), [], 'a new import cycle');
    assert.deepEqual(known.filter((cycle) => !found.includes(cycle)), [], 'a known cycle is gone: remove it from KNOWN_CYCLES');
  });

  it('keeps the rule contract free of the engine: rule.ts imports only the reaction vocabulary among the rules', () => {
    const rulesImported = (file: string): string[] => importedSpecifiers(readFileSync(path.join(rulesDir, file), 'utf8'))
      .filter((specifier) => specifier.startsWith('./'));
    assert.deepEqual(rulesImported('rule.ts'), ['./reaction']);
    assert.deepEqual(rulesImported('reaction.ts'), []);
  });

  it('keeps no module-level mutable state among the rules', () => {
    const offending: string[] = [];
    for (const file of sourceFiles(rulesDir)) {
      readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
        const mutableCollection = /^(?:export )?(?:const|let) \w+(?:: ([^=]+))? = new (?:WeakMap|Map|Set|WeakSet)\b/.exec(line);
        if ((mutableCollection !== null && !/^Readonly/.test(mutableCollection[1] ?? '')) || /^(?:export )?let /.test(line)) {
          offending.push(`${path.relative(serviceDir, file)}:${index + 1}: ${line.trim()}`);
        }
      });
    }
    assert.deepEqual(offending, []);
  });
});
