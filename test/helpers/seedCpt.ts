import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The CPT lines ("NNNNN: description") of the project's seed text, kept in the project as code →
 * sha256 of the lower-cased description (`test/fixtures/seed/README.md`). Tests learn which CPT
 * codes the seed names, and can tell whether a bundled description copies the seed's, without the
 * repository holding CPT descriptor text.
 */
export interface SeedCptDigest {
  /** sha256 of the whole seed text the digest was made from. */
  readonly seedSha256: string;
  /** CPT code → sha256 of its lower-cased seed description. */
  readonly cptLines: Readonly<Record<string, string>>;
}

export const seedCptDigestFile = path.resolve(__dirname, '..', 'fixtures', 'seed', 'seed-cpt-lines.json');

export function seedCptDigest(): SeedCptDigest {
  return JSON.parse(readFileSync(seedCptDigestFile, 'utf8')) as SeedCptDigest;
}

/** The CPT codes the seed names, in code order. */
export function seedCptCodes(): string[] {
  return Object.keys(seedCptDigest().cptLines).sort();
}
