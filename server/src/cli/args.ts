/**
 * The command line of `icd-claim-check`, exactly as PRODUCT.md defines it, plus `--info` and `--help`.
 */

export interface CliOptions {
  readonly json: boolean;
  readonly info: boolean;
  /** List the neoplasm diagnoses the notes' narrative documents instead of checking the codes. */
  readonly extract: boolean;
  readonly help: boolean;
  /** Write a masked copy of the one file named instead of checking. */
  readonly mask: boolean;
  readonly codeSet?: string;
  /** Worker threads that check (`--jobs N`); undefined means one per core (one thread for a single file under 16 MB or on fewer than four cores). 1 checks on the main thread. */
  readonly jobs?: number;
  readonly paths: readonly string[];
}

export const usage = `Usage: icd-claim-check [--json] [--code-set DIR] PATH...
       icd-claim-check --extract [--json] [--code-set DIR] PATH...
       icd-claim-check --info [--json] [--code-set DIR]
       icd-claim-check --mask FILE > COPY
       icd-claim-check --help

Checks X12 837 claim files and clinical notes for ICD-10-CM neoplasm coding problems.
PATH may be a file or a folder; folders are searched recursively for *.837, *.x12, *.edi
and *.note files and for files whose first line starts with ISA. With --extract, folders
also yield *.txt notes, and - reads one note from standard input.

Options:
  --json          print one JSON array of findings (0-based line/character, as LSP)
  --extract       list the neoplasm diagnoses written in the notes' words instead of
                  checking codes: file:line:col assertion code text, or with --json
                  one array of {file, range, text, code, candidates, column,
                  assertion, section} (claim files have no narrative and list nothing)
  --jobs N        check the files with N worker threads (default: one per core, and
                  one thread for a single file under 16 MB or on fewer than four
                  cores; 1 checks on the main thread; a large claim file is split
                  at its interchanges); the
                  output is the same, in the same order, whatever N is (--extract
                  and --mask always use one thread)
  --code-set DIR  also load an official ICD-10-CM release folder (a newer year)
  --info          print the loaded code-set years with their billable and header counts
  --mask          write a copy of FILE (one 837 or note) to standard output with patient
                  names, member and claim ids, addresses, birth dates and phone numbers
                  replaced by consistent synthetic values, to share a reproduction
  --help          print this help

Output: file:line:col severity rule-id message (1-based line and column).
Exit status: 1 when any finding has error severity, 0 otherwise (always 0 with --extract),
2 on a usage or I/O error.
Nothing is sent anywhere: the check runs entirely on this machine.
`;

/** Thrown for a command line that cannot be understood; the message says what is wrong. */
export class UsageError extends Error {}

/** Parses the arguments (without `node` and the script). Throws {@link UsageError}. */
export function parseArgs(argv: readonly string[]): CliOptions {
  let json = false;
  let info = false;
  let extract = false;
  let help = false;
  let mask = false;
  let codeSet: string | undefined;
  let jobs: number | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--json') json = true;
    else if (arg === '--info') info = true;
    else if (arg === '--extract') extract = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--mask') mask = true;
    else if (arg === '--code-set' || arg.startsWith('--code-set=')) {
      const value = arg === '--code-set' ? argv[++i] : arg.slice('--code-set='.length);
      if (value === undefined || value === '') throw new UsageError('--code-set needs a folder.');
      codeSet = value;
    } else if (arg === '--jobs' || arg.startsWith('--jobs=')) {
      jobs = parseJobs(arg === '--jobs' ? argv[++i] : arg.slice('--jobs='.length));
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option ${arg}.`);
    else paths.push(arg);
  }
  if (!help && !info && paths.length === 0) throw new UsageError('Name at least one file or folder to check.');
  if (info && extract) throw new UsageError('--info and --extract cannot be combined.');
  if (mask && paths.length !== 1) throw new UsageError('--mask takes exactly one file.');
  if (mask && (extract || info)) throw new UsageError('--mask cannot be combined with --extract or --info.');
  return { json, info, extract, help, mask, paths, ...(codeSet === undefined ? {} : { codeSet }), ...(jobs === undefined ? {} : { jobs }) };
}

/** More workers than this only cost memory: each holds its own service and heap. */
const maxJobs = 64;

function parseJobs(value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > maxJobs) {
    throw new UsageError(`--jobs needs a whole number from 1 to ${maxJobs}.`);
  }
  return Number(value);
}
