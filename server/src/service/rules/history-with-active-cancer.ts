import type { CodeRangeRef, CodeSets } from '../codes/codeSet';
import { MAX_CODE_LENGTH, toDotted } from '../codes/codeText';
import { isHistory, isMalignant, isSecondary } from '../codes/roles';
import type { EncounterDiagnoses, Finding, Rule, RuleMemo } from './rule';
import { listCodes, refsCover, shown } from './ruleHelpers';
import { CodeClasses } from './codeClasses';

/** Inclusion terms of the form "Conditions classifiable to C50.-" give the sites a Z85 code stands for. */
const CLASSIFIABLE = /classifiable to/i;

/**
 * The sites a history code covers, read from the most specific Z85 level (the code itself, then its
 * parents) that has "conditions classifiable to" inclusion terms. A parent's wider terms are used only
 * when the code has none of its own, so Z85.038 maps to C18 and not to all of C15–C26.
 */
export function historySites(memo: RuleMemo, code: string): HistorySites | undefined {
  return memo.rememberByCodeOf('history sites', 0, code, memo.codeSets, readHistorySites);
}

/** The sites of a history code and the inclusion-term text they come from. */
export interface HistorySites {
  readonly refs: readonly CodeRangeRef[];
  readonly text: string;
}

function readHistorySites(code: string, codeSets: CodeSets): HistorySites | undefined {
  const terms = codeSets.notes(code).filter((note) => note.kind === 'inclusionTerm' && CLASSIFIABLE.test(note.text) && note.refs.length > 0);
  for (let length = Math.min(code.length, MAX_CODE_LENGTH); length >= 3; length--) {
    const owner = toDotted(code.slice(0, length));
    const own = terms.filter((note) => note.owner === owner);
    if (own.length > 0) return { refs: own.flatMap((note) => note.refs), text: own.map((note) => note.text).join('; ') };
  }
  return undefined;
}

/**
 * A Z85 history code says the primary was eradicated and is no longer treated; an active malignancy
 * of the same site on the same encounter contradicts it (I.C.2.m). Secondary sites are not compared:
 * metastases of an eradicated primary are coded with the Z85 code (I.C.2.d).
 */
export const historyWithActiveCancer: Rule = {
  id: 'history-with-active-cancer',
  defaultSeverity: 'warning',
  summary: 'A Z85 personal-history code and an active malignancy of the same site are reported together.',
  grounding: 'ICD-10-CM Guidelines I.C.2.m; site map from the Z85 inclusion terms ("conditions classifiable to …")',
  reactsTo: { codes: [{ some: CodeClasses.history }, { some: CodeClasses.activeMalignancy }] },
  check({ diagnoses, memo }): readonly Finding[] {
    // First mentions only: each distinct history code is compared with each distinct active code once,
    // and Z85 has under a hundred codes, so a note repeating codes thousands of times stays linear.
    const firsts = diagnoses.firstOfEachCode();
    const active: string[] = [];
    for (const index of firsts) {
      const code = diagnoses.code(index);
      if (isMalignant(code) && !isSecondary(code)) active.push(code);
    }
    if (active.length === 0) return [];
    const findings: Finding[] = [];
    // The comparison is a function of its own: a closure in this loop's body would make the engine
    // allocate the body's variables for every code of every claim the rule runs on.
    for (const index of firsts) {
      const finding = isHistory(diagnoses.code(index)) ? historyFinding(memo, diagnoses, index, active) : undefined;
      if (finding !== undefined) findings.push(finding);
    }
    return findings;
  },
};

/** The finding for the history code at `index` when one of the `active` codes (distinct, first mentions) is of its site. */
function historyFinding(memo: RuleMemo, diagnoses: EncounterDiagnoses, index: number, active: readonly string[]): Finding | undefined {
  const history = diagnoses.code(index);
  const sites = historySites(memo, history);
  if (sites === undefined) return undefined;
  const same: string[] = [];
  for (const code of active) if (refsCover(sites.refs, code)) same.push(code);
  if (same.length === 0) return undefined;
  return {
    span: diagnoses.span(index),
    // One string per history code and active codes, however many claims pair them.
    message: memo.rememberByCode('history-with-active-cancer message', 0, `${history} ${same.join(' ')}`, () => {
      const codes = listCodes(same);
      return `${shown(history)} (personal history, "${sites.text}") is reported with the active malignancy ${codes} of the same site; keep ${codes} while the cancer is still treated, or ${shown(history)} alone once it is eradicated and treatment has ended (ICD-10-CM Guidelines I.C.2.m).`;
    }),
  };
}
