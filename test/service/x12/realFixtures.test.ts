import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { x12FixtureDir } from '../../helpers/dataFiles';
import { parse837 } from './x12TestFiles';

/**
 * Every real 837 in the fixtures folder (test/fixtures/x12) parses without an exception, and the counts and
 * delimiters match what the folder's README states (the README is the source of truth, read here).
 */

const FIXTURE_DIR = x12FixtureDir;

interface ReadmeEntry {
  readonly file: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly versions: readonly string[];
  readonly clm: number;
  readonly hi: number;
  readonly sv1: number;
  readonly sv2: number;
  readonly element: string;
  readonly component: string;
  readonly segment: string;
}

/** Parses the `## <file>` sections and their "version(s) [...]; CLM n; HI n; SV1 n; SV2 n; delimiters ..." lines. */
function readReadme(): ReadmeEntry[] {
  const readme = readFileSync(join(FIXTURE_DIR, 'README.md'), 'utf8');
  const entries: ReadmeEntry[] = [];
  const sections = readme.split(/^## /m).slice(1);
  for (const section of sections) {
    const file = section.slice(0, section.indexOf('\n')).trim();
    const facts = /version\(s\) \[([^\]]*)\]; CLM (\d+); HI (\d+); SV1 (\d+); SV2 (\d+); delimiters element '(.)' component '(.)' segment '(.)'/.exec(section);
    if (facts === null) throw new Error(`The README section for ${file} has no facts line.`);
    const identity = /bytes (\d+), sha256 `([0-9a-f]{64})`/.exec(section);
    if (identity === null) throw new Error(`The README section for ${file} has no bytes and sha256 line.`);
    entries.push({
      file,
      bytes: Number(identity[1]),
      sha256: identity[2] ?? '',
      versions: (facts[1] ?? '').split(',').map((version) => version.trim().replace(/^'|'$/g, '')),
      clm: Number(facts[2]),
      hi: Number(facts[3]),
      sv1: Number(facts[4]),
      sv2: Number(facts[5]),
      element: facts[6] ?? '',
      component: facts[7] ?? '',
      segment: facts[8] ?? '',
    });
  }
  return entries;
}

/**
 * Known errors in the README's counts, each explained and checked below. The README's HI count for
 * the institutional claim misses the four HI segments indented with tabs (the other lines use spaces);
 * whitespace after a terminator is not part of any segment, so those four are HI segments too.
 */
const README_ERRATA: Readonly<Record<string, Partial<Pick<ReadmeEntry, 'hi'>>>> = {
  'Inteligenz_X12Parser__InstitutionalClaim5010.txt': { hi: 11 },
};

function countSegments(document: ReturnType<typeof parse837>, id: string): number {
  let count = 0;
  for (let index = 0; index < document.segmentCount; index++) if (document.segment(index).id === id) count++;
  return count;
}

describe('real 837 fixtures (counts from the fixtures README)', () => {
  const entries = readReadme();

  it('the README describes every fixture file in the folder', () => {
    const files = readdirSync(FIXTURE_DIR).filter((file) => file !== 'README.md').sort();
    assert.deepEqual(entries.map((entry) => entry.file).sort(), files);
    assert.ok(entries.length >= 14);
  });

  for (const entry of entries) {
    describe(entry.file, () => {
      const bytes = readFileSync(join(FIXTURE_DIR, entry.file));
      const text = bytes.toString('utf8');
      const document = parse837(text);

      it('holds the bytes of the source file (size and sha256 as the README states)', () => {
        // A checkout that rewrote line ends or an encoding would change what the parser tests see.
        assert.equal(bytes.length, entry.bytes);
        assert.equal(createHash('sha256').update(bytes).digest('hex'), entry.sha256);
      });

      it('parses into one claim per CLM segment', () => {
        assert.equal(countSegments(document, 'CLM'), entry.clm);
        assert.equal(document.encounters.length, entry.clm);
        assert.equal(document.claims.length, entry.clm);
      });
      it('finds the HI, SV1 and SV2 segments the README lists', () => {
        assert.equal(countSegments(document, 'HI'), README_ERRATA[entry.file]?.hi ?? entry.hi);
        assert.equal(countSegments(document, 'SV1'), entry.sv1);
        assert.equal(countSegments(document, 'SV2'), entry.sv2);
      });
      it('reads the delimiters from the ISA header', () => {
        const first = document.interchanges[0];
        assert.ok(first, 'at least one interchange');
        assert.equal(first.delimiters.element, entry.element);
        assert.equal(first.delimiters.component, entry.component);
        assert.equal(first.delimiters.segment, entry.segment);
      });
      it('reads GS08 as one of the versions the README lists', () => {
        for (const interchange of document.interchanges) assert.ok(entry.versions.includes(interchange.version ?? ''), interchange.version);
      });
      it('gives every claim a label and a span inside the file', () => {
        for (const encounter of document.encounters) {
          assert.match(encounter.label, /^Claim \S/);
          assert.ok(text.startsWith('CLM', encounter.span.offset));
          assert.ok(encounter.span.offset + encounter.span.length <= text.length);
        }
      });
      it('gives every diagnosis a code span whose text is the code', () => {
        for (const encounter of document.encounters) {
          for (const mention of encounter.diagnoses) {
            assert.equal(text.slice(mention.span.offset, mention.span.offset + mention.span.length).toUpperCase(), mention.code);
          }
        }
      });
    });
  }
});

describe('README errata', () => {
  it('the institutional claim has 11 HI segments: the README\'s 7 plus the 4 indented with tabs', () => {
    const text = readFileSync(join(FIXTURE_DIR, 'Inteligenz_X12Parser__InstitutionalClaim5010.txt'), 'utf8');
    const readme = readReadme().find((entry) => entry.file === 'Inteligenz_X12Parser__InstitutionalClaim5010.txt');
    const tabIndented = text.match(/~\r?\n\t+HI\*/g)?.length ?? 0;
    const all = text.match(/~\s*HI\*/g)?.length ?? 0;
    assert.equal(tabIndented, 4);
    assert.equal(all, 11);
    assert.equal(readme?.hi, all - tabIndented);
  });
});

describe('facts about individual real fixtures', () => {
  const load = (file: string): { text: string; document: ReturnType<typeof parse837> } => {
    const text = readFileSync(join(FIXTURE_DIR, file), 'utf8');
    return { text, document: parse837(text) };
  };

  it('reads the only ICD-10 sample (HI*ABK:R69) as an ICD-10-CM principal diagnosis', () => {
    const { document } = load('UHIN_x12-parser-library__837.edi');
    const [mention] = document.encounters[0]?.diagnoses ?? [];
    assert.equal(mention?.code, 'R69');
    assert.equal(mention?.system, 'icd10cm');
    assert.equal(mention?.role, 'principal');
    assert.equal(document.problems.filter((problem) => problem.id === 'icd9-not-checked').length, 0);
  });

  it('reads ICD-9 173.9 from the x223 test as ICD-9-CM, never ICD-10-CM', () => {
    const { document } = load('imsweb_x12-parser__x223-test.txt');
    const encounter = document.encounters[0];
    assert.equal(encounter?.diagnoses[0]?.code, '1739');
    assert.equal(encounter?.diagnoses[0]?.system, 'icd9cm');
    assert.equal(encounter?.source, 'x12-837i');
    assert.equal(document.problems.filter((problem) => problem.id === 'icd9-not-checked').length, 1);
  });

  it('treats the institutional claim as 837I although GS08 says X222 (CL1 and SV2 present)', () => {
    const { document } = load('Inteligenz_X12Parser__InstitutionalClaim5010.txt');
    assert.equal(document.interchanges[0]?.version, '005010X222');
    assert.equal(document.encounters[0]?.source, 'x12-837i');
  });

  it('reads the HI composites written with ">" although ISA16 is ":" and warns once', () => {
    const { text, document } = load('LinuxForHealth_x12__ppo-repriced-claim.837i');
    const codes = document.encounters[0]?.diagnoses.map((mention) => mention.code);
    assert.deepEqual(codes, ['38181', '38900']);
    assert.equal(document.interchanges[0]?.observedComponent, '>');
    const warnings = document.problems.filter((problem) => problem.id === 'x12-component-separator-mismatch');
    assert.equal(warnings.length, 1);
    assert.ok(text.slice(warnings[0]?.span.offset).startsWith('BK>38181'));
  });

  it('reads the 4010 TigerShark file with two unpadded ISA headers and its many HI qualifiers', () => {
    const { document } = load('jdavisp3_TigerShark__837I-Examples.txt');
    assert.equal(document.interchanges.length, 2);
    const first = document.encounters[0];
    assert.deepEqual(first?.diagnoses.map((mention) => `${mention.qualifier}:${mention.code}`), ['BK:29382', 'BF:12345', 'BJ:2989', 'BN:E9320']);
    assert.equal(first?.diagnoses[2]?.role, 'admitting');
    assert.equal(first?.diagnoses[3]?.role, 'external-cause');
    // BR/BQ are ICD-9 procedures; BH/BE/BG/BI/DR are not diagnoses.
    assert.deepEqual(first?.procedures.filter((procedure) => procedure.qualifier === 'BR' || procedure.qualifier === 'BQ').length, 4);
    assert.equal(first?.inpatient, true);
  });

  it('reports the imsweb HI written as separate qualifier and code elements', () => {
    const { text, document } = load('imsweb_x12-parser__x12_complex.txt');
    const problems = document.problems.filter((problem) => problem.id === 'x12-hi-missing-qualifier');
    assert.equal(problems.length, 12);
    assert.equal(text.slice(problems[0]?.span.offset, (problems[0]?.span.offset ?? 0) + (problems[0]?.span.length ?? 0)), 'BK*8901');
  });

  it('reports the GUID garbage in the bad-header HI codes as illegal characters', () => {
    const { document } = load('Silvenga_vscode-edi-x12-support__bad-header.edi');
    assert.equal(document.problems.filter((problem) => problem.id === 'x12-code-illegal-characters').length, 4);
    assert.equal(document.encounters[0]?.diagnoses.length, 0);
  });
});
