/**
 * Keeps examples/ honest: every file listed in examples/README.md raises exactly the finding its
 * row promises (rule, severity and line), the clean files raise nothing, and together the examples
 * show every rule in the registry firing.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import type { LanguageService } from '../../server/src/service';
import { rules } from '../../server/src/service/rules/index';
import { testCodeSets } from '../helpers/codeSets';
import { officialNeoplasmTable } from '../helpers/neoplasmTable';
import { examplesFolder, readExampleTable } from '../helpers/examples';
import { snapshotOf } from '../helpers/snapshot';

const severityNames = ['', 'error', 'warning', 'information', 'hint'];

let service: LanguageService | undefined;

/** Validates one example file as the editor does: bundled code sets, the Table of Neoplasms, default settings. */
function validateExample(file: string): { document: TextDocument; diagnostics: Diagnostic[] } {
  service ??= createLanguageService({ codeSets: testCodeSets(), neoplasmTable: officialNeoplasmTable() });
  const text = readFileSync(join(examplesFolder, file), 'utf8');
  const languageId = file.endsWith('.note') ? 'clinical-note' : /\.(?:fhir\.json|ndjson)$/.test(file) ? 'fhir-json' : 'x12-837';
  const document = TextDocument.create(`file:///examples/${file}`, languageId, 1, text);
  const diagnostics = service.doValidation(snapshotOf(service, document, languageId), { rules: {}, maxNumberOfProblems: 1000 });
  return { document, diagnostics };
}

function describe1(diagnostic: Diagnostic): string {
  return `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${severityNames[diagnostic.severity ?? 0]} ${String(diagnostic.code)} ${diagnostic.message}`;
}

describe('examples/', () => {
  const table = readExampleTable();

  it('lists every example file in its README, and only existing files', () => {
    const files = readdirSync(examplesFolder).filter((name) => /\.(837|note|fhir\.json|ndjson)$/.test(name)).sort();
    assert.deepEqual(table.map((row) => row.file).sort(), files);
  });

  it('shows every registered rule firing at least once', () => {
    const shown = new Set(table.map((row) => row.rule));
    const missing = rules.map((rule) => rule.id).filter((id) => !shown.has(id));
    assert.deepEqual(missing, [], `rules without an example: ${missing.join(', ')}`);
  });

  for (const row of table) {
    it(`${row.file}: ${row.rule === undefined ? 'raises nothing' : `raises ${row.rule} on line ${row.line}`}`, () => {
      const { diagnostics } = validateExample(row.file);
      const described = diagnostics.map(describe1);
      if (row.rule === undefined) {
        assert.deepEqual(described, []);
        return;
      }
      assert.equal(diagnostics.length, 1, `expected one finding, got:\n${described.join('\n')}`);
      const [finding] = diagnostics;
      assert.ok(finding);
      assert.equal(finding.code, row.rule, described.join('\n'));
      assert.equal(severityNames[finding.severity ?? 0], row.severity, described.join('\n'));
      assert.equal(finding.range.start.line + 1, row.line, described.join('\n'));
    });
  }
});
