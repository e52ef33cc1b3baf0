/**
 * Preloaded (`node --import bench/report-rss.mjs ...`) where `/usr/bin/time` is missing: reports the
 * process's peak RSS on stderr when it exits, in the format run.mjs reads.
 */
process.on('exit', () => {
  process.stderr.write(`\n__bench_rss_kb=${process.resourceUsage().maxRSS}\n`);
});
