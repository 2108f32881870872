import type { Finding, Rule } from './rule';
import { shown, swapFix } from './ruleHelpers';
import { CodeClasses } from './codeClasses';

const PALLIATIVE = 'Z515';

/**
 * Z51.5 usually follows the condition that needs care (Z51 says "code also condition requiring
 * care"). It may be first-listed when palliative care is the documented reason for the encounter
 * (AHA Coding Clinic 1Q 2017), which is why the rule only informs.
 */
export const palliativeFirstListed: Rule = {
  id: 'palliative-first-listed',
  defaultSeverity: 'information',
  summary: 'Z51.5 (palliative care) is first-listed or is the only code.',
  grounding: 'ICD-10-CM Tabular List "code also condition requiring care" note at Z51; Guidelines I.C.21.c',
  reactsTo: { codes: [{ first: CodeClasses.palliative }] },
  check({ diagnoses, memo, wantsFixes }): readonly Finding[] {
    if (diagnoses.listedCount === 0 || diagnoses.code(0) !== PALLIATIVE) return [];
    const span = diagnoses.span(0);
    if (diagnoses.listedCount === 1) {
      return [{
        span,
        message: 'Z51.5 (encounter for palliative care) is the only code; add the condition requiring care, usually listed before Z51.5 ("code also condition requiring care" note at Z51, ICD-10-CM Guidelines I.C.21.c).',
      }];
    }
    const second = diagnoses.code(1);
    return [{
      span,
      // One string per code listed second, however many claims list it there.
      message: memo.rememberByCodeOf('palliative-first-listed message', 0, second, undefined, firstListedMessage),
      fixes: wantsFixes ? [swapFix(diagnoses.mention(0), diagnoses.mention(1), `List ${shown(second)} before Z51.5`)] : undefined,
    }];
  },
};

/** The message when Z51.5 is listed before `second`, the code listed second. */
function firstListedMessage(second: string): string {
  return `Z51.5 (encounter for palliative care) is first-listed; list the condition requiring care, such as ${shown(second)}, first unless palliative care is the documented reason for the encounter ("code also condition requiring care" note at Z51, ICD-10-CM Guidelines I.C.21.c).`;
}
