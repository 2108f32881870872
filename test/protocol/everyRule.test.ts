import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules } from '../../server/src/service/rules/index';
import { examplesFolder, readExampleTable } from '../helpers/examples';
import { LspTestClient } from './lspClient';

/**
 * Every rule of the registry, through the built server over real JSON-RPC: each example file is
 * opened as a VS Code client would open it and its pulled diagnostics must hold the finding its row
 * in examples/README.md promises (rule, severity, line); the clean files must raise nothing.
 */

const severityNumbers: Readonly<Record<string, number>> = { error: 1, warning: 2, information: 3, hint: 4 };

describe('every rule through the language server', function () {
  const table = readExampleTable();
  let client: LspTestClient;

  before(async function () {
    client = LspTestClient.start();
    await client.initialize();
  });

  after(function () {
    client.kill();
  });

  it('has an example for every registered rule', function () {
    const shown = new Set(table.map((row) => row.rule));
    assert.deepEqual(rules.map((rule) => rule.id).filter((id) => !shown.has(id)), []);
  });

  for (const row of table) {
    it(`${row.file}: ${row.rule === undefined ? 'no findings' : `${row.rule} (${row.severity}) on line ${row.line}`}`, async function () {
      const path = join(examplesFolder, row.file);
      const uri = pathToFileURL(path).href;
      const languageId = row.file.endsWith('.note') ? 'clinical-note' : /\.(?:fhir\.json|ndjson)$/.test(row.file) ? 'fhir-json' : 'x12-837';
      await client.open(uri, languageId, readFileSync(path, 'utf8'));
      try {
        const diagnostics = await client.diagnostics(uri);
        if (row.rule === undefined) {
          assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), []);
          return;
        }
        const found = diagnostics.find((diagnostic) => diagnostic.code === row.rule);
        assert.ok(found, `${row.rule} missing; got ${diagnostics.map((diagnostic) => String(diagnostic.code)).join(', ')}`);
        assert.equal(found.severity, severityNumbers[row.severity ?? '']);
        assert.equal(found.range.start.line + 1, row.line);
        assert.equal(found.source, 'icd-claim-coder');
        assert.ok(found.message.length > 20 && !found.message.includes('\n'), 'one sentence');
      } finally {
        await client.close(uri);
      }
    });
  }
});
