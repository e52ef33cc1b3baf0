#!/usr/bin/env node
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const { installOutputGuard } = await import('./commands/output-guard.js');
installOutputGuard();
const { runCli } = await import('./commands/program.js');
process.exitCode = await runCli(process.argv.slice(2));
