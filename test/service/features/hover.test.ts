import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-types';
import { createLanguageService, parseCptCsv } from '../../../server/src/service';
import type { CodeSets, LanguageId, X12Document } from '../../../server/src/service';
import { assembleCodeIndex, parseReleaseFiles } from '../../../server/src/service/codes/assembleRelease';
import { createCodeSets } from '../../../server/src/service/codes/indexedCodeSets';
import { MAX_VIEWED_ELEMENTS } from '../../../server/src/service/x12/segmentElements';
import { testCodeSets } from '../../helpers/codeSets';
import { withCursor } from '../../helpers/cursor';
import { x12Envelope } from '../../helpers/fixture';
import { officialBillableWithPrefix, officialTitle } from '../../helpers/officialCodes';
import { snapshotOf } from '../../helpers/snapshot';

/** Hover at the `$0` marker through the facade, returning the markdown and the hovered text. */
function hoverAt(fixture: string, languageId: LanguageId, cptCsv?: string, codeSets: CodeSets = testCodeSets()): { markdown: string; hovered: string } | null {
  const service = createLanguageService({ codeSets });
  if (cptCsv !== undefined) service.setCptDescriptions(parseCptCsv(cptCsv, 'my-cpt.csv').catalog);
  const { document, position, text } = withCursor(fixture, languageId);
  const hover: Hover | null = service.doHover(snapshotOf(service, document, languageId), position);
  if (hover === null) return null;
  const contents = hover.contents as { kind: string; value: string };
  assert.equal(contents.kind, 'markdown');
  assert.ok(hover.range, 'a hover carries the range of what it explains');
  const hovered = text.slice(document.offsetAt(hover.range.start), document.offsetAt(hover.range.end));
  return { markdown: contents.value, hovered };
}

function mustHover(fixture: string, languageId: LanguageId, cptCsv?: string, codeSets?: CodeSets): { markdown: string; hovered: string } {
  const hover = hoverAt(fixture, languageId, cptCsv, codeSets);
  assert.ok(hover, 'expected a hover');
  return hover;
}

function includesAll(markdown: string, parts: readonly string[]): void {
  for (const part of parts) assert.ok(markdown.includes(part), `hover lacks ${JSON.stringify(part)}:\n${markdown}`);
}

/** One 837P claim with the given HI segment and date of service. */
function claim(hi: string, date = '20261115'): string {
  return x12Envelope(`
    CLM*PTACCT42*1450***11:B:1*Y*A*Y*Y~
    ${hi}
    LX*1~
    SV1*HC:71260*900*UN*1***1~
    SV1*HC:96413*900*UN*1***1~
    DTP*472*D8*${date}~
  `);
}

describe('hover on codes in clinical notes', () => {
  it('explains a billable secondary code: title, status, path, role, rule and release', () => {
    const hover = mustHover('Assessment: metastatic lung cancer C78.0$01, primary C34.90\n', 'clinical-note');
    assert.equal(hover.hovered, 'C78.01');
    includesAll(hover.markdown, [
      '**C78.01**', officialTitle('C7801'), 'Billable', 'ICD-10-CM FY2027',
      'Chapter 2', 'C76-C80', 'C78 Secondary malignant neoplasm of respiratory and digestive organs',
      'secondary (metastatic) malignancy', 'C80.1 or Z85', 'I.C.2',
    ]);
  });

  it('says a header is not billable and how many billable codes lie under it', () => {
    const billable = officialBillableWithPrefix('C780');
    const hover = mustHover('Dx: C7$08.0\n', 'clinical-note');
    assert.equal(hover.hovered, 'C78.0');
    includesAll(hover.markdown, ['**C78.0**', 'Header, not billable', `${billable.length} billable codes`, 'C78.00', 'I.B.2']);
  });

  it('shows the tabular notes of the code and its category with the release that printed them', () => {
    // Both notes are printed at category C78 in the FY2027 tabular list (data/icd10cm/2027, excerpt).
    const hover = mustHover('Dx: C78.0$01\n', 'clinical-note');
    includesAll(hover.markdown, [
      'Excludes1 (at C78, from the FY2027 Tabular List): secondary carcinoid tumors of liver (C7B.02)',
      'Excludes2 (at C78, from the FY2027 Tabular List): lymph node metastases (C77.0)',
    ]);
    // D63.0 is in chapter 3, which only the FY2021 tabular XML covers.
    includesAll(mustHover('Dx: D63.$00\n', 'clinical-note').markdown, ['Code first (at D63.0, from the FY2021 Tabular List): neoplasm (C00-D49)']);
  });

  it('takes chapter-2 notes outside the FY2027 excerpt from the FY2025 Tabular List', () => {
    // data/icd10cm/2025/icd-10-cm-tabular-2025_ch2.xml, C50; the FY2021 file prints the older
    // "code to identify estrogen receptor status (Z17.0, Z17.1)".
    const hover = mustHover('Dx: C50.91$01\n', 'clinical-note');
    includesAll(hover.markdown, ['Use additional code (at C50, from the FY2025 Tabular List): code to identify estrogen, and other hormones and factors receptor status (Z17.-)']);
    assert.ok(!hover.markdown.includes('Z17.0, Z17.1'), hover.markdown);
  });

  it('names each release when a code’s own notes and its category’s come from different files', () => {
    // Hand-made files in the official formats: the newer tabular prints category C78 only (as the
    // FY2027 excerpt prints Z86 without most of its children), the older one prints C78.0 too.
    const tabular = (year: number, diags: string): string => `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.tabular><version>${year}</version><chapter><name>2</name><desc>Neoplasms (C00-D49)</desc>
<section id="C76-C80"><desc>Malignant neoplasms of ill-defined, other secondary and unspecified sites (C76-C80)</desc>${diags}</section></chapter></ICD10CM.tabular>`;
    const release = parseReleaseFiles([
      { file: 'icd10cm-codes-2027.txt', text: 'C7801   Secondary malignant neoplasm of right lung\n' },
      { file: 'icd10cm-tabular-2027.xml', text: tabular(2027, '<diag><name>C78</name><desc>Secondary malignant neoplasm of respiratory and digestive organs</desc><excludes1><note>secondary carcinoid tumors of liver (C7B.02)</note></excludes1></diag>') },
      { file: 'icd10cm-tabular-2021.xml', text: tabular(2021, '<diag><name>C78</name><desc>Secondary malignant neoplasm of respiratory and digestive organs</desc><diag><name>C78.0</name><desc>Secondary malignant neoplasm of lung</desc><excludes1><note>a test note (C80.1)</note></excludes1></diag></diag>') },
    ]);
    assert.deepEqual(release.problems, []);
    const codeSets = createCodeSets(assembleCodeIndex(release, { yearsFrom: 'codes' }).data);
    const hover = mustHover('Dx: C78.0$01\n', 'clinical-note', undefined, codeSets);
    includesAll(hover.markdown, ['Excludes1 (at C78.0 from the FY2021 Tabular List, at C78 from the FY2027 Tabular List): a test note (C80.1); secondary carcinoid tumors of liver (C7B.02)']);
  });

  it('names a history code’s role and rule', () => {
    const hover = mustHover('PMH: breast cancer, treated 2015 (Z85.$03)\n', 'clinical-note');
    includesAll(hover.markdown, [officialTitle('Z853'), 'personal history of malignancy', 'I.C.2.d']);
  });

  it('says an unknown code is unknown and offers the nearest codes', () => {
    const hover = mustHover('Dx: C78.0$09\n', 'clinical-note');
    assert.equal(hover.hovered, 'C78.09');
    includesAll(hover.markdown, ['not an ICD-10-CM code', 'Nearest valid codes', `C78.01 ${officialTitle('C7801')}`]);
  });

  it('ignores shape-only words the code set does not know and plain words', () => {
    assert.equal(hoverAt('Labs: vitamin B1$02 deficiency\n', 'clinical-note'), null);
    assert.equal(hoverAt('The pat$0ient is stable.\n', 'clinical-note'), null);
  });

  it('explains a CPT code named in a note with the bundled plain summary', () => {
    const hover = mustHover('Plan: CPT 7126$00 chest CT\n', 'clinical-note');
    includesAll(hover.markdown, ['CPT® 71260', 'not the AMA descriptor']);
  });
});

describe('hover on codes in X12 837 claims', () => {
  it('explains C7801 in HI with its segment and qualifier context and the date-of-service year', () => {
    const hover = mustHover(claim('HI*ABK:C3490*ABF:C78$001~'), 'x12-837');
    assert.equal(hover.hovered, 'C7801');
    assert.equal(officialTitle('C7801'), 'Secondary malignant neoplasm of right lung');
    includesAll(hover.markdown, [
      '**C78.01**', 'Secondary malignant neoplasm of right lung', 'ICD-10-CM FY2027', '2026-11-15',
      '`HI02`', 'ABF = other diagnosis',
    ]);
    // VS Code shows about 250 px before a hover scrolls: title, claim context and release lead, ahead
    // of the longer path, role, rule and tabular notes.
    const paragraphs = hover.markdown.split('\n\n');
    assert.match(paragraphs[0] ?? '', /^\*\*C78\.01\*\*/);
    assert.match(paragraphs[1] ?? '', /`HI02` · ABF = other diagnosis/);
    assert.match(paragraphs[2] ?? '', /^Code set: ICD-10-CM FY2027/);
    assert.ok(paragraphs.findIndex((paragraph) => paragraph.startsWith('Excludes1')) > 2);
  });

  it('marks the principal diagnosis qualifier', () => {
    includesAll(mustHover(claim('HI*ABK:C34$090*ABF:C7801~'), 'x12-837').markdown, ['`HI01`', 'ABK = principal diagnosis']);
  });

  it('says when a code is not valid in the claim’s year but is in another', () => {
    // C78.31 was added in FY2027; a date of service in FY2026 must not accept it.
    assert.equal(officialBillableWithPrefix('C7831', 2026).length, 0);
    const hover = mustHover(claim('HI*ABK:C3490*ABF:C78$031~', '20260501'), 'x12-837');
    includesAll(hover.markdown, ['Not valid in ICD-10-CM FY2026', 'ICD-10-CM FY2027', officialTitle('C7831')]);
  });

  it('names each claim’s own date when one service hovers the same code on claims of different dates', () => {
    // The service keeps what it worked out about a code; the release line must still be the claim's.
    const service = createLanguageService({ codeSets: testCodeSets() });
    const hoverOn = (date: string): string => {
      const { document, position } = withCursor(claim('HI*ABK:C3490*ABF:C78$031~', date), 'x12-837');
      return (service.doHover(snapshotOf(service, document, 'x12-837'), position)?.contents as { value: string }).value;
    };
    const [fy2027, fy2026, fy2027Again] = [hoverOn('20261115'), hoverOn('20260501'), hoverOn('20261201')];
    includesAll(fy2027, ['Code set: ICD-10-CM FY2027 (date of service 2026-11-15)', 'Billable code']);
    includesAll(fy2026, ['Not valid in ICD-10-CM FY2026 (date of service 2026-05-01)']);
    includesAll(fy2027Again, ['Code set: ICD-10-CM FY2027 (date of service 2026-12-01)']);
    assert.equal(fy2027Again.replace('2026-12-01', '2026-11-15'), fy2027);
  });

  it('names the discharge date of an inpatient stay across October 1 and answers with its release', () => {
    const fixture = x12Envelope(`
      CLM*INPT7*18000***11:A:1**A*Y*Y~
      DTP*434*RD8*20260928-20261003~
      CL1*1*1*01~
      HI*ABK:C3490*ABF:C78$031~
      LX*1~
      SV2*0120**18000*UN*5~
    `, '837I');
    includesAll(mustHover(fixture, 'x12-837').markdown, ['ICD-10-CM FY2027 (discharge date 2026-10-03)', officialTitle('C7831')]);
  });

  it('says an ICD-9-CM qualifier means the code is ICD-9-CM and not checked', () => {
    const hover = mustHover(claim('HI*BK:19$070~'), 'x12-837');
    assert.equal(hover.hovered, '1970');
    includesAll(hover.markdown, ['ICD-9-CM', 'not checked', 'BK = principal diagnosis (ICD-9-CM)']);
  });

  it('explains bundled, user-supplied and unconfigured CPT codes', () => {
    includesAll(mustHover(claim('HI*ABK:C3490~').replace('HC:71260', 'HC:712$060'), 'x12-837').markdown, ['CPT® 71260', 'Chest CT', 'HC = HCPCS']);
    const unconfigured = mustHover(claim('HI*ABK:C3490~').replace('HC:96413', 'HC:9641$03'), 'x12-837');
    assert.equal(unconfigured.hovered, '96413');
    includesAll(unconfigured.markdown, ['CPT® 96413', 'descriptor not configured', 'icdClaimCoder.cptDescriptionsPath']);
    const fromCsv = mustHover(claim('HI*ABK:C3490~').replace('HC:96413', 'HC:9641$03'), 'x12-837', 'code,description\n96413,"Chemo infusion, first hour (test text)"\n');
    includesAll(fromCsv.markdown, ['Chemo infusion, first hour (test text)', 'my-cpt.csv', 'American Medical Association']);
  });
});

describe('hover on X12 structure', () => {
  it('names the CLM segment', () => {
    const hover = mustHover(claim('HI*ABK:C3490~').replace('CLM*PTACCT42', 'C$0LM*PTACCT42'), 'x12-837');
    assert.equal(hover.hovered, 'CLM');
    includesAll(hover.markdown, ['**CLM**', 'Claim Information', 'loop 2300']);
  });

  it('explains CLM05 and DTP*472 as the date of service', () => {
    includesAll(mustHover(claim('HI*ABK:C3490~').replace('11:B:1', '1$01:B:1'), 'x12-837').markdown, ['CLM05-1', 'Place of service']);
    const segment = mustHover(claim('HI*ABK:C3490~').replace('DTP*472', 'DT$0P*472'), 'x12-837');
    includesAll(segment.markdown, ['Date or Time Period', '472 = date of service']);
    const qualifier = mustHover(claim('HI*ABK:C3490~').replace('DTP*472', 'DTP*4$072'), 'x12-837');
    assert.equal(qualifier.hovered, '472');
    includesAll(qualifier.markdown, ['**DTP01**', '472 = date of service']);
    const date = mustHover(claim('HI*ABK:C3490~').replace('D8*20261115', 'D8*2026$01115'), 'x12-837');
    assert.equal(date.hovered, '20261115');
    includesAll(date.markdown, ['**DTP03**', 'This is the date of service']);
  });

  it('explains HI qualifiers and the envelope segments', () => {
    const qualifier = mustHover(claim('HI*AB$0K:C3490~'), 'x12-837');
    assert.equal(qualifier.hovered, 'ABK');
    includesAll(qualifier.markdown, ['**HI01-1**', 'ABK = principal diagnosis (ICD-10-CM)']);
    for (const [id, name] of [['ISA', 'Interchange Control Header'], ['GS', 'Functional Group Header'], ['ST', 'Transaction Set Header'], ['SE', 'Transaction Set Trailer'], ['HL', 'Hierarchical Level'], ['SBR', 'Subscriber Information'], ['NM1', 'Individual or Organizational Name'], ['LX', 'Service Line Number'], ['SV1', 'Professional Service']] as const) {
      const text = claim('HI*ABK:C3490~');
      const at = text.indexOf(`\n${id}*`) + 1;
      const fixture = `${text.slice(0, at + 1)}$0${text.slice(at + 1)}`;
      const hover = mustHover(id === 'ISA' ? `I$0${text.slice(1)}` : fixture, 'x12-837');
      assert.equal(hover.hovered, id);
      includesAll(hover.markdown, [name]);
    }
  });

  it('lists the diagnoses an SV107 pointer selects', () => {
    const text = claim('HI*ABK:C3490*ABF:C7801~').replace('SV1*HC:71260*900*UN*1***1~', 'SV1*HC:71260*900*UN*1***1:$02:7~');
    const hover = mustHover(text, 'x12-837');
    assert.equal(hover.hovered, '2');
    includesAll(hover.markdown, ['SV107', `1 → C34.90 ${officialTitle('C3490')}`, `2 → C78.01 ${officialTitle('C7801')}`, '7 → no diagnosis']);
  });

  it('builds only the claim under the cursor, never every claim of the batch', () => {
    const service = createLanguageService({ codeSets: testCodeSets() });
    const { document, position } = withCursor(claim('HI*ABK:C3490*ABF:C78$001~'), 'x12-837');
    const snapshot = snapshotOf(service, document, 'x12-837');
    const parsed = snapshot.parsed as X12Document;
    // A view of the parsed claim file whose `encounters` must not be touched.
    const guarded = {
      languageId: parsed.languageId, problems: [], interchanges: parsed.interchanges, claims: parsed.claims,
      segmentCount: parsed.segmentCount, envelopeProblems: parsed.envelopeProblems,
      get encounters(): never { throw new Error('encounters was touched'); },
      segment: (index: number) => parsed.segment(index),
      segmentAt: (offset: number) => parsed.segmentAt(offset),
      buildEncounter: (index: number) => parsed.buildEncounter(index),
      claimCodes: (index: number, out: string[]) => parsed.claimCodes(index, out),
      claimCount: parsed.claimCount,
      claimOfSegment: (segmentIndex: number) => parsed.claimOfSegment(segmentIndex),
    } as X12Document;
    const hover = service.doHover({ ...snapshot, positionAt: snapshot.positionAt, offsetAt: snapshot.offsetAt, parsed: guarded }, position);
    assert.ok((hover?.contents as { value: string }).value.includes(officialTitle('C7801')));
    assert.ok(service.doComplete({ ...snapshot, positionAt: snapshot.positionAt, offsetAt: snapshot.offsetAt, parsed: guarded }, position).items.length > 0);
  });

  it('names the element of a segment up to the counted thousand, and says a further one is past them', () => {
    const elements = Array.from({ length: MAX_VIEWED_ELEMENTS + 10 }, (_, index) => `N${index}`);
    const note = (position: number): string => claim('HI*ABK:C3490~').replace('LX*1~', `NTE*${elements.map((value, index) => (index === position - 1 ? `N$0${value.slice(1)}` : value)).join('*')}~\nLX*1~`);
    const last = mustHover(note(MAX_VIEWED_ELEMENTS), 'x12-837');
    assert.equal(last.hovered, `N${MAX_VIEWED_ELEMENTS - 1}`);
    includesAll(last.markdown, [`**NTE${MAX_VIEWED_ELEMENTS}**`]);
    const past = mustHover(note(MAX_VIEWED_ELEMENTS + 5), 'x12-837');
    assert.equal(past.hovered, `N${MAX_VIEWED_ELEMENTS + 4}`);
    includesAll(past.markdown, ['An element past the first 1,000 of `NTE`', 'No 837 segment has that many elements']);
  });

  it('gives no hover outside any segment content', () => {
    assert.equal(hoverAt('$0', 'x12-837'), null);
  });
});

describe('the $0 cursor helper', () => {
  it('throws when the fixture has no marker or more than one', () => {
    assert.throws(() => withCursor('no marker', 'clinical-note'), /no \$0/);
    assert.throws(() => withCursor('$0 two $0', 'clinical-note'), /more than one/);
    assert.equal(withCursor('ab$0c', 'clinical-note').offset, 2);
  });
});
