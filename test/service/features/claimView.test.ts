import assert from 'node:assert/strict';
import { renderClaim } from '../../../client/src/claimHtml';
import { createLanguageService } from '../../../server/src/service';
import type { ClaimViewModel } from '../../../server/src/service';
import { testCodeSets } from '../../helpers/codeSets';
import { documentOf } from '../../helpers/cursor';
import { officialTitle } from '../../helpers/officialCodes';
import { pointerClaim } from '../../helpers/pointerClaim';
import { realX12Text } from '../../helpers/realX12';
import { snapshotOf } from '../../helpers/snapshot';

const service = createLanguageService({ codeSets: testCodeSets() });
const settings = { rules: {}, maxNumberOfProblems: 1000 };

function viewOf(text: string, masked: boolean, claimIndex = 0): ClaimViewModel {
  const document = documentOf(text, 'x12-837');
  const view = service.showClaim(snapshotOf(service, document, 'x12-837'), { claimIndex }, settings, masked);
  assert.ok(view, 'a claim view');
  return view;
}

describe('claim view', () => {
  it('letters the diagnoses A–L, shows the pointers as letters and the findings', () => {
    const view = viewOf(pointerClaim('3'), false);
    assert.equal(view.label, 'Claim ACCT1');
    assert.equal(view.form, 'CMS-1500 (837P)');
    assert.deepEqual(view.diagnoses.map((d) => [d.letter, d.code, d.title, d.role]), [
      ['A', 'C34.90', officialTitle('C3490'), 'primary malignancy'],
      ['B', 'C78.01', officialTitle('C7801'), 'secondary (metastatic) malignancy'],
    ]);
    assert.deepEqual(view.lines.map((line) => [line.procedure, line.pointers]), [['71260', 'A, B'], ['32405', '3?']]);
    assert.deepEqual(view.findings.map((finding) => [finding.severity, finding.rule]), [['error', 'diagnosis-pointer-invalid']]);
    assert.equal(view.patient.name, 'TEST, PATIENT');
  });

  it('masks the patient and the claim id by default, with the values the mask command uses', () => {
    const text = realX12Text('LinuxForHealth_x12__demo.ambulance.example5.837');
    const plain = viewOf(text, false);
    const masked = viewOf(text, true);
    assert.deepEqual([plain.patient.name, plain.patient.memberId, plain.patient.birthDate, plain.label], ['JONES, SARAH', '012345678A', '19630729', 'Claim 051068']);
    assert.notEqual(masked.patient.name, plain.patient.name);
    assert.equal(masked.patient.name.length, plain.patient.name.length);
    assert.notEqual(masked.patient.memberId, plain.patient.memberId);
    assert.match(masked.patient.birthDate, /^1963\d{4}$/);
    assert.notEqual(masked.label, plain.label);
    assert.deepEqual(masked.payer, { name: 'MEDICARE PART B', id: '123245' });
  });

  it('finds the patient of the second claim under one subscriber', () => {
    const text = realX12Text('LinuxForHealth_x12__two-claims-single-provider.837i');
    const second = viewOf(text, false, 1);
    assert.equal(second.form, 'UB-04 (837I)');
    assert.ok(second.patient.name !== '' && second.payer.name !== '', JSON.stringify(second));
  });

  it('puts a lens on each claim with its counts', () => {
    const document = documentOf(pointerClaim('3'), 'x12-837');
    const lenses = service.provideClaimLenses(snapshotOf(service, document, 'x12-837'), settings);
    assert.deepEqual(lenses.map((lens) => lens.command?.title), ['Claim 2300 · 2 dx · 2 lines · 1 error — Show claim']);
    assert.deepEqual(lenses[0]?.command?.arguments, [document.uri, 0]);
    assert.equal(lenses[0]?.range.start.line, 10);
  });

  it('renders a page that runs no script, loads nothing and escapes every value', () => {
    const view = viewOf(pointerClaim('3'), false);
    const page = renderClaim({ ...view, patient: { ...view.patient, name: '<script>alert(1)</script>' } });
    assert.match(page, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[A-Za-z0-9]{32}';"/);
    assert.ok(!/<script/i.test(page), 'no script element');
    assert.ok(page.includes('&#60;script&#62;'), 'the value is escaped');
    assert.ok(!/https?:|src=/.test(page), 'no remote or local resource');
    assert.ok(page.includes('C78.01') && page.includes('diagnosis-pointer-invalid'));
  });
});
