import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Machine, Results, Run } from './bench';

const SIZES = ['1x', '10x', '100x', '308m'];
const SIZE_HEADS = ['1× (43 goals)', '10×', '100× (4 300 goals)', '308 municipalities, 50 pools'];

const STEPS: Array<[string, string, string]> = [
  ['engine', 'median', 'engine: parse + validate + allocate'],
  ['layout', 'median', 'Plan → WorkbookLayout'],
  ['write', 'median', 'layout → .xlsx'],
  ['raw', 'median', 'same cells straight with ExcelJS (baseline)'],
  ['write/raw', 'ratio', 'writer ÷ baseline'],
  ['read', 'median', '.xlsx → Plan'],
  ['layout+write+read', 'median', 'layout + write + read'],
  ['cli-build', 'median', '`plansheets build` (process)'],
  ['cli-build', 'peak-rss', '`plansheets build` peak RSS'],
  ['cli-validate', 'median', '`plansheets validate plan.json` (process)'],
];

type Lookup = (name: string, size: string, metric: string) => Run | undefined;
const lookup =
  (results: Results | null): Lookup =>
  (name, size, metric) =>
    results?.runs.find((r) => r.case === name && r.size === size && r.metric === metric);

function figure(run: Run | undefined): string {
  if (!run) return 'not run';
  const value = run.unit === 'ms' || (run.unit === 'MB' && run.value >= 10) ? Math.round(run.value).toLocaleString('en').replace(/,/g, ' ') : `${run.value}`;
  return run.unit === '' ? value : `${value} ${run.unit}`;
}

function pair(before: Lookup, after: Lookup, name: string, size: string, metric: string): string {
  const a = after(name, size, metric);
  const b = before(name, size, metric);
  if (!b) return figure(a);
  return `${figure(b)} → **${figure(a)}**`;
}

function machineLine(label: string, m: Machine): string {
  return `- ${label}: commit ${m.commit}, ${m.date.slice(0, 16).replace('T', ' ')} UTC; ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.platform}; load average at the end ${m.loadAverage.join(' / ')}`;
}

/** docs/benchmarks.md from the latest results and, when kept, the figures of the commit before the work. */
export function writeBenchmarksDoc(path: string, after: Results, beforePath: string): void {
  const before = existsSync(beforePath) ? (JSON.parse(readFileSync(beforePath, 'utf8')) as Results) : null;
  const a = lookup(after);
  const b = lookup(before);
  const lines: string[] = [
    '# Benchmarks',
    '',
    'Made by `npm run bench` (bench/bench.ts); do not edit by hand. Synthetic plans from the example',
    '(test/support/scaled-plan.ts, seeded): 1×, 10× and 100× its sections and goals, and 308 member',
    'municipalities with 50 cost pools taking turns at every key kind. Each step runs in-process after',
    'a warm-up, every step of every size once per round, rounds interleaved; figures are medians.',
    'The command line runs as processes (`node bin/plansheets.js …`), timed from spawn to exit.',
    before ? 'Each cell: before → **after**, both measured on the same machine.' : '',
    '',
    ...(before ? [machineLine('before', before.machine)] : []),
    machineLine(before ? 'after' : 'measured', after.machine),
    '',
    '## Wall time (median)',
    '',
    `| step | ${SIZE_HEADS.join(' | ')} |`,
    `|---|${SIZES.map(() => '---:').join('|')}|`,
    ...STEPS.map(([name, metric, title]) => `| ${title} | ${SIZES.map((s) => pair(b, a, name, s, metric)).join(' | ')} |`),
    '',
    '## CPU time (median)',
    '',
    'The CPU time the step (or the process) used: less disturbed than wall time when other work',
    'shares the machine, which the load averages above show.',
    '',
    `| step | ${SIZE_HEADS.join(' | ')} |`,
    `|---|${SIZES.map(() => '---:').join('|')}|`,
    ...STEPS.filter(([, metric]) => metric !== 'peak-rss').map(
      ([name, metric, title]) => `| ${title} | ${SIZES.map((s) => pair(b, a, name, s, metric === 'ratio' ? 'ratio-cpu' : 'cpu-median')).join(' | ')} |`,
    ),
    '',
    '## Growth from 10× to 100×',
    '',
    'The exponent k of time ≈ c·sizeᵏ: 1 is linear, 2 quadratic.',
    '',
    '| step | k (wall) | k (CPU) |',
    '|---|---:|---:|',
    ...['engine', 'layout', 'write', 'raw', 'read', 'cli-build'].map(
      (s) => `| ${s} | ${pair(b, a, s, '10x→100x', 'growth-exponent')} | ${pair(b, a, s, '10x→100x', 'growth-exponent-cpu')} |`,
    ),
    '',
    '## Start-up, the office-js writer, the task pane',
    '',
    '| what | value |',
    '|---|---:|',
    `| \`node -e 0\` (node itself), wall / CPU | ${pair(b, a, 'cli-node', '', 'median')} / ${pair(b, a, 'cli-node', '', 'cpu-median')} |`,
    `| \`plansheets --help\`, wall / CPU | ${pair(b, a, 'cli-help', '', 'median')} / ${pair(b, a, 'cli-help', '', 'cpu-median')} |`,
    ...SIZES.map(
      (s) =>
        `| office-js writer on the fake host, ${s}: syncs (bound), largest request | ${pair(b, a, 'fake-host', s, 'syncs')} (${figure(a('fake-host', s, 'sync-bound'))}), ${pair(b, a, 'fake-host', s, 'largest-request')} |`,
    ),
    `| task pane bundle, own code (gzip) | ${pair(b, a, 'bundle', '', 'taskpane-gzip')} |`,
    `| task pane bundle, vendors (gzip) | ${pair(b, a, 'bundle', '', 'vendors-gzip')} |`,
    '',
    '`npm run bench -- --doc-only` writes this page again from bench/results.json and bench/before.json.',
    'Refresh: `npm run bench` (`--rounds`, `--cli-rounds`, `--sizes`, `--only` for a subset; "not run" marks what the last run left out).',
    'The before column comes from bench/before.json, made by running the same harness against the',
    'commit before the work: `npm run bench -- --root <worktree of that commit> --out bench/before.json`.',
    '',
  ];
  writeFileSync(path, lines.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n'));
}
