/**
 * Inputs whose cost once grew with the square of their size: many codes in one encounter compared
 * pairwise by the note rules and the claim screen, and a huge code-shaped token ranked character by
 * character for suggestions. `npm run bench` times each shape at n and 8n and prints the growth
 * exponent (1 is linear, 2 quadratic); test/safety/scaling.test.ts times each at `regressionSize` and
 * at a quarter of it and bounds the ratio, at a size where the former quadratic code took more than
 * ten times as long as the linear code.
 */

/** The two languages a shape is written in. */
export type ShapeLanguage = 'x12-837' | 'clinical-note';

/** What a shape needs from the code tables: real codes, so the note rules have notes to read. */
export interface ShapeCodeSource {
  billableWithPrefix(prefix: string, year: number, limit: number): readonly string[];
  readonly newest: { readonly year: number };
}

export interface ScalingShape {
  readonly id: string;
  /** What grows, for the report: "distinct codes", "characters", … */
  readonly unit: string;
  readonly title: string;
  readonly languageId: ShapeLanguage;
  /** The bench's base size; it also runs eight times this. */
  readonly n: number;
  /** The regression test's size. */
  readonly regressionSize: number;
  /** The text of the shape at size `n`; `codes` holds at least `n` distinct billable codes when the shape needs them. */
  make(n: number, codes: readonly string[]): string;
}

const ISA = 'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260105*0930*^*00501*000000117*0*T*:~';

/** `count` distinct billable codes of the newest year, dotless, across the letters of the classification. */
export function distinctBillableCodes(codeSets: ShapeCodeSource, count: number): string[] {
  const codes: string[] = [];
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (codes.length >= count) break;
    codes.push(...codeSets.billableWithPrefix(letter, codeSets.newest.year, count - codes.length));
  }
  return codes;
}

function dotted(code: string): string {
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

export const scalingShapes: readonly ScalingShape[] = [
  {
    id: 'distinct-codes-note',
    unit: 'distinct codes',
    title: 'one note encounter listing n distinct billable codes, one per line',
    languageId: 'clinical-note',
    n: 1000,
    regressionSize: 12_000,
    make: (n, codes) => `Dx:\n${codes.slice(0, n).map((code) => `${dotted(code)}\n`).join('')}`,
  },
  {
    id: 'one-line-repeats',
    unit: 'mentions',
    title: "a one-line note of 'C78.01 ' repeated n times",
    languageId: 'clinical-note',
    n: 20_000,
    regressionSize: 300_000,
    make: (n) => 'C78.01 '.repeat(n),
  },
  {
    id: 'lines-of-one-code',
    unit: 'lines',
    title: 'a note of n lines with one code each, one encounter: ninety billable codes in turn and, every tenth line, the "code first" carrier D63.0',
    languageId: 'clinical-note',
    n: 20_000,
    regressionSize: 360_000,
    make: (n, codes) => Array.from({ length: n }, (_, index) => `${index % 10 === 9 ? 'D63.0' : dotted(codes[index % 90] ?? 'C7801')}\n`).join(''),
  },
  {
    id: 'code-first-repeats',
    unit: 'mentions',
    title: 'a note repeating a "code first" carrier (D63.0) n times after its neoplasm',
    languageId: 'clinical-note',
    n: 10_000,
    regressionSize: 80_000,
    make: (n) => `Dx: C25.0\n${'Anaemia in neoplastic disease D63.0, stable. '.repeat(n)}`,
  },
  {
    id: 'history-repeats',
    unit: 'mentions',
    title: 'a note repeating a Z85 history code and an active cancer of another site n times',
    languageId: 'clinical-note',
    n: 10_000,
    // Every repeat is a sentence the narrative reader reads too (two documented mentions), so this note
    // costs more per mention than the bare code lists. The size is where the code before the fix,
    // quadratic, would take over 70 s (more than ten times the test's limit) while the linear reading
    // stays well inside it: process CPU time counts the collector's helper threads too, and a machine
    // with more cores gives the collector more of them.
    regressionSize: 40_000,
    make: (n) => `Dx: Z85.3, C18.9\n${'History of breast cancer (Z85.3); colon cancer (C18.9) on treatment. '.repeat(n)}`,
  },
  {
    id: 'capital-abbreviations',
    unit: 'mentions',
    title: 'a note repeating an abbreviation kept only beside its long form ("RB") n times without it',
    languageId: 'clinical-note',
    n: 10_000,
    // Each "RB" is read and then dropped because the note never writes "retinoblastoma": the check that
    // looked for the long form once per abbreviation made this quadratic.
    regressionSize: 40_000,
    make: (n) => `Dx: C69.22\n${'OS exam: RB stable, good response. '.repeat(n)}`,
  },
  {
    id: 'proven-tumour-repeats',
    unit: 'mentions',
    title: 'a note repeating a bladder cancer and a "bladder tumor" that the cancer proves malignant n times',
    languageId: 'clinical-note',
    n: 4_000,
    // Each tumour word takes the column of the cancer proven at its organ: the look-up that walked every proven cancer for every
    // tumour word made this quadratic (three times the linear time at 8,000 repeats); the size makes that part dominate.
    regressionSize: 16_000,
    make: (n) => `Dx: C67.1\n${'Urothelial carcinoma of the bladder dome, on treatment. Bladder tumor stable. '.repeat(n)}`,
  },
  {
    id: 'hi-segments-one-claim',
    unit: 'HI segments',
    title: 'one 837 claim with n HI segments of distinct billable codes',
    languageId: 'x12-837',
    n: 1000,
    regressionSize: 24_000,
    make: (n, codes) => `${ISA}\nCLM*1*100***11:B:1*Y*A*Y*Y~\n${codes.slice(0, n).map((code, index) => `HI*${index === 0 ? 'ABK' : 'ABF'}:${code}~\n`).join('')}`,
  },
  {
    id: 'long-hi-token',
    unit: 'characters',
    title: "an HI code of n letters C ('HI*ABK:CCC…')",
    languageId: 'x12-837',
    n: 64_000,
    regressionSize: 1_000_000,
    make: (n) => `${ISA}\nCLM*1~\nHI*ABK:${'C'.repeat(n)}~\n`,
  },
];
