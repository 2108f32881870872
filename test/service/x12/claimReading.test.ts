import * as assert from 'node:assert/strict';
import type { Encounter } from '../../../server/src/service/model';
import { ClaimReading } from '../../../server/src/service/x12/claimReading';
import { packQualifier } from '../../../server/src/service/x12/hiComposites';
import { interchange837, parse837 } from './x12TestFiles';

/**
 * The claim screen's pass over a claim records what the claim builder needs (x12/claimReading.ts), and
 * a claim the screen lets through is built from that record instead of from its segments. Each case
 * below is one claim: what the reading must hold, written by hand from the segments, and the encounter
 * built from the reading, which must equal the one built from the segments.
 */

interface ExpectedComposite {
  /** The qualifier and the code as written in the composite. */
  readonly qualifier: string;
  readonly code: string;
  /** The composite's position in its HI segment (HI01 is 1). */
  readonly position: number;
  /** Whether the screen found the code's number in the shared code strings (not for a procedure, nor for a code longer than eight characters). */
  readonly numbered: boolean;
}

interface ReadingCase {
  readonly name: string;
  readonly segments: readonly string[];
  readonly composites: readonly ExpectedComposite[];
  readonly dates: number;
  readonly professionalLines: number;
  readonly institutionalSegments: number;
  /** The non-empty composites of the last HI segment holding a diagnosis, and the text its last composite ends with. */
  readonly lastHi: { readonly composites: number; readonly endsWith: string };
  /** The codes of the encounter built from the reading, in reporting order (principal first, upper case). */
  readonly diagnoses: readonly string[];
}

const twelve = ['C787', 'C7951', 'C50911', 'D630', 'E119', 'I10', 'K219', 'Z853', 'Z08', 'C61', 'C8330', 'C772'];

const cases: readonly ReadingCase[] = [
  {
    name: 'an inpatient claim: principal written second, a value code between, an ICD-10-PCS procedure, two HI segments',
    segments: [
      'CLM*A1*100***11:A:1*Y*A*Y*Y~', 'DTP*434*RD8*20260101-20260103~', 'CL1*1*7*01~',
      'HI*ABF:E119*ABK:C50911*BH:A1:D8:20260101*BBR:0DTJ4ZZ~', 'HI*ABF:I10~', 'SV2*0450*HC:99284*100*UN*1~',
    ],
    composites: [
      { qualifier: 'ABF', code: 'E119', position: 1, numbered: true },
      { qualifier: 'ABK', code: 'C50911', position: 2, numbered: true },
      { qualifier: 'BBR', code: '0DTJ4ZZ', position: 4, numbered: false },
      { qualifier: 'ABF', code: 'I10', position: 1, numbered: true },
    ],
    dates: 1,
    professionalLines: 0,
    institutionalSegments: 2,
    lastHi: { composites: 1, endsWith: 'ABF:I10' },
    diagnoses: ['C50911', 'E119', 'I10'],
  },
  {
    name: 'a professional claim: a full HI segment, service lines with pointers, two dates',
    segments: [
      'CLM*P1*100***11:B:1*Y*A*Y*Y~', `HI*${twelve.map((code, index) => `${index === 0 ? 'ABK' : 'ABF'}:${code}`).join('*')}~`,
      'LX*1~', 'SV1*HC:99213*100*UN*1***1:2~', 'DTP*472*D8*20260110~', 'LX*2~', 'SV1*HC:99214*100*UN*1***3~', 'DTP*472*D8*20260111~',
    ],
    composites: twelve.map((code, index) => ({ qualifier: index === 0 ? 'ABK' : 'ABF', code, position: index + 1, numbered: true })),
    dates: 2,
    professionalLines: 2,
    institutionalSegments: 0,
    lastHi: { composites: 12, endsWith: 'ABF:C772' },
    diagnoses: twelve,
  },
  {
    name: 'lower case, a code longer than eight characters, a trailing empty composite, no date',
    segments: ['CLM*P2*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:c50911999*ABF:z853*~'],
    composites: [
      { qualifier: 'ABK', code: 'c50911999', position: 1, numbered: false },
      { qualifier: 'ABF', code: 'z853', position: 2, numbered: true },
    ],
    dates: 0,
    professionalLines: 0,
    institutionalSegments: 0,
    lastHi: { composites: 2, endsWith: 'ABF:z853' },
    diagnoses: ['C50911999', 'Z853'],
  },
  {
    name: 'an HI segment of condition codes only, before the diagnoses',
    segments: ['CLM*P3*100***11:B:1*Y*A*Y*Y~', 'HI*BG:01*BG:02~', 'HI*APR:R51*ABK:G43909~', 'HI*BH:A1:D8:20260101~'],
    composites: [
      { qualifier: 'APR', code: 'R51', position: 1, numbered: true },
      { qualifier: 'ABK', code: 'G43909', position: 2, numbered: true },
    ],
    dates: 0,
    professionalLines: 0,
    institutionalSegments: 0,
    lastHi: { composites: 2, endsWith: 'ABK:G43909' },
    diagnoses: ['G43909', 'R51'],
  },
  {
    name: 'an institutional claim of thirty-six diagnoses in three full HI segments',
    segments: [
      'CLM*I1*100***13:A:1*Y*A*Y*Y~', 'DTP*434*D8*20260105~', 'CL1*1*7*01~',
      ...[0, 1, 2].map((segment) => `HI*${twelve.map((code, index) => `${segment === 0 && index === 0 ? 'ABK' : 'ABF'}:${code}`).join('*')}~`),
      'SV2*0450*HC:99284*100*UN*1~',
    ],
    composites: [0, 1, 2].flatMap((segment) => twelve.map((code, index) => ({ qualifier: segment === 0 && index === 0 ? 'ABK' : 'ABF', code, position: index + 1, numbered: true }))),
    dates: 1,
    professionalLines: 0,
    institutionalSegments: 2,
    lastHi: { composites: 12, endsWith: 'ABF:C772' },
    diagnoses: [...twelve, ...twelve, ...twelve],
  },
  {
    name: 'an institutional claim without a claim id (CLM01 empty) and without CLM05: labelled by its position, not inpatient',
    segments: ['CLM**100~', 'HI*ABK:C61~', 'SV2*0450*HC:99284*100*UN*1~'],
    composites: [{ qualifier: 'ABK', code: 'C61', position: 1, numbered: true }],
    dates: 0,
    professionalLines: 0,
    institutionalSegments: 1,
    lastHi: { composites: 1, endsWith: 'ABK:C61' },
    diagnoses: ['C61'],
  },
];

/** The encounter as plain data, its label read and its diagnoses made: a claim built from the reading reads and makes them on first read. */
function plain(encounter: Encounter): Encounter {
  return { ...encounter, label: encounter.label, diagnoses: encounter.diagnoses };
}

const text = interchange837(cases.flatMap((claim) => claim.segments).join('\n'));
const document = parse837(text);

describe('claim reading (the claim screen records what the builder needs)', () => {
  cases.forEach((claim, index) => {
    describe(claim.name, () => {
      const reading = new ClaimReading();
      const count = document.claimCodes(index, [], undefined, reading);

      it('records every diagnosis and procedure composite, the dates, the segment counts and the last HI segment', () => {
        assert.ok(count >= 0, 'the screen reads the claim');
        const recorded = Array.from({ length: reading.compositeCount }, (_, composite): ExpectedComposite => ({
          qualifier: text.slice(reading.qualifierStartOf(composite), reading.qualifierEndOf(composite)),
          code: text.slice(reading.codeStartOf(composite), reading.codeEndOf(composite)),
          position: reading.positionOf(composite),
          numbered: reading.codeNumberOf(composite) >= 0,
        }));
        assert.deepEqual(recorded, claim.composites);
        for (let composite = 0; composite < reading.compositeCount; composite++) {
          const written = claim.composites[composite]?.qualifier ?? '';
          assert.equal(reading.qualifierOf(composite), packQualifier(written, 0, written.length), `packed qualifier ${written}`);
        }
        const dates = Array.from({ length: reading.dateCount }, (_, date) => document.segment(reading.dateSegment(date)).id);
        assert.deepEqual(dates, Array.from({ length: claim.dates }, () => 'DTP'));
        assert.equal(reading.professionalLines, claim.professionalLines);
        assert.equal(reading.institutionalSegments, claim.institutionalSegments);
        assert.equal(document.segment(reading.lastHiSegment).id, 'HI');
        assert.equal(reading.lastHiComposites, claim.lastHi.composites);
        assert.ok(text.slice(0, reading.lastHiAppendOffset).endsWith(claim.lastHi.endsWith), 'append offset after the last composite');
      });

      it('builds the same encounter from the reading as from the segments', () => {
        const fromSegments = document.buildEncounter(index, { serviceLines: false });
        const fromReading = document.buildEncounter(index, { serviceLines: false, reading });
        // Spans asked before any mention is made are made from the numbers alone.
        const spans = fromReading.encounter.diagnosisList;
        assert.deepEqual(Array.from({ length: spans?.length ?? 0 }, (_, at) => spans?.spanAt(at)), fromSegments.encounter.diagnoses.map((mention) => mention.span));
        assert.deepEqual(fromReading.encounter.diagnoses.map((mention) => mention.code), claim.diagnoses);
        const list = fromReading.encounter.diagnosisList;
        assert.ok(list !== undefined, 'the claim keeps its diagnoses as numbers');
        assert.deepEqual(Array.from({ length: list.length }, (_, at) => list.codeAt(at)), claim.diagnoses);
        assert.equal(fromSegments.encounter.diagnosisList, undefined, 'a claim read from its segments has mentions only');
        assert.deepEqual(plain(fromReading.encounter), plain(fromSegments.encounter));
        assert.equal(fromReading.encounter.label, claim.segments[0]?.startsWith('CLM**') === true ? `Claim ${index + 1}` : `Claim ${claim.segments[0]?.split('*')[1] ?? ''}`);
        assert.deepEqual(fromReading.problems, fromSegments.problems);
        assert.deepEqual(fromReading.problems, []);
      });
    });
  });

  it('holds only the claim it last read, and nothing after a read that gave up', () => {
    const broken = parse837(interchange837(['CLM*B1*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C50911~', 'CLM*B2*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C50911**ABF:I10~'].join('\n')));
    const reading = new ClaimReading();
    assert.equal(broken.claimCodes(0, [], undefined, reading), 1);
    // Claim 1 is built with claim 0's reading in hand: the reading does not hold it, so its own segments are read.
    assert.deepEqual(broken.buildEncounter(1, { serviceLines: false, reading }), broken.buildEncounter(1, { serviceLines: false }));
    assert.equal(broken.claimCodes(1, [], undefined, reading), -1, 'a gap between diagnoses');
    assert.equal(reading.compositeCount, 1, 'what was read before giving up');
    const built = broken.buildEncounter(1, { serviceLines: false, reading });
    assert.deepEqual(built.encounter.diagnoses.map((mention) => mention.code), ['C50911', 'I10']);
    assert.deepEqual(built.problems.map((problem) => problem.id), ['x12-empty-composite'], 'the claim that gave up is built from its segments, problems and all');
  });

  it('is not taken for a claim whose service lines are read', () => {
    const reading = new ClaimReading();
    assert.ok(document.claimCodes(1, [], undefined, reading) >= 0);
    const built = document.buildEncounter(1, { reading });
    assert.deepEqual(built.encounter.procedures.map((procedure) => procedure.code), ['99213', '99214']);
  });
});
