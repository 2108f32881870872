// FHIR bulk export figure: `icd-claim-check --json` on a ~100 MB NDJSON file of ExplanationOfBenefit
// resources (one per line), generated into a temporary file and deleted afterwards. The checker
// streams the lines, so its peak memory should not grow with the file.
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { comorbidities, secondaries, sites } from './codes.mjs';
import { mbPerSecond, rootDir, runNode } from './stats.mjs';

const cliBin = path.join(rootDir, 'bin', 'icd-claim-check.js');
const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';

/** A small deterministic generator (xorshift), so every run checks the same file. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const dotted = (code) => (code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code);
const primaryCodes = sites.flatMap((site) => site.primaries);

/**
 * One EOB line: a primary with a secondary site and comorbidities; about 5 % report the secondary site
 * alone (secondary-without-primary) and 2 % use WHO's ICD-10 URI (fhir-icd10cm-system).
 */
function eobLine(index, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const codes = [];
  const roll = next();
  if (roll >= 0.05) codes.push(pick(primaryCodes));
  codes.push(pick(secondaries));
  for (let i = Math.floor(next() * 4); i > 0; i--) codes.push(pick(comorbidities));
  const system = next() < 0.02 ? 'http://hl7.org/fhir/sid/icd-10' : ICD10CM;
  const resource = {
    resourceType: 'ExplanationOfBenefit', id: `bench-${index}`, status: 'active',
    type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }] },
    use: 'claim', patient: { reference: `Patient/bench-${index % 5000}` }, billablePeriod: { start: '2026-11-15', end: '2026-11-15' },
    insurer: { reference: 'Organization/bench-payer' }, provider: { reference: 'Organization/bench-clinic' }, outcome: 'complete',
    diagnosis: [...new Set(codes)].map((code, position) => ({
      sequence: position + 1,
      type: [{ coding: [{ system: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBClaimDiagnosisType', code: position === 0 ? 'principal' : 'secondary' }] }],
      diagnosisCodeableConcept: { coding: [{ system, code: dotted(code) }] },
    })),
    item: [{ sequence: 1, productOrService: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '99214' }] }, servicedDate: '2026-11-15' }],
  };
  return `${JSON.stringify(resource)}\n`;
}

/** Writes about `targetBytes` of NDJSON to `file` and returns the line count. */
export function writeNdjson(file, targetBytes, seed = 4) {
  const next = random(seed);
  const handle = openSync(file, 'w');
  let bytes = 0;
  let lines = 0;
  try {
    let chunk = '';
    while (bytes < targetBytes) {
      const line = eobLine(lines, next);
      chunk += line;
      bytes += Buffer.byteLength(line);
      lines++;
      if (chunk.length > 1 << 20) {
        writeSync(handle, chunk);
        chunk = '';
      }
    }
    writeSync(handle, chunk);
  } finally {
    closeSync(handle);
  }
  return lines;
}

/** (j) the CLI on a generated NDJSON export of about `targetBytes`: wall time and peak RSS, one run. */
export async function measureCliNdjson(tempDir, targetBytes) {
  const file = path.join(tempDir, 'export.ndjson');
  try {
    const lines = writeNdjson(file, targetBytes);
    const bytes = statSync(file).size;
    const result = await runNode([cliBin, '--json', file], { captureStdout: false, timeoutMs: 600_000 });
    if (result.code !== 0 && result.code !== 1) throw new Error(`icd-claim-check exited with ${result.code ?? result.signal}: ${result.stderr.slice(-1500)}`);
    return { bytes, lines, wallMs: result.wallMs, cpuMs: result.cpuMs, peakRssMb: result.peakRssMb, mbPerSecond: mbPerSecond(bytes, result.wallMs), exitCode: result.code };
  } finally {
    rmSync(file, { force: true });
  }
}

// `node bench/fhir.mjs [MB]`: the figure alone, printed as JSON.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const { mkdtempSync } = await import('node:fs');
  const os = await import('node:os');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-fhir-'));
  try {
    process.stdout.write(`${JSON.stringify(await measureCliNdjson(dir, Number(process.argv[2] ?? 100) * 1e6))}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
