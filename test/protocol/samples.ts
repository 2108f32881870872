/**
 * Synthetic, PHI-free documents for the protocol and command-line tests. The 837 is built segment
 * by segment so its envelope counts are right and only the coding problems under test remain.
 */

/** A note with a secondary lung code and no primary: `secondary-without-primary` must fire on it. */
export const secondaryOnlyNote = [
  'Oncology follow-up (synthetic)',
  'Assessment: metastatic disease to the right lung.',
  'Dx: C78.01',
  '',
].join('\n');

/** A note with a header code (`code-not-billable`) that quick fixes can replace. */
export const headerCodeNote = [
  'Progress note (synthetic)',
  'Dx: C50.91 breast cancer, laterality not documented',
  '',
].join('\n');

export interface ClaimSpec {
  readonly account: string;
  /** Dotless ICD-10-CM codes, the first is the principal diagnosis (ABK), the rest ABF. */
  readonly codes: readonly string[];
  /** Service date as CCYYMMDD. */
  readonly date?: string;
}

/** The segments of one 2000B/2300 block: subscriber, claim, diagnoses and one service line. */
function claimSegments(spec: ClaimSpec, hlNumber: number): string[] {
  const hi = spec.codes.map((code, index) => `${index === 0 ? 'ABK' : 'ABF'}:${code}`).join('*');
  return [
    `HL*${hlNumber}*1*22*0`,
    'SBR*P*18*******CI',
    'NM1*IL*1*DOE*JANE****MI*XYZ000000001',
    'NM1*PR*2*EXAMPLE PAYER*****PI*00000',
    `CLM*${spec.account}*250***11:B:1*Y*A*Y*Y`,
    `HI*${hi}`,
    'LX*1',
    'SV1*HC:99214*250*UN*1***1',
    `DTP*472*D8*${spec.date ?? '20261015'}`,
  ];
}

/** A complete 837P interchange (one transaction) holding the given claims, one segment per line. */
export function build837(claims: readonly ClaimSpec[], controlNumber = '000000001'): string {
  const isa = `ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *261015*1200*^*00501*${controlNumber}*0*T*:`;
  const body = [
    'ST*837*0001*005010X222A1',
    'BHT*0019*00*0001*20261015*1200*CH',
    'NM1*41*2*EXAMPLE CLINIC*****46*TAX000001',
    'PER*IC*BILLING*TE*5555550100',
    'NM1*40*2*EXAMPLE PAYER*****46*00000',
    'HL*1**20*1',
    'NM1*85*2*EXAMPLE CLINIC*****XX*1234567893',
    'N3*1 MAIN ST',
    'N4*ANYTOWN*NY*12345',
    'REF*EI*000000001',
    ...claims.flatMap((claim, index) => claimSegments(claim, index + 2)),
  ];
  const segments = [
    isa,
    'GS*HC*SUBMITTER*RECEIVER*20261015*1200*1*X*005010X222A1',
    ...body,
    `SE*${body.length + 1}*0001`,
    'GE*1*1',
    `IEA*1*${controlNumber}`,
  ];
  return `${segments.join('~\n')}~\n`;
}

/** An 837 with one claim whose only diagnosis is a secondary site (C78.01 written dotless). */
export const secondaryOnlyClaim = build837([{ account: 'ACCT1001', codes: ['C7801'] }]);
