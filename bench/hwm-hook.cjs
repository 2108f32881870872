// Preloaded into measured child processes (node --require): when the process exits, writes its
// peak resident set size (VmHWM, in kB) and CPU time (user + system, ms) to the file named by
// BENCH_HWM_FILE as JSON. CPU time shows how much of a wall time was waiting for a busy machine.
'use strict';
const fs = require('node:fs');

const target = process.env.BENCH_HWM_FILE;
if (target) {
  // Grandchildren must not overwrite this process's figure.
  delete process.env.BENCH_HWM_FILE;
  process.on('exit', () => {
    try {
      const status = fs.readFileSync('/proc/self/status', 'utf8');
      const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
      const cpu = process.cpuUsage();
      if (match) fs.writeFileSync(target, JSON.stringify({ hwmKb: Number(match[1]), cpuMs: (cpu.user + cpu.system) / 1000 }));
    } catch {
      // Memory figures are best effort; the sampled RSS is used instead.
    }
  });
}
