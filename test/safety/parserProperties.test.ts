import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ParsedDocument } from '../../server/src/service/model';
import { parseDocument } from '../../server/src/service/parse';
import type { LanguageId as ParsedLanguageId } from '../../server/src/service/model';
import type { X12Document } from '../../server/src/service/x12/x12Model';
import {
  allSpanProblems, budget, casesRun, countCase, interchangeArbitrary, mutate, mutationArbitrary, noteArbitrary, referenceClaims,
  rewriteDelimiters, snapshot, structuralMutationArbitrary, x12Fixtures,
} from './fuzzSupport';

/**
 * Property-based tests of the X12 scanner/837 model and the note scanner: for random and mutated
 * inputs the parser never throws (and never falls back to `parse-failed`), every span lies inside the
 * document, re-parsing is deterministic, and each claim's diagnoses match a naive reference extraction.
 */

/** Parses and exercises everything lazy on the model; throws whatever the parser throws. */
function parseFully(text: string, languageId: ParsedLanguageId): ParsedDocument {
  const parsed = parseDocument(text, languageId);
  const failed = parsed.problems.find((problem) => problem.id === 'parse-failed');
  if (failed !== undefined) throw new Error(`the parser threw: ${failed.message}`);
  if (parsed.languageId === 'x12-837') {
    const x12 = parsed as X12Document;
    for (let index = 0; index < x12.claims.length; index++) {
      const built = x12.buildEncounter(index);
      assert.deepEqual(JSON.stringify(built.encounter), JSON.stringify(parsed.encounters[index]), `buildEncounter(${index}) differs from encounters[${index}]`);
    }
    for (const offset of [0, 1, Math.floor(text.length / 2), text.length - 1, text.length, text.length + 5]) x12.segmentAt(offset);
  }
  return parsed;
}

/** The checks every input must pass. */
function checkInvariants(text: string, languageId: ParsedLanguageId): ParsedDocument {
  const parsed = parseFully(text, languageId);
  const complaints = allSpanProblems(parsed, text.length);
  assert.deepEqual(complaints, [], complaints.slice(0, 5).join('\n'));
  assert.equal(snapshot(parseFully(text, languageId)), snapshot(parsed), 'a second parse of the same text differs');
  for (const encounter of parsed.encounters) {
    for (const mention of encounter.diagnoses) {
      const written = text.slice(mention.span.offset, mention.span.offset + mention.span.length);
      assert.equal(written.replace('.', '').toUpperCase(), mention.code, `the span of ${mention.code} covers '${written}'`);
    }
  }
  for (const problem of parsed.problems) {
    assert.ok(problem.message.trim().length > 0 && /[.!?)]$/.test(problem.message.trim()), `${problem.id}: '${problem.message}' is not a sentence`);
  }
  return parsed;
}

function claimsOf(parsed: ParsedDocument): string[][] {
  return parsed.encounters.map((encounter) => encounter.diagnoses.map((mention) => mention.code));
}

describe('safety: parser properties (fast-check)', function () {
  this.timeout(120_000);
  const fixtures = x12Fixtures();
  const fixtureIndex = fc.integer({ min: 0, max: fixtures.length - 1 });
  let compared = 0;
  let undecided = 0;

  /**
   * Compares the parse with the reference extraction when the reference can decide the text; returns
   * whether it could (counted either way for the summary line).
   */
  const matchesReference = (text: string, parsed: ParsedDocument): boolean => {
    const expected = referenceClaims(text);
    if (expected === undefined) {
      undecided++;
      return false;
    }
    compared++;
    assert.deepEqual(claimsOf(parsed), expected);
    return true;
  };

  after(function () {
    const total = [...casesRun.values()].reduce((sum, value) => sum + value, 0);
    console.log(`      fuzz cases: ${total} (${[...casesRun].map(([group, count]) => `${group} ${count}`).join(', ')}); reference compared ${compared}, undecided ${undecided}`);
  });

  it('reads every real fixture and agrees with the reference extraction', function () {
    assert.ok(fixtures.length >= 10, `expected at least 10 real fixtures, found ${fixtures.length}`);
    for (const fixture of fixtures) {
      const parsed = checkInvariants(fixture.text, 'x12-837');
      const expected = referenceClaims(fixture.text);
      if (expected !== undefined) assert.deepEqual(claimsOf(parsed), expected, fixture.name);
    }
  });

  it('survives truncation at every position of a small fixture (both parsers)', function () {
    const small = [...fixtures].sort((a, b) => a.text.length - b.text.length)[0];
    assert.ok(small);
    for (let end = 0; end <= small.text.length; end++) {
      const text = small.text.slice(0, end);
      checkInvariants(text, 'x12-837');
      checkInvariants(text, 'clinical-note');
      countCase('truncations');
    }
  });

  it('never throws on mutated fixtures (bytes flipped, segments dropped or duplicated, delimiters swapped)', function () {
    fc.assert(fc.property(fixtureIndex, fc.array(mutationArbitrary, { minLength: 1, maxLength: 6 }), (index, mutations) => {
      const text = mutations.reduce(mutate, fixtures[index]?.text ?? '');
      checkInvariants(text, 'x12-837');
      countCase('mutated');
    }), budget(6000));
  });

  it('matches the reference extraction after segments are dropped or duplicated', function () {
    fc.assert(fc.property(fixtureIndex, fc.array(structuralMutationArbitrary, { minLength: 1, maxLength: 4 }), (index, mutations) => {
      const text = mutations.reduce(mutate, fixtures[index]?.text ?? '');
      const parsed = checkInvariants(text, 'x12-837');
      countCase('segment-mutated');
      matchesReference(text, parsed);
    }), budget(3000));
  });

  it('matches the reference extraction when every delimiter is rewritten (header included)', function () {
    fc.assert(fc.property(fixtureIndex, fc.array(fc.nat(20), { minLength: 3, maxLength: 3 }), (index, pick) => {
      const original = fixtures[index]?.text ?? '';
      const text = rewriteDelimiters(original, pick);
      const parsed = checkInvariants(text, 'x12-837');
      countCase('delimiters-rewritten');
      if (!matchesReference(text, parsed)) return;
      assert.deepEqual(claimsOf(parsed), claimsOf(parseDocument(original, 'x12-837')), 'other delimiters, same diagnoses');
    }), budget(1000));
  });

  it('matches the reference extraction on generated interchanges', function () {
    let decided = 0;
    fc.assert(fc.property(interchangeArbitrary, ({ text, claims }) => {
      const parsed = checkInvariants(text, 'x12-837');
      countCase('generated-837');
      assert.equal(parsed.encounters.length, claims);
      if (!matchesReference(text, parsed)) return;
      decided++;
      // A generated interchange has a correct envelope, so it has no envelope problems at all.
      assert.deepEqual((parsed as X12Document).envelopeProblems.map((problem) => problem.id).filter((id) => id !== 'x12-se-count-mismatch'), []);
    }), budget(4000));
    assert.ok(decided > 1000 || process.env.FUZZ_RUNS !== undefined, `the reference decided only ${decided} generated interchanges`);
  });

  it('never throws on random text, as X12 and as a note', function () {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300, unit: 'binary' }), fc.string({ maxLength: 300, unit: fc.constantFrom('I', 'S', 'A', '*', ':', '~', '\n', 'H', 'C', '0', '1', 'B', 'K', ' ', 'E', 'L', 'M', '.', '-') })), (text) => {
      checkInvariants(text, 'x12-837');
      checkInvariants(`ISA${text}`, 'x12-837');
      checkInvariants(text, 'clinical-note');
      countCase('random-text');
    }), budget(4000));
  });

  it('notes: every dotted code is found in its encounter, in order', function () {
    fc.assert(fc.property(noteArbitrary, ({ text, encounters }) => {
      const parsed = checkInvariants(text, 'clinical-note');
      countCase('generated-note');
      const found = parsed.encounters.map((encounter) => encounter.diagnoses.filter((mention) => mention.writtenDotted).map((mention) => mention.code));
      // Encounters that hold only whitespace are left out by the parser; compare the ones with codes.
      assert.deepEqual(found.filter((codes) => codes.length > 0), encounters.filter((codes) => codes.length > 0));
    }), budget(3000));
  });

  it('notes: mutated notes never throw', function () {
    fc.assert(fc.property(noteArbitrary, fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), ({ text }, mutations) => {
      checkInvariants(mutations.reduce(mutate, text), 'clinical-note');
      countCase('mutated-note');
    }), budget(2000));
  });
});
