import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CodeSets } from '../codes/codeSet';
import type { CancellationLike, ValidationSettings } from '../contracts';
import type { ParsedDocument, StructuralProblem } from '../model';
import { createRuleTables } from '../rules/ruleTables';
import type { RuleTables } from '../rules/ruleTables';
import type { TextSource } from '../spans';
import { mapOffset } from '../document/offsetEdit';
import type { X12Lineage } from '../x12/incremental';
import type { X12Document } from '../x12/x12Model';
import { EncounterChecks } from './encounterChecks';
import type { PendingDiagnostic } from './validation';
import {
  DEFAULT_DOCS_BASE_URL, DIAGNOSTIC_SOURCE, movePending, NO_PENDING, pendingProblem, PROBLEM_LIMIT_CODE, RuleLinks, toDiagnostic,
} from './validation';

/**
 * A validation that runs in steps. The service has no timers, so the caller decides how much work one
 * step does and what happens in between: the language server yields to the event loop between steps
 * (hover and completion interleave, a cancellation is seen within one step), the command line and
 * `doValidation` simply loop. A run given the finished run of an earlier version of the same document
 * re-checks only the claims an edit touched and moves the other claims' findings.
 */
export interface ValidationRun {
  /** Whether every encounter has been checked. */
  readonly done: boolean;
  /** Encounters checked (or reused) so far. */
  readonly checked: number;
  /** Encounters in the document. */
  readonly total: number;
  /** How many encounters were reused from the previous run instead of being checked again. */
  readonly reused: number;
  /**
   * Checks up to `maxEncounters` more encounters (reused ones do not count, they cost next to nothing)
   * and returns {@link done}.
   */
  step(maxEncounters: number): boolean;
  /**
   * The diagnostics found so far, in document order of the structure (envelope problems first, then
   * each encounter's), at most `maxNumberOfProblems` plus one "left out" note. Complete once done.
   */
  diagnostics(): Diagnostic[];
  /**
   * What the next version's run of the same document can reuse: undefined until the run is done. The
   * document's host keeps it, with the edits since, for that run.
   */
  finished(): FinishedValidation | undefined;
}

/** A run as this module makes it: it also gives its findings before they become LSP diagnostics. */
export interface OffsetValidationRun extends ValidationRun {
  /**
   * Every finding so far as a pending diagnostic (spans by offset, no positions), in the order of
   * {@link ValidationRun.diagnostics} and with no problem limit: for a caller that writes every finding
   * and counts positions itself, as the command line does. Complete once done.
   */
  pending(): PendingDiagnostic[];
}

/** The findings of a finished run, per encounter, with what decides whether a later run may reuse them. */
export interface FinishedValidation {
  readonly codeSets: CodeSets;
  readonly rulesKey: string;
  readonly docsBaseUrl: string;
  /** Per encounter, its findings; undefined for one past the problem limit, of which only the count is kept. */
  readonly perEncounter: readonly (readonly PendingDiagnostic[] | undefined)[];
  /** Per encounter, how many findings it has. */
  readonly counts: Uint32Array;
  /** Per encounter, what to add to its stored findings' offsets to place them in the run's text. */
  readonly shifts: Float64Array;
}

/** A finished run over an earlier version of an 837 and the edits from that version to this one. */
export interface PreviousValidation {
  readonly finished: FinishedValidation;
  readonly lineage: X12Lineage;
}

/** How a run is set up. */
export interface ValidationRunOptions {
  readonly docsBaseUrl?: string;
  /**
   * A finished run over an earlier version of the same document and the edits since. When the settings
   * and code sets are the same, claims the edits did not touch keep their findings (moved to their new
   * offsets) instead of being checked again.
   */
  readonly previous?: PreviousValidation;
  /**
   * Whether claims are screened by their codes before being built (default true): a claim that no
   * enabled rule can fire on and that has no structural problem is not built at all. Tests turn it off
   * to check that screening changes no diagnostic.
   */
  readonly screenClaims?: boolean;
  /** What the rules remember about `codeSets`, kept by the service across runs; absent: the run makes its own. */
  readonly ruleTables?: RuleTables;
}

/** Whether the document is an 837, whose claims are built one at a time. */
function isClaimByClaim(parsed: ParsedDocument): parsed is X12Document {
  return parsed.languageId === 'x12-837';
}

/** Which claims of `parsed` can take the previous run's findings, and how their offsets move. */
interface Reuse {
  readonly previous: readonly (readonly PendingDiagnostic[] | undefined)[];
  readonly counts: Uint32Array;
  readonly shifts: Float64Array;
  readonly lineage: X12Lineage;
}

function reuseFrom(parsed: ParsedDocument, options: ValidationRunOptions, codeSets: CodeSets, rulesKey: string, docsBaseUrl: string): Reuse | undefined {
  const previous = options.previous;
  if (previous === undefined || !isClaimByClaim(parsed)) return undefined;
  const { finished } = previous;
  if (finished.codeSets !== codeSets || finished.rulesKey !== rulesKey || finished.docsBaseUrl !== docsBaseUrl) return undefined;
  if (finished.perEncounter.length !== parsed.claimCount) return undefined;
  return { previous: finished.perEncounter, counts: finished.counts, shifts: finished.shifts, lineage: previous.lineage };
}

/** Creates a run over `parsed`; nothing is checked until {@link ValidationRun.step} is called. */
export function createValidationRun(
  document: TextSource,
  parsed: ParsedDocument,
  codeSets: CodeSets,
  settings: ValidationSettings,
  options: ValidationRunOptions = {},
): OffsetValidationRun {
  const docsBaseUrl = options.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL;
  // Findings kept without their fixes must not be reused by a run that shows fixes, so the key says which.
  const rulesKey = `${JSON.stringify(settings.rules)}${settings.quickFixes === false ? ' without fixes' : ''}`;
  const claimByClaim = isClaimByClaim(parsed);
  const outsideEncounters: readonly StructuralProblem[] = claimByClaim ? parsed.envelopeProblems : parsed.problems;
  const total = claimByClaim ? parsed.claimCount : parsed.encounters.length;
  const perEncounter: (readonly PendingDiagnostic[] | undefined)[] = new Array<readonly PendingDiagnostic[] | undefined>(total);
  // How far each encounter's stored findings are from their place in this text: reused findings are
  // kept as they were made and moved only when reported, so reusing a claim costs two array writes.
  const shifts = new Float64Array(total);
  const counts = new Uint32Array(total);
  const reuse = reuseFrom(parsed, options, codeSets, rulesKey, docsBaseUrl);
  let checked = 0;
  let reused = 0;
  // The run keeps its parse to check again, when its diagnostics are assembled, a claim of which only
  // the count was kept; what the host keeps for the next version ({@link FinishedValidation}) does not
  // hold it, so this version's parse and text can go with the run.
  const source: ParsedDocument = parsed;

  const tables = options.ruleTables?.codeSets === codeSets ? options.ruleTables : createRuleTables(codeSets);
  const checks = new EncounterChecks(source, tables, settings, new RuleLinks(docsBaseUrl), options.screenClaims !== false);
  const findingsOf = (index: number): readonly PendingDiagnostic[] => checks.append(index, undefined) ?? NO_PENDING;
  const limit = Math.max(0, Math.floor(settings.maxNumberOfProblems));
  // Findings before the encounter being checked, structural problems outside encounters included: once
  // past the limit, the later encounters' findings are counted and dropped as they are made, so they
  // never pile up in memory (see keepsFindings).
  let reported = outsideEncounters.length;
  const checkNext = (index: number): void => {
    const findings = findingsOf(index);
    perEncounter[index] = keepsFindings(reported, limit) ? findings : undefined;
    counts[index] = findings.length;
    shifts[index] = 0;
  };
  const reuseNext = (index: number): boolean => {
    if (reuse === undefined || reuse.lineage.changedClaims.has(index)) return false;
    const before = reuse.previous[index];
    counts[index] = reuse.counts[index] ?? 0;
    reused++;
    // A claim past the problem limit was kept as its count: it stays one (checked again if it is reported).
    if (before === undefined || !keepsFindings(reported, limit)) return true;
    // An untouched claim lies wholly before or after each edit, so its first finding tells how far
    // all of its findings (quick-fix edits included) move.
    const previousShift = reuse.shifts[index] ?? 0;
    const first = before[0];
    const offset = first === undefined ? 0 : first.span.offset + previousShift;
    shifts[index] = previousShift + (first === undefined ? 0 : mapOffset(reuse.lineage.steps, offset) - offset);
    perEncounter[index] = before;
    return true;
  };
  const findings: Findings = {
    perEncounter, counts, shifts,
    full: (index) => {
      const list = findingsOf(index);
      perEncounter[index] = list;
      shifts[index] = 0;
      return list;
    },
  };

  const run: OffsetValidationRun = {
    get done() {
      return checked >= total;
    },
    get checked() {
      return checked;
    },
    total,
    get reused() {
      return reused;
    },
    step(maxEncounters: number): boolean {
      let budget = Math.max(1, Math.floor(maxEncounters));
      while (checked < total && budget > 0) {
        if (!reuseNext(checked)) {
          checkNext(checked);
          budget--;
        }
        reported += counts[checked] ?? 0;
        checked++;
      }
      return checked >= total;
    },
    diagnostics(): Diagnostic[] {
      return assemble(document, outsideEncounters, findings, checked, limit);
    },
    pending(): PendingDiagnostic[] {
      return everyPending(outsideEncounters, findings, checked);
    },
    finished(): FinishedValidation | undefined {
      return checked >= total && claimByClaim ? { codeSets, rulesKey, docsBaseUrl, perEncounter, counts, shifts } : undefined;
    },
  };
  return run;
}

/** A run's findings per encounter, and how to get the findings of one kept only as its count. */
interface Findings {
  readonly perEncounter: (readonly PendingDiagnostic[] | undefined)[];
  readonly counts: Uint32Array;
  readonly shifts: Float64Array;
  /** Checks the encounter again and keeps its findings (placed in the run's text). */
  full(index: number): readonly PendingDiagnostic[];
}

/**
 * Whether an encounter's findings are kept, given how many come before it: only those the problem
 * limit lets into the report, and the first one left out, whose range the "left out" note borrows.
 * A rule-dense batch has tens of thousands of findings, each with its message and quick fixes, of
 * which a report shows the first thousand: of the others the next version's run needs only the counts,
 * unless an edit brings some into the report, when those few encounters are checked again.
 */
function keepsFindings(before: number, limit: number): boolean {
  return before <= limit;
}

/**
 * Applies the problem limit and turns the kept pending diagnostics into LSP diagnostics; only those
 * (and the first left out, whose range the "left out" note borrows) pay for position conversion.
 */
function assemble(
  document: TextSource,
  outsideEncounters: readonly StructuralProblem[],
  { perEncounter, counts, shifts, full }: Findings,
  checked: number,
  limit: number,
): Diagnostic[] {
  const kept: Diagnostic[] = [];
  let leftOut = 0;
  let firstLeftOut: PendingDiagnostic | undefined;
  const add = (pending: PendingDiagnostic, shift: number): void => {
    if (kept.length < limit) {
      kept.push(toDiagnostic(document, shift === 0 ? pending : movePending(pending, (offset) => offset + shift)));
      return;
    }
    leftOut++;
    firstLeftOut ??= shift === 0 ? pending : movePending(pending, (offset) => offset + shift);
  };
  for (const problem of outsideEncounters) add(pendingProblem(problem), 0);
  for (let index = 0; index < checked; index++) {
    const count = counts[index] ?? 0;
    if (count === 0) continue;
    if (kept.length >= limit && firstLeftOut !== undefined) {
      leftOut += count;
      continue;
    }
    const list = perEncounter[index] ?? full(index);
    const shift = shifts[index] ?? 0;
    for (let i = 0; i < list.length; i++) add(list[i] as PendingDiagnostic, shift);
  }
  if (leftOut > 0 && firstLeftOut !== undefined) {
    kept.push({
      range: toDiagnostic(document, firstLeftOut).range,
      severity: DiagnosticSeverity.Information,
      code: PROBLEM_LIMIT_CODE,
      source: DIAGNOSTIC_SOURCE,
      message: `${leftOut} more ${leftOut === 1 ? 'problem was' : 'problems were'} left out because this document reached the limit of ${limit} (setting icdClaimCoder.maxNumberOfProblems).`,
    });
  }
  return kept;
}

/** Every finding of the encounters checked so far, placed in the run's text, structural problems outside encounters first. */
function everyPending(outsideEncounters: readonly StructuralProblem[], { perEncounter, counts, shifts, full }: Findings, checked: number): PendingDiagnostic[] {
  // The counts say how long the list will be, so it is made at its size instead of growing finding by finding.
  let total = outsideEncounters.length;
  for (let index = 0; index < checked; index++) total += counts[index] ?? 0;
  const all = new Array<PendingDiagnostic>(total);
  let at = 0;
  for (const problem of outsideEncounters) all[at++] = pendingProblem(problem);
  for (let index = 0; index < checked; index++) {
    if ((counts[index] ?? 0) === 0) continue;
    const list = perEncounter[index] ?? full(index);
    const shift = shifts[index] ?? 0;
    for (let i = 0; i < list.length; i++) {
      const pending = list[i] as PendingDiagnostic;
      all[at++] = shift === 0 ? pending : movePending(pending, (offset) => offset + shift);
    }
  }
  // A claim checked again for its findings gives as many as it was counted with; this only guards against holes.
  all.length = at;
  return all;
}

/**
 * Validates a parsed document: structural problems, then each encounter in order. The token is polled
 * between encounters; when cancelled, what is done so far is returned (the binding discards it). At most
 * `settings.maxNumberOfProblems` diagnostics are returned, followed by one information diagnostic that
 * says how many were left out.
 */
export function validate(
  document: TextSource,
  parsed: ParsedDocument,
  codeSets: CodeSets,
  settings: ValidationSettings,
  token?: CancellationLike,
  docsBaseUrl: string = DEFAULT_DOCS_BASE_URL,
  ruleTables?: RuleTables,
): Diagnostic[] {
  const run = createValidationRun(document, parsed, codeSets, settings, { docsBaseUrl, ...(ruleTables === undefined ? {} : { ruleTables }) });
  while (!run.done && token?.isCancellationRequested !== true) run.step(VALIDATE_SLICE);
  return run.diagnostics();
}

/**
 * Validates a parsed document as {@link validate} does, but returns every finding as a pending
 * diagnostic (see {@link ValidationRun.pending}): no problem limit, no positions, no LSP objects. The
 * findings of every encounter go into the one list returned, structural problems outside encounters
 * first, so a flagged claim makes no list of its own and nothing is copied at the end.
 */
export function validateToPending(
  parsed: ParsedDocument,
  codeSets: CodeSets,
  settings: ValidationSettings,
  docsBaseUrl: string = DEFAULT_DOCS_BASE_URL,
  ruleTables?: RuleTables,
): PendingDiagnostic[] {
  const tables = ruleTables?.codeSets === codeSets ? ruleTables : createRuleTables(codeSets);
  // Nothing of a claim outlives its findings here, so the claims may borrow the screen's arrays.
  const checks = new EncounterChecks(parsed, tables, settings, new RuleLinks(docsBaseUrl), true, true);
  const claimByClaim = isClaimByClaim(parsed);
  const outsideEncounters = claimByClaim ? parsed.envelopeProblems : parsed.problems;
  const total = claimByClaim ? parsed.claimCount : parsed.encounters.length;
  const all: PendingDiagnostic[] = [];
  for (const problem of outsideEncounters) all.push(pendingProblem(problem));
  for (let index = 0; index < total; index++) checks.append(index, all);
  return all;
}

/** Encounters checked between two cancellation polls of {@link validate}: one, as a poll costs nothing. */
const VALIDATE_SLICE = 1;
