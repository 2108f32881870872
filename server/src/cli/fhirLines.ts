import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { LanguageService, ValidationSettings } from '../service/languageService';
import type { FileToCheck } from './files';
import { inReportOrder } from './output';
import { PieceDocument } from './pieceDocument';

/**
 * A FHIR bulk export (`*.ndjson`) checked one line at a time: each line is one resource, parsed and
 * validated on its own and then dropped, so memory stays that of the longest line whatever the size of
 * the file. The editor reads the same lines the same way (a Condition line is its own encounter), so
 * the two report the same findings.
 */

/** Whether a file is checked line by line: a FHIR file named as NDJSON. */
export function isNdjsonFile(file: FileToCheck): boolean {
  return file.languageId === 'fhir-json' && /\.ndjson$/i.test(file.path);
}

/** Yields the findings of an NDJSON file as the service's diagnostics, a line's worth at a time, in file order. */
export async function* checkNdjsonFile(service: LanguageService, uri: string, file: FileToCheck, settings: ValidationSettings, readBytes: number): AsyncGenerator<Diagnostic[]> {
  const stream = createReadStream(file.path, { encoding: 'utf8', highWaterMark: readBytes });
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = -1;
  try {
    for await (const read of lines) {
      lineNumber++;
      // Editors hide a UTF-8 byte order mark, so columns on line 1 are counted without it here too.
      const line = lineNumber === 0 && read.charCodeAt(0) === 0xfeff ? read.slice(1) : read;
      if (line.trim() === '') continue;
      const document = new PieceDocument(uri, line, { line: lineNumber, character: 0 });
      const diagnostics: Diagnostic[] = service.doValidation(service.analyze(document, 'fhir-json'), settings);
      if (diagnostics.length > 0) yield inReportOrder(diagnostics);
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}
