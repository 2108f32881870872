import type { Span } from '../spans';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';
import { normaliseHeader } from './sectionHeaders';

/**
 * Round 26 (death documents): "FINAL DIAGNOSES" right after a report's gross or microscopic description closes that report: a
 * medical examiner's or prosector's diagnoses of the organs just described ("MICROSCOPIC:\nL kidney mass: clear cell renal cell
 * carcinoma …\n\nFINAL DIAGNOSES:\n2. Incidental: clear cell renal cell carcinoma, left kidney"), the report's final diagnosis, which
 * the table reads as `Pathology` ("final diagnosis", "final anatomic diagnoses"), not the discharge diagnoses a discharge summary
 * heads with the same words.
 */

/** A found header, as `sections.ts` keeps it. */
interface FoundHeader {
  readonly entry: SectionHeaderEntry;
  readonly title: string;
  readonly headerSpan: Span;
}

/** The final diagnoses' spellings read so. */
const FINAL_DIAGNOSES = new Set(['final diagnoses', 'final diagnosis']);
/** The first words of a report's description of the tissue ("MICROSCOPIC:", "Gross description:", "Microscopic examination"). */
const DESCRIPTION_WORDS = new Set(['gross', 'microscopic', 'microscopy', 'histology']);

/** `header`, or the Pathology header it is when it is a report's final diagnoses right after the report's description. */
export function withReportFinalDiagnoses(header: FoundHeader | undefined, previous: FoundHeader | undefined, headers: SectionHeaderLookup): FoundHeader | undefined {
  if (header === undefined || previous === undefined || header.entry.kind === 'pathology') return header;
  if (!FINAL_DIAGNOSES.has(normaliseHeader(header.title))) return header;
  const firstWord = normaliseHeader(previous.title).split(' ')[0] ?? '';
  if (!DESCRIPTION_WORDS.has(firstWord)) return header;
  const pathology = headers.get('pathology');
  return pathology === undefined ? header : { ...header, entry: pathology };
}
