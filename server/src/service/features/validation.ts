import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CodeSets } from '../codes/codeSet';
import type { RuleLevel, ValidationSettings } from '../contracts';
import type { DiagnosisList, Encounter, ParsedDocument, Severity, StructuralProblem } from '../model';
import { narrativeOf } from '../notes/encounterNarrative';
import type { EncounterNarrative } from '../notes/encounterNarrative';
import { inReportingOrder } from '../notes/reportingOrder';
import { reactingRules } from '../rules/claimScreen';
import type { ScreenedClaim } from '../rules/claimScreen';
import { rules as registry } from '../rules/index';
import type { Finding, QuickFix, Rule, RuleContext } from '../rules/rule';
import { createRuleTables } from '../rules/ruleTables';
import { diagnosisListOf, MentionList, RuleDiagnoses } from '../rules/ruleDiagnoses';
import type { RuleTables } from '../rules/ruleTables';
import { toRange } from '../spans';
import type { Span, TextSource } from '../spans';

/**
 * The validation engine: structural problems first, then every encounter through the ordered rule
 * registry with the code-set year covering its date of service. Severity comes from the rule and the
 * user's settings only; quick fixes travel in `Diagnostic.data` as plain offsets.
 */

/** The `source` of every diagnostic this service produces. */
export const DIAGNOSTIC_SOURCE = 'icd-claim-coder';

/** Where the rule pages live when the binding names no other base URL. */
export const DEFAULT_DOCS_BASE_URL = 'https://github.com/icd-claim-coder/icd-claim-coder/blob/main/docs/rules';

/** The diagnostic code of the final "more problems were left out" message. */
export const PROBLEM_LIMIT_CODE = 'problem-limit';

/** The diagnostic code reported when a rule throws on an encounter (a bug, never the user's fault). */
export const RULE_FAILED_CODE = 'rule-failed';

/** One edit of a serialised quick fix, by offset into the document text the diagnostic was made for. */
export interface FixEditData {
  readonly offset: number;
  readonly length: number;
  readonly newText: string;
}

/** One serialised quick fix. */
export interface FixData {
  readonly title: string;
  readonly isPreferred?: boolean;
  readonly edits: readonly FixEditData[];
}

/** What this service puts in `Diagnostic.data`: the fixes, tagged so foreign data is recognised. */
export interface DiagnosticData {
  readonly source: typeof DIAGNOSTIC_SOURCE;
  readonly fixes: readonly FixData[];
}

const lspSeverity: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The severity a finding is reported at, or undefined when the rule is off. A configured level that
 * differs from the rule's default wins; a level equal to the default is what the editor reports for an
 * untouched setting, so the finding's own severity (an error on an inpatient claim) still applies.
 */
export function effectiveSeverity(rule: Rule, finding: Finding, level: RuleLevel | undefined): Severity | undefined {
  if (level === 'off') return undefined;
  if (level !== undefined && level !== rule.defaultSeverity) return level;
  return finding.severity ?? rule.defaultSeverity;
}

function serialiseFixes(fixes: readonly QuickFix[] | undefined): DiagnosticData | undefined {
  if (fixes === undefined || fixes.length === 0) return undefined;
  const serialised: FixData[] = new Array<FixData>(fixes.length);
  for (let index = 0; index < fixes.length; index++) serialised[index] = serialiseFix(fixes[index] as QuickFix);
  return { source: DIAGNOSTIC_SOURCE, fixes: serialised };
}

/**
 * One fix as plain data, its keys in the order clients have always received them. Written as two
 * literals rather than with a spread: a rule-dense batch serialises hundreds of thousands of fixes.
 */
function serialiseFix(fix: QuickFix): FixData {
  const edits: FixEditData[] = new Array<FixEditData>(fix.edits.length);
  for (let index = 0; index < fix.edits.length; index++) {
    const edit = fix.edits[index] as QuickFix['edits'][number];
    edits[index] = { offset: edit.span.offset, length: edit.span.length, newText: edit.newText };
  }
  return fix.isPreferred === undefined ? { title: fix.title, edits } : { title: fix.title, isPreferred: fix.isPreferred, edits };
}

/** Whether diagnosis `index` is checked at all: ICD-9-CM never, a shape-only note token only when the code set knows it. */
function isChecked(list: DiagnosisList, index: number, codeSets: CodeSets): boolean {
  if (list.systemAt(index) !== 'icd10cm') return false;
  return !list.shapeOnlyAt(index) || codeSets.yearsWith(list.codeAt(index)).length > 0;
}

/** A note encounter with only its checked mentions, for its reporting order. */
function checkedEncounter(encounter: Encounter, codeSets: CodeSets): Encounter {
  const all = encounter.diagnoses;
  const list = new MentionList(all);
  let index = 0;
  while (index < all.length && isChecked(list, index, codeSets)) index++;
  if (index === all.length) return encounter;
  return { ...encounter, diagnoses: all.filter((_, position) => isChecked(list, position, codeSets)) };
}

/**
 * The encounter as the rules see it: only the ICD-10-CM diagnoses that are checked, in reporting order.
 * A claim (or any encounter without a narrative) keeps its own order, and its diagnoses are read by
 * index from the list it keeps; a note's are put in the order of its sections.
 */
function orderedEncounter(encounter: Encounter, codeSets: CodeSets, narrative: EncounterNarrative | undefined): Encounter {
  return narrative === undefined ? encounter : inReportingOrder(checkedEncounter(encounter, codeSets), narrative.reading.sections);
}

/** The checked diagnoses of `ordered` (what {@link orderedEncounter} gave for `encounter`). */
function checkedDiagnoses(encounter: Encounter, ordered: Encounter, tables: RuleTables, narrative: EncounterNarrative | undefined): RuleDiagnoses {
  const written = diagnosisListOf(encounter);
  return narrative === undefined ? RuleDiagnoses.checkedOf(written, isChecked, tables.codeSets) : RuleDiagnoses.ofEncounter(ordered, written);
}

/**
 * A diagnostic before its range is worked out: spans by offset, so that a claim's findings can be
 * kept and shifted after an edit elsewhere, and only the diagnostics actually reported (at most
 * `maxNumberOfProblems`) pay for offset-to-position conversion.
 */
export interface PendingDiagnostic {
  readonly span: Span;
  readonly severity: DiagnosticSeverity;
  readonly code: string;
  readonly message: string;
  /** The rule's docs page (`codeDescription.href`); absent for structural problems. */
  readonly href?: string;
  readonly data?: DiagnosticData;
}

/** The LSP diagnostic of a pending one, against the document the spans refer to. */
export function toDiagnostic(document: TextSource, pending: PendingDiagnostic): Diagnostic {
  const { severity, code, href, message, data } = pending;
  const range = toRange(document, pending.span);
  // Literals rather than spreads, as every reported finding makes one; the keys keep the order clients have always received.
  const diagnostic: Diagnostic = href === undefined
    ? { range, severity, code, source: DIAGNOSTIC_SOURCE, message }
    : { range, severity, code, codeDescription: { href }, source: DIAGNOSTIC_SOURCE, message };
  if (data !== undefined) diagnostic.data = data;
  return diagnostic;
}

/** The pending diagnostic with every offset (its span and its quick-fix edits) passed through `move`. */
export function movePending(pending: PendingDiagnostic, move: (offset: number) => number): PendingDiagnostic {
  const span = { offset: move(pending.span.offset), length: pending.span.length };
  if (pending.data === undefined) return { ...pending, span };
  const data: DiagnosticData = {
    source: DIAGNOSTIC_SOURCE,
    fixes: pending.data.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, offset: move(edit.offset) })) })),
  };
  return { ...pending, span, data };
}

/** A structural problem as a pending diagnostic. */
export function pendingProblem(problem: StructuralProblem): PendingDiagnostic {
  return { span: problem.span, severity: lspSeverity[problem.severity], code: problem.id, message: problem.message };
}

function ruleFailure(encounter: Encounter, what: string, error: unknown): PendingDiagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    span: { offset: encounter.span.offset, length: Math.min(encounter.span.length, 3) },
    severity: DiagnosticSeverity.Warning,
    code: RULE_FAILED_CODE,
    message: `The ${what} failed on ${encounter.label} (${reason}), so its findings are missing here; please report this with a synthetic sample.`,
  };
}

/** What {@link readNarrativeSafely} gives an encounter without a narrative (every claim): one object shared by all. */
const NO_NARRATIVE: { narrative?: EncounterNarrative; failure?: PendingDiagnostic } = Object.freeze({});

/** The narrative of a note encounter, or the failure of its reader (reported once, as `rule-failed`). */
function readNarrativeSafely(parsed: ParsedDocument, encounter: Encounter): { narrative?: EncounterNarrative; failure?: PendingDiagnostic } {
  try {
    const narrative = narrativeOf(parsed, encounter);
    return narrative === undefined ? NO_NARRATIVE : { narrative };
  } catch (error) {
    return { failure: ruleFailure(encounter, 'narrative reader', error) };
  }
}

/**
 * The docs link of each rule under one base URL, one string per rule: every kept finding holds its
 * link. A validation run makes its own, so no link table outlives the runs that use it.
 */
export class RuleLinks {
  readonly #base: string;
  readonly #byRule = new Map<string, string>();

  constructor(docsBaseUrl: string) {
    this.#base = docsBaseUrl;
  }

  of(ruleId: string): string {
    let href = this.#byRule.get(ruleId);
    if (href === undefined) {
      href = `${this.#base}/${ruleId}.md`;
      this.#byRule.set(ruleId, href);
    }
    return href;
  }
}

function hasAnyKey(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/** What the rules of one encounter are given; made once the first rule reacts, as two literals rather than with a spread. */
function ruleContext(
  parsed: ParsedDocument, encounter: Encounter, ordered: Encounter, diagnoses: RuleDiagnoses, tables: RuleTables, wantsFixes: boolean, narrative: EncounterNarrative | undefined,
): RuleContext {
  const { codeSets } = tables;
  const year = codeSets.yearFor(encounter.serviceDate);
  return narrative === undefined
    ? { document: parsed, encounter: ordered, diagnoses, codeSets, year, memo: tables, wantsFixes }
    : { document: parsed, encounter: ordered, diagnoses, codeSets, year, memo: tables, wantsFixes, narrative };
}

/** Shared by every encounter without findings, so a clean batch allocates no list per claim. */
export const NO_PENDING: readonly PendingDiagnostic[] = Object.freeze([]);

/**
 * Runs every enabled rule on one encounter and returns its pending diagnostics, in registry order,
 * after those of `into` (`into` itself when there are none). See {@link appendEncounterFindings}.
 */
export function checkEncounter(
  parsed: ParsedDocument,
  encounter: Encounter,
  tables: RuleTables,
  settings: ValidationSettings,
  links: RuleLinks,
  into: readonly PendingDiagnostic[] = NO_PENDING,
  screened?: ScreenedClaim,
): readonly PendingDiagnostic[] {
  return appendEncounterFindings(parsed, encounter, tables, settings, links, into.length === 0 ? undefined : [...into], screened) ?? into;
}

/**
 * Runs every enabled rule on one encounter and appends its pending diagnostics, in registry order, to
 * `out`, which is made on the first finding when undefined; returns `out`. Only the rules that react to
 * the encounter (their `reactsTo`) run, which is what keeps a large clean batch cheap. `screened` is
 * what the claim screen found of the claim: its codes and the rules that react to them, reused when it
 * holds exactly the encounter's codes. A caller that collects a whole batch's findings passes one list
 * for all its encounters, so a flagged claim makes no list of its own.
 */
export function appendEncounterFindings(
  parsed: ParsedDocument,
  encounter: Encounter,
  tables: RuleTables,
  settings: ValidationSettings,
  links: RuleLinks,
  out: PendingDiagnostic[] | undefined,
  screened?: ScreenedClaim,
): PendingDiagnostic[] | undefined {
  const { codeSets } = tables;
  // A note is read before its rules run: the narrative rules need the reading and the order rules its sections.
  const { narrative, failure } = readNarrativeSafely(parsed, encounter);
  const ordered = orderedEncounter(encounter, codeSets, narrative);
  const diagnoses = checkedDiagnoses(encounter, ordered, tables, narrative);
  // Most runs set no rule level at all (the command line never does): a miss on the object would be
  // paid for every rule of every flagged claim.
  const levels = hasAnyKey(settings.rules) ? settings.rules : undefined;
  const reacting = reactingRules(tables, registry, levels, parsed.languageId, ordered, diagnoses, narrative !== undefined, screened);
  let found = out;
  if (failure !== undefined) (found ??= []).push(failure);
  let context: RuleContext | undefined;
  const wantsFixes = settings.quickFixes !== false;
  for (let at = 0; at < reacting.length; at++) {
    const rule = registry[reacting[at] as number] as Rule;
    const level = levels?.[rule.id];
    if (level === 'off') continue;
    context ??= ruleContext(parsed, encounter, ordered, diagnoses, tables, wantsFixes, narrative);
    let findings: readonly Finding[];
    try {
      findings = rule.check(context);
    } catch (error) {
      // One faulty rule must not cost the user every other finding, so it is reported and skipped.
      (found ??= []).push(ruleFailure(encounter, `rule ${rule.id}`, error));
      continue;
    }
    if (findings.length > 0) found = appendRuleFindings(rule, level, findings, links, wantsFixes, found);
  }
  return found;
}

/** Appends one rule's findings, at their effective severity, to `out` (made when undefined and a finding is kept). */
function appendRuleFindings(
  rule: Rule, level: RuleLevel | undefined, findings: readonly Finding[], links: RuleLinks, wantsFixes: boolean, out: PendingDiagnostic[] | undefined,
): PendingDiagnostic[] | undefined {
  let found = out;
  for (const finding of findings) {
    const severity = effectiveSeverity(rule, finding, level);
    if (severity === undefined) continue;
    const data = wantsFixes ? serialiseFixes(finding.fixes) : undefined;
    const { span, message } = finding;
    const href = links.of(rule.id);
    // Two literals rather than a spread: a rule-dense batch makes one for every finding.
    (found ??= []).push(data === undefined
      ? { span, severity: lspSeverity[severity], code: rule.id, message, href }
      : { span, severity: lspSeverity[severity], code: rule.id, message, href, data });
  }
  return found;
}

/**
 * Runs every enabled rule on one encounter and returns its diagnostics, in registry order. The binding
 * can call this alone to re-check only the claims an edit touched.
 */
export function validateEncounter(
  document: TextSource,
  parsed: ParsedDocument,
  encounter: Encounter,
  codeSets: CodeSets,
  settings: ValidationSettings,
  docsBaseUrl: string = DEFAULT_DOCS_BASE_URL,
  ruleTables?: RuleTables,
): Diagnostic[] {
  const tables = ruleTables?.codeSets === codeSets ? ruleTables : createRuleTables(codeSets);
  return checkEncounter(parsed, encounter, tables, settings, new RuleLinks(docsBaseUrl)).map((pending) => toDiagnostic(document, pending));
}
