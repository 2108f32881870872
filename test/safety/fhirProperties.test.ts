import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isFhirDocument } from '../../server/src/service/fhir/fhirModel';
import { MAX_DEPTH, readJson } from '../../server/src/service/fhir/jsonTree';
import type { JsonValue } from '../../server/src/service/fhir/jsonTree';
import { parseDocument } from '../../server/src/service/parse';
import { budget, countCase } from './fuzzSupport';
import { fhirTextArbitrary, fhirTexts, jsonMutationArbitrary, mutateJson } from './fhirInputs';

/**
 * The FHIR reader's promises, property by property: valid JSON reads back as `JSON.parse` reads it with
 * no problem; any text reads without throwing, with every span inside the text; and a mention's span
 * covers exactly the code it names, on generated, real and mutated FHIR.
 */

/** The plain value of a read JSON tree, for comparison with JSON.parse. */
function plain(value: JsonValue | undefined): unknown {
  if (value === undefined) return undefined;
  switch (value.kind) {
    case 'string': return value.value;
    case 'number': return Number(value.text);
    case 'literal': return value.text === 'null' ? null : value.text === 'true';
    case 'array': return value.items.map(plain);
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of value.properties) Object.defineProperty(result, property.key.value, { value: plain(property.value), enumerable: true, writable: true, configurable: true });
      return result;
    }
  }
}

/** A string's content as JSON decodes it (escapes resolved); as written when it is not valid JSON. */
function decoded(content: string): string {
  try {
    return JSON.parse(`"${content}"`) as string;
  } catch {
    return content;
  }
}

function assertMentionsPointAtCodes(text: string): void {
  const parsed = parseDocument(text, 'fhir-json');
  assert.ok(isFhirDocument(parsed));
  assert.ok(!parsed.problems.some((problem) => problem.id === 'parse-failed'), 'the FHIR parser threw');
  for (const problem of parsed.problems) assert.ok(problem.span.offset >= 0 && problem.span.offset + problem.span.length <= text.length, problem.message);
  for (const encounter of parsed.encounters) {
    for (const mention of encounter.diagnoses) {
      const written = text.slice(mention.span.offset, mention.span.offset + mention.span.length);
      assert.equal(decoded(written).trim().replace('.', '').toUpperCase(), mention.code, `span of ${mention.code} covers "${written}"`);
    }
  }
}

describe('safety: the FHIR reader (fast-check)', function () {
  this.timeout(120_000);

  it('reads any valid JSON as JSON.parse does, with no problem', function () {
    fc.assert(fc.property(fc.json({ depthSize: 'small' }), fc.boolean(), (json, pretty) => {
      const text = pretty ? JSON.stringify(JSON.parse(json) as unknown, null, 2) : json;
      const { value, problems } = readJson(text);
      assert.deepEqual(problems, []);
      assert.deepEqual(plain(value), JSON.parse(text));
      countCase('fhir-json-valid');
    }), budget(1500));
  });

  it('never throws on any text and keeps every problem inside it', function () {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
      const { problems } = readJson(text);
      for (const problem of problems) assert.ok(problem.offset >= 0 && problem.offset + problem.length <= text.length + 1);
      countCase('fhir-json-any');
    }), budget(1500));
  });

  it('reads nesting far deeper than the limit without exhausting the stack', function () {
    const depth = MAX_DEPTH * 40;
    const { problems } = readJson('['.repeat(depth) + ']'.repeat(depth));
    assert.ok(problems.some((problem) => problem.message.includes('nests deeper')));
    readJson('{"a":'.repeat(depth));
  });

  it('points every mention at its code in generated, real and mutated FHIR', function () {
    const real = fhirTexts();
    fc.assert(fc.property(fc.oneof(fhirTextArbitrary, fc.constantFrom(...real)), fc.array(jsonMutationArbitrary, { maxLength: 4 }), (text, mutations) => {
      assertMentionsPointAtCodes(mutations.reduce(mutateJson, text));
      countCase('fhir-parse');
    }), budget(1500));
  });
});
