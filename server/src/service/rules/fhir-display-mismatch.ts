import { toDotted } from '../codes/codeText';
import { FHIR_ONLY, icd10cmCodingsOf, jsonContent } from '../fhir/ruleSupport';
import type { Finding, Rule } from './rule';

/** Case, spacing and trailing punctuation do not make a display different. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.]+$/, '').trim();
}

/** Whether a display is one of the code's official titles, up to case, spacing and a trailing full stop. */
function isOfficialTitle(display: string, titles: ReadonlyArray<string | undefined>): boolean {
  const written = comparable(display);
  return titles.some((title) => title !== undefined && comparable(title) === written);
}

/**
 * A `display` should be the code's title in the release that covers the date of service: a display
 * taken from another code (copied with the wrong code, or left behind when the code was changed) tells
 * a reader something else than the code does. The official short title (the order file's short
 * description, which many systems send as the display) is not flagged either: only a display that is
 * neither title nor a case or spacing variant of one.
 */
export const fhirDisplayMismatch: Rule = {
  id: 'fhir-display-mismatch',
  defaultSeverity: 'information',
  summary: 'The display of an ICD-10-CM coding in FHIR is neither the code\'s official title nor its official short title.',
  grounding: 'FHIR R4 Coding.display: "a representation of the meaning of the code in the system, following the rules of the system"',
  reactsTo: { languages: FHIR_ONLY },
  check(context): readonly Finding[] {
    const { codeSets, year } = context;
    const findings: Finding[] = [];
    for (const coding of icd10cmCodingsOf(context)) {
      const mention = coding.mention;
      if (mention === undefined || coding.display === undefined) continue;
      if (codeSets.status(mention.code, year.year) === undefined) continue;
      const title = codeSets.title(mention.code);
      if (title === undefined || isOfficialTitle(coding.display.value, [title, codeSets.shortTitle?.(mention.code)])) continue;
      findings.push({
        span: coding.display.span,
        message: `This display is not the title of ${toDotted(mention.code)} in ${year.label} ("${title}"); correct the display, or check that the code is the one meant (FHIR R4 Coding.display).`,
        fixes: [{ title: `Use the official title: ${title}`, isPreferred: true, edits: [{ span: coding.display.span, newText: jsonContent(title) }] }],
      });
    }
    return findings;
  },
};
