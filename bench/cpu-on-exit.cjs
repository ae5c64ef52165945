// Preloaded into a process the bench runs (`node --require bench/cpu-on-exit.cjs …`): on exit,
// writes the CPU time it used (user + system, all threads, in ms) to $NEWS_BENCH_CPU_FILE.
// CPU time, unlike wall time, does not grow when other work shares the machine.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  if (process.env.NEWS_BENCH_CPU_FILE) writeFileSync(process.env.NEWS_BENCH_CPU_FILE, String((user + system) / 1000));
});
