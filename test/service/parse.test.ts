import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { detectLanguageId, parseDocument } from '../../server/src/service/parse';
import type { X12Document } from '../../server/src/service/x12/x12Model';
import { x12FixtureDir } from '../helpers/dataFiles';

/** The parsing entry point: language detection, and the promise never to throw on any input. */

const FIXTURE_DIR = x12FixtureDir;
/** The parsers themselves must not throw: the safety net in parseDocument would turn that into `parse-failed`. */
function assertParsedCleanly(document: ReturnType<typeof parseDocument>): void {
  assert.ok(!document.problems.some((problem) => problem.id === 'parse-failed'), document.problems.find((problem) => problem.id === 'parse-failed')?.message);
}

const fixtures = readdirSync(FIXTURE_DIR).filter((file) => file !== 'README.md').map((file) => readFileSync(join(FIXTURE_DIR, file), 'utf8'));

describe('parseDocument', () => {
  describe('detectLanguageId', () => {
    it('detects X12 by extension', () => {
      for (const uri of ['file:///a/claims.837', 'file:///a/B.X12', 'file:///a/batch.edi', 'untitled:x.837i']) {
        assert.equal(detectLanguageId(uri, ''), 'x12-837', uri);
      }
    });
    it('detects X12 by a first line starting with ISA, with or without a byte order mark', () => {
      assert.equal(detectLanguageId('file:///a/claims.txt', 'ISA*00*          *00*'), 'x12-837');
      assert.equal(detectLanguageId('file:///a/claims.txt', '\ufeffISA*00*'), 'x12-837');
    });
    it('detects notes by extension and leaves other files alone', () => {
      assert.equal(detectLanguageId('file:///a/visit.note', 'ASSESSMENT'), 'clinical-note');
      assert.equal(detectLanguageId('file:///a/readme.md', '# ISA notes'), undefined);
      assert.equal(detectLanguageId('file:///a/x.txt', 'Isabel'), undefined);
    });
  });

  it('returns the requested language', () => {
    assert.equal(parseDocument('', 'x12-837').languageId, 'x12-837');
    assert.equal(parseDocument('', 'clinical-note').languageId, 'clinical-note');
    assert.deepEqual(parseDocument('', 'x12-837').encounters, []);
  });

  it('never throws on arbitrary text, in either language', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      assertParsedCleanly(parseDocument(text, 'x12-837'));
      assertParsedCleanly(parseDocument(text, 'clinical-note'));
    }), { numRuns: 300 });
  });

  it('never throws on X12-like text built from delimiters and segment ids', () => {
    const token = fc.constantFrom('ISA', 'GS', 'ST', 'CLM', 'HI', 'SV1', 'SV2', 'DTP', 'SE', 'GE', 'IEA', 'HL', 'ABK', 'BK', 'C7801', '472', 'D8', '*', ':', '~', '>', '^', '\n', '\r', ' ', '', '00501', '\u0000');
    fc.assert(fc.property(fc.array(token, { maxLength: 200 }), (tokens) => {
      const document = parseDocument(tokens.join(''), 'x12-837');
      assertParsedCleanly(document);
      for (const problem of document.problems) assert.ok(problem.span.offset >= 0 && problem.span.length >= 0);
    }), { numRuns: 500 });
  });

  it('never throws on real fixtures cut, spliced or corrupted at random places', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: fixtures.length - 1 }), fc.nat(), fc.nat(), fc.string({ maxLength: 8 }),
      (which, a, b, insert) => {
        const text = fixtures[which] ?? '';
        const start = a % (text.length + 1);
        const end = Math.min(text.length, start + (b % 200));
        const mutated = text.slice(0, start) + insert + text.slice(end);
        const document = parseDocument(mutated, 'x12-837');
        assertParsedCleanly(document);
        for (const encounter of document.encounters) {
          for (const mention of encounter.diagnoses) assert.ok(mention.span.offset + mention.span.length <= mutated.length);
        }
        // Every segment materialises, and every offset resolves to a segment or to nothing.
        const x12 = document as X12Document;
        for (let index = 0; index < x12.segmentCount; index++) x12.segment(index);
        for (let offset = 0; offset <= mutated.length; offset += 7) x12.segmentAt(offset);
      },
    ), { numRuns: 500 });
  });
});
