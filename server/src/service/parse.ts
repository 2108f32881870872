import type { LanguageId, ParsedDocument, StructuralProblem } from './model';
import { isFhirJsonHead } from './fhir/detect';
import { parseFhir } from './fhir/parseFhir';
import { parseNote } from './notes/parseNote';
import type { NoteParseOptions } from './notes/parseNote';
import { spanOf } from './spans';
import { emptyX12 } from './x12/parseX12';
import { parseX12 } from './x12/parseX12';
import type { CodeStrings } from './x12/codeStrings';

/**
 * The single entry point for parsing: picks the X12, the clinical-note or the FHIR parser. It never
 * throws; an unexpected failure inside a parser gives an empty document of the same kind with one
 * error problem, so the server keeps serving and every feature still gets a document of its kind.
 */

/** What a parse may be given: the narrative reader and previous parse of a note, the code strings an 837 shares. */
export interface ParseOptions {
  readonly note?: NoteParseOptions;
  readonly codeStrings?: CodeStrings;
}

/** Parses `text` as the given language. Structural damage is reported in `problems`, never thrown. */
export function parseDocument(text: string, languageId: LanguageId, options: ParseOptions = {}): ParsedDocument {
  try {
    if (languageId === 'fhir-json') return parseFhir(text);
    return languageId === 'x12-837' ? parseX12(text, options.codeStrings) : parseNote(text, options.note);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failedParse(languageId, [{
      id: 'parse-failed',
      span: spanOf(0, Math.min(text.length, 1)),
      severity: 'error',
      message: `The document could not be parsed (${reason}); please report this with a sample file.`,
    }]);
  }
}

/** An empty document of the language's own kind that carries only `problems`. */
function failedParse(languageId: LanguageId, problems: readonly StructuralProblem[]): ParsedDocument {
  if (languageId === 'x12-837') return emptyX12(problems);
  if (languageId === 'fhir-json') return { languageId, encounters: [], problems, codings: [], details: [], valueNotes: [] };
  return { languageId, encounters: [], problems, text: '' };
}

const X12_EXTENSIONS = /\.(837|837i|837p|x12|edi)$/i;
const NOTE_EXTENSIONS = /\.note$/i;
const FHIR_EXTENSIONS = /\.(ndjson|fhir\.json)$/i;


/**
 * Detects the language from the file name, then from the first line: `*.837 *.x12 *.edi` or a first
 * line that starts with `ISA` (after an optional byte order mark) is X12 837; `*.note` is a clinical note;
 * `*.ndjson` and `*.fhir.json` are FHIR, and so is a `*.json` file whose head (`firstLine`: callers pass
 * the first bytes, newlines included, so a pretty-printed resource counts) opens an object whose first
 * members include `"resourceType"`. Other JSON files are left alone.
 */
export function detectLanguageId(uri: string, firstLine: string): LanguageId | undefined {
  const path = uri.replace(/[?#].*$/, '');
  if (X12_EXTENSIONS.test(path)) return 'x12-837';
  if (NOTE_EXTENSIONS.test(path)) return 'clinical-note';
  if (FHIR_EXTENSIONS.test(path)) return 'fhir-json';
  if (/^\ufeff?\s*ISA/.test(firstLine)) return 'x12-837';
  if (/\.json$/i.test(path) && isFhirJsonHead(firstLine)) return 'fhir-json';
  return undefined;
}
