import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspTestClient, positionOf } from './lspClient';

/**
 * FHIR through the built server over JSON-RPC, as an editor sees it: an ExplanationOfBenefit with C78.7
 * alone gets the secondary-without-primary warning, the code hover and the "Add C80.1" quick fix, like
 * the 837 and the note; a `json` document is served when its head opens a resource.
 */

const eob = `{
  "resourceType": "ExplanationOfBenefit",
  "id": "protocol-eob",
  "billablePeriod": {"start": "2026-11-15"},
  "diagnosis": [
    {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.7"}]}}
  ]
}
`;

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

describe('language server over stdio: FHIR', function () {
  let client: LspTestClient;

  before(async function () {
    client = LspTestClient.start();
    await client.initialize();
  });

  after(async function () {
    client.kill();
  });

  it('warns, hovers and fixes C78.7 alone on an ExplanationOfBenefit opened as fhir-json', async function () {
    const uri = 'file:///synthetic/eob.fhir.json';
    await client.open(uri, 'fhir-json', eob);
    const diagnostics = await client.diagnostics(uri);
    const warning = diagnostics.find((diagnostic) => diagnostic.code === 'secondary-without-primary');
    assert.ok(warning, JSON.stringify(diagnostics));
    assert.deepEqual(warning.range.start, positionOf(eob, 'C78.7', 0));
    assert.match(hoverText(await client.hover(uri, positionOf(eob, 'C78.7', 1))), /Secondary malignant neoplasm of liver and intrahepatic bile duct/);
    const actions = (await client.codeActions(uri, warning.range, [warning])) ?? [];
    const add = actions.find((action) => action.title.startsWith('Add C80.1'));
    assert.ok(add, JSON.stringify(actions.map((action) => action.title)));
    const edit = add.edit?.changes?.[uri]?.[0];
    assert.ok(edit?.newText.includes('"code": "C80.1"') && edit.newText.includes('"sequence": 2'), edit?.newText);
  });

  it('serves a json document whose head opens a FHIR resource, and ignores other JSON', async function () {
    const fhirUri = 'file:///synthetic/plain-eob.json';
    await client.open(fhirUri, 'json', eob);
    assert.ok((await client.diagnostics(fhirUri)).some((diagnostic) => diagnostic.code === 'secondary-without-primary'));
    const otherUri = 'file:///synthetic/settings.json';
    await client.open(otherUri, 'json', '{"name": "not FHIR", "code": "C78.7"}\n');
    assert.deepEqual(await client.diagnostics(otherUri), []);
  });
});
