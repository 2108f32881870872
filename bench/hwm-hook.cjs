// Preloaded into measured child processes (node --require): when the process exits, writes its
// peak resident set size (VmHWM, in kB) to the file named by BENCH_HWM_FILE.
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
      if (match) fs.writeFileSync(target, match[1]);
    } catch {
      // Memory figures are best effort; the sampled RSS is used instead.
    }
  });
}
