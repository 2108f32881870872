/**
 * Annotated fixtures for rule tests. A fixture is a small synthetic note or 837 (one segment per
 * line); a line made only of carets and an expectation marks the text right above it:
 *
 *     HI*ABK:C787~
 *            ^^^^ warning secondary-without-primary: no primary malignancy
 *
 * The caret line names a severity, a rule id and optionally a fragment the message must contain.
 * {@link parseFixture} strips the caret lines and returns the text the parser sees, with the
 * expectations as offsets into that text.
 */

/** Severity names as fixtures write them (LSP's names, lower case). */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

/** One expected diagnostic, by offset into the stripped text. */
export interface ExpectedDiagnostic {
  readonly offset: number;
  readonly length: number;
  readonly severity: SeverityName;
  readonly rule: string;
  readonly messageFragment?: string;
}

/** A fixture after its caret lines were removed. */
export interface Fixture {
  readonly text: string;
  readonly expected: readonly ExpectedDiagnostic[];
}

const ANNOTATION = /^([ \t]*)(\^+)[ \t]+(error|warning|information|hint)[ \t]+([a-z0-9-]+)(?:[ \t]*:[ \t]*(.*?))?[ \t]*$/;

/** Whether a line is a caret annotation. */
export function isAnnotationLine(line: string): boolean {
  return ANNOTATION.test(line);
}

/**
 * Removes the common indentation of a template literal and its first and last blank lines, so
 * fixtures can be indented with the test code. Caret columns stay aligned because every line loses
 * the same amount.
 */
export function dedent(source: string): string {
  const lines = source.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((line) => line.slice(common)).join('\n');
}

/** Strips the caret lines of a (dedented) fixture and records what they expect. */
export function parseFixture(source: string): Fixture {
  const kept: string[] = [];
  const expected: ExpectedDiagnostic[] = [];
  let offset = 0;
  let previousLineStart: number | undefined;
  for (const line of source.split('\n')) {
    const match = ANNOTATION.exec(line);
    if (match) {
      if (previousLineStart === undefined) throw new Error(`Caret line with nothing above it: ${line}`);
      const [, indent = '', carets = '', severity, rule = '', fragment] = match;
      expected.push({
        offset: previousLineStart + indent.length,
        length: carets.length,
        severity: severity as SeverityName,
        rule,
        ...(fragment ? { messageFragment: fragment } : {}),
      });
      continue;
    }
    kept.push(line);
    previousLineStart = offset;
    offset += line.length + 1;
  }
  return { text: kept.join('\n'), expected };
}

/** Which 837 the envelope declares: professional (X222A1) or institutional (X223A2). */
export type ClaimKind = '837P' | '837I';

/** Pads or cuts a value to the fixed width the ISA segment requires. */
function fixed(value: string, width: number): string {
  return value.padEnd(width, ' ').slice(0, width);
}

/**
 * Wraps claim lines (CLM and what follows, caret lines allowed) in a valid ISA/GS/ST envelope with
 * `*` `:` `~` and one segment per line, counting the segments for SE so the parser reports no
 * structural problem.
 */
export function x12Envelope(body: string, kind: ClaimKind = '837P'): string {
  const version = kind === '837P' ? '005010X222A1' : '005010X223A2';
  const claimLines = dedent(body).split('\n');
  const segments = claimLines.filter((line) => line.trim() !== '' && !isAnnotationLine(line)).length;
  const isa = ['ISA', '00', fixed('', 10), '00', fixed('', 10), 'ZZ', fixed('SUBMITTER', 15), 'ZZ', fixed('RECEIVER', 15),
    '261115', '1200', '^', '00501', '000000001', '0', 'T', ':'].join('*');
  const header = [
    `${isa}~`,
    `GS*HC*SUBMITTER*RECEIVER*20261115*1200*1*X*${version}~`,
    `ST*837*0001*${version}~`,
    'BHT*0019*00*1*20261115*1200*CH~',
    'NM1*41*2*SYNTHETIC SUBMITTER*****46*1~',
    'HL*1**20*1~',
    'NM1*85*2*SYNTHETIC CLINIC*****XX*1234567893~',
    'HL*2*1*22*0~',
    'SBR*P*18*******CI~',
    'NM1*IL*1*TEST*PATIENT****MI*1~',
  ];
  const transactionSegments = header.length - 2 + segments + 1;
  const trailer = [`SE*${transactionSegments}*0001~`, 'GE*1*1~', 'IEA*1*000000001~'];
  return [...header, ...claimLines, ...trailer].join('\n');
}
