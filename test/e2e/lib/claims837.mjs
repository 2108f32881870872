// Writes synthetic X12 837P (005010X222A1) claim files for the end-to-end suite: one segment a
// line, a correct ISA header (106 characters), real ICD-10-CM codes and no real people. The small
// fixtures in test/e2e/workspace/claims/ were written by this module; the 20,000-claim batch is
// generated at test time instead of being committed.
// Command line (regenerates the committed fixtures): node test/e2e/lib/claims837.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The interchange header; every element has the fixed width X12 requires. */
function isaSegment(control) {
  const elements = [
    'ISA', '00', ' '.repeat(10), '00', ' '.repeat(10),
    'ZZ', 'E2ESUBMITTER'.padEnd(15), 'ZZ', 'E2ERECEIVER'.padEnd(15),
    '261101', '1200', '^', '00501', String(control).padStart(9, '0'), '0', 'T', ':',
  ];
  const segment = elements.join('*');
  if (segment.length !== 105) throw new Error(`ISA must be 106 characters with its terminator, got ${segment.length + 1}`);
  return segment;
}

/** The segments of one claim: subscriber, payer, CLM, HI, one service line and its date. */
function claimSegments(index, diagnoses, hl) {
  const id = `E2E${String(index).padStart(6, '0')}`;
  const qualified = diagnoses.map((code, position) => `${position === 0 ? 'ABK' : 'ABF'}:${code}`);
  return [
    `HL*${hl}*1*22*0`,
    'SBR*P*18*******CI',
    `NM1*IL*1*TESTPATIENT*SYNTHETIC****MI*TEST${String(index).padStart(8, '0')}`,
    'N3*1 TEST STREET',
    'N4*TESTVILLE*CA*90001',
    'DMG*D8*19600101*F',
    'NM1*PR*2*TEST HEALTH PLAN*****PI*99999',
    `CLM*${id}*250***11:B:1*Y*A*Y*Y`,
    `HI*${qualified.join('*')}`,
    'LX*1',
    'SV1*HC:99214*250*UN*1***1',
    'DTP*472*D8*20261115',
  ];
}

/**
 * Builds an 837P file from a list of claims (each a list of dotless ICD-10-CM codes, principal first)
 * and returns its text plus, for each claim, the 1-based line of its HI segment.
 */
export function build837(claims) {
  const head = [
    'GS*HC*E2ESUBMITTER*E2ERECEIVER*20261101*1200*1*X*005010X222A1',
    'ST*837*0001*005010X222A1',
    'BHT*0019*00*E2E0001*20261101*1200*CH',
    'NM1*41*2*E2E TEST SUBMITTER*****46*TESTSUB01',
    'PER*IC*TEST CONTACT*TE*5555550100',
    'NM1*40*2*E2E TEST RECEIVER*****46*TESTRCV01',
    'HL*1**20*1',
    'NM1*85*2*E2E TEST CLINIC*****XX*1234567893',
    'N3*1 TEST WAY',
    'N4*TESTVILLE*CA*90001',
    'REF*EI*123456789',
  ];
  const segments = [isaSegment(1), ...head];
  const hiLines = [];
  claims.forEach((diagnoses, index) => {
    const claim = claimSegments(index + 1, diagnoses, index + 2);
    hiLines.push(segments.length + claim.findIndex((segment) => segment.startsWith('HI*')) + 1);
    segments.push(...claim);
  });
  // SE counts the segments from ST to SE inclusive.
  const transactionCount = segments.length - 2 + 1;
  segments.push(`SE*${transactionCount}*0001`, 'GE*1*1', 'IEA*1*000000001');
  return { text: `${segments.join('~\n')}~\n`, hiLines };
}

/** Diagnosis lists that break no coding rule, used for most claims of the batch. */
const cleanClaims = [
  ['I10', 'E119'],
  ['J449', 'I10'],
  ['C3490', 'C7801'],
  ['C189'],
  ['Z5111', 'C50911'],
  ['C3411', 'C7802', 'I10'],
];

/**
 * The 20,000-claim batch of scenario 5. Claim 1 lists a secondary site with C80.1 (clean), so deleting
 * the last character of `C801` makes a header code plus a lonely secondary: a change one keystroke
 * makes and the Problems count shows. Every 100th claim lists a secondary site alone, so the file
 * opens with a known number of `secondary-without-primary` warnings.
 */
export function buildBatch(count = 20_000) {
  const claims = [['C7801', 'C801']];
  for (let index = 2; index <= count; index += 1) {
    claims.push(index % 100 === 0 ? ['C7802'] : cleanClaims[index % cleanClaims.length]);
  }
  const { text, hiLines } = build837(claims);
  const editLine = hiLines[0];
  const editColumn = 'HI*ABK:C7801*ABF:C801'.length + 1;
  return { text, editLine, editColumn, lonelySecondaries: Math.floor(count / 100) };
}

/** The small, committed fixtures. */
export const fixtures = {
  'hover.837': [['C3490', 'C7801'], ['I10', 'E119']],
  'completion.837': [['C3490'], ['J449']],
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'workspace', 'claims');
  for (const [name, claims] of Object.entries(fixtures)) {
    writeFileSync(path.join(dir, name), build837(claims).text);
    console.log(`wrote ${path.join(dir, name)}`);
  }
}
