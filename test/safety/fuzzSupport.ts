import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { ParsedDocument } from '../../server/src/service/model';
import type { Span } from '../../server/src/service/spans';
import type { X12Document } from '../../server/src/service/x12/x12Model';
import { x12FixtureDir } from '../helpers/dataFiles';

/**
 * Inputs and oracles for the property-based tests: the real 837 fixtures (test/fixtures/x12), mutations of them
 * (bytes flipped, segments dropped or duplicated, delimiters swapped), generated interchanges and
 * notes, a naive reference extraction of each claim's diagnoses, and span checks.
 *
 * The run budget is fixed for CI. `FUZZ_RUNS=N` runs every property N times instead (longer runs);
 * `FUZZ_SEED=S` replays a seed that fast-check printed for a failure.
 */

export const fixtureDir = process.env.ICD_FIXTURES_X12 ?? x12FixtureDir;

/** A real fixture: its file name and text (decoded as UTF-8, as the editor does). */
export interface Fixture {
  readonly name: string;
  readonly text: string;
}

let fixtures: Fixture[] | undefined;

/** Every real X12 fixture (README excluded). */
export function x12Fixtures(): Fixture[] {
  fixtures ??= readdirSync(fixtureDir)
    .filter((name) => name !== 'README.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(fixtureDir, name), 'utf8') }));
  return fixtures;
}

const seed = process.env.FUZZ_SEED === undefined ? 837_2026 : Number(process.env.FUZZ_SEED);
const fuzzRuns = process.env.FUZZ_RUNS === undefined ? undefined : Math.max(1, Number(process.env.FUZZ_RUNS));

/** fast-check parameters for a property whose CI budget is `ciRuns` cases. */
export function budget(ciRuns: number): { seed: number; numRuns: number; endOnFailure: true } {
  return { seed, numRuns: fuzzRuns ?? ciRuns, endOnFailure: true };
}

/** Cases run so far, per property group, for the report printed at the end of a suite. */
export const casesRun = new Map<string, number>();

export function countCase(group: string): void {
  casesRun.set(group, (casesRun.get(group) ?? 0) + 1);
}

// ---------------------------------------------------------------------------------------------
// Mutations.

/** Characters a damaged file tends to contain: delimiters, line breaks, control bytes, decode failures. */
const nastyCharacters = ['*', ':', '~', '^', '>', '|', '\n', '\r', '\t', ' ', '\u0000', '\u001c', '\u001d', '\u001f', '\u007f', '\ufffd', '\ufeff', 'I', 'S', 'A', 'H', 'C', '9', '.', '-', 'é', '\ud83d'];

/** One mutation of a text. Positions are fractions of the length, so they apply to any text. */
export type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly character: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'drop-segment'; readonly at: number }
  | { readonly kind: 'duplicate-segment'; readonly at: number }
  | { readonly kind: 'swap-delimiters'; readonly first: number; readonly second: number }
  | { readonly kind: 'replace-all'; readonly from: string; readonly to: string };

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fraction, character: fc.oneof(fc.constantFrom(...nastyCharacters), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('ISA*', 'HI*ABK:', '~CLM*X~', 'IEA*1*1~', '~~~', '*:*:', 'SE*', 'HI*BK*8901~')) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('drop-segment' as const), at: fraction }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('duplicate-segment' as const), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-delimiters' as const), first: fc.integer({ min: 0, max: 2 }), second: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace-all' as const), from: fc.constantFrom('*', ':', '~', '\n', 'HI', 'CLM', 'ABK', 'BK'), to: fc.constantFrom('|', '>', '', '~', '*', '\r\n', 'hi', 'XX') }) },
);

/** The segment bounds of a text under a guessed terminator (whatever follows ISA16, else `~`). */
function segmentBounds(text: string): Array<[number, number]> {
  const terminator = referenceDelimiters(text)?.segment ?? '~';
  const bounds: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf(terminator, start);
    const stop = end === -1 ? text.length : end + 1;
    bounds.push([start, stop]);
    start = stop;
  }
  return bounds;
}

function atIndex(fractionValue: number, length: number): number {
  return Math.min(length - 1, Math.floor(fractionValue * length));
}

/** Applies one mutation. */
export function mutate(text: string, mutation: Mutation): string {
  const position = Math.floor(mutation.kind === 'swap-delimiters' || mutation.kind === 'replace-all' ? 0 : mutation.at * (text.length + 1));
  switch (mutation.kind) {
    case 'flip': return text.slice(0, position) + mutation.character + text.slice(position + 1);
    case 'delete': return text.slice(0, position) + text.slice(position + mutation.length);
    case 'insert': return text.slice(0, position) + mutation.text + text.slice(position);
    case 'truncate': return text.slice(0, position);
    case 'drop-segment':
    case 'duplicate-segment': {
      const bounds = segmentBounds(text);
      if (bounds.length === 0) return text;
      const [start, end] = bounds[atIndex(mutation.at, bounds.length)] ?? [0, 0];
      return mutation.kind === 'drop-segment' ? text.slice(0, start) + text.slice(end) : text.slice(0, end) + text.slice(start, end) + text.slice(end);
    }
    case 'swap-delimiters': {
      // Swaps two delimiters everywhere except in the ISA header: the header no longer matches the body.
      const delimiters = referenceDelimiters(text);
      if (delimiters === undefined) return text;
      const list = [delimiters.element, delimiters.component, delimiters.segment];
      const a = list[mutation.first] ?? '*';
      const b = list[mutation.second] ?? '*';
      const headerEnd = delimiters.headerEnd;
      const body = text.slice(headerEnd).replace(/[\s\S]/g, (character) => (character === a ? b : character === b ? a : character));
      return text.slice(0, headerEnd) + body;
    }
    case 'replace-all': return text.split(mutation.from).join(mutation.to);
  }
}

/** Segment-level mutations that keep a file readable, so the reference extraction still applies. */
export const structuralMutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop-segment' as const), at: fraction }),
  fc.record({ kind: fc.constant('duplicate-segment' as const), at: fraction }),
);

/** Characters that may replace a delimiter consistently, header included (none is a letter, digit or space). */
const delimiterPool = ['*', ':', '~', '^', '>', '|', '!', '{', '}', '\u001c', '\u001d', '\u001e', '\u001f', '\u0007', '+', '\\'];

/**
 * Rewrites every delimiter of the interchange, ISA header included, with characters the text does
 * not contain: a valid file with other delimiters. `pick` chooses from the free characters.
 */
export function rewriteDelimiters(text: string, pick: readonly number[]): string {
  const delimiters = referenceDelimiters(text);
  if (delimiters === undefined) return text;
  const free = delimiterPool.filter((character) => !text.includes(character));
  if (free.length < 3) return text;
  const chosen: string[] = [];
  for (const index of pick) {
    const candidates = free.filter((character) => !chosen.includes(character));
    chosen.push(candidates[index % candidates.length] ?? '|');
  }
  const map = new Map([[delimiters.element, chosen[0] ?? '|'], [delimiters.component, chosen[1] ?? '!'], [delimiters.segment, chosen[2] ?? '{']]);
  return text.replace(/[\s\S]/g, (character) => map.get(character) ?? character);
}

// ---------------------------------------------------------------------------------------------
// The naive reference extraction.

/** Delimiters as the reference reads them: element at ISA[3], ISA16 after the 16th element separator. */
export interface ReferenceDelimiters {
  readonly element: string;
  readonly component: string;
  readonly segment: string;
  /** Offset just past the ISA segment terminator. */
  readonly headerEnd: number;
}

const alphanumeric = /^[A-Za-z0-9]$/;

/** Reads the delimiters of the first ISA, which must open the text (after a BOM or whitespace). */
export function referenceDelimiters(text: string): ReferenceDelimiters | undefined {
  const start = text.length - text.replace(/^[\s\ufeff]+/, '').length;
  if (!text.startsWith('ISA', start)) return undefined;
  const element = text.charAt(start + 3);
  if (element === '' || alphanumeric.test(element) || /\s/.test(element)) return undefined;
  let cursor = start + 3;
  for (let count = 0; count < 16; count++) {
    cursor = text.indexOf(element, cursor + (count === 0 ? 0 : 1));
    if (cursor === -1 || cursor >= start + 200) return undefined;
  }
  const component = text.charAt(cursor + 1);
  const segment = text.charAt(cursor + 2);
  const distinct = new Set([element, component, segment]).size === 3;
  if (!distinct || component === '' || segment === '' || alphanumeric.test(component) || alphanumeric.test(segment)) return undefined;
  return { element, component, segment, headerEnd: cursor + 3 };
}

const diagnosisQualifiers = new Set(['ABK', 'ABF', 'ABJ', 'APR', 'ABN', 'BK', 'BF', 'BJ', 'PR', 'BN']);
const principalQualifiers = new Set(['ABK', 'BK']);
const claimEnders = new Set(['CLM', 'HL', 'ST', 'SE', 'GS', 'GE', 'IEA', 'ISA']);

/**
 * Each claim's diagnosis codes in reporting order, read the naive way: split on the delimiters from
 * the first ISA, a claim runs from CLM to the next CLM/HL/envelope segment, an HI composite is
 * `qualifier<component>code`. Returns undefined when the text is outside what a naive reader can
 * decide (no readable ISA, an ISA with other delimiters, an HI element without a component separator).
 */
export function referenceClaims(text: string): string[][] | undefined {
  const delimiters = referenceDelimiters(text);
  if (delimiters === undefined) return undefined;
  const { element, component, segment } = delimiters;
  const pieces = text.slice(text.indexOf('ISA')).split(segment);
  const claims: Array<Array<{ code: string; principal: boolean }>> = [];
  let current: Array<{ code: string; principal: boolean }> | undefined;
  let insideInterchange = true;
  let first = true;
  for (let index = 0; index < pieces.length; index++) {
    let content = (pieces[index] ?? '').replace(/^[ \t\r\n\ufeff]+/, '');
    if (index === pieces.length - 1) content = content.replace(/[ \t\r\n\ufeff]+$/, '');
    else content = content.replace(/\r$/, '');
    if (content === '') continue;
    const elements = content.split(element);
    const id = elements[0] ?? '';
    if (id === 'ISA') {
      if (!first && referenceDelimiters(content + segment)?.component !== component) return undefined;
      insideInterchange = true;
    }
    first = false;
    if (!insideInterchange) continue;
    if (claimEnders.has(id)) current = undefined;
    if (id === 'IEA') insideInterchange = false;
    if (id === 'CLM') {
      current = [];
      claims.push(current);
      continue;
    }
    if (id !== 'HI' || current === undefined) continue;
    for (const composite of elements.slice(1)) {
      if (composite === '') continue;
      const parts = composite.split(component);
      if (parts.length < 2) return undefined;
      const [qualifier = '', code = ''] = parts;
      if (!diagnosisQualifiers.has(qualifier) || !/^[A-Za-z0-9]+$/.test(code)) continue;
      current.push({ code: code.toUpperCase(), principal: principalQualifiers.has(qualifier) });
    }
  }
  return claims.map((claim) => {
    const reordered = claim.length > 0 && !claim[0]?.principal && claim.some((mention) => mention.principal)
      ? [...claim.filter((mention) => mention.principal), ...claim.filter((mention) => !mention.principal)]
      : claim;
    return reordered.map((mention) => mention.code);
  });
}

// ---------------------------------------------------------------------------------------------
// Generated inputs.

const codeArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('C7801', 'C3491', 'C50911', 'Z853', 'C801', 'C800', 'Z5111', 'Z515', 'D630', 'C189', 'C780', 'C7809', 'R69', '1739', 'V7389', 'c7951') },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Z][0-9][0-9A-Z]{0,5}$/) },
  { weight: 1, arbitrary: fc.constantFrom('', 'C78.01', 'C78 01', 'C7801 ', '-', 'ÄÖ') },
);
const qualifierArbitrary = fc.constantFrom('ABK', 'ABF', 'ABF', 'ABF', 'BK', 'BF', 'ABJ', 'APR', 'ABN', 'BBR', 'BH', 'BE', 'ZZ', 'abk', 'ABFX', 'A');

interface GeneratedClaim {
  readonly account: string;
  readonly hiSegments: ReadonlyArray<ReadonlyArray<{ readonly qualifier: string; readonly code: string; readonly bare: boolean }>>;
  readonly extras: readonly string[];
}

const claimArbitrary: fc.Arbitrary<GeneratedClaim> = fc.record({
  account: fc.stringMatching(/^[A-Z0-9]{1,12}$/),
  hiSegments: fc.array(fc.array(fc.record({
    qualifier: qualifierArbitrary,
    code: codeArbitrary,
    // One composite in twenty is a bare code without qualifier (a damaged HI the reference cannot decide).
    bare: fc.integer({ min: 0, max: 19 }).map((value) => value === 0),
  }), { minLength: 1, maxLength: 12 }), { maxLength: 3 }),
  extras: fc.array(fc.constantFrom('LX*1', 'SV1*HC:99214*250*UN*1***1', 'DTP*472*D8*20261015', 'NM1*82*1*SYNTHETIC*PROVIDER', 'REF*G1*X', 'CL1*1*1*01'), { maxLength: 4 }),
});

/** A generated interchange and the delimiters it was written with. */
export interface GeneratedInterchange {
  readonly text: string;
  readonly claims: number;
}

/** Builds a fixed-width ISA (106 characters) with the given delimiters. */
function isaHeader(element: string, component: string, segment: string, repetition: string): string {
  return ['ISA', '00', '          ', '00', '          ', 'ZZ', 'SUBMITTER      ', 'ZZ', 'RECEIVER       ', '261015', '1200', repetition, '00501', '000000001', '0', 'T', component].join(element) + segment;
}

/** Generated 837 interchanges with random delimiters, layouts and claims (some HI composites damaged). */
export const interchangeArbitrary: fc.Arbitrary<GeneratedInterchange> = fc.record({
  delimiters: fc.shuffledSubarray(['*', ':', '~', '|', '>', '!', '\u001d', '\u001c', '{', '+'], { minLength: 4, maxLength: 4 }),
  lineBreak: fc.constantFrom('', '\n', '\r\n', '\n\n', ' '),
  claims: fc.array(claimArbitrary, { maxLength: 5 }),
  gaps: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
}).map(({ delimiters, lineBreak, claims, gaps }) => {
  const [element = '*', component = ':', segment = '~', repetition = '^'] = delimiters;
  const segments: string[] = ['GS*HC*S*R*20261015*1200*1*X*005010X222A1', 'ST*837*0001*005010X222A1', 'BHT*0019*00*1*20261015*1200*CH', 'HL*1**20*1'];
  claims.forEach((claim, index) => {
    segments.push(`HL*${index + 2}*1*22*0`, 'SBR*P*18*******CI', `CLM*${claim.account}*250***11:B:1*Y*A*Y*Y`);
    claim.hiSegments.forEach((composites, hiIndex) => {
      const written = composites.map((composite, compositeIndex) => (gaps[(index * 7 + hiIndex * 3 + compositeIndex) % gaps.length] && compositeIndex === 1 && composites.length > 2
        ? ''
        : composite.bare ? composite.code : `${composite.qualifier}:${composite.code}`));
      segments.push(`HI*${written.join('*')}`);
    });
    segments.push(...claim.extras);
  });
  segments.push('SE*9*0001', 'GE*1*1', 'IEA*1*000000001');
  const map: Record<string, string> = { '*': element, ':': component };
  const body = segments.map((text) => text.replace(/[*:]/g, (character) => map[character] ?? character));
  return {
    text: isaHeader(element, component, segment, repetition) + lineBreak + body.map((text) => text + segment).join(lineBreak) + lineBreak,
    claims: claims.length,
  };
});

const prose = ['Patient seen for follow-up.', 'Plan: continue therapy', 'BP 120/80, vitamin B12 normal.', 'CPT 71260 CT chest', 'Morphology M-8140/3 per pathology (ICD-O-3).', 'No acute distress', 'Dose 25000 units', 'T4 vertebra', 'History:', '|CPT|Description|\n|99214|visit|', 'Dx:', ''];
const dottedCodes = ['C78.01', 'C34.91', 'C50.911', 'Z85.3', 'C80.1', 'Z51.11', 'Z51.5', 'D63.0', 'C18.9', 'C78.0', 'C78.09', 'c78.01', 'C7A.00', 'C7B.02'];

/** A generated note: prose, dotted codes and encounter separators, with the codes each encounter holds. */
export interface GeneratedNote {
  readonly text: string;
  readonly encounters: readonly (readonly string[])[];
}

export const noteArbitrary: fc.Arbitrary<GeneratedNote> = fc.array(fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...prose).map((text) => ({ kind: 'prose' as const, text })) },
  { weight: 3, arbitrary: fc.constantFrom(...dottedCodes).map((text) => ({ kind: 'code' as const, text })) },
  { weight: 1, arbitrary: fc.constantFrom('---', '-----', '  ---  ').map((text) => ({ kind: 'separator' as const, text })) },
), { maxLength: 25 }).chain((pieces) => fc.array(fc.constantFrom(' ', '\n', ', ', '\r\n', '; '), { minLength: pieces.length, maxLength: pieces.length }).map((joins) => {
  let text = '';
  const placed: Array<{ code: string; offset: number; encounter: number }> = [];
  let encounter = 0;
  pieces.forEach((piece, index) => {
    if (piece.kind === 'separator') {
      text += `\n${piece.text}\n`;
      encounter++;
      return;
    }
    if (piece.kind === 'code') placed.push({ code: piece.text.replace('.', '').toUpperCase(), offset: text.length, encounter });
    text += piece.text + (joins[index] ?? ' ');
  });
  // Codes on a line of pathology text (ICD-O-3 morphology such as M-8140/3) are not diagnoses.
  const encounters: string[][] = Array.from({ length: encounter + 1 }, () => []);
  for (const { code, offset, encounter: at } of placed) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset);
    if (/ICD-?O|\d{4}\/\d/.test(text.slice(lineStart, lineEnd))) continue;
    encounters[at]?.push(code);
  }
  return { text, encounters };
}));

// ---------------------------------------------------------------------------------------------
// Checks.

/** Asserts that a span is a well-formed run inside a text of `length` characters; returns a complaint or ''. */
export function spanProblem(span: Span | undefined, length: number, what: string): string {
  if (span === undefined) return `${what}: missing span`;
  const { offset, length: size } = span;
  if (!Number.isInteger(offset) || !Number.isInteger(size)) return `${what}: non-integer span ${JSON.stringify(span)}`;
  if (offset < 0 || size < 0 || offset + size > length) return `${what}: span ${offset}+${size} outside 0..${length}`;
  return '';
}

/** Every span of a parsed document (problems, encounters, mentions, X12 interchanges and segments), checked. */
export function allSpanProblems(parsed: ParsedDocument, length: number): string[] {
  const complaints: string[] = [];
  const check = (span: Span | undefined, what: string): void => {
    const complaint = spanProblem(span, length, what);
    if (complaint !== '') complaints.push(complaint);
  };
  parsed.problems.forEach((problem) => check(problem.span, `problem ${problem.id}`));
  parsed.encounters.forEach((encounter) => {
    check(encounter.span, `encounter ${encounter.index}`);
    encounter.diagnoses.forEach((mention) => {
      check(mention.span, `diagnosis ${mention.code}`);
      if (mention.qualifierSpan !== undefined) check(mention.qualifierSpan, `qualifier of ${mention.code}`);
    });
    encounter.procedures.forEach((mention) => check(mention.span, `procedure ${mention.code}`));
    const insertion = encounter.insertionPoint;
    if (insertion !== undefined) check({ offset: insertion.offset, length: 0 }, `insertion point of encounter ${encounter.index}`);
  });
  if (parsed.languageId === 'x12-837') {
    const x12 = parsed as X12Document;
    x12.interchanges.forEach((interchange, index) => check(interchange.span, `interchange ${index}`));
    for (let index = 0; index < x12.segmentCount; index++) {
      const segment = x12.segment(index);
      check(segment.span, `segment ${index}`);
      check(segment.idSpan, `segment ${index} id`);
      for (let position = 0, element = segment.elements.at(0); element !== undefined; element = segment.elements.at(++position)) {
        check(element.span, `segment ${index} element ${position + 1}`);
        element.components.forEach((component, part) => check(component, `segment ${index} element ${position + 1}-${part + 1}`));
      }
    }
  }
  return complaints;
}

/** A stable JSON image of a parse, for the determinism check (functions and getters flattened). */
export function snapshot(parsed: ParsedDocument): string {
  return JSON.stringify({ languageId: parsed.languageId, encounters: parsed.encounters, problems: parsed.problems });
}
