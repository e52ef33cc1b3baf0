#!/usr/bin/env node
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
// Node 22.1 and later keep V8's compiled code of the modules between runs (in the directory
// NODE_COMPILE_CACHE names, else under the system's temporary directory; NODE_DISABLE_COMPILE_CACHE=1
// turns it off), as tsc's bin does: a tenth less CPU per run of the blog example on Node 22
// (docs/decisions.md). Node 20 has no such cache and goes on without.
const { default: nodeModule } = await import('node:module');
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
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
