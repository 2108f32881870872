import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { detectLanguageId } from '../service/parse';
import type { LanguageService } from '../service/languageService';

/**
 * `icd-claim-check --mask FILE`: writes a copy of one 837 or note with patient identifiers replaced by
 * synthetic values (see the service's `maskIdentifiers`) to standard output. The file is read and
 * written byte for character (Latin-1), so every byte that is not masked comes out unchanged.
 */
export async function maskFile(service: LanguageService, path: string, write: (bytes: Buffer) => void): Promise<void> {
  const text = (await readFile(path)).toString('latin1');
  const uri = pathToFileURL(path).href;
  const languageId = detectLanguageId(uri, text.slice(0, 256)) ?? 'clinical-note';
  write(Buffer.from(service.maskIdentifiers(service.open(uri, languageId, text, 1).snapshot()), 'latin1'));
}
