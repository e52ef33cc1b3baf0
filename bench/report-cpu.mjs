/**
 * Preloaded (`node --import bench/report-cpu.mjs ...`) by the start-up entry: reports the process's
 * CPU (user + system, microseconds, from its start) on stderr when it exits.
 */
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\n__bench_cpu_us=${user + system}\n`);
});
