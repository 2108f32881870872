import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageId } from '../service/languageService';
import { detectLanguageId } from '../service/parse';

/** How much of the document is looked at to find its first line (an 837 is often one long line). */
const firstLineLimit = 256;

/**
 * The language a document is served as: the client's language id when it is one of ours, otherwise
 * what the file name or first line says (`plaintext` files that start with `ISA`, for example).
 */
export function languageOf(document: TextDocument): LanguageId | undefined {
  if (document.languageId === 'x12-837' || document.languageId === 'clinical-note' || document.languageId === 'fhir-json') return document.languageId;
  // A pretty-printed FHIR resource has "resourceType" on its second or third line, so a .json file is judged on its first bytes.
  const head = /\.json$/i.test(document.uri)
    ? document.getText({ start: { line: 0, character: 0 }, end: document.positionAt(firstLineLimit) })
    : document.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: firstLineLimit } });
  return detectLanguageId(document.uri, head);
}
