import * as assert from 'node:assert/strict';
import { interchange837, parse837, problemsWith, textOf } from './x12TestFiles';

/** Claims (2300 loops): boundaries, HI qualifiers, procedures, dates, 837I detection and where new codes go. */

describe('X12 claims', () => {
  it('starts a claim at every CLM and ends it at the next CLM, HL or SE', () => {
    const text = interchange837(`
      CLM*FIRST*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C787~
      CLM*SECOND*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C61~
      HL*3*1*22*0~
      NM1*IL*1*DOE*JANE~
      HI*ABK:C509~
    `);
    const document = parse837(text);
    assert.deepEqual(document.encounters.map((encounter) => encounter.label), ['Claim FIRST', 'Claim SECOND']);
    assert.deepEqual(document.encounters.map((encounter) => encounter.diagnoses.map((mention) => mention.code)), [['C787'], ['C61']]);
    const second = document.encounters[1];
    assert.ok(second && textOf(text, second.span).startsWith('CLM*SECOND'));
    assert.ok(second && textOf(text, second.span).endsWith('HI*ABK:C61'), 'the HL of the next subscriber is not part of the claim');
    const range = document.claims[1];
    assert.equal(range && document.segment(range.firstSegment).id, 'CLM');
    assert.equal(range && document.segment(range.lastSegment).id, 'HI');
    assert.equal(range?.encounterIndex, 1);
  });

  it('maps each ICD-10 qualifier to its role and keeps the written order, principal first', () => {
    const text = interchange837(`
      CLM*ROLES*100***13:A:1*Y*A*Y*Y~
      HI*ABF:C7951*ABK:Z5111*ABJ:R509*APR:R1030*ABN:W010XXA~
    `);
    const diagnoses = parse837(text).encounters[0]?.diagnoses ?? [];
    assert.deepEqual(diagnoses.map((mention) => [mention.qualifier, mention.code, mention.role, mention.system]), [
      ['ABK', 'Z5111', 'principal', 'icd10cm'],
      ['ABF', 'C7951', 'other', 'icd10cm'],
      ['ABJ', 'R509', 'admitting', 'icd10cm'],
      ['APR', 'R1030', 'reason-for-visit', 'icd10cm'],
      ['ABN', 'W010XXA', 'external-cause', 'icd10cm'],
    ]);
  });

  it('gives the code span, the qualifier span and the HIxx-2 location separately', () => {
    const text = interchange837(`
      CLM*SPANS*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C7801*ABF:Z853~
    `);
    const [principal, other] = parse837(text).encounters[0]?.diagnoses ?? [];
    assert.ok(principal && other);
    assert.equal(textOf(text, principal.span), 'C7801');
    assert.equal(principal.qualifierSpan && textOf(text, principal.qualifierSpan), 'ABK');
    assert.equal(principal.location, 'HI01-2');
    assert.equal(other.location, 'HI02-2');
    assert.equal(principal.writtenDotted, false);
  });

  it('reads ICD-9 qualifiers as ICD-9-CM with one information note per claim', () => {
    const text = interchange837(`
      CLM*OLD*100***11:B:1*Y*A*Y*Y~
      HI*BK:1739*BF:1970*BJ:7802*PR:7890~
    `);
    const document = parse837(text);
    const diagnoses = document.encounters[0]?.diagnoses ?? [];
    assert.deepEqual(diagnoses.map((mention) => [mention.system, mention.role]), [
      ['icd9cm', 'principal'], ['icd9cm', 'other'], ['icd9cm', 'admitting'], ['icd9cm', 'reason-for-visit'],
    ]);
    const notes = problemsWith(document, 'icd9-not-checked');
    assert.equal(notes.length, 1);
    assert.equal(notes[0]?.severity, 'information');
    assert.match(notes[0]?.message ?? '', /ICD-10-CM/);
    assert.equal(problemsWith(document, 'x12-mixed-icd-versions').length, 0);
  });

  it('reads BBR/BBQ as ICD-10-PCS procedures and skips occurrence, value and condition codes', () => {
    const text = interchange837(`
      CLM*INST*100***11:A:1*Y*A*Y*Y~
      HI*ABK:C3412~
      HI*BBR:0BTC0ZZ:D8:20260103*BBQ:3E04305:D8:20260104~
      HI*BH:11:D8:20260101*BE:80:::3*BG:01*BI:70:RD8:20260101-20260105*DR:123~
    `, { version: '005010X223A2' });
    const encounter = parse837(text).encounters[0];
    assert.deepEqual(encounter?.diagnoses.map((mention) => mention.code), ['C3412']);
    assert.deepEqual(encounter?.procedures.map((procedure) => [procedure.system, procedure.code]), [
      ['icd10pcs', '0BTC0ZZ'], ['icd10pcs', '3E04305'],
    ]);
  });

  it('reads SV1 and SV2 procedure codes after HC', () => {
    const text = interchange837(`
      CLM*LINES*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C787~
      LX*1~
      SV1*HC:71260:26*900*UN*1***1~
      LX*2~
      SV2*0320*HC:71250*300*UN*1~
    `);
    const procedures = parse837(text).encounters[0]?.procedures ?? [];
    assert.deepEqual(procedures.map((procedure) => [procedure.qualifier, procedure.code, procedure.system]), [
      ['HC', '71260', 'cpt-hcpcs'], ['HC', '71250', 'cpt-hcpcs'],
    ]);
    assert.equal(procedures[0] && textOf(text, procedures[0].span), '71260');
  });

  describe('date of service', () => {
    const dateOf = (segments: string): string | undefined =>
      parse837(interchange837(`CLM*D*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C787~\n${segments}`)).encounters[0]?.serviceDate;

    it('reads DTP*472 D8 on the first service line', () => {
      assert.equal(dateOf('LX*1~\nSV1*HC:99213*1*UN*1~\nDTP*472*D8*20260105~\nLX*2~\nSV1*HC:99213*1*UN*1~\nDTP*472*D8*20260201~'), '2026-01-05');
    });
    it('reads the start of an RD8 range', () => {
      assert.equal(dateOf('LX*1~\nSV1*HC:99213*1*UN*1~\nDTP*472*RD8*20251230-20260102~'), '2025-12-30');
    });
    it('prefers a claim-level DTP*434 statement date written before the lines', () => {
      assert.equal(dateOf('DTP*434*RD8*20260110-20260112~\nLX*1~\nSV1*HC:99283*1*UN*1~\nDTP*472*D8*20260111~'), '2026-01-10');
    });
    it('takes the statement through (discharge) date of an inpatient 837I claim, bill type 11x', () => {
      assert.equal(dateOf('DTP*434*RD8*20260110-20260112~\nLX*1~\nSV2*0450*HC:99283*1*UN*1~\nDTP*472*D8*20260111~'), '2026-01-12');
    });
    it('takes the discharge date of an inpatient claim from a DTP*434 written after the service lines\' dates, and only from a 434', () => {
      const lines = 'LX*1~\nSV2*0450*HC:99283*1*UN*1~\nDTP*472*D8*20260111~\nLX*2~\nSV2*0450*HC:99283*1*UN*1~\nDTP*472*D8*20260113~';
      assert.equal(dateOf(`${lines}\nDTP*434*RD8*20260110-20260114~`), '2026-01-14');
      assert.equal(dateOf(`${lines}\nDTP*4341*RD8*20260110-20260114~`), '2026-01-11', 'a four-character qualifier that starts 434');
      assert.equal(dateOf(`${lines}\nDTP*435*RD8*20260110-20260114~`), '2026-01-11');
    });
    it('ignores other DTP qualifiers and impossible dates', () => {
      assert.equal(dateOf('DTP*435*DT*202601051200~\nDTP*472*D8*20261345~'), undefined);
      for (const impossible of ['20260005', '20261305', '20260100', '20260132', '2026O105', '2026-105']) {
        assert.equal(dateOf(`DTP*472*D8*${impossible}~`), undefined, impossible);
      }
    });
    it('writes every day as CCYY-MM-DD, leading zeros kept, for claims that repeat a day of the interchange too', () => {
      for (const [digits, iso] of [['00990101', '0099-01-01'], ['00000131', '0000-01-31'], ['99991231', '9999-12-31'], ['20261001', '2026-10-01']]) {
        assert.equal(dateOf(`DTP*472*D8*${digits}~`), iso, digits);
      }
      const claim = (day: string): string => `CLM*${day}*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C787~\nDTP*472*D8*202601${day}~`;
      const dates = parse837(interchange837([claim('05'), claim('06'), claim('05')].join('\n'))).encounters.map((encounter) => encounter.serviceDate);
      assert.deepEqual(dates, ['2026-01-05', '2026-01-06', '2026-01-05']);
    });
  });

  describe('837P or 837I, inpatient or not', () => {
    const encounterOf = (version: string, clm05: string, line: string): ReturnType<typeof parse837>['encounters'][number] | undefined =>
      parse837(interchange837(`CLM*K*100***${clm05}*Y*A*Y*Y~\nHI*ABK:Z853~\nLX*1~\n${line}`, { version })).encounters[0];

    it('an 837I claim with bill type 11x is inpatient', () => {
      const encounter = encounterOf('005010X223A2', '11:A:1', 'SV2*0120**1500*UN*3~');
      assert.equal(encounter?.source, 'x12-837i');
      assert.equal(encounter?.inpatient, true);
    });
    it('an 837I outpatient claim (13x) is not inpatient', () => {
      assert.equal(encounterOf('005010X223A2', '13:A:1', 'SV2*0450*HC:99283*300*UN*1~')?.inpatient, false);
    });
    it('an 837P office claim with place of service 11 is not inpatient', () => {
      const encounter = encounterOf('005010X222A1', '11:B:1', 'SV1*HC:99213*100*UN*1~');
      assert.equal(encounter?.source, 'x12-837p');
      assert.equal(encounter?.inpatient, false);
    });
    it('falls back to SV2 content when GS08 wrongly says X222', () => {
      const encounter = encounterOf('005010X222A1', '11:A:1', 'SV2*0120**1500*UN*3~');
      assert.equal(encounter?.source, 'x12-837i');
      assert.equal(encounter?.inpatient, true);
    });
  });

  describe('insertion point for a new diagnosis', () => {
    it('appends "*ABF:" after the last composite of the last HI segment', () => {
      const text = interchange837('CLM*I*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C7951*ABF:Z5111~\nLX*1~');
      const point = parse837(text).encounters[0]?.insertionPoint;
      assert.ok(point);
      assert.equal(text.slice(0, point.offset) + point.prefix + 'C801' + point.suffix + text.slice(point.offset),
        text.replace('HI*ABK:C7951*ABF:Z5111~', 'HI*ABK:C7951*ABF:Z5111*ABF:C801~'));
      assert.equal(point.dotted, false);
    });
    it('appends before trailing empty elements', () => {
      const text = interchange837('CLM*I*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C7951**~');
      const point = parse837(text).encounters[0]?.insertionPoint;
      assert.equal(point && text.slice(point.offset - 5, point.offset), 'C7951');
    });
    it('offers none when the claim has no HI segment', () => {
      const text = interchange837('CLM*I*100***11:B:1*Y*A*Y*Y~\nLX*1~\nSV1*HC:99213*1*UN*1~');
      assert.equal(parse837(text).encounters[0]?.insertionPoint, undefined);
    });
    const twelve = Array.from({ length: 12 }, (_, index) => `ABF:Z${String(index + 10).padStart(2, '0')}`).join('*');
    it('offers none on an 837P claim whose HI already holds twelve composites', () => {
      const text = interchange837(`CLM*I*100***11:B:1*Y*A*Y*Y~\nHI*${twelve.replace('ABF', 'ABK')}~\nLX*1~\nSV1*HC:99213*1*UN*1~`);
      assert.equal(parse837(text).encounters[0]?.insertionPoint, undefined);
    });
    it('starts a new HI segment after a full one on an 837I claim', () => {
      const text = interchange837(`CLM*I*100***13:A:1*Y*A*Y*Y~\nHI*${twelve.replace('ABF', 'ABK')}~\nLX*1~\nSV2*0450*HC:99283*1*UN*1~`,
        { version: '005010X223A2' });
      const point = parse837(text).encounters[0]?.insertionPoint;
      assert.ok(point);
      const edited = text.slice(0, point.offset) + point.prefix + 'C801' + point.suffix + text.slice(point.offset);
      assert.ok(edited.includes(`${twelve.replace('ABF', 'ABK')}~\nHI*ABF:C801~\nLX*1~`));
    });
  });
});
