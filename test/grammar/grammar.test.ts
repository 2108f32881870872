/**
 * Runs the TextMate grammar annotation tests (test/grammar/*.test.x12 and *.test.note) with
 * vscode-tmgrammar-test against the grammars that package.json contributes, and checks that the
 * generated X12 grammar is in sync with its generator.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRegistry } from 'vscode-tmgrammar-test/dist/common/index';

const root = resolve(__dirname, '..', '..');
const toolScript = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');

interface ToolRun {
  readonly status: number | null;
  readonly output: string;
}

/** Runs vscode-tmgrammar-test in compact mode on the given glob patterns. */
function runGrammarTests(patterns: readonly string[]): ToolRun {
  const result = spawnSync(process.execPath, [toolScript, '--compact', '--config', 'package.json', ...patterns], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

interface GrammarContribution {
  readonly language: string;
  readonly scopeName: string;
  readonly path: string;
}

interface LanguageContribution {
  readonly id: string;
  readonly configuration?: string;
}

describe('TextMate grammars', () => {
  it('pass every annotation in test/grammar', () => {
    const run = runGrammarTests(['test/grammar/*.test.x12', 'test/grammar/*.test.note']);
    assert.equal(run.status, 0, `vscode-tmgrammar-test reported failures:\n${run.output}`);
    assert.match(run.output, /x12-837\.test\.x12/, 'the X12 annotation file was not run');
    assert.match(run.output, /clinical-note\.test\.note/, 'the clinical-note annotation file was not run');
  });

  it('report a wrong expectation as a failure', () => {
    // Guards the harness itself: if the tool ever stopped failing on wrong scopes, the test above
    // would pass vacuously.
    const folder = mkdtempSync(join(tmpdir(), 'icd-grammar-'));
    try {
      const wrong = join(folder, 'wrong.test.x12');
      writeFileSync(wrong, [
        '## SYNTAX TEST "source.x12-837" "a deliberately wrong expectation"',
        'HI*ABK:C7801~',
        '##     ^^^^^ constant.other.code.cpt.x12-837',
        '',
      ].join('\n'));
      const run = runGrammarTests([wrong]);
      assert.notEqual(run.status, 0, `a wrong expectation passed:\n${run.output}`);
      assert.match(run.output, /constant\.other\.code\.cpt\.x12-837/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keep the X12 grammar JSON in sync with its generator', () => {
    const result = spawnSync(process.execPath, [join(root, 'syntaxes', 'generate-x12-grammar.mjs'), '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  });

  it('are contributed by package.json with files that exist and matching scope names', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      contributes: { grammars: GrammarContribution[]; languages: LanguageContribution[] };
    };
    const expected = new Map([['x12-837', 'source.x12-837'], ['clinical-note', 'text.clinical-note']]);
    for (const [language, scopeName] of expected) {
      const grammar = manifest.contributes.grammars.find((entry) => entry.language === language);
      assert.ok(grammar, `no grammar contributed for ${language}`);
      assert.equal(grammar.scopeName, scopeName);
      const grammarFile = JSON.parse(readFileSync(join(root, grammar.path), 'utf8')) as { scopeName: string };
      assert.equal(grammarFile.scopeName, scopeName, `${grammar.path} declares another scope name`);
      const languageEntry = manifest.contributes.languages.find((entry) => entry.id === language);
      assert.ok(languageEntry?.configuration, `no language configuration for ${language}`);
      assert.ok(existsSync(join(root, languageEntry.configuration)), `${languageEntry.configuration} is missing`);
    }
  });
});

describe('X12 grammar on the example claims', () => {
  const examplesFolder = join(root, 'examples');
  const claimFiles = readdirSync(examplesFolder).filter((name) => name.endsWith('.837'));

  /** Tokenises a whole file and returns the text of every token that carries `scope`. */
  async function tokensWithScope(text: string, scope: string): Promise<string[]> {
    const registry = createRegistry([
      { language: 'x12-837', scopeName: 'source.x12-837', path: join(root, 'syntaxes', 'x12-837.tmLanguage.json') },
    ]);
    const grammar = await registry.loadGrammar('source.x12-837');
    assert.ok(grammar, 'the X12 grammar did not load');
    const found: string[] = [];
    let state = null;
    for (const line of text.split(/\r?\n/)) {
      const result = grammar.tokenizeLine(line, state);
      for (const token of result.tokens) {
        if (token.scopes.includes(scope)) found.push(line.slice(token.startIndex, token.endIndex));
      }
      state = result.ruleStack;
    }
    return found;
  }

  it('finds example claims to check', () => {
    assert.ok(claimFiles.length >= 5, `only ${claimFiles.length} example claims in examples/`);
  });

  for (const name of claimFiles) {
    it(`scopes every HI diagnosis and SV1/SV2 procedure code in ${name}`, async () => {
      const text = readFileSync(join(examplesFolder, name), 'utf8');
      const diagnoses = [...text.matchAll(/[*](?:ABK|ABF|ABJ):([A-Z0-9]+)/g)].map((match) => match[1]);
      const procedures = [...text.matchAll(/[*]HC:([0-9]{4}[0-9FT])/g)].map((match) => match[1]);
      assert.ok(diagnoses.length > 0, `no HI diagnoses found in ${name}`);
      assert.deepEqual(await tokensWithScope(text, 'constant.other.code.icd10cm.x12-837'), diagnoses);
      assert.deepEqual(await tokensWithScope(text, 'constant.other.code.cpt.x12-837'), procedures);
    });
  }
});
