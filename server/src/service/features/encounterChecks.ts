import type { ValidationSettings } from '../contracts';
import type { Encounter, ParsedDocument } from '../model';
import { createClaimScreen } from '../rules/claimScreen';
import type { ClaimScreen, ScreenedClaim } from '../rules/claimScreen';
import { rules as registry } from '../rules/index';
import type { RuleTables } from '../rules/ruleTables';
import { ClaimReading } from '../x12/claimReading';
import type { ClaimBuildOptions, CodeNumbers } from '../x12/x12Model';
import type { PendingDiagnostic } from './validation';
import { appendEncounterFindings, pendingProblem } from './validation';
import type { RuleLinks } from './validation';

/**
 * How the encounters of one document are checked, one at a time: an 837's claims are screened by their
 * codes, built (from what the screen read) only when a rule may fire, and run through the rules; any
 * other document's encounters go to the rules as they are. What the screen and the build reuse from
 * claim to claim lives here, so a run and a batch check share one way of checking an encounter.
 */
export class EncounterChecks {
  readonly #parsed: ParsedDocument;
  readonly #tables: RuleTables;
  readonly #settings: ValidationSettings;
  readonly #links: RuleLinks;
  readonly #screen: ClaimScreen | undefined;
  readonly #claimCodes: string[] = [];
  readonly #codeNumbers: CodeNumbers = { values: [], numbering: undefined };
  /** What the screen's pass records of each claim, so that a claim it lets through is built without a second pass. */
  readonly #reading = new ClaimReading();
  /** How a claim that passed the screen is built (see `ClaimBuildOptions`). */
  readonly #screenedClaim: ClaimBuildOptions;

  /**
   * Checks `parsed` with `tables`; `screenClaims` false builds every claim. `claimsDropped` true says the
   * caller keeps nothing of a claim but its findings once {@link append} returns, so a claim built from
   * the screen's reading may keep its codes in the screen's arrays instead of copies of them.
   */
  constructor(parsed: ParsedDocument, tables: RuleTables, settings: ValidationSettings, links: RuleLinks, screenClaims: boolean, claimsDropped = false) {
    this.#parsed = parsed;
    this.#tables = tables;
    this.#settings = settings;
    this.#links = links;
    this.#screen = parsed.languageId === 'x12-837' && screenClaims ? createClaimScreen(tables, registry, settings.rules) : undefined;
    this.#screenedClaim = claimsDropped
      ? { serviceLines: false, reading: this.#reading, borrowedCodes: this.#claimCodes }
      : { serviceLines: false, reading: this.#reading };
  }

  /**
   * Appends the findings of encounter `index` to `out` (made on the first finding when undefined) and
   * returns it: a claim's own structural problems first, then the rules' findings in registry order.
   */
  append(index: number, out: PendingDiagnostic[] | undefined): PendingDiagnostic[] | undefined {
    const parsed = this.#parsed;
    if (parsed.languageId !== 'x12-837') {
      return appendEncounterFindings(parsed, parsed.encounters[index] as Encounter, this.#tables, this.#settings, this.#links, out);
    }
    let screened: ScreenedClaim | undefined;
    const screen = this.#screen;
    if (screen !== undefined) {
      const count = parsed.claimCodes(index, this.#claimCodes, this.#codeNumbers, this.#reading);
      if (count >= 0 && !screen.mayFind(this.#claimCodes, count, this.#codeNumbers)) return out;
      if (count >= 0) screened = screen.last;
    }
    // An 837 batch is checked one claim at a time, so its claims are never all alive at once; each
    // claim's own structural problems come just before its findings.
    // A claim whose codes the screen read has had its pointers checked: its service lines are not read again.
    const { encounter, problems } = parsed.buildEncounter(index, screened === undefined ? undefined : this.#screenedClaim);
    let found = out;
    for (let at = 0; at < problems.length; at++) (found ??= []).push(pendingProblem(problems[at] as (typeof problems)[number]));
    return appendEncounterFindings(parsed, encounter, this.#tables, this.#settings, this.#links, found, screened);
  }
}
