#!/usr/bin/env node
/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): the functions with the most self time,
 * and self time by package (or by file of our own packages).
 *
 *   node bench/profile-top.mjs <file.cpuprofile> [--top 25]
 *
 * Self time of a node = its sample count x the mean sampling interval.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/**
 * Where a script URL belongs: `ts-morph`, `prettier`, `emit:graphql/…`, `node:internal`, …
 * @param {string} url
 */
function owner(url) {
  if (!url) return '(native / GC / idle)';
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[1];
  const nodeModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nodeModules) return nodeModules[1];
  const ours = /packages\/([^/]+)\/dist\/(.*)$/.exec(url);
  if (ours) return `${ours[1]}:${ours[2]}`;
  if (url.startsWith('node:')) return 'node:internal';
  return url.replace(/^file:\/\//, '');
}

/**
 * @param {any} profile
 * @param {number} top
 */
export function summarise(profile, top = 25) {
  const { nodes, samples, startTime, endTime } = profile;
  const totalUs = endTime - startTime;
  const perSample = totalUs / Math.max(samples.length, 1);
  /** @type {Map<number, number>} */
  const counts = new Map();
  for (const id of samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  /** @type {Map<string, number>} */
  const byFunction = new Map();
  /** @type {Map<string, number>} */
  const byOwner = new Map();
  for (const node of nodes) {
    const hits = counts.get(node.id) ?? 0;
    if (!hits) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const short = url
      ? url
          .replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')
          .replace(/^.*\/packages\//, 'packages/')
      : '';
    const key = `${functionName || '(anonymous)'}  ${short}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
    const group =
      node.callFrame.functionName === '(garbage collector)' ? '(garbage collector)' : owner(url);
    byOwner.set(group, (byOwner.get(group) ?? 0) + hits);
  }
  const total = samples.length;
  /** @param {Map<string, number>} map */
  const rank = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, hits]) => ({
        name,
        ms: Math.round((hits * perSample) / 1000),
        percent: Math.round((hits / total) * 1000) / 10,
      }));
  return {
    totalMs: Math.round(totalUs / 1000),
    functions: rank(byFunction),
    owners: rank(byOwner),
  };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' } },
  });
  if (!positionals[0]) throw new Error('usage: profile-top.mjs <file.cpuprofile> [--top 25]');
  const summary = summarise(JSON.parse(readFileSync(positionals[0], 'utf8')), Number(values.top));
  const out = [`total ${summary.totalMs} ms`, '', 'self time by function:'];
  for (const f of summary.functions)
    out.push(`${String(f.percent).padStart(5)}%  ${String(f.ms).padStart(6)} ms  ${f.name}`);
  out.push('', 'self time by package / file:');
  for (const o of summary.owners)
    out.push(`${String(o.percent).padStart(5)}%  ${String(o.ms).padStart(6)} ms  ${o.name}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
