#!/usr/bin/env node
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
// Write errors reach the writer's callback (write-stdout.ts); as events they would crash the
// process. stderr has no one left to tell (a closed terminal after SIGHUP).
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);
const { installOutputGuard } = await import('./commands/output-guard.js');
installOutputGuard();
const { exposeGc } = await import('./commands/expose-gc.js');
exposeGc();
const { runCli } = await import('./commands/program.js');
const { stopOnSignals } = await import('./commands/stop-on-signals.js');
const argv = process.argv.slice(2);
// Only `generate` stops between files; the other commands keep Node's default (end at once).
const stop = argv.find((arg) => !arg.startsWith('-')) === 'generate' ? stopOnSignals() : undefined;
process.exitCode = await runCli(argv, stop ? { signal: stop.signal } : {});
stop?.dispose();
