// Summarises a V8 CPU profile (node --cpu-prof) as the functions with the most self time, each
// with its source file. For esbuild bundles the source file is found from the `// path/to/file.ts`
// comment esbuild writes before each module in a non-minified bundle.
// Command line: node bench/profile.mjs FILE.cpuprofile [TOP]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from './stats.mjs';

const moduleMarker = /^\/\/ ((?:server|client|node_modules|bench)\/[^\s]+\.(?:ts|js|mjs|cjs))$/;
const bundleIndexes = new Map();

/** For a bundle, the list of [first line, source file] of its modules (0-based lines). */
function bundleModules(url) {
  if (bundleIndexes.has(url)) return bundleIndexes.get(url);
  let modules = [];
  try {
    const file = url.startsWith('file://') ? fileURLToPath(url) : url;
    if (existsSync(file) && /\.(c?js)$/.test(file)) {
      readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
        const match = moduleMarker.exec(line);
        if (match) modules.push([index, match[1]]);
      });
    }
  } catch {
    modules = [];
  }
  bundleIndexes.set(url, modules);
  return modules;
}

/** The source file of a call frame: the bundled module when it is a bundle, else the script itself. */
function sourceOf(callFrame) {
  const url = callFrame.url;
  if (!url) return '(native)';
  const modules = bundleModules(url);
  let source;
  for (const [line, file] of modules) {
    if (line > callFrame.lineNumber) break;
    source = file;
  }
  return source ?? url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, 'node_modules/');
}

/** The top functions by self time (idle time left out): { name, source, selfMs, percent }, plus the busy total. */
export function summarizeProfile(profileFile, top = 15) {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  profile.samples.forEach((id, index) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const totals = new Map();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id).callFrame;
    // Time spent waiting (for a request, for the disk) is not work; it is left out of the shares.
    if (frame.functionName === '(idle)') continue;
    const name = frame.functionName || '(anonymous)';
    const key = `${name}\u0000${frame.url}\u0000${frame.lineNumber}`;
    const entry = totals.get(key) ?? { name, source: sourceOf(frame), line: frame.lineNumber + 1, us: 0 };
    entry.us += us;
    totals.set(key, entry);
    totalUs += us;
  }
  const functions = [...totals.values()].sort((a, b) => b.us - a.us).slice(0, top).map((entry) => ({
    name: entry.name, source: entry.source, selfMs: Math.round(entry.us / 100) / 10, percent: Math.round((entry.us / totalUs) * 1000) / 10,
  }));
  return { totalMs: Math.round(totalUs / 1000), functions };
}


/**
 * Runs `node <args>` once under --cpu-prof (through runNode, so with the same hooks) and returns the
 * summary of the largest profile written; the profiles are deleted.
 */
export async function profileRun(args, options = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'icd-bench-prof-'));
  try {
    const result = await runNode(args, { ...options, captureStdout: false, nodeOptions: [...(options.nodeOptions ?? []), '--cpu-prof', `--cpu-prof-dir=${dir}`] });
    const profiles = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile')).map((name) => path.join(dir, name));
    if (profiles.length === 0) throw new Error(`no CPU profile written (exit ${result.code})`);
    profiles.sort((a, b) => statSync(b).size - statSync(a).size);
    return { wallMs: Math.round(result.wallMs), ...summarizeProfile(profiles[0]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, top] = process.argv.slice(2);
  const summary = summarizeProfile(file, Number(top ?? 20));
  process.stdout.write(`total sampled ${summary.totalMs} ms\n`);
  for (const f of summary.functions) process.stdout.write(`${String(f.percent).padStart(5)} %  ${String(f.selfMs).padStart(8)} ms  ${f.name}  (${f.source})\n`);
}
