// Writes a synthetic X12 837P batch of about the requested size for timing `icd-claim-check`.
// Usage: npx tsx test/cli/makeBatch.ts OUT_FILE [MEGABYTES=10] [CLAIMS_PER_INTERCHANGE=5000]
// The claims repeat realistic oncology coding patterns (some correct, some that rules flag); all
// names and identifiers are synthetic.
import { createWriteStream } from 'node:fs';
import { build837 } from '../protocol/samples';
import type { ClaimSpec } from '../protocol/samples';

const patterns: ReadonlyArray<readonly string[]> = [
  ['C3491', 'C7801', 'C7951'],
  ['C7801'],
  ['Z5111', 'C50911', 'C7951'],
  ['Z08', 'Z853'],
  ['C50911', 'Z853'],
  ['C780', 'C3490'],
  ['Z515'],
  ['C801', 'C3490'],
  ['C189', 'D630'],
  ['I10', 'E119'],
];

async function main(): Promise<void> {
  const [out, megabytes = '10', perInterchange = '5000'] = process.argv.slice(2);
  if (out === undefined) throw new Error('name the output file');
  const target = Number(megabytes) * 1024 * 1024;
  const claimsPerInterchange = Number(perInterchange);
  const stream = createWriteStream(out);
  let written = 0;
  let claims = 0;
  for (let interchange = 1; written < target; interchange++) {
    const specs: ClaimSpec[] = [];
    for (let i = 0; i < claimsPerInterchange; i++) {
      const codes = patterns[(claims + i) % patterns.length] as readonly string[];
      specs.push({ account: `PT${String(claims + i).padStart(8, '0')}`, codes, date: '20261015' });
    }
    const text = build837(specs, String(interchange).padStart(9, '0'));
    written += Buffer.byteLength(text);
    claims += specs.length;
    if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  console.log(`${out}: ${written} bytes, ${claims} claims`);
}

void main();
