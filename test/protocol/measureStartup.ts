// Measures server start to first diagnostics: spawn the built server, initialize, open a note and
// pull its diagnostics; prints each run and the median. Usage: npx tsx test/protocol/measureStartup.ts [RUNS=5]
import { LspTestClient } from './lspClient';
import { secondaryOnlyNote } from './samples';

async function once(): Promise<{ initializeMs: number; firstDiagnosticsMs: number }> {
  const started = performance.now();
  const client = LspTestClient.start();
  try {
    await client.initialize();
    const initializeMs = performance.now() - started;
    await client.open('file:///synthetic/startup.note', 'clinical-note', secondaryOnlyNote);
    const diagnostics = await client.diagnostics('file:///synthetic/startup.note');
    if (!diagnostics.some((diagnostic) => diagnostic.code === 'secondary-without-primary')) throw new Error('the rule did not fire');
    return { initializeMs, firstDiagnosticsMs: performance.now() - started };
  } finally {
    await client.stop().catch(() => client.kill());
  }
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? '5');
  const results = [];
  for (let run = 0; run < runs; run++) {
    const result = await once();
    results.push(result);
    console.log(`run ${run + 1}: initialize answered after ${result.initializeMs.toFixed(0)} ms, first diagnostics after ${result.firstDiagnosticsMs.toFixed(0)} ms`);
  }
  const sorted = results.map((result) => result.firstDiagnosticsMs).sort((a, b) => a - b);
  console.log(`median start → first diagnostics: ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0)} ms over ${runs} runs`);
}

void main();
