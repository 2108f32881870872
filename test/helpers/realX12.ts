import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The real 837 files written by others (see the README in their folder), read in one place: the
 * folder moves into the repository (`test/fixtures/x12`) and is read from the shared checkout until then.
 * Files are read as bytes decoded as Latin-1, so every byte maps to one character and back.
 */

const IN_REPOSITORY = join(__dirname, '..', 'fixtures', 'x12');

/** The folder that holds the real 837 fixtures. */
export const REAL_X12_DIR = process.env.ICD_FIXTURES_X12
  ?? (existsSync(join(IN_REPOSITORY, 'README.md')) ? IN_REPOSITORY : '/work/shared/fixtures/x12');

/** The fixture file names (README excluded), sorted. */
export function realX12Files(): string[] {
  return readdirSync(REAL_X12_DIR).filter((file) => file !== 'README.md').sort();
}

/** The bytes of one fixture. */
export function realX12Bytes(file: string): Buffer {
  return readFileSync(join(REAL_X12_DIR, file));
}

/** One fixture's text, byte for character (Latin-1), so writing it back as Latin-1 gives the same bytes. */
export function realX12Text(file: string): string {
  return realX12Bytes(file).toString('latin1');
}
