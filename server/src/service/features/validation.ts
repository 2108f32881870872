import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CodeSets } from '../codes/codeSet';
import type { CancellationLike, RuleLevel, ValidationSettings } from '../languageService';
import type { DiagnosisMention, Encounter, ParsedDocument, Severity, StructuralProblem } from '../model';
import { rules as registry } from '../rules/index';
import type { Finding, QuickFix, Rule } from '../rules/rule';
import { toRange } from '../spans';
import type { TextSource } from '../spans';
import type { X12Document } from '../x12/x12Model';

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
  return {
    source: DIAGNOSTIC_SOURCE,
    fixes: fixes.map((fix) => ({
      title: fix.title,
      ...(fix.isPreferred === undefined ? {} : { isPreferred: fix.isPreferred }),
      edits: fix.edits.map((edit) => ({ offset: edit.span.offset, length: edit.span.length, newText: edit.newText })),
    })),
  };
}

/** Whether a mention is checked at all: ICD-9-CM never, a shape-only note token only when the code set knows it. */
function isChecked(mention: DiagnosisMention, codeSets: CodeSets): boolean {
  if (mention.system !== 'icd10cm') return false;
  return mention.shapeOnly !== true || codeSets.yearsWith(mention.code).length > 0;
}

/** The encounter as rules see it: only the ICD-10-CM mentions that are checked, in reporting order. */
function checkedEncounter(encounter: Encounter, codeSets: CodeSets): Encounter {
  const diagnoses = encounter.diagnoses.filter((mention) => isChecked(mention, codeSets));
  return diagnoses.length === encounter.diagnoses.length ? encounter : { ...encounter, diagnoses };
}

function structuralDiagnostic(document: TextSource, problem: StructuralProblem): Diagnostic {
  return {
    range: toRange(document, problem.span),
    severity: lspSeverity[problem.severity],
    code: problem.id,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  };
}

function ruleFailure(document: TextSource, encounter: Encounter, rule: Rule, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    range: toRange(document, { offset: encounter.span.offset, length: Math.min(encounter.span.length, 3) }),
    severity: DiagnosticSeverity.Warning,
    code: RULE_FAILED_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `The rule ${rule.id} failed on ${encounter.label} (${reason}), so its findings are missing here; please report this with a synthetic sample.`,
  };
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
): Diagnostic[] {
  const checked = checkedEncounter(encounter, codeSets);
  const context = { document: parsed, encounter: checked, codeSets, year: codeSets.yearFor(encounter.serviceDate) };
  const diagnostics: Diagnostic[] = [];
  for (const rule of registry) {
    const level = settings.rules[rule.id];
    if (level === 'off') continue;
    let findings: readonly Finding[];
    try {
      findings = rule.check(context);
    } catch (error) {
      // One faulty rule must not cost the user every other finding, so it is reported and skipped.
      diagnostics.push(ruleFailure(document, encounter, rule, error));
      continue;
    }
    for (const finding of findings) {
      const severity = effectiveSeverity(rule, finding, level);
      if (severity === undefined) continue;
      const data = serialiseFixes(finding.fixes);
      diagnostics.push({
        range: toRange(document, finding.span),
        severity: lspSeverity[severity],
        code: rule.id,
        codeDescription: { href: `${docsBaseUrl}/${rule.id}.md` },
        source: DIAGNOSTIC_SOURCE,
        message: finding.message,
        ...(data === undefined ? {} : { data }),
      });
    }
  }
  return diagnostics;
}

/** Whether the document is an X12 837 that can build its claims one at a time. */
function isClaimByClaim(parsed: ParsedDocument): parsed is X12Document {
  const x12 = parsed as Partial<X12Document>;
  return parsed.languageId === 'x12-837' && typeof x12.buildEncounter === 'function' && Array.isArray(x12.claims) && Array.isArray(x12.envelopeProblems);
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
): Diagnostic[] {
  const limit = Math.max(0, Math.floor(settings.maxNumberOfProblems));
  const kept: Diagnostic[] = [];
  let leftOut = 0;
  let firstLeftOut: Diagnostic | undefined;
  const add = (diagnostic: Diagnostic): void => {
    if (kept.length < limit) {
      kept.push(diagnostic);
      return;
    }
    leftOut++;
    firstLeftOut ??= diagnostic;
  };
  if (isClaimByClaim(parsed)) {
    // An 837 batch is checked one claim at a time, so its claims are never all alive at once; each
    // claim's own structural problems come just before its findings.
    for (const problem of parsed.envelopeProblems) add(structuralDiagnostic(document, problem));
    for (let claimIndex = 0; claimIndex < parsed.claims.length; claimIndex++) {
      if (token?.isCancellationRequested) break;
      const { encounter, problems } = parsed.buildEncounter(claimIndex);
      for (const problem of problems) add(structuralDiagnostic(document, problem));
      for (const diagnostic of validateEncounter(document, parsed, encounter, codeSets, settings, docsBaseUrl)) add(diagnostic);
    }
  } else {
    for (const problem of parsed.problems) add(structuralDiagnostic(document, problem));
    for (const encounter of parsed.encounters) {
      if (token?.isCancellationRequested) break;
      for (const diagnostic of validateEncounter(document, parsed, encounter, codeSets, settings, docsBaseUrl)) add(diagnostic);
    }
  }
  if (leftOut > 0 && firstLeftOut !== undefined) {
    kept.push({
      range: firstLeftOut.range,
      severity: DiagnosticSeverity.Information,
      code: PROBLEM_LIMIT_CODE,
      source: DIAGNOSTIC_SOURCE,
      message: `${leftOut} more ${leftOut === 1 ? 'problem was' : 'problems were'} left out because this document reached the limit of ${limit} (setting icdClaimCoder.maxNumberOfProblems).`,
    });
  }
  return kept;
}
