import { x12Envelope } from './fixture';

/**
 * One 837P claim with two diagnoses (C34.90 principal, C78.01) and two service lines: the first points
 * at both (`1:2`), the second at `secondPointers`. Lines: 10 CLM, 11 HI, 12 LX, 13 SV1, 14 LX, 15 SV1.
 */
export function pointerClaim(secondPointers = '3'): string {
  return x12Envelope(`
    CLM*ACCT1*1250***11:B:1*Y*A*Y*Y~
    HI*ABK:C3490*ABF:C7801~
    LX*1~
    SV1*HC:71260*900*UN*1***1:2~
    LX*2~
    SV1*HC:32405*350*UN*1***${secondPointers}~
  `);
}
