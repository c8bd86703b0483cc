'use strict';
// Preloaded (`node -r`) into a command the benchmark runs as a process: on
// exit it writes the process's peak resident set size (kB) and the CPU time
// it used (µs), both from getrusage, to the file BENCH_RSS_FILE names as
// JSON. /usr/bin/time is not on every machine, and CPU time says more than
// wall time on a machine other work keeps busy.
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }));
  });
}
