import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { x12FixtureDir } from './dataFiles';

/**
 * The real 837 files written by others (`test/fixtures/x12`, whose README gives each file's source and
 * licence), read in one place.
 * Files are read as bytes decoded as Latin-1, so every byte maps to one character and back.
 */

/** The folder that holds the real 837 fixtures. */
export const REAL_X12_DIR = x12FixtureDir;

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
