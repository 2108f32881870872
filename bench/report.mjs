// Turns the raw measurements of bench/run.mjs into the figures with their targets, and renders them
// as a Markdown table (printed, and written into bench/README.md with --write-readme).
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDir, mbPerSecond, round } from './stats.mjs';
import { cliFigures } from './cli.mjs';

const command = 'npm run bench -- --json';

/** A figure: value with min/max, the target as text, the limit and whether it is met. */
function figure(id, label, unit, stats, { limit, atLeast = false, target, note, fallback } = {}) {
  if (!stats) return { id, label, unit, value: null, target, met: null, note: fallback ?? 'not measured' };
  const value = typeof stats === 'number' ? stats : stats.median;
  const met = limit === undefined || !Number.isFinite(limit) ? null : atLeast ? value >= limit : value <= limit;
  return {
    id, label, unit, value: round(value, 3),
    min: typeof stats === 'object' ? round(stats.min, 3) : undefined,
    max: typeof stats === 'object' ? round(stats.max, 3) : undefined,
    runs: typeof stats === 'object' ? stats.runs : undefined,
    target, limit: limit === undefined ? undefined : round(limit, 3), met, note,
  };
}

/** Throughput in MB/s from a summary of milliseconds (min throughput comes from the slowest run). */
function throughput(bytes, ms) {
  return ms && { median: mbPerSecond(bytes, ms.median), min: mbPerSecond(bytes, ms.max), max: mbPerSecond(bytes, ms.min), runs: ms.runs };
}

/** The round-trip floor measured in the same loop as the hovers, when the session measured it. */
function floorNote(session) {
  const floor = session.roundTripFloor;
  if (!floor || !Number.isFinite(floor.p99)) return '';
  return `; round-trip floor (icdClaimCoder/codeSetInfo, no work, same loop) p50 ${round(floor.p50, 2)} ms, p99 ${round(floor.p99, 2)} ms`;
}

export function buildFigures(results, { flags, sizes, batchBytes, documentBytes }) {
  const r = results;
  const error = (name) => r.errors[name] && `not measured: ${r.errors[name].split('\n')[0].slice(0, 200)}`;
  const batchMb = (batchBytes / 1e6).toFixed(1);
  const x12Ms = r.x12Parser?.parseMs.median;
  const floor = throughput(batchBytes, r.indexOf?.elementsMs);
  const ours = throughput(batchBytes, r.service?.singleMs);
  const figures = [
    figure('a', `icd-claim-check --json, ${r.inputs.batch.claims.toLocaleString('en')}-claim 837 (${batchMb} MB, claim-sparse), whole process, all cores`, 'ms', r.cliBatch?.wallMs, {
      limit: x12Ms && 0.12 * x12Ms, target: x12Ms ? `≤ 0.12 × x12-parser stream parse = ${Math.round(0.12 * x12Ms)} ms` : '≤ 0.12 × x12-parser stream parse',
      note: r.cliBatch && `${round(r.cliBatch.mbPerSecond, 1)} MB/s, CPU time (all threads) ${r.cliBatch.cpuMs ? Math.round(r.cliBatch.cpuMs.median) : '?'} ms, ${x12Ms ? round(r.cliBatch.wallMs.median / x12Ms, 2) : '?'} × x12-parser, peak RSS ${Math.round(r.cliBatch.peakRssMb)} MB, ${r.cliBatch.findings ?? '?'} findings`,
      fallback: error('cli-batch'),
    }),
    ...cliFigures(r, figure, error),
    figure('b', `in-process parse + all rules, same batch (one line), MB/s`, 'MB/s', ours, {
      limit: 250, atLeast: true, target: '≥ 250 MB/s',
      note: r.service && `CPU time (all threads) ${Math.round(r.service.singleCpuMs.median)} ms of ${Math.round(r.service.singleMs.median)} ms wall (${Math.round(mbPerSecond(batchBytes, r.service.singleCpuMs.median))} MB/s of CPU); parse alone ${Math.round(mbPerSecond(batchBytes, r.service.singleParseMs.median))} MB/s (${Math.round(r.service.singleParseMs.median)} ms); ${r.service.diagnostics} diagnostics; peak RSS ${Math.round(r.service.peakRssMb)} MB`, fallback: error('service') ?? error('service-bundle'),
    }),
    figure('b′', 'in-process parse + all rules vs the indexOf floor (floor ÷ ours)', '×', ours && floor && floor.median / ours.median, {
      limit: 3, target: `≤ 3 (floor ${floor ? Math.round(floor.median) : '?'} MB/s)`, fallback: error('service') ?? error('service-bundle') ?? error('indexof'),
    }),
    figure('b″', 'in-process parse + all rules, same batch (one segment per line), MB/s', 'MB/s', throughput(batchBytes, r.service?.linesMs), {
      limit: 250, atLeast: true, target: '≥ 250 MB/s', fallback: error('service') ?? error('service-bundle'),
    }),
    figure('c', 'code-set index load (loadBundledCodeSets, fresh process)', 'ms', r.indexLoad?.ms, { limit: 80, target: '≤ 80 ms', fallback: error('index-load') ?? error('service-bundle') }),
    figure('d', 'server: initialize → first hover answered', 'ms', r.serverStartup?.initializeToHoverMs, {
      limit: 300, target: '≤ 300 ms', note: r.serverStartup && `spawn → hover ${Math.round(r.serverStartup.spawnToHoverMs.median)} ms`, fallback: error('server-startup'),
    }),
    figure('e', `hover p99 with a ${(documentBytes / 1e6).toFixed(0)} MB 837 open (JSON-RPC)`, 'ms', r.serverDocument?.hover.p99, {
      limit: 2, target: '≤ 2 ms', note: r.serverDocument && `p50 ${round(r.serverDocument.hover.p50, 2)} ms, max ${round(r.serverDocument.hover.max, 1)} ms, ${r.serverDocument.hover.samples} hovers (${r.serverDocument.hover.empty} empty)${floorNote(r.serverDocument)}`, fallback: error('server-document'),
    }),
    figure('e′', `completion p99 with a ${(documentBytes / 1e6).toFixed(0)} MB 837 open (JSON-RPC)`, 'ms', r.serverDocument?.completion.p99, {
      limit: 10, target: '≤ 10 ms', note: r.serverDocument && `p50 ${round(r.serverDocument.completion.p50, 2)} ms, max ${round(r.serverDocument.completion.max, 1)} ms, up to ${r.serverDocument.completion.maxItems} items`, fallback: error('server-document'),
    }),
    figure('e″', `inlay hints p99 for 60 visible lines of a ${(documentBytes / 1e6).toFixed(0)} MB 837 (JSON-RPC)`, 'ms', r.serverDocument?.inlayHints?.p99, {
      limit: 10, target: '≤ 10 ms', note: r.serverDocument?.inlayHints && `p50 ${round(r.serverDocument.inlayHints.p50, 2)} ms, max ${round(r.serverDocument.inlayHints.max, 1)} ms, up to ${r.serverDocument.inlayHints.maxHints} hints`, fallback: error('server-document'),
    }),
    figure('f', `one-segment edit → updated diagnostics (${(documentBytes / 1e6).toFixed(0)} MB document)`, 'ms', r.serverDocument?.editToDiagnosticsMs, {
      limit: 30, target: '≤ 30 ms', note: r.serverDocument && `${r.serverDocument.diagnosticsMode}, ${r.serverDocument.syncKind} sync; didOpen → diagnostics ${Math.round(r.serverDocument.openToDiagnosticsMs)} ms`, fallback: error('server-document'),
    }),
    figure('g', 'server RSS, code sets loaded, nothing open', 'MB', r.serverDocument?.idleRssMb, { limit: 120, target: '≤ 120 MB', fallback: error('server-document') }),
    figure('g′', 'server RSS added by the open document ÷ its size', '×', r.serverDocument?.addedRssPerDocumentSize, {
      limit: 3, target: '≤ 3×', note: r.serverDocument && `${Math.round(r.serverDocument.openRssMb)} MB with the ${(documentBytes / 1e6).toFixed(0)} MB document open`, fallback: error('server-document'),
    }),
    figure('t', `typing a code: completion p99 after each keystroke (rule-dense ${r.typing ? r.typing.documentMb.toFixed(0) : '?'} MB 837)`, 'ms', r.typing?.completion.p99, {
      limit: 10, target: '≤ 10 ms', note: r.typing && `p50 ${round(r.typing.completion.p50, 2)} ms, max ${round(r.typing.completion.max, 1)} ms, ${r.typing.completion.samples} keystrokes 80 ms apart, each didChange + completion`, fallback: error('server-typing'),
    }),
    figure('t′', 'typing a code: diagnostics pulled after the code is typed, p50', 'ms', r.typing?.diagnosticsAfterTyping.p50, {
      limit: 50, target: '≤ 50 ms', note: r.typing && `max ${round(r.typing.diagnosticsAfterTyping.max, 1)} ms over ${r.typing.codesTyped} codes; didOpen → diagnostics ${Math.round(r.typing.openToDiagnosticsMs)} ms`, fallback: error('server-typing'),
    }),
    figure('t″', 'typing a code: hover p99 while the document is being edited', 'ms', r.typing?.hover.p99, {
      limit: 3, target: '≤ 3 ms', note: r.typing && `p50 ${round(r.typing.hover.p50, 2)} ms, max ${round(r.typing.hover.max, 1)} ms, ${r.typing.hover.samples} hovers; round-trip floor (a request that does no work, before each hover) p99 ${round(r.typing.roundTripFloor?.p99, 2)} ms`, fallback: error('server-typing'),
    }),
    figure('t‴', 'typing a code: server RSS added by the rule-dense document ÷ its size', '×', r.typing?.addedRssPerDocumentSize, {
      limit: 3, target: '≤ 3×', note: r.typing && `${Math.round(r.typing.openRssMb)} MB open, ${Math.round(r.typing.idleRssMb)} MB idle`, fallback: error('server-typing'),
    }),
    figure('n', `narrative reader, ${r.narrative ? Math.round(r.narrative.small.bytes / 1000) : 100} kB clinical note (readNarrative, in process)`, 'ms', r.narrative?.small.ms, {
      limit: 20, target: '≤ 20 ms',
      note: r.narrative && `CPU time ${round(r.narrative.small.cpuMs.median, 1)} ms; ${r.narrative.small.mentions} mentions (the annotated corpus repeated, about one mention per 100 bytes)`,
      fallback: error('narrative'),
    }),
    figure('n′', 'narrative reader scaling exponent, n → 8n (1 = linear)', '', r.narrative?.exponent, {
      limit: 1.15, target: '≤ 1.15',
      note: r.narrative && `${Math.round(r.narrative.small.bytes / 1000)} kB: ${round(r.narrative.small.ms.median, 1)} ms, ${Math.round(r.narrative.large.bytes / 1000)} kB: ${round(r.narrative.large.ms.median, 1)} ms; CPU-time exponent ${round(Math.log(r.narrative.large.cpuMs.median / r.narrative.small.cpuMs.median) / Math.log(8), 2)}; worst cases (one endless sentence of triggers and mentions): ${Object.entries(r.narrative.worst ?? {}).map(([unit, w]) => `"${unit}" exponent ${round(w.exponent, 2)}`).join(', ')}`,
      fallback: error('narrative'),
    }),
    hugeFigure('h', r.cliHuge, sizes, error('cli-1gb')),
    hugeFigure('h′', r.cliHugeSingle, sizes, error('cli-1gb-single')),
    figure('j', `icd-claim-check --json on a ${r.cliNdjson ? (r.cliNdjson.bytes / 1e6).toFixed(0) : '100'} MB FHIR NDJSON export (${r.cliNdjson?.lines.toLocaleString('en') ?? '?'} ExplanationOfBenefit lines), peak RSS`, 'MB', r.cliNdjson?.peakRssMb, {
      limit: 300, target: '≤ 300 MB', fallback: error('cli-ndjson'),
      note: r.cliNdjson && `${round(r.cliNdjson.wallMs / 1000, 1)} s (CPU ${round((r.cliNdjson.cpuMs ?? 0) / 1000, 1)} s), ${round(r.cliNdjson.mbPerSecond, 1)} MB/s, one run, exit ${r.cliNdjson.exitCode}`,
    }),
    figure('i', 'packaged VSIX (icd-claim-coder.vsix)', 'MB', r.vsix?.mb, { limit: 10, target: '≤ 10 MB', note: r.vsix && (r.vsix.built ? 'built by npm run package during the bench' : 'existing package'), fallback: error('vsix') }),
  ];
  const peer = (name, p) => p && {
    name, parseMs: roundSummary(p.parseMs), mbPerSecond: round(mbPerSecond(batchBytes, p.parseMs.median), 1), processWallMs: roundSummary(p.wallMs), peakRssMb: Math.round(p.peakRssMb),
  };
  return {
    command,
    date: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverageAtStart: r.loadAverageAtStart?.map((v) => round(v, 2)), loadAverageAtEnd: r.loadAverageAtEnd?.map((v) => round(v, 2)) },
    quick: flags.quick,
    durationSeconds: round(r.durationSeconds, 1),
    inputs: r.inputs,
    figures,
    peers: {
      x12Parser: peer('x12-parser 1.3.0 (stream parse)', r.x12Parser) ?? error('x12-parser'),
      nodeX12: peer('node-x12 1.7.1 (X12Parser.parse)', r.nodeX12) ?? error('node-x12'),
      indexOfFloor: r.indexOf ? {
        elementsMbPerSecond: round(floor.median, 1), terminatorsMbPerSecond: round(mbPerSecond(batchBytes, r.indexOf.terminatorsMs.median), 1),
        elementsMs: roundSummary(r.indexOf.elementsMs), terminatorsMs: roundSummary(r.indexOf.terminatorsMs),
      } : error('indexof'),
    },
    raw: r,
  };
}

/** (h) the CLI on a ~1 GB batch: peak RSS, or a clean refusal (exit 2) counted as not met. */
function hugeFigure(id, huge, sizes, fallback) {
  const gb = ((huge?.bytes ?? sizes.hugeBytes) / 1e9).toFixed(2);
  const shape = huge ? (huge.interchanges === 1 ? 'one interchange' : `${huge.interchanges} interchanges`) : '';
  const label = `icd-claim-check --json on a ${gb} GB batch (${shape || 'not generated'}), peak RSS`;
  if (huge?.refused) {
    return { id, label, unit: 'MB', value: null, target: '≤ 300 MB', met: false, note: `refused with exit 2 after ${round(huge.wallMs / 1000, 1)} s (peak RSS ${Math.round(huge.peakRssMb)} MB): ${huge.refused}` };
  }
  const note = !huge ? undefined : huge.stoppedAfterMs
    ? `stopped after ${round(huge.stoppedAfterMs / 1000, 1)} s to keep the bench under 10 minutes, having read ${Math.round(huge.readBytes / 1e6)} of ${Math.round(huge.bytes / 1e6)} MB (${round(huge.mbPerSecond, 1)} MB/s); peak RSS so far`
    : `${round(huge.wallMs / 1000, 1)} s, ${round(huge.mbPerSecond, 1)} MB/s, one run, exit ${huge.exitCode}`;
  return figure(id, label, 'MB', huge?.peakRssMb, { limit: 300, target: '≤ 300 MB', note, fallback });
}

function roundSummary(s) {
  return s && { median: round(s.median, 1), min: round(s.min, 1), max: round(s.max, 1), runs: s.runs };
}

function formatValue(f) {
  if (f.value === null) return '—';
  const digits = f.value >= 100 ? 0 : f.value >= 10 ? 1 : 2;
  const show = (v) => (v === undefined ? '' : round(v, digits).toLocaleString('en'));
  const range = f.min !== undefined && f.runs > 1 ? ` (${show(f.min)}–${show(f.max)})` : '';
  return `${show(f.value)} ${f.unit}${range}`;
}

/** The Markdown tables of a report: our figures with targets, then the peers from the same run. */
export function renderTable(report) {
  const lines = [];
  const m = report.machine;
  lines.push(`Measured with \`${report.command}\` on ${m.cores} × ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}, ${report.date.slice(0, 16).replace('T', ' ')} UTC; the whole bench took ${report.durationSeconds} s (1-minute load average ${m.loadAverageAtStart?.[0] ?? '?'} at the start, ${m.loadAverageAtEnd?.[0] ?? '?'} at the end: other work on the machine slows every figure).`);
  lines.push('Values are medians of several runs after a warm-up, with (min–max); latency rows are percentiles over single requests.', '');
  lines.push('| | Figure | Ours | Target | Met | Notes |', '| --- | --- | --- | --- | --- | --- |');
  for (const f of report.figures) {
    const met = f.met === null ? '—' : f.met ? 'yes' : '**no**';
    lines.push(`| ${f.id} | ${f.label} | ${formatValue(f)} | ${f.target ?? ''} | ${met} | ${f.note ?? ''} |`);
  }
  lines.push('', `Peers on the same ${(report.inputs.batch.bytes / 1e6).toFixed(1)} MB batch, same run (fresh process each):`, '');
  lines.push('| Tool | Parse time | MB/s | Process wall time | Peak RSS |', '| --- | --- | --- | --- | --- |');
  for (const p of [report.peers.x12Parser, report.peers.nodeX12]) {
    if (typeof p === 'string' || !p) { lines.push(`| — | ${p ?? 'not measured'} | | | |`); continue; }
    lines.push(`| ${p.name} | ${p.parseMs.median.toLocaleString('en')} ms (${p.parseMs.min.toLocaleString('en')}–${p.parseMs.max.toLocaleString('en')}) | ${p.mbPerSecond} | ${Math.round(p.processWallMs.median).toLocaleString('en')} ms | ${p.peakRssMb.toLocaleString('en')} MB |`);
  }
  const floor = report.peers.indexOfFloor;
  if (floor && typeof floor === 'object') {
    lines.push(`| indexOf floor: every element separator (in memory) | ${floor.elementsMs.median} ms (${floor.elementsMs.min}–${floor.elementsMs.max}) | ${floor.elementsMbPerSecond} | — | — |`);
    lines.push(`| indexOf floor: segment terminators only (in memory) | ${floor.terminatorsMs.median} ms (${floor.terminatorsMs.min}–${floor.terminatorsMs.max}) | ${floor.terminatorsMbPerSecond} | — | — |`);
  }
  for (const [name, profile] of Object.entries(report.raw.profiles ?? {})) {
    if (!profile) continue;
    lines.push('', `CPU profile of ${name} (${profile.totalMs} ms sampled), top self time:`, '');
    for (const f of profile.functions.slice(0, 10)) lines.push(`- ${f.percent} % ${f.name} (${f.source})`);
  }
  const b = report.inputs.batch;
  lines.push('', `Batch: ${b.claims.toLocaleString('en')} claims (80 % 837P, 20 % 837I), ${b.diagnoses.toLocaleString('en')} diagnoses, ${b.serviceLines.toLocaleString('en')} service lines, ${b.segments.toLocaleString('en')} segments, ${b.violations.toLocaleString('en')} claims with a deliberate rule violation; generated by bench/generate837.mjs (seed 837).`);
  return lines.join('\n');
}

/** Replaces the results section of bench/README.md with the tables of this report. */
export function updateReadme(report) {
  const readme = path.join(benchDir, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:results:start -->';
  const end = '<!-- bench:results:end -->';
  const before = text.slice(0, text.indexOf(start) + start.length);
  const after = text.slice(text.indexOf(end));
  if (text.indexOf(start) === -1 || text.indexOf(end) === -1) throw new Error('bench/README.md lacks the results markers');
  writeFileSync(readme, `${before}\n${renderTable(report)}\n${after}`);
}
